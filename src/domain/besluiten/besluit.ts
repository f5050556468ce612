/**
 * The rules a besluit (beschikking) must meet before it is taken (DOMAIN §2.4, issue 6 item 7). Pure: the
 * caller loads the signed plan, the catalogue products and the zaak's current besluit and passes them in.
 * Every refusal names its rule, so the API answers 422 with the rule and a Dutch explanation.
 *
 * Choices where the spec is silent:
 * - toekenning and wijziging are an answer to an aanvraag: for Wmo and Jeugd (maatwerkvoorzieningen from
 *   the catalogue) they need a signed resultatenplan; afwijzing and beëindiging do not need a new one.
 *   Werk and schuldhulp have no resultatenplan/catalogue products: their besluit needs no products.
 * - wijziging and beëindiging need a besluit in force that grants support (something to change or end).
 */
import type { BesluitSoort } from "../zaak/statusmachine";
import type { Zaaktype } from "../zaak/zaaktypen";

export const LEVERINGSVORMEN = ["zin", "pgb"] as const;
export type Leveringsvorm = (typeof LEVERINGSVORMEN)[number];

/** Why support ends (DOMAIN §2.4): each maps to a letter and to the iJw/iWmo JZ002/WMO002 reden wijziging. */
export const BEEINDIGING_REDENEN = [
  "doelen-bereikt",
  "op-verzoek",
  "verhuizing",
  "onjuiste-gegevens",
  "andere-voorziening",
  "overlijden",
] as const;
export type BeeindigingReden = (typeof BEEINDIGING_REDENEN)[number];

export const BEEINDIGING_REDEN_LABELS: Record<BeeindigingReden, string> = {
  "doelen-bereikt": "De doelen zijn bereikt",
  "op-verzoek": "Op verzoek van de inwoner",
  verhuizing: "Verhuizing naar een andere gemeente (warme overdracht)",
  "onjuiste-gegevens": "Onjuiste of onvolledige gegevens verstrekt",
  "andere-voorziening": "Ondersteuning vanuit een ander domein (Zvw, Wlz)",
  overlijden: "Overlijden",
};

/** JZ002 / WMO002 reden wijziging toewijzing (iJw/iWmo 3.2) for a toewijzing ended by this reason. */
export const REDEN_WIJZIGING_BIJ_BEEINDIGING: Record<BeeindigingReden, string> = {
  "doelen-bereikt": "05",
  "op-verzoek": "05",
  verhuizing: "07",
  "onjuiste-gegevens": "05",
  "andere-voorziening": "06",
  overlijden: "02",
};

/** JZ002 05 "Herbeoordeling verkorting toewijzing": a wijziging ends the old toewijzing. */
export const REDEN_WIJZIGING_BIJ_WIJZIGING = "05";

export type Wet = "wmo" | "jeugd";

/** The laws whose catalogue products a zaak of this zaaktype may grant (empty: no catalogue products). */
export const WETTEN_VAN_ZAAKTYPE: Record<Zaaktype, readonly Wet[]> = {
  wmo: ["wmo"],
  jeugd: ["jeugd"],
  "veilig-opgroeien": ["jeugd"],
  regie: ["wmo", "jeugd"],
  werk: [],
  schuldhulp: [],
  leerplicht: [],
};

export interface Omvang {
  volume: number;
  eenheid: string;
  frequentie: string;
}

export interface BesluitProduct {
  categorie: string;
  productcode: string;
  aanbiederAgb: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  omvang: Omvang | null;
  /** PGB budget in eurocent. */
  budget: number | null;
}

export interface BesluitInvoer {
  soort: BesluitSoort;
  besluitdatum: string;
  leveringsvorm: Leveringsvorm | null;
  producten: readonly BesluitProduct[];
  /** beëindiging: why, and from when. */
  reden: BeeindigingReden | null;
  einddatum: string | null;
  /** beëindiging wegens verhuizing: the new gemeente (warme overdracht). */
  nieuweGemeente: string | null;
  /** beëindiging wegens onjuiste gegevens: PGB amount to recover, in eurocent (0 = none). */
  terugvordering: number | null;
  motivering: string;
}

export interface CatalogusProduct {
  wet: Wet;
  categorie: string;
  code: string;
  omschrijving: string;
  interventieniveau: number | null;
  geldigVanaf: string;
  geldigTot: string | null;
}

