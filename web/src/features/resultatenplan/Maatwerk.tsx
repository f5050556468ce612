/** One maatwerkvoorziening in the plan editor: product, ZIN or PGB (with the pgb-toets), provider, period, omvang or budget. */

import { useQuery } from "@tanstack/react-query";
import { Fieldset, FieldsetLegend } from "@utrecht/component-library-react";
import { api, queryString } from "../../lib/api";
import { catalogusProduct, pagina, type ResultatenplanDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { Keuzerondjes, Keuzeveld, Tekstvak, Tekstveld, Vinkje } from "../../lib/formulier";
import { AanbiederKiezer } from "../aanbieders/AanbiederKiezer";
import { Datumveld, EuroVeld, usePlanVeld } from "./velden";

type Inhoud = ResultatenplanDetail["inhoud"];
export type Voorziening = Inhoud["maatwerkvoorzieningen"][number];
type PgbToets = NonNullable<Voorziening["pgbToets"]>;
type Keuze = { waarde: string; label: string };

function useProductKeuzes(wet: string) {
  return useQuery({
    queryKey: ["catalogus", "producten", "keuzes", wet],
    queryFn: ({ signal }) =>
      api(`/catalogus/producten${queryString({ wet, peildatum: vandaagIso(), perPagina: 200 })}`, {
        schema: pagina(catalogusProduct),
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

export const nieuweVoorziening = (persoonId: string): Voorziening => ({
  persoonId,
  wet: "wmo",
  productCode: "",
  leveringsvorm: "zin",
  aanbiederAgb: null,
  ingangsdatum: vandaagIso(),
  einddatum: null,
  omvang: { volume: 1, eenheid: "04", frequentie: "2" },
  budget: null,
  pgbToets: null,
});

const legeToets = (): PgbToets => ({
  bekwaamheid: { voldaan: false, toelichting: "" },
  motivering: { voldaan: false, toelichting: "" },
  kwaliteit: { voldaan: false, toelichting: "" },
  uitvoerder: "sociaal-netwerk",
  inspectieloketGecontroleerd: false,
  tarief: null,
});

function PgbToetsVelden({
  pad,
  toets,
  onChange,
}: {
  pad: string;
  toets: PgbToets;
  onChange: (t: PgbToets) => void;
}) {
  const voorwaarden = [
    ["bekwaamheid", "Bekwaamheid: de inwoner (of netwerk/bewindvoerder) kan het pgb beheren"],
    ["motivering", "Motivering: waarom zorg in natura niet past"],
    ["kwaliteit", "Kwaliteit: veilig, doeltreffend en doelgericht"],
  ] as const;
  const veld = usePlanVeld();
  return (
    <Fieldset>
      <FieldsetLegend>Toets van het pgb-plan</FieldsetLegend>
      {voorwaarden.map(([sleutel, label]) => (
        <div key={sleutel}>
          <Vinkje
            {...veld(`${pad}.pgbToets.${sleutel}.voldaan`)}
            label={`${label}: voldaan`}
            aan={toets[sleutel].voldaan}
            onChange={(voldaan) => onChange({ ...toets, [sleutel]: { ...toets[sleutel], voldaan } })}
          />
          <Tekstvak
            {...veld(`${pad}.pgbToets.${sleutel}.toelichting`)}
            label={`Toelichting ${sleutel}`}
            waarde={toets[sleutel].toelichting}
            onChange={(toelichting) => onChange({ ...toets, [sleutel]: { ...toets[sleutel], toelichting } })}
          />
        </div>
      ))}
      <Keuzeveld
        {...veld(`${pad}.pgbToets.uitvoerder`)}
        label="Wie levert de zorg?"
        keuzes={[
          { waarde: "sociaal-netwerk", label: "Iemand uit het sociale netwerk" },
          { waarde: "professioneel", label: "Een professionele zorgverlener" },
        ]}
        waarde={toets.uitvoerder}
        onChange={(w) => onChange({ ...toets, uitvoerder: w as PgbToets["uitvoerder"] })}
      />
      <Vinkje
        {...veld(`${pad}.pgbToets.inspectieloketGecontroleerd`)}
        label="Registratie bij het Inspectieloket gecontroleerd (professionele jeugdhulpaanbieder)"
        aan={toets.inspectieloketGecontroleerd}
        onChange={(aan) => onChange({ ...toets, inspectieloketGecontroleerd: aan })}
      />
      <EuroVeld
        {...veld(`${pad}.pgbToets.tarief.bedrag`)}
        label="Tarief"
        cent={toets.tarief?.bedrag ?? null}
        onChange={(bedrag) =>
          onChange({ ...toets, tarief: bedrag === null ? null : { bedrag, per: toets.tarief?.per ?? "uur" } })
        }
      />
      <Keuzeveld
        {...veld(`${pad}.pgbToets.tarief.per`)}
        label="Tarief per"
        keuzes={[
          { waarde: "uur", label: "uur" },
          { waarde: "dagdeel", label: "dagdeel" },
          { waarde: "etmaal", label: "etmaal" },
        ]}
        waarde={toets.tarief?.per ?? "uur"}
        onChange={(per) =>
          toets.tarief &&
          onChange({ ...toets, tarief: { ...toets.tarief, per: per as "uur" | "dagdeel" | "etmaal" } })
        }
      />
    </Fieldset>
  );
}

export function MaatwerkVelden({
  pad,
  v,
  wijzig,
  personen,
  eenheden,
  frequenties,
}: {
  pad: string;
  v: Voorziening;
  wijzig: (deel: Partial<Voorziening>) => void;
  personen: Keuze[];
  eenheden: Keuze[];
  frequenties: Keuze[];
}) {
  const veld = usePlanVeld();
  const producten = useProductKeuzes(v.wet);
  const metBudget = v.budget !== null || v.omvang === null;
  return (
    <>
      <Keuzeveld
        {...veld(`${pad}.persoonId`)}
        label="Voor"
        keuzes={personen}
        waarde={v.persoonId}
        onChange={(persoonId) => wijzig({ persoonId })}
      />
      <Keuzeveld
        {...veld(`${pad}.wet`)}
        label="Wet"
        keuzes={[
          { waarde: "wmo", label: "Wmo 2015" },
          { waarde: "jeugd", label: "Jeugdwet" },
        ]}
        waarde={v.wet}
        onChange={(wet) => wijzig({ wet: wet as Voorziening["wet"], productCode: "" })}
      />
      <Keuzeveld
        {...veld(`${pad}.productCode`)}
        label="Product"
        leeg="Kies een product"
        keuzes={(producten.data?.items ?? []).map((p) => ({
          waarde: p.code,
          label: `${p.code} ${p.omschrijving} (niveau ${p.interventieniveau ?? "–"})`,
        }))}
        waarde={v.productCode}
        onChange={(productCode) => wijzig({ productCode })}
      />
      <Keuzerondjes
        {...veld(`${pad}.leveringsvorm`)}
        legenda="Leveringsvorm"
        keuzes={[
          { waarde: "zin", label: "Zorg in natura (ZIN)" },
          { waarde: "pgb", label: "Persoonsgebonden budget (pgb)" },
        ]}
        waarde={v.leveringsvorm}
        onChange={(w) =>
          wijzig({
            leveringsvorm: w as Voorziening["leveringsvorm"],
            pgbToets: w === "pgb" ? (v.pgbToets ?? legeToets()) : null,
          })
        }
      />
      <AanbiederKiezer
        {...veld(`${pad}.aanbiederAgb`)}
        label={v.leveringsvorm === "zin" ? "Aanbieder" : "Aanbieder (niet verplicht bij een pgb)"}
        wet={v.wet}
        productCode={v.productCode}
        waarde={v.aanbiederAgb}
        onChange={(aanbiederAgb) => wijzig({ aanbiederAgb })}
      />
      <Datumveld
        {...veld(`${pad}.ingangsdatum`)}
        label="Ingangsdatum"
        waarde={v.ingangsdatum}
        onChange={(ingangsdatum) => wijzig({ ingangsdatum })}
      />
      <Datumveld
        {...veld(`${pad}.einddatum`)}
        label="Einddatum"
        verplicht={false}
        waarde={v.einddatum}
        onChange={(d) => wijzig({ einddatum: d || null })}
      />
      <Keuzerondjes
        {...veld(`${pad}.omvangOfBudget`)}
        legenda="Omvang of budget"
        keuzes={[
          { waarde: "omvang", label: "Omvang (volume, eenheid, frequentie)" },
          { waarde: "budget", label: "Budget" },
        ]}
        waarde={metBudget ? "budget" : "omvang"}
        onChange={(w) =>
          w === "budget"
            ? wijzig({ omvang: null, budget: v.budget })
            : wijzig({ budget: null, omvang: v.omvang ?? { volume: 1, eenheid: "04", frequentie: "2" } })
        }
      />
      {!metBudget && v.omvang ? (
        <>
          <Tekstveld
            {...veld(`${pad}.omvang.volume`)}
            label="Volume"
            verplicht
            type="number"
            min={1}
            value={String(v.omvang.volume)}
            onChange={(e) =>
              v.omvang && wijzig({ omvang: { ...v.omvang, volume: Number(e.currentTarget.value) } })
            }
          />
          <Keuzeveld
            {...veld(`${pad}.omvang.eenheid`)}
            label="Eenheid"
            keuzes={eenheden}
            waarde={v.omvang.eenheid}
            onChange={(eenheid) => v.omvang && wijzig({ omvang: { ...v.omvang, eenheid } })}
          />
          <Keuzeveld
            {...veld(`${pad}.omvang.frequentie`)}
            label="Frequentie"
            keuzes={frequenties}
            waarde={v.omvang.frequentie}
            onChange={(f) =>
              v.omvang && wijzig({ omvang: { ...v.omvang, frequentie: f as "1" | "2" | "4" | "6" } })
            }
          />
        </>
      ) : (
        <EuroVeld
          {...veld(`${pad}.budget`)}
          label="Budget"
          verplicht
          cent={v.budget}
          onChange={(budget) => wijzig({ budget })}
        />
      )}
      {v.leveringsvorm === "pgb" ? (
        <PgbToetsVelden
          pad={pad}
          toets={v.pgbToets ?? legeToets()}
          onChange={(pgbToets) => wijzig({ pgbToets })}
        />
      ) : null}
    </>
  );
}
