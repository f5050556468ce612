import { Alert, Fieldset, FieldsetLegend, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useState } from "react";
import { BEEINDIGING_REDEN_LABELS } from "../../../../src/domain/besluiten/besluit";
import { EENHEDEN, FREQUENTIES } from "../../../../src/domain/catalogus/producten";
import { vandaagIso } from "../../lib/datum";
import { alsEuro, naarEurocent } from "../../lib/euro";
import { Keuzeveld, keuzesUit, Tekstvak, Tekstveld, type VeldLabels } from "../../lib/formulier";
import { AanbiederKiezer } from "../aanbieders/AanbiederKiezer";
import { useBesluitStap, useOndertekendPlan } from "./api";
import { StapFormulier } from "./StapFormulier";
import { BESLUIT_SOORT_LABELS, stapFoutenPerPad } from "./weergave";

interface Product {
  /** For whom (a person of the zaak, from the plan); empty = the hoofdpersoon. */
  persoonId: string;
  categorie: string;
  productcode: string;
  aanbiederAgb: string;
  ingangsdatum: string;
  einddatum: string;
  volume: string;
  eenheid: string;
  frequentie: string;
  budget: string;
}

const LEEG: Product = {
  persoonId: "",
  categorie: "",
  productcode: "",
  aanbiederAgb: "",
  ingangsdatum: vandaagIso(),
  einddatum: "",
  volume: "",
  eenheid: "04",
  frequentie: "2",
  budget: "",
};

/** The labels of the besluit's fields by their path in the request (the one product row is "producten.0"). */
const LABELS: VeldLabels = {
  velden: {
    soort: "Soort besluit",
    besluitdatum: "Besluitdatum",
    leveringsvorm: "Leveringsvorm",
    producten: "Product",
    "producten.*.persoonId": "Voor wie",
    "producten.*.categorie": "Productcategorie",
    "producten.*.productcode": "Productcode",
    "producten.*.aanbiederAgb": "Aanbieder",
    "producten.*.ingangsdatum": "Ingangsdatum",
    "producten.*.einddatum": "Einddatum",
    "producten.*.omvang": "Omvang",
    "producten.*.omvang.volume": "Omvang (aantal)",
    "producten.*.omvang.eenheid": "Eenheid",
    "producten.*.omvang.frequentie": "Frequentie",
    "producten.*.budget": "Budget in euro",
    reden: "Reden van beëindiging",
    einddatum: "Ondersteuning eindigt op",
    nieuweGemeente: "Nieuwe gemeente (warme overdracht)",
    terugvordering: "Terug te vorderen pgb in euro",
    motivering: "Motivering",
  },
};

