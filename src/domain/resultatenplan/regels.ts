/**
 * The rules a resultatenplan must meet (004 §4.3, DOMAIN §2.3, §5, §7). Every broken rule is named (`regel`),
 * points at the field (`veld`, dotted path into the plan content) and says in Dutch what is wrong.
 * `controleerPlan` runs on every save; `controleerDefinitief` adds what a definitive plan needs. Pure.
 */
import { type Product, zoekProduct } from "../catalogus/producten";
import { type Resultatenmatrix, zoekResultaat } from "../catalogus/resultatenmatrix";
import type { Maatwerkvoorziening, PlanInhoud } from "./inhoud";
import { kortdurendBezwaar } from "./kortdurend";
import { pgbToetsBezwaren } from "./pgb";

export const PLAN_REGELS = {
  "persoon-onbekend": "Resultaten en voorzieningen horen bij een persoon van de zaak.",
  "voorziening-onbekend":
    "Een voorliggende oplossing uit de sociale kaart is een voorziening op de kaart van de eigen gemeente.",
  "resultaat-onbekend": "Resultaten komen uit de versie van de Resultatenmatrix die het plan gebruikt.",
  "product-onbekend":
    "Een maatwerkvoorziening is een product uit de catalogus van die wet, geldig op de ingangsdatum.",
  "product-geen-maatwerk": "Interventieniveau 1–3 is vrij toegankelijk en wordt niet als maatwerk ingezet.",
  "omvang-of-budget":
    "Een voorziening heeft een omvang (volume, eenheid, frequentie) óf een budget, niet beide.",
  periode: "De einddatum ligt niet vóór de begindatum.",
  "kortdurend-maximum": "Kortdurende ondersteuning duurt hoogstens 6 maanden (laagfrequent 12 maanden).",
  "aanbieder-vereist": "Zorg in natura wordt geleverd door een aanbieder met een AGB-code.",
  "aanbieder-onbekend": "De aanbieder staat in het aanbiedersregister.",
  "pgb-toets": "Een pgb vraagt een geslaagde toets van het pgb-plan (bekwaamheid, motivering, kwaliteit).",
  "regiegroep-vereist":
    "Bij interventieniveau 6 of meerdere aanbieders is de Regiegroep betrokken (adviseert, sluit aan of neemt over).",
  "jurist-onbekend": "Het juridisch overleg is gevoerd met een juridisch kwaliteitsmedewerker.",
  "hulpvraag-vereist": "Een definitief plan beschrijft de hulpvraag.",
  "resultaat-vereist": "Een definitief plan noemt minstens één resultaat.",
  "evaluatie-vereist": "Bij maatwerk (interventieniveau 4–8) staan de evaluatiemomenten in het plan.",
  "omgekeerde-toets-onvolledig": "De vier stappen van de Omgekeerde Toets zijn vastgelegd.",
  "afwijking-juridisch-overleg":
    "Afwijken van een regel vraagt overleg met de juridisch kwaliteitsmedewerker.",
  "afwijking-goedkeuring": "Afwijken van een regel vraagt de handtekening van de teamleider.",
  "io-goedkeuring": "Een individuele overeenkomst vraagt de goedkeuring van de teamleider.",
} as const;
export type PlanRegel = keyof typeof PLAN_REGELS;

export interface Overtreding {
  regel: PlanRegel;
  veld: string;
  melding: string;
}

export interface PlanContext {
  matrix: Resultatenmatrix;
  producten: readonly Product[];
  /** Persons on the zaak. */
  personen: ReadonlySet<string>;
  /** AGB-codes in the aanbiedersregister. */
  aanbieders: ReadonlySet<string>;
  /** Ids of the gemeente's juridisch kwaliteitsmedewerkers. */
  juristen: ReadonlySet<string>;
  /** Ids of the voorzieningen on the gemeente's sociale kaart that the plan names (archived ones included). */
  voorzieningen: ReadonlySet<string>;
}

const tekst = (t: string | undefined | null) => typeof t === "string" && t.trim() !== "";

/** The catalogue product of a maatwerkvoorziening, if it exists on its ingangsdatum. */
export function productVan(
  m: Pick<Maatwerkvoorziening, "wet" | "productCode" | "ingangsdatum">,
  producten: readonly Product[],
) {
  return zoekProduct(producten, m.wet, m.productCode, m.ingangsdatum);
}

/** Distinct providers of the plan's ZIN voorzieningen. */
export function aanbiedersVan(inhoud: PlanInhoud): Set<string> {
  return new Set(inhoud.maatwerkvoorzieningen.flatMap((m) => (m.aanbiederAgb ? [m.aanbiederAgb] : [])));
}

