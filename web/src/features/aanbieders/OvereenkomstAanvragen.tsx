import { useQueryClient } from "@tanstack/react-query";
import { Fieldset, FieldsetLegend, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import type { AanbiederSamenvatting, Zaak } from "../../lib/contract";
import { naarEurocent } from "../../lib/euro";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzeveld,
  Tekstvak,
  Tekstveld,
  useVerzending,
  Verzendknop,
} from "../../lib/formulier";
import { useAanbieders, vraagOvereenkomstAan } from "./api";
import { uitkomstVan } from "./fouten";
import { WET_LABELS } from "./weergave";

const JEUGD_ZAAKTYPEN = new Set(["jeugd", "veilig-opgroeien"]);

interface Velden {
  wet: string;
  productCategorie: string;
  productCode: string;
  ingangsdatum: string;
  einddatum: string;
  tarief: string;
  waaromGeenZin: string;
  waaromGeenPgb: string;
}

const leeg = (zaak: Zaak): Velden => ({
  wet: JEUGD_ZAAKTYPEN.has(zaak.zaaktype) ? "jeugd" : "wmo",
  productCategorie: "",
  productCode: "",
  ingangsdatum: "",
  einddatum: "",
  tarief: "",
  waaromGeenZin: "",
  waaromGeenPgb: "",
});

const VELDEN = {
  aanbiederId: { label: "Aanbieder", id: "io-aanbieder" },
  productCategorie: { label: "Productcategorie", id: "io-categorie" },
  productCode: { label: "Productcode", id: "io-product" },
  ingangsdatum: { label: "Ingangsdatum overeenkomst", id: "io-van" },
  einddatum: { label: "Einddatum overeenkomst", id: "io-tot" },
  tarief: { label: "Tarief per eenheid", id: "io-tarief" },
  waaromGeenZin: { label: "Waarom past gecontracteerde zorg niet", id: "io-zin" },
  waaromGeenPgb: { label: "Waarom geen pgb", id: "io-pgb" },
};

/**
 * The consulent's request for an individuele overeenkomst: choose a provider (search by name or
 * AGB-code), the product and period, and answer the two questions of "zorg buiten contract".
 */
