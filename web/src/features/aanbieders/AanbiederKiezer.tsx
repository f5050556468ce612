/**
 * Choosing a provider in the plan and besluit forms: search by name among the providers the Verwijzingswijzer
 * lists for this product in the own gemeente (contracted on today), shown by name; the AGB code is the value.
 * A provider under a cliëntenstop is listed with the stop but cannot be chosen: it takes no new clients, and the
 * besluit would be refused on it (aanbieders/leverbaarheid.ts). A stop on the provider already chosen is shown
 * as a warning, so the consulent sees it and picks another one.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { FormFieldDescription, FormLabel, Paragraph, RadioButton } from "@utrecht/component-library-react";
import { useDeferredValue, useId, useState } from "react";
import { api, queryString } from "../../lib/api";
import { aanbiederSamenvatting, pagina, verwijzing } from "../../lib/contract";
import { Keuzegroep, Tekstveld } from "../../lib/formulier";
import { kortDatum } from "../zaken/weergave";

const AANTAL = 10;

interface Kandidaat {
  aanbieder: { id: string; agbCode: string; naam: string };
  clientenstop: { tot: string | null; reden?: string } | null;
}

/**
 * The providers to choose from: those contracted for the product (Verwijzingswijzer), or (`alle`, for an
 * individuele overeenkomst, which is exactly the case without a contract) every active provider by name.
 */
function useKandidaten(wet: string | undefined, productCode: string, naam: string, alle: boolean) {
  return useQuery({
    queryKey: ["verwijzingswijzer", "kiezer", { wet, productCode, naam, alle }],
    queryFn: async ({ signal }): Promise<{ items: Kandidaat[]; totaal: number }> =>
      alle
        ? api(
            `/aanbieders${queryString({ zoek: naam || undefined, alleenActief: "ja", perPagina: AANTAL })}`,
            {
              schema: pagina(aanbiederSamenvatting),
              signal,
            },
          ).then((p) => ({
            totaal: p.totaal,
            items: p.items.map((a) => ({ aanbieder: a, clientenstop: a.clientenstop })),
          }))
        : api(
            `/verwijzingswijzer${queryString({ wet, productCode, naam: naam || undefined, perPagina: AANTAL })}`,
            { schema: pagina(verwijzing), signal },
          ),
    enabled: alle || productCode !== "",
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The name of the provider with this AGB code (a value that came from the plan or an earlier save). */
function useAanbiederOpAgb(agb: string | null) {
  return useQuery({
    queryKey: ["aanbieders", "agb", agb],
    queryFn: ({ signal }) =>
      api(`/aanbieders${queryString({ zoek: agb ?? "", perPagina: 1 })}`, {
        schema: pagina(aanbiederSamenvatting),
        signal,
      }),
    enabled: Boolean(agb),
    staleTime: 5 * 60_000,
    select: (p) => p.items.find((a) => a.agbCode === agb),
  });
}

const stopTekst = (stop: { tot: string | null }) =>
  `Cliëntenstop${stop.tot ? ` tot en met ${kortDatum(stop.tot)}` : ""}: neemt geen nieuwe cliënten aan`;

export function AanbiederKiezer({
  id,
  label,
  wet,
  productCode,
  waarde,
  onChange,
  fout,
  alle = false,
}: {
  id: string;
  label: string;
  /** Every active provider instead of those contracted for the product (individuele overeenkomst). */
  alle?: boolean;
  wet?: string | undefined;
  productCode: string;
  /** The chosen provider's AGB code. */
  waarde: string | null;
  onChange: (agb: string | null) => void;
  fout?: string | undefined;
}) {
  const [zoek, setZoek] = useState("");
  const naam = useDeferredValue(zoek.trim());
  const product = productCode.trim().toUpperCase();
  const kandidaten = useKandidaten(wet || undefined, product, naam, alle);
  const zoekbaar = alle || product !== "";
  const gekozen = useAanbiederOpAgb(waarde);
  const [gekozenNaam, setGekozenNaam] = useState<string>();
  const lijstId = useId();
  const items = kandidaten.data?.items ?? [];
  const naamVanGekozen = gekozen.data?.naam ?? gekozenNaam;

  return (
    <Keuzegroep
      id={id}
      legenda={label}
      fout={fout}
      beschrijving={
        alle
          ? "Alle actieve aanbieders. Zoek op naam."
          : product
            ? "Gecontracteerde aanbieders voor dit product in uw gemeente. Zoek op naam."
            : "Kies eerst een product; dan ziet u de aanbieders met een contract voor dat product in uw gemeente."
      }
    >
      {waarde ? (
        <Paragraph>
          Gekozen: <strong>{naamVanGekozen ?? "aanbieder wordt opgezocht…"}</strong>
          {gekozen.data?.clientenstop ? (
            <span className="voordeur-waarschuwing">
              {" "}
              <span aria-hidden="true">⚠ </span>
              Let op: {stopTekst(gekozen.data.clientenstop)}. Kies een andere aanbieder.
            </span>
          ) : null}
        </Paragraph>
      ) : null}
      {zoekbaar ? (
        <>
          <Tekstveld
            id={`${id}-zoek`}
            label="Zoek aanbieder op naam"
            type="search"
            verplicht
            autoComplete="off"
            aria-controls={lijstId}
            value={zoek}
            onChange={(e) => setZoek(e.currentTarget.value)}
          />
          <div id={lijstId} className="voordeur-keuzerondjes" aria-busy={kandidaten.isFetching}>
            <p className="utrecht-paragraph voordeur-visueel-verborgen" role="status">
              {kandidaten.data
                ? `${kandidaten.data.totaal} ${kandidaten.data.totaal === 1 ? "aanbieder" : "aanbieders"} gevonden`
                : ""}
            </p>
            {kandidaten.data && items.length === 0 ? (
              <Paragraph>
                {naam
                  ? `Geen ${alle ? "" : "gecontracteerde "}aanbieder met "${naam}" in de naam.`
                  : "Geen aanbieder heeft een contract voor dit product in uw gemeente."}
              </Paragraph>
            ) : null}
            {items.map(({ aanbieder, clientenstop }) => {
              const rondjeId = `${id}-${aanbieder.agbCode}`;
              const geblokkeerd = clientenstop !== null && aanbieder.agbCode !== waarde;
              return (
                <div key={aanbieder.id} className="utrecht-form-field utrecht-form-field--radio">
                  <RadioButton
                    id={rondjeId}
                    name={`${id}-keuze`}
                    value={aanbieder.agbCode}
                    checked={waarde === aanbieder.agbCode}
                    disabled={geblokkeerd}
                    aria-describedby={clientenstop ? `${rondjeId}-stop` : undefined}
                    onChange={() => {
                      setGekozenNaam(aanbieder.naam);
                      onChange(aanbieder.agbCode);
                    }}
                  />
                  <FormLabel htmlFor={rondjeId} type="radio" disabled={geblokkeerd}>
                    {aanbieder.naam}
                  </FormLabel>
                  {clientenstop ? (
                    <FormFieldDescription id={`${rondjeId}-stop`}>
                      <span aria-hidden="true">⚠ </span>
                      {stopTekst(clientenstop)}
                      {clientenstop.reden ? ` (${clientenstop.reden})` : ""}
                    </FormFieldDescription>
                  ) : null}
                </div>
              );
            })}
            {kandidaten.data && kandidaten.data.totaal > items.length ? (
              <Paragraph>
                Er zijn meer aanbieders ({kandidaten.data.totaal}); typ een deel van de naam om te zoeken.
              </Paragraph>
            ) : null}
          </div>
        </>
      ) : null}
    </Keuzegroep>
  );
}