/** What the signed resultatenplan says (helper D's ondertekendPlan, or the facts its signing sets). */
export interface PlanFeiten {
  ondertekendOp: string;
  /** Maatwerkvoorzieningen in the plan; null when the plan's details are not available. */
  maatwerkvoorzieningen:
    | readonly { productCode: string; leveringsvorm: Leveringsvorm; pgbBezwaren: readonly string[] }[]
    | null;
  /** The plan deviates from a rule (Omgekeerde Toets) … */
  afwijking: boolean;
  /** … and the teamleider signed that deviation. */
  afwijkingGoedgekeurd: boolean;
}

export interface BesluitContext {
  zaaktype: Zaaktype;
  plan: PlanFeiten | null;
  /** Catalogue products with the requested codes (all versions). */
  catalogus: readonly CatalogusProduct[];
  /** The besluit currently in force on the zaak (null: none). */
  besluitInKracht: BesluitSoort | null;
  vandaag: string;
}

export const BESLUIT_REGELS = [
  "besluitdatum-niet-in-toekomst",
  "plan-ondertekend",
  "afwijking-goedgekeurd",
  "besluit-in-kracht",
  "producten-nodig",
  "geen-producten",
  "leveringsvorm-nodig",
  "product-in-catalogus",
  "product-past-bij-wet",
  "einde-voor-begin",
  "omvang-of-budget",
  "omvang-nodig",
  "budget-nodig",
  "aanbieder-nodig",
  "pgb-toets",
  "reden-beeindiging",
  "nieuwe-gemeente",
  "motivering-nodig",
] as const;
export type BesluitRegel = (typeof BESLUIT_REGELS)[number];

export interface Overtreding {
  regel: BesluitRegel;
  veld: string;
  melding: string;
}

const geldigOp = (p: CatalogusProduct, datum: string) =>
  p.geldigVanaf <= datum && (p.geldigTot === null || p.geldigTot >= datum);

function toetsProduct(
  p: BesluitProduct,
  i: number,
  invoer: BesluitInvoer,
  context: BesluitContext,
): Overtreding[] {
  const fouten: Overtreding[] = [];
  const veld = (naam: string) => `producten.${i}.${naam}`;
  const nr = `product ${i + 1} (${p.productcode})`;
  const wetten = WETTEN_VAN_ZAAKTYPE[context.zaaktype];
  const metCode = context.catalogus.filter((c) => c.code === p.productcode && c.categorie === p.categorie);
  const geldig = metCode.filter((c) => geldigOp(c, p.ingangsdatum));
  if (geldig.length === 0) {
    fouten.push({
      regel: "product-in-catalogus",
      veld: veld("productcode"),
      melding:
        metCode.length === 0
          ? `${nr} met categorie ${p.categorie} staat niet in de productcatalogus.`
          : `${nr} is op ${p.ingangsdatum} niet (meer) geldig in de productcatalogus.`,
    });
  } else if (!geldig.some((c) => wetten.includes(c.wet))) {
    fouten.push({
      regel: "product-past-bij-wet",
      veld: veld("productcode"),
      melding: `${nr} hoort bij de ${geldig[0]?.wet === "wmo" ? "Wmo" : "Jeugdwet"} en past niet bij een zaak van het type ${context.zaaktype}.`,
    });
  }
  if (p.einddatum !== null && p.einddatum < p.ingangsdatum)
    fouten.push({
      regel: "einde-voor-begin",
      veld: veld("einddatum"),
      melding: `De einddatum van ${nr} ligt vóór de ingangsdatum.`,
    });
  if (p.omvang && p.budget !== null) {
    fouten.push({
      regel: "omvang-of-budget",
      veld: veld("budget"),
      melding: `Geef bij ${nr} een omvang (zorg in natura) óf een budget (pgb), niet allebei.`,
    });
    return fouten;
  }
  // An afwijzing names what was asked for; delivery details only matter for what is granted.
  const kentToe = invoer.soort === "toekenning" || invoer.soort === "wijziging";
  if (kentToe && invoer.leveringsvorm === "zin") {
    if (!p.omvang)
      fouten.push({
        regel: "omvang-nodig",
        veld: veld("omvang"),
        melding: `Geef bij ${nr} de omvang (volume, eenheid, frequentie) van de zorg in natura.`,
      });
    if (!p.aanbiederAgb)
      fouten.push({
        regel: "aanbieder-nodig",
        veld: veld("aanbiederAgb"),
        melding: `Kies bij ${nr} de aanbieder die de zorg in natura levert.`,
      });
  }
  if (kentToe && invoer.leveringsvorm === "pgb") {
    if (p.budget === null || p.budget <= 0)
      fouten.push({
        regel: "budget-nodig",
        veld: veld("budget"),
        melding: `Geef bij ${nr} het budget van het persoonsgebonden budget.`,
      });
    const inPlan = context.plan?.maatwerkvoorzieningen?.find(
      (m) => m.productCode === p.productcode && m.leveringsvorm === "pgb",
    );
    if (context.plan?.maatwerkvoorzieningen && !inPlan)
      fouten.push({
        regel: "pgb-toets",
        veld: veld("productcode"),
        melding: `Het ondertekende plan bevat geen pgb voor ${nr}; de pgb-toets ontbreekt.`,
      });
    else if (inPlan && inPlan.pgbBezwaren.length > 0)
      fouten.push({
        regel: "pgb-toets",
        veld: veld("productcode"),
        melding: `De pgb-toets voor ${nr} is niet doorstaan: ${inPlan.pgbBezwaren.join("; ")}.`,
      });
  }
  return fouten;
}