export function OvereenkomstAanvragen({ zaak }: { zaak: Zaak }) {
  const queryClient = useQueryClient();
  const [zoek, setZoek] = useState("");
  const [gekozen, setGekozen] = useState<AanbiederSamenvatting>();
  const [v, setV] = useState<Velden>(() => leeg(zaak));
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur: bewaar, weiger } = useVerzending(uitkomstVan);
  const gevonden = useAanbieders(zoek.trim(), 1);
  const kandidaten = (gevonden.data?.items ?? []).filter((a) => a.actief);
  const opties =
    gekozen && !kandidaten.some((a) => a.id === gekozen.id) ? [gekozen, ...kandidaten] : kandidaten;

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bezig) return;
    const tarief = v.tarief.trim() ? (naarEurocent(v.tarief) ?? undefined) : null;
    if (tarief === undefined)
      return weiger({ veldfouten: { tarief: "Vul een bedrag in euro in, bijvoorbeeld 55,00" } });
    if (!gekozen) return weiger({ veldfouten: { aanbiederId: "Zoek en kies een aanbieder" } });
    const code = v.productCode.trim().toUpperCase();
    return bewaar(
      async () => {
        await vraagOvereenkomstAan({
          aanbiederId: gekozen.id,
          zaakId: zaak.id,
          wet: v.wet as "wmo" | "jeugd",
          productCategorie: (v.productCategorie.trim() || code.slice(0, 2)).toUpperCase(),
          productCode: code || null,
          ingangsdatum: v.ingangsdatum,
          einddatum: v.einddatum || null,
          tarief,
          waaromGeenZin: v.waaromGeenZin,
          waaromGeenPgb: v.waaromGeenPgb,
        });
        setV(leeg(zaak));
        setGekozen(undefined);
        setZoek("");
        return `De aanvraag voor ${gekozen.naam} is naar de teamleider gestuurd.`;
      },
      () => queryClient.invalidateQueries({ queryKey: ["overeenkomsten"] }),
    );
  }

  return (
    <>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzicht} fouten={fouten} melding={uitkomst?.melding} velden={VELDEN} />
      <form onSubmit={verstuur} noValidate className="voordeur-formulier" aria-labelledby="io-aanvragen-kop">
        <Tekstveld
          id="io-aanbieder-zoek"
          label="Zoek aanbieder op naam of AGB-code"
          value={zoek}
          onChange={(e) => setZoek(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") e.preventDefault();
          }}
          autoComplete="off"
        />
        <Paragraph role="status">
          {zoek.trim().length === 0
            ? ""
            : gevonden.isPending
              ? "Bezig met zoeken…"
              : `${kandidaten.length} actieve aanbieder(s) gevonden; kies er een hieronder.`}
        </Paragraph>
        <Keuzeveld
          id="io-aanbieder"
          label="Aanbieder"
          waarde={gekozen?.id ?? ""}
          onChange={(id) => setGekozen(opties.find((a) => a.id === id))}
          keuzes={[
            { waarde: "", label: "Kies een aanbieder" },
            ...opties.map((a) => ({
              waarde: a.id,
              label: `${a.naam} (AGB ${a.agbCode})${a.clientenstop ? " — cliëntenstop" : ""}`,
            })),
          ]}
          fout={fouten.aanbiederId}
        />
        <Keuzeveld
          id="io-wet"
          label="Wet"
          waarde={v.wet}
          onChange={(wet) => setV({ ...v, wet })}
          keuzes={Object.entries(WET_LABELS).map(([waarde, label]) => ({ waarde, label }))}
          fout={fouten.wet}
        />
        <Tekstveld
          id="io-product"
          label="Productcode"
          beschrijving="Bijvoorbeeld 07A01; leeg laten voor de hele productcategorie"
          value={v.productCode}
          onChange={(e) => setV({ ...v, productCode: e.currentTarget.value })}
          fout={fouten.productCode}
          autoComplete="off"
        />
        <Tekstveld
          id="io-categorie"
          label="Productcategorie"
          beschrijving="2 tekens, bijvoorbeeld 07; leeg: de eerste 2 tekens van de productcode"
          value={v.productCategorie}
          onChange={(e) => setV({ ...v, productCategorie: e.currentTarget.value })}
          fout={fouten.productCategorie}
          autoComplete="off"
        />
        <Tekstveld
          id="io-van"
          label="Ingangsdatum overeenkomst"
          type="date"
          verplicht
          value={v.ingangsdatum}
          onChange={(e) => setV({ ...v, ingangsdatum: e.currentTarget.value })}
          fout={fouten.ingangsdatum}
        />
        <Tekstveld
          id="io-tot"
          label="Einddatum overeenkomst"
          type="date"
          beschrijving="Leeg: zonder einddatum"
          value={v.einddatum}
          onChange={(e) => setV({ ...v, einddatum: e.currentTarget.value })}
          fout={fouten.einddatum}
        />
        <Tekstveld
          id="io-tarief"
          label="Tarief per eenheid (euro)"
          beschrijving="Bijvoorbeeld 55,00"
          inputMode="decimal"
          value={v.tarief}
          onChange={(e) => setV({ ...v, tarief: e.currentTarget.value })}
          fout={fouten.tarief}
        />
        <Fieldset>
          <FieldsetLegend>Zorg buiten contract</FieldsetLegend>
          <Tekstvak
            id="io-zin"
            label="Waarom past gecontracteerde zorg in natura niet?"
            waarde={v.waaromGeenZin}
            onChange={(waaromGeenZin) => setV({ ...v, waaromGeenZin })}
            fout={fouten.waaromGeenZin}
          />
          <Tekstvak
            id="io-pgb"
            label="Waarom is een pgb niet gewenst of niet mogelijk?"
            waarde={v.waaromGeenPgb}
            onChange={(waaromGeenPgb) => setV({ ...v, waaromGeenPgb })}
            fout={fouten.waaromGeenPgb}
          />
        </Fieldset>
        <Verzendknop bezig={bezig}>Individuele overeenkomst aanvragen</Verzendknop>
      </form>
    </>
  );
}