/** Does the plan need the Regiegroep (interventieniveau 6 or several providers)? */
export function regiegroepVereist(inhoud: PlanInhoud, producten: readonly Product[]): boolean {
  const niveau6 = inhoud.maatwerkvoorzieningen.some((m) => productVan(m, producten)?.interventieniveau === 6);
  return niveau6 || aanbiedersVan(inhoud).size > 1;
}

function controleerMaatwerk(m: Maatwerkvoorziening, pad: string, ctx: PlanContext): Overtreding[] {
  const fouten: Overtreding[] = [];
  const fout = (regel: PlanRegel, veld: string, melding: string) =>
    fouten.push({ regel, veld: `${pad}.${veld}`, melding });
  if (!ctx.personen.has(m.persoonId))
    fout("persoon-onbekend", "persoonId", "Deze persoon hoort niet bij de zaak");
  const product = productVan(m, ctx.producten);
  if (!product) {
    fout(
      "product-onbekend",
      "productCode",
      `Product ${m.productCode} staat niet in de catalogus voor de ${m.wet === "wmo" ? "Wmo" : "Jeugdwet"} (op ${m.ingangsdatum})`,
    );
  } else if (product.interventieniveau !== null && product.interventieniveau < 4) {
    fout(
      "product-geen-maatwerk",
      "productCode",
      `Product ${m.productCode} heeft interventieniveau ${product.interventieniveau}`,
    );
  }
  if (m.omvang !== null && m.budget !== null)
    fout("omvang-of-budget", "budget", "Geef een omvang óf een budget, niet allebei");
  if (m.omvang === null && m.budget === null)
    fout("omvang-of-budget", "omvang", "Geef een omvang (volume, eenheid, frequentie) of een budget");
  if (m.einddatum !== null && m.einddatum < m.ingangsdatum)
    fout("periode", "einddatum", "De einddatum ligt vóór de ingangsdatum");
  if (m.leveringsvorm === "zin") {
    if (!m.aanbiederAgb) fout("aanbieder-vereist", "aanbiederAgb", "Kies de aanbieder (AGB-code)");
    else if (!ctx.aanbieders.has(m.aanbiederAgb))
      fout(
        "aanbieder-onbekend",
        "aanbiederAgb",
        `AGB-code ${m.aanbiederAgb} staat niet in het aanbiedersregister`,
      );
  } else {
    if (m.aanbiederAgb && !ctx.aanbieders.has(m.aanbiederAgb))
      fout(
        "aanbieder-onbekend",
        "aanbiederAgb",
        `AGB-code ${m.aanbiederAgb} staat niet in het aanbiedersregister`,
      );
    const bezwaren = pgbToetsBezwaren(m.pgbToets, m.wet);
    if (bezwaren.length > 0)
      fout("pgb-toets", "pgbToets", `Pgb zonder geslaagde pgb-toets: ${bezwaren.join("; ")}`);
  }
  return fouten;
}

