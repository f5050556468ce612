import { useMutation, useQuery } from "@tanstack/react-query";
import {
  Alert,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { useParams } from "react-router";
import {
  type Beslissing,
  type InzageDocument,
  toetsBeslissing,
  WEIGERGRONDEN,
} from "../../../../src/domain/inzage/inzage";
import { ApiFout, api } from "../../lib/api";
import { inzageDocument, inzageExport } from "../../lib/contract";
import {
  Foutoverzicht,
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  Tekstvak,
  type Veldfouten,
  Verzendformulier,
} from "../../lib/formulier";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";

const UITKOMSTEN = [
  { waarde: "verstrekken", label: "Verstrekken" },
  { waarde: "weigeren", label: "Niet verstrekken" },
];

/** The documents grouped by zaak, in the order the API gives them (documents without a zaak last). */
function perZaak(documenten: readonly InzageDocument[]) {
  const groepen = new Map<string, { titel: string; documenten: { doc: InzageDocument; index: number }[] }>();
  documenten.forEach((doc, index) => {
    const sleutel = doc.zaakId ?? "";
    const groep = groepen.get(sleutel) ?? {
      titel: doc.zaaknummer ? `Zaak ${doc.zaaknummer}` : "Documenten zonder zaak",
      documenten: [],
    };
    groep.documenten.push({ doc, index });
    groepen.set(sleutel, groep);
  });
  return [...groepen.entries()];
}

const documentUuid = (id: string) => (id.startsWith("document:") ? id.slice("document:".length) : undefined);

/**
 * The teamleider composes an inzage (AVG art. 15, DOMAIN.md §6): per zaak, each document is given or withheld;
 * withholding needs a ground from the fixed list and a motivation. Afterwards a summary of what was given and
 * what was not, and the PDF for the resident.
 */
export function InzagePagina() {
  const { id = "" } = useParams();
  const documenten = useQuery({
    queryKey: ["inzage", id],
    queryFn: ({ signal }) =>
      api(`/personen/${encodeURIComponent(id)}/inzage/documenten`, {
        schema: inzageDocument.array(),
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [beslissingen, setBeslissingen] = useState<Record<string, Beslissing>>({});
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [melding, setMelding] = useState<string>();
  const overzicht = useRef<HTMLDivElement>(null);
  const docs = documenten.data ?? [];
  const beslissingVan = (d: InzageDocument): Beslissing =>
    beslissingen[d.id] ?? { documentId: d.id, uitkomst: "verstrekken" };
  const zet = (d: InzageDocument, wijziging: Partial<Beslissing>) =>
    setBeslissingen({ ...beslissingen, [d.id]: { ...beslissingVan(d), ...wijziging } });

  const maak = useMutation({
    mutationFn: (lijst: Beslissing[]) =>
      api(`/personen/${encodeURIComponent(id)}/inzage`, {
        method: "POST",
        body: { beslissingen: lijst },
        schema: inzageExport,
      }),
    onError: (fout) => {
      const velden: Veldfouten = {};
      for (const e of fout instanceof ApiFout ? fout.errors : []) velden[e.veld] ??= e.melding;
      toon(velden, fout instanceof ApiFout ? fout.detail : "Vastleggen is niet gelukt.");
    },
  });
  function toon(velden: Veldfouten, tekst?: string) {
    setFouten(velden);
    setMelding(tekst);
    requestAnimationFrame(() => overzicht.current?.focus());
  }
  function verstuur() {
    const lijst = docs.map((d) => {
      const b = beslissingVan(d);
      return b.uitkomst === "verstrekken"
        ? { documentId: d.id, uitkomst: b.uitkomst }
        : {
            documentId: d.id,
            uitkomst: b.uitkomst,
            grond: b.grond || undefined,
            toelichting: b.toelichting ?? "",
          };
    });
    // The same rule as the server (domain/inzage), so the errors show before sending.
    const velden: Veldfouten = {};
    lijst.forEach((b, i) => {
      for (const f of toetsBeslissing(b, `beslissingen.${i}`)) velden[f.veld] ??= f.melding;
    });
    if (Object.keys(velden).length > 0) return toon(velden);
    setFouten({});
    setMelding(undefined);
    maak.mutate(lijst);
  }
  const veldLabels = Object.fromEntries(
    docs.flatMap((d, i) => [
      [`beslissingen.${i}.grond`, { label: `Grond bij '${d.titel}'`, id: `grond-${i}` }],
      [`beslissingen.${i}.toelichting`, { label: `Motivering bij '${d.titel}'`, id: `toelichting-${i}` }],
    ]),
  );

  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Klantdossier", naar: `/personen/${id}` },
          { label: "Inzage" },
        ]}
      />
      <PaginaTitel>Inzage samenstellen</PaginaTitel>
      <Paragraph>
        De inwoner heeft recht op inzage in alle gegevens (AVG artikel 15). Beslis per document of het wordt
        verstrekt; wat u niet verstrekt, krijgt een grond en een motivering. Persoonlijke werkaantekeningen
        vallen er niet onder en staan hier niet.
      </Paragraph>
      {documenten.isPending ? <Laden /> : null}
      {documenten.isError ? (
        <LaadFout fout={documenten.error} opnieuw={() => void documenten.refetch()} />
      ) : null}
      {maak.data ? (
        <section aria-labelledby="samenvatting">
          <Alert type="ok">
            <Paragraph>
              De inzage is vastgelegd.{" "}
              <a className="utrecht-link" href={`/api/inzage/${maak.data.id}/pdf`}>
                Download de inzage als PDF
              </a>
            </Paragraph>
          </Alert>
          <Heading2 id="samenvatting">Samenvatting</Heading2>
          <Heading3>Verstrekt ({maak.data.samenvatting.verstrekt.length})</Heading3>
          {maak.data.samenvatting.verstrekt.length === 0 ? <Paragraph>Geen documenten.</Paragraph> : null}
          <UnorderedList>
            {maak.data.samenvatting.verstrekt.map((v) => (
              <UnorderedListItem key={v.documentId}>
                {v.titel}
                {v.zaaknummer ? ` (zaak ${v.zaaknummer})` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Heading3>Niet verstrekt ({maak.data.samenvatting.geweigerd.length})</Heading3>
          {maak.data.samenvatting.geweigerd.length === 0 ? <Paragraph>Geen documenten.</Paragraph> : null}
          <UnorderedList>
            {maak.data.samenvatting.geweigerd.map((g) => (
              <UnorderedListItem key={g.documentId}>
                {g.titel}
                {g.zaaknummer ? ` (zaak ${g.zaaknummer})` : ""}: {g.grondLabel}. Motivering: {g.toelichting}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ) : null}
      {documenten.data && !maak.data ? (
        <Verzendformulier
          label="Beslissingen per document"
          knop="Inzage vastleggen"
          appearance="primary-action-button"
          bezig={maak.isPending}
          verstuur={verstuur}
        >
          <Foutoverzicht ref={overzicht} fouten={fouten} velden={veldLabels} melding={melding} />
          {docs.length === 0 ? (
            <Paragraph>Er zijn geen documenten; de inzage bevat de persoonsgegevens.</Paragraph>
          ) : null}
          {perZaak(docs).map(([sleutel, groep]) => (
            <section key={sleutel || "zonder-zaak"} aria-labelledby={`zaak-${sleutel || "zonder"}`}>
              <Heading2 id={`zaak-${sleutel || "zonder"}`}>{groep.titel}</Heading2>
              {groep.documenten.map(({ doc, index }) => {
                const b = beslissingVan(doc);
                const uuid = documentUuid(doc.id);
                return (
                  <div key={doc.id} className="voordeur-formulier">
                    <Keuzerondjes
                      id={`uitkomst-${index}`}
                      legenda={`${doc.titel} (${kortDatum(doc.datum)})`}
                      beschrijving={
                        <>
                          {doc.inhoud}
                          {uuid ? (
                            <>
                              {" "}
                              <a className="utrecht-link" href={`/api/documenten/${uuid}/inhoud`}>
                                Bekijk {doc.titel}
                              </a>
                            </>
                          ) : null}
                        </>
                      }
                      keuzes={UITKOMSTEN}
                      waarde={b.uitkomst}
                      onChange={(uitkomst) => zet(doc, { uitkomst: uitkomst as Beslissing["uitkomst"] })}
                    />
                    {b.uitkomst === "weigeren" ? (
                      <>
                        <Keuzeveld
                          id={`grond-${index}`}
                          label="Grond voor niet verstrekken"
                          leeg="Kies een grond"
                          keuzes={keuzesUit(WEIGERGRONDEN)}
                          waarde={b.grond ?? ""}
                          onChange={(grond) => zet(doc, { grond })}
                          fout={fouten[`beslissingen.${index}.grond`]}
                        />
                        <Tekstvak
                          id={`toelichting-${index}`}
                          label="Motivering"
                          beschrijving="Waarom weegt dit zwaarder dan het recht op inzage? Dit komt in de inzage te staan."
                          waarde={b.toelichting ?? ""}
                          onChange={(toelichting) => zet(doc, { toelichting })}
                          fout={fouten[`beslissingen.${index}.toelichting`]}
                        />
                      </>
                    ) : null}
                  </div>
                );
              })}
            </section>
          ))}
        </Verzendformulier>
      ) : null}
    </>
  );
}