function toetsBeeindiging(invoer: BesluitInvoer): Overtreding[] {
  const fouten: Overtreding[] = [];
  if (!invoer.reden)
    fouten.push({
      regel: "reden-beeindiging",
      veld: "reden",
      melding: "Geef de reden van de beëindiging.",
    });
  if (!invoer.einddatum)
    fouten.push({
      regel: "reden-beeindiging",
      veld: "einddatum",
      melding: "Geef de datum waarop de ondersteuning eindigt.",
    });
  if (invoer.reden === "verhuizing" && !invoer.nieuweGemeente?.trim())
    fouten.push({
      regel: "nieuwe-gemeente",
      veld: "nieuweGemeente",
      melding: "Noem de nieuwe gemeente, voor de warme overdracht.",
    });
  return fouten;
}

/** All rules the besluit breaks (empty: it may be taken). */
export function toetsBesluit(invoer: BesluitInvoer, context: BesluitContext): Overtreding[] {
  const fouten: Overtreding[] = [];
  if (invoer.besluitdatum > context.vandaag)
    fouten.push({
      regel: "besluitdatum-niet-in-toekomst",
      veld: "besluitdatum",
      melding: "De besluitdatum ligt in de toekomst.",
    });
  const kentToe = invoer.soort === "toekenning" || invoer.soort === "wijziging";
  const metCatalogus = WETTEN_VAN_ZAAKTYPE[context.zaaktype].length > 0;

  if (kentToe && metCatalogus) {
    if (!context.plan)
      fouten.push({
        regel: "plan-ondertekend",
        veld: "soort",
        melding:
          "Er is geen ondertekend resultatenplan. Het ondertekende plan is de aanvraag; zonder plan kan geen ondersteuning worden toegekend.",
      });
    else if (context.plan.afwijking && !context.plan.afwijkingGoedgekeurd)
      fouten.push({
        regel: "afwijking-goedgekeurd",
        veld: "soort",
        melding:
          "Het plan wijkt af van de regels (Omgekeerde Toets), maar de teamleider heeft de afwijking niet ondertekend.",
      });
  }
  if (
    (invoer.soort === "wijziging" || invoer.soort === "beeindiging") &&
    context.besluitInKracht !== "toekenning" &&
    context.besluitInKracht !== "wijziging"
  )
    fouten.push({
      regel: "besluit-in-kracht",
      veld: "soort",
      melding: `Een ${invoer.soort === "wijziging" ? "wijziging" : "beëindiging"} kan alleen als er een besluit geldt dat ondersteuning toekent.`,
    });

  if (invoer.soort === "afwijzing" && invoer.motivering.trim() === "")
    fouten.push({
      regel: "motivering-nodig",
      veld: "motivering",
      melding: "Motiveer waarom de aanvraag wordt afgewezen (Awb art. 3:46).",
    });
  if (invoer.soort === "beeindiging") return [...fouten, ...toetsBeeindiging(invoer)];

  if (kentToe && metCatalogus && invoer.producten.length === 0)
    fouten.push({
      regel: "producten-nodig",
      veld: "producten",
      melding: "Noem minstens één product dat wordt toegekend.",
    });
  if (!metCatalogus && invoer.producten.length > 0)
    fouten.push({
      regel: "geen-producten",
      veld: "producten",
      melding: `Een besluit op een zaak van het type ${context.zaaktype} kent geen producten uit de Wmo- of Jeugdcatalogus toe.`,
    });
  if (invoer.producten.length > 0 && !invoer.leveringsvorm)
    fouten.push({
      regel: "leveringsvorm-nodig",
      veld: "leveringsvorm",
      melding: "Kies de leveringsvorm: zorg in natura of persoonsgebonden budget.",
    });
  if (metCatalogus)
    invoer.producten.forEach((p, i) => {
      fouten.push(...toetsProduct(p, i, invoer, context));
    });
  return fouten;
}