/** The rules checked on every save. Empty: the plan may be saved. */
export function controleerPlan(inhoud: PlanInhoud, ctx: PlanContext): Overtreding[] {
  const fouten: Overtreding[] = [];
  inhoud.resultaten.forEach((r, i) => {
    if (!ctx.personen.has(r.persoonId))
      fouten.push({
        regel: "persoon-onbekend",
        veld: `resultaten.${i}.persoonId`,
        melding: "Deze persoon hoort niet bij de zaak",
      });
    const gevonden = zoekResultaat(ctx.matrix, r.domein, r.hoofdresultaat, r.subresultaat);
    if (!gevonden.ok)
      fouten.push({
        regel: "resultaat-onbekend",
        veld: `resultaten.${i}.hoofdresultaat`,
        melding: gevonden.melding,
      });
  });
  inhoud.voorliggendeOplossingen.forEach((v, i) => {
    if (v.persoonId !== null && !ctx.personen.has(v.persoonId))
      fouten.push({
        regel: "persoon-onbekend",
        veld: `voorliggendeOplossingen.${i}.persoonId`,
        melding: "Deze persoon hoort niet bij de zaak",
      });
    if (v.voorzieningId && !ctx.voorzieningen.has(v.voorzieningId))
      fouten.push({
        regel: "voorziening-onbekend",
        veld: `voorliggendeOplossingen.${i}.voorzieningId`,
        melding: "Deze voorziening staat niet op de sociale kaart van uw gemeente",
      });
  });
  inhoud.kortdurendeOndersteuning.forEach((k, i) => {
    const pad = `kortdurendeOndersteuning.${i}`;
    if (k.persoonId !== null && !ctx.personen.has(k.persoonId))
      fouten.push({
        regel: "persoon-onbekend",
        veld: `${pad}.persoonId`,
        melding: "Deze persoon hoort niet bij de zaak",
      });
    if (k.einddatum < k.startdatum) {
      fouten.push({
        regel: "periode",
        veld: `${pad}.einddatum`,
        melding: "De einddatum ligt vóór de startdatum",
      });
      return;
    }
    const bezwaar = kortdurendBezwaar(k);
    if (bezwaar) fouten.push({ regel: "kortdurend-maximum", veld: `${pad}.einddatum`, melding: bezwaar });
  });
  inhoud.maatwerkvoorzieningen.forEach((m, i) => {
    fouten.push(...controleerMaatwerk(m, `maatwerkvoorzieningen.${i}`, ctx));
  });
  if (regiegroepVereist(inhoud, ctx.producten) && !inhoud.regiegroep) {
    fouten.push({
      regel: "regiegroep-vereist",
      veld: "regiegroep",
      melding:
        "Dit plan heeft interventieniveau 6 of meerdere aanbieders: leg vast hoe de Regiegroep betrokken is (adviseert, sluit aan of neemt over).",
    });
  }
  const overleg = inhoud.omgekeerdeToets?.juridischOverleg;
  if (overleg && !ctx.juristen.has(overleg.juristId))
    fouten.push({
      regel: "jurist-onbekend",
      veld: "omgekeerdeToets.juridischOverleg.juristId",
      melding: "Kies een juridisch kwaliteitsmedewerker van uw gemeente",
    });
  return fouten;
}

export interface Goedkeuringen {
  afwijking: boolean;
  individueleOvereenkomst: boolean;
}

/** What a plan needs on top of `controleerPlan` to become definitief. */
export function controleerDefinitief(
  inhoud: PlanInhoud,
  ctx: PlanContext,
  goedkeuringen: Goedkeuringen,
): Overtreding[] {
  const fouten = controleerPlan(inhoud, ctx);
  if (!tekst(inhoud.hulpvraag))
    fouten.push({ regel: "hulpvraag-vereist", veld: "hulpvraag", melding: "Beschrijf de hulpvraag" });
  if (inhoud.resultaten.length === 0)
    fouten.push({
      regel: "resultaat-vereist",
      veld: "resultaten",
      melding: "Neem minstens één resultaat op",
    });
  if (inhoud.maatwerkvoorzieningen.length > 0 && inhoud.evaluatiemomenten.length === 0)
    fouten.push({
      regel: "evaluatie-vereist",
      veld: "evaluatiemomenten",
      melding: "Plan minstens één evaluatiemoment",
    });
  const toets = inhoud.omgekeerdeToets;
  if (toets) {
    for (const stap of ["effect", "grondwaarde", "ethiek", "randvoorwaarden"] as const) {
      if (!tekst(toets[stap]))
        fouten.push({
          regel: "omgekeerde-toets-onvolledig",
          veld: `omgekeerdeToets.${stap}`,
          melding: `Stap '${stap}' van de Omgekeerde Toets is niet ingevuld`,
        });
    }
    if (toets.afwijking) {
      if (!toets.juridischOverleg)
        fouten.push({
          regel: "afwijking-juridisch-overleg",
          veld: "omgekeerdeToets.juridischOverleg",
          melding: "Leg het overleg met de juridisch kwaliteitsmedewerker vast",
        });
      if (!goedkeuringen.afwijking)
        fouten.push({
          regel: "afwijking-goedkeuring",
          veld: "omgekeerdeToets.afwijking",
          melding: "De teamleider heeft de afwijking nog niet ondertekend",
        });
    }
  }
  if (inhoud.individueleOvereenkomst && !goedkeuringen.individueleOvereenkomst)
    fouten.push({
      regel: "io-goedkeuring",
      veld: "individueleOvereenkomst",
      melding: "De teamleider heeft de individuele overeenkomst nog niet goedgekeurd",
    });
  return fouten;
}

/** Dutch sentences naming each broken rule once, for the 422 detail (the codes go in `regel`, not here). */
export function beschrijfOvertredingen(fouten: readonly Overtreding[]): string {
  const regels = [...new Set(fouten.map((f) => f.regel))];
  return `Het plan voldoet niet aan de regels: ${regels.map((r) => PLAN_REGELS[r]).join(" ")}`;
}