/** A&O drafts the beschikking; prefilled from the signed resultatenplan when there is one. */
export function BesluitFormulier({ zaakId }: { zaakId: string }) {
  const stap = useBesluitStap(zaakId);
  const plan = useOndertekendPlan(zaakId);
  const [soort, setSoort] = useState("toekenning");
  const [besluitdatum, setBesluitdatum] = useState(vandaagIso());
  const [leveringsvorm, setLeveringsvorm] = useState("zin");
  const [p, setP] = useState<Product>(LEEG);
  const [reden, setReden] = useState("doelen-bereikt");
  const [einddatum, setEinddatum] = useState(vandaagIso());
  const [nieuweGemeente, setNieuweGemeente] = useState("");
  const [terugvordering, setTerugvordering] = useState("");
  const [motivering, setMotivering] = useState("");
  const [gelukt, setGelukt] = useState<string | null>(null);

  const uitPlan = plan.data?.inhoud.maatwerkvoorzieningen[0];
  useEffect(() => {
    if (!uitPlan) return;
    setLeveringsvorm(uitPlan.leveringsvorm);
    setP({
      persoonId: uitPlan.persoonId,
      categorie: uitPlan.productCode.slice(0, 2),
      productcode: uitPlan.productCode,
      aanbiederAgb: uitPlan.aanbiederAgb ?? "",
      ingangsdatum: uitPlan.ingangsdatum,
      einddatum: uitPlan.einddatum ?? "",
      volume: uitPlan.omvang ? String(uitPlan.omvang.volume) : "",
      eenheid: uitPlan.omvang?.eenheid ?? "04",
      frequentie: uitPlan.omvang?.frequentie ?? "2",
      budget: uitPlan.budget ? alsEuro(uitPlan.budget) : "",
    });
  }, [uitPlan]);

  const zet = (veld: keyof Product) => (e: { currentTarget: { value: string } }) => {
    const waarde = e.currentTarget.value;
    setP((vorig) => ({ ...vorig, [veld]: waarde }));
  };
  const fouten = stapFoutenPerPad(stap);
  const productFout = (veld: string) => fouten[`producten.0.${veld}`];
  const beeindiging = soort === "beeindiging";
  const metProduct = !beeindiging && p.productcode.trim() !== "";

  function verstuur() {
    setGelukt(null);
    const product = {
      ...(p.persoonId ? { persoonId: p.persoonId } : {}),
      categorie: p.categorie.trim(),
      productcode: p.productcode.trim().toUpperCase(),
      aanbiederAgb: leveringsvorm === "zin" && p.aanbiederAgb.trim() ? p.aanbiederAgb.trim() : null,
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum || null,
      omvang:
        leveringsvorm === "zin" && p.volume
          ? { volume: Number(p.volume.replace(",", ".")), eenheid: p.eenheid, frequentie: p.frequentie }
          : null,
      budget: leveringsvorm === "pgb" ? naarEurocent(p.budget) : null,
    };
    stap.mutate(
      {
        soort: "besluit",
        body: {
          soort: soort as "toekenning",
          besluitdatum,
          leveringsvorm: metProduct ? (leveringsvorm as "zin") : null,
          producten: metProduct ? [product] : [],
          motivering,
          ...(beeindiging
            ? {
                reden: reden as "doelen-bereikt",
                einddatum,
                nieuweGemeente: reden === "verhuizing" ? nieuweGemeente : null,
                terugvordering: reden === "onjuiste-gegevens" ? naarEurocent(terugvordering) : null,
              }
            : {}),
        },
      },
      { onSuccess: () => setGelukt("Het besluit is genomen en de beschikking is verstuurd.") },
    );
  }

  return (
    <StapFormulier
      label="Besluit nemen"
      stap={stap}
      knop="Besluit nemen en beschikking versturen"
      appearance="primary-action-button"
      verstuur={verstuur}
      labels={LABELS}
      boven={
        uitPlan ? (
          <Paragraph>Overgenomen uit het ondertekende resultatenplan (versie {plan.data?.versie}).</Paragraph>
        ) : null
      }
    >
      {gelukt ? (
        <Alert type="ok">
          <Paragraph>{gelukt}</Paragraph>
        </Alert>
      ) : null}
      <Keuzeveld
        id="besluit-soort"
        label="Soort besluit"
        keuzes={keuzesUit(BESLUIT_SOORT_LABELS)}
        waarde={soort}
        onChange={setSoort}
      />
      <Tekstveld
        id="besluit-datum"
        fout={fouten.besluitdatum}
        label="Besluitdatum"
        type="date"
        verplicht
        value={besluitdatum}
        onChange={(e) => setBesluitdatum(e.currentTarget.value)}
      />
      {beeindiging ? (
        <>
          <Keuzeveld
            id="besluit-reden"
            label="Reden van beëindiging"
            keuzes={keuzesUit(BEEINDIGING_REDEN_LABELS)}
            waarde={reden}
            onChange={setReden}
          />
          <Tekstveld
            id="besluit-einddatum"
            fout={fouten.einddatum}
            label="Ondersteuning eindigt op"
            type="date"
            verplicht
            value={einddatum}
            onChange={(e) => setEinddatum(e.currentTarget.value)}
          />
          {reden === "verhuizing" ? (
            <Tekstveld
              id="besluit-nieuwe-gemeente"
              fout={fouten.nieuweGemeente}
              label="Nieuwe gemeente (warme overdracht)"
              verplicht
              value={nieuweGemeente}
              onChange={(e) => setNieuweGemeente(e.currentTarget.value)}
            />
          ) : null}
          {reden === "onjuiste-gegevens" ? (
            <Tekstveld
              id="besluit-terugvordering"
              fout={fouten.terugvordering}
              label="Terug te vorderen pgb in euro"
              inputMode="decimal"
              value={terugvordering}
              onChange={(e) => setTerugvordering(e.currentTarget.value)}
            />
          ) : null}
        </>
      ) : (
        <Fieldset>
          <FieldsetLegend>Product</FieldsetLegend>
          <Keuzeveld
            id="besluit-leveringsvorm"
            label="Leveringsvorm"
            keuzes={[
              { waarde: "zin", label: "Zorg in natura (zin)" },
              { waarde: "pgb", label: "Persoonsgebonden budget (pgb)" },
            ]}
            waarde={leveringsvorm}
            onChange={setLeveringsvorm}
          />
          <Tekstveld
            id="besluit-categorie"
            fout={productFout("categorie")}
            label="Productcategorie"
            verplicht={soort !== "afwijzing"}
            value={p.categorie}
            onChange={zet("categorie")}
          />
          <Tekstveld
            id="besluit-productcode"
            fout={productFout("productcode")}
            label="Productcode"
            verplicht={soort !== "afwijzing"}
            beschrijving="Uit de productcatalogus, bijvoorbeeld 07A01."
            value={p.productcode}
            onChange={zet("productcode")}
          />
          {leveringsvorm === "zin" ? (
            <AanbiederKiezer
              id="besluit-aanbieder"
              label="Aanbieder"
              productCode={p.productcode}
              waarde={p.aanbiederAgb || null}
              onChange={(agb) => setP((vorig) => ({ ...vorig, aanbiederAgb: agb ?? "" }))}
              fout={productFout("aanbiederAgb")}
            />
          ) : null}
          <Tekstveld
            id="besluit-ingangsdatum"
            fout={productFout("ingangsdatum")}
            label="Ingangsdatum"
            type="date"
            verplicht
            value={p.ingangsdatum}
            onChange={zet("ingangsdatum")}
          />
          <Tekstveld
            id="besluit-product-einddatum"
            fout={productFout("einddatum")}
            label="Einddatum"
            type="date"
            value={p.einddatum}
            onChange={zet("einddatum")}
          />
          {leveringsvorm === "zin" ? (
            <>
              <Tekstveld
                id="besluit-volume"
                fout={productFout("omvang.volume") ?? productFout("omvang")}
                label="Omvang (aantal)"
                verplicht
                inputMode="decimal"
                value={p.volume}
                onChange={zet("volume")}
              />
              <Keuzeveld
                id="besluit-eenheid"
                label="Eenheid"
                keuzes={keuzesUit(EENHEDEN)}
                waarde={p.eenheid}
                onChange={(w) => setP({ ...p, eenheid: w })}
              />
              <Keuzeveld
                id="besluit-frequentie"
                label="Frequentie"
                keuzes={keuzesUit(FREQUENTIES)}
                waarde={p.frequentie}
                onChange={(w) => setP({ ...p, frequentie: w })}
              />
            </>
          ) : (
            <Tekstveld
              id="besluit-budget"
              fout={productFout("budget")}
              label="Budget in euro"
              verplicht
              inputMode="decimal"
              value={p.budget}
              onChange={zet("budget")}
            />
          )}
        </Fieldset>
      )}
      <Tekstvak
        id="besluit-motivering"
        fout={fouten.motivering}
        label={
          soort === "afwijzing" ? "Motivering (verplicht bij een afwijzing)" : "Motivering (niet verplicht)"
        }
        waarde={motivering}
        onChange={setMotivering}
      />
    </StapFormulier>
  );
}
