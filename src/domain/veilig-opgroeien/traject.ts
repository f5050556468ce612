/**
 * Veilig Opgroeien (DOMAIN §4, seed 004 §8): the casemanager Veilig Opgroeien joins the procesregisseur, they
 * assess the safety together (de veiligheidsbeoordeling), and then go on in the voluntary frame (intensive help,
 * a plan made together), gather more information, or enter the gedwongen kader. Pure.
 *
 * The gedwongen kader as a small state machine (OVERGANGEN), each step dated (a calendar date, not in the future,
 * not before the step before it):
 *   VTO ingediend → Raad: onderzoek gestart | geen of onvoldoende grond (→ meer informatie verzamelen)
 *   onderzoek → Raad verzoekt de kinderrechter om een OTS | Raad dient geen verzoek in (→ meer informatie)
 *   bij de kinderrechter → OTS uitgesproken | geen of onvoldoende gronden (→ meer informatie)
 *   OTS → verlengd (telkens) | beëindigd
 *
 * Sources:
 *  - Jeugdwet art. 2.4 lid 1 and seed 004 (begrippenlijst "Verzoek tot onderzoek"): when a jeugdige is threatened in
 *    his development and the parents need help in the gedwongen kader, the college asks the Raad voor de
 *    Kinderbescherming for an investigation (the VTO), with its grounds.
 *  - BW 1:255 lid 1: the kinderrechter may place a minor under supervision of a gecertificeerde instelling when he
 *    grows up so that he is seriously threatened in his development, and (a) the care needed is not or not enough
 *    accepted, and (b) the parents can be expected to carry the responsibility again within an acceptable term.
 *  - BW 1:255 lid 2: the Raad (or the OM) asks the kinderrechter; lid 3: when the Raad, after a VTO under Jeugdwet
 *    art. 2.4 lid 1, does not ask for an OTS, it tells the college in writing — hence "geen verzoek" is a step.
 *  - BW 1:258 (one paragraph, no leden): "De duur van de ondertoezichtstelling is, behoudens verlenging als bedoeld
 *    in artikel 260, ten hoogste een jaar. De duur van de voorlopige ondertoezichtstelling komt hierop niet in
 *    mindering." (A voorlopige OTS, BW 1:257 lid 2: at most three months, is not a step here.)
 *  - BW 1:260 lid 1: "De kinderrechter kan, mits aan de grond, bedoeld in artikel 255, eerste lid, is voldaan, de
 *    duur van de ondertoezichtstelling telkens verlengen met ten hoogste een jaar." Only a running OTS can be
 *    extended: the extension is decided before its end (afterwards there is nothing left to extend; a new OTS needs
 *    a new request under 1:255). Lid 2: on request of the gecertificeerde instelling (or, failing that, the Raad,
 *    a parent, the OM).
 *  - The Beschermtafel (RvdK) is an optional meeting at the Raad (seed 004 §8 scheme), recorded with date,
 *    participants and outcome.
 *
 * Dates count as calendar dates (YYYY-MM-DD). The OTS "tot" is the date it ends: it runs until that day.
 */
import { dagenTussen, plusMaanden } from "../termijnen/kalender";

export const CONCLUSIES = ["vrijwillig-kader", "gedwongen-kader", "meer-informatie"] as const;
export type Conclusie = (typeof CONCLUSIES)[number];
export const CONCLUSIE_LABELS: Record<Conclusie, string> = {
  "vrijwillig-kader": "Vrijwillig kader: intensieve hulpverlening, samen een plan opstellen",
  "gedwongen-kader": "Gedwongen kader: verzoek tot onderzoek bij de Raad voor de Kinderbescherming",
  "meer-informatie": "Meer informatie nodig",
};

export const STAP_SOORTEN = [
  "vto-ingediend",
  "raad-onderzoek-gestart",
  "raad-geen-grond",
  "raad-verzoek-kinderrechter",
  "raad-geen-verzoek",
  "ots-uitgesproken",
  "kinderrechter-geen-grond",
  "ots-verlengd",
  "ots-beeindigd",
] as const;
export type StapSoort = (typeof STAP_SOORTEN)[number];

export const STAP_LABELS: Record<StapSoort, string> = {
  "vto-ingediend": "Verzoek tot onderzoek ingediend bij de Raad voor de Kinderbescherming",
  "raad-onderzoek-gestart": "Raad voor de Kinderbescherming: onderzoek gestart",
  "raad-geen-grond": "Raad voor de Kinderbescherming: geen of onvoldoende grond, meer informatie verzamelen",
  "raad-verzoek-kinderrechter": "Raad verzoekt de kinderrechter om een ondertoezichtstelling",
  "raad-geen-verzoek": "Raad dient geen verzoek in bij de kinderrechter, meer informatie verzamelen",
  "ots-uitgesproken": "Kinderrechter: ondertoezichtstelling uitgesproken",
  "kinderrechter-geen-grond": "Kinderrechter: geen of onvoldoende gronden, meer informatie verzamelen",
  "ots-verlengd": "Ondertoezichtstelling verlengd",
  "ots-beeindigd": "Ondertoezichtstelling beëindigd",
};

export const FASEN = [
  "geen",
  "vto-ingediend",
  "raadsonderzoek",
  "bij-kinderrechter",
  "ots",
  "meer-informatie",
  "beeindigd",
] as const;
export type Fase = (typeof FASEN)[number];

export const FASE_LABELS: Record<Fase, string> = {
  geen: "Nog geen verzoek tot onderzoek",
  "vto-ingediend": "Verzoek tot onderzoek ligt bij de Raad",
  raadsonderzoek: "Onderzoek door de Raad",
  "bij-kinderrechter": "Verzoek ligt bij de kinderrechter",
  ots: "Ondertoezichtstelling loopt",
  "meer-informatie": "Meer informatie verzamelen",
  beeindigd: "Ondertoezichtstelling beëindigd",
};

/** The state machine of the gedwongen kader: which steps may follow in which phase, and the phase after. */
export const OVERGANGEN: Record<Fase, Partial<Record<StapSoort, Fase>>> = {
  geen: { "vto-ingediend": "vto-ingediend" },
  "vto-ingediend": { "raad-onderzoek-gestart": "raadsonderzoek", "raad-geen-grond": "meer-informatie" },
  raadsonderzoek: {
    "raad-verzoek-kinderrechter": "bij-kinderrechter",
    "raad-geen-verzoek": "meer-informatie",
  },
  "bij-kinderrechter": { "ots-uitgesproken": "ots", "kinderrechter-geen-grond": "meer-informatie" },
  ots: { "ots-verlengd": "ots", "ots-beeindigd": "beeindigd" },
  // After gathering more information a new VTO may be filed (seed 004 §8: "Verdere informatieverzameling").
  "meer-informatie": { "vto-ingediend": "vto-ingediend" },
  beeindigd: {},
};

export interface Beoordeling {
  datum: string;
  procesregisseurId: string;
  casemanagerId: string;
  conclusie: Conclusie;
}

/** One step of the gedwongen kader. `tot` for an OTS and its extension; `gronden` for the VTO. */
export interface Stap {
  soort: StapSoort;
  datum: string;
  gronden?: string | undefined;
  tot?: string | undefined;
  gecertificeerdeInstelling?: string | undefined;
}

export type Uitkomst =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };

const ja: Uitkomst = { ok: true };
const nee = (regel: string, veld: string, reden: string) => ({ ok: false as const, regel, veld, reden });

/** BW 1:258 and 1:260 lid 1: at most one year each time. */
export const MAX_MAANDEN = 12;
export const eenJaarNa = (datum: string) => plusMaanden(datum, MAX_MAANDEN);

/** The phase after the recorded steps (in order). */
export function faseVan(stappen: readonly Stap[]): Fase {
  let fase: Fase = "geen";
  for (const stap of stappen) fase = OVERGANGEN[fase][stap.soort] ?? fase;
  return fase;
}

/** The running (or last) OTS: since when, the gecertificeerde instelling, and its current end. */
export function otsVan(stappen: readonly Stap[]) {
  const start = stappen.findLastIndex((s) => s.soort === "ots-uitgesproken");
  const uitgesproken = stappen[start];
  if (!uitgesproken?.tot) return null;
  const daarna = stappen.slice(start + 1);
  const verlengingen = daarna.filter((s) => s.soort === "ots-verlengd");
  const beeindigd = daarna.find((s) => s.soort === "ots-beeindigd") ?? null;
  const tot = verlengingen.at(-1)?.tot ?? uitgesproken.tot;
  return {
    sinds: uitgesproken.datum,
    gecertificeerdeInstelling: uitgesproken.gecertificeerdeInstelling ?? "",
    tot,
    verlengingen: verlengingen.length,
    beeindigdOp: beeindigd?.datum ?? null,
  };
}

/** Calendar days until the OTS ends (0 on its end date, negative after). */
export const dagenTotEinde = (tot: string, vandaag: string) => dagenTussen(vandaag, tot);

/** The latest end an extension decided now may set, or null when the OTS cannot be extended (any more). */
export function verlengenUiterlijk(stappen: readonly Stap[], vandaag: string): string | null {
  const ots = otsVan(stappen);
  if (!ots || ots.beeindigdOp || faseVan(stappen) !== "ots" || vandaag >= ots.tot) return null;
  return eenJaarNa(ots.tot);
}

function datumToets(datum: string, vandaag: string, vorige: string | null, wat: string): Uitkomst {
  if (datum > vandaag)
    return { ...nee("datum-niet-in-toekomst", "datum", `${wat} ligt in de toekomst.`), ongeldig: true };
  if (vorige && datum < vorige)
    return nee("stap-na-vorige", "datum", `${wat} ligt vóór de vorige stap van het gedwongen kader.`);
  return ja;
}

export function toetsBeoordeling(invoer: {
  datum: string;
  vandaag: string;
  procesregisseurId: string;
  casemanagerId: string;
  /** The vakgroepen of the chosen medewerkers (null: no such medewerker in this gemeente). */
  vakgroepenProcesregisseur: readonly string[] | null;
  vakgroepenCasemanager: readonly string[] | null;
}): Uitkomst[] {
  const fouten: Uitkomst[] = [datumToets(invoer.datum, invoer.vandaag, null, "De datum van de beoordeling")];
  if (!invoer.vakgroepenProcesregisseur?.includes("regiegroep"))
    fouten.push(
      nee(
        "beoordeling-procesregisseur",
        "procesregisseurId",
        "Kies als procesregisseur een medewerker van de Regiegroep.",
      ),
    );
  if (!invoer.vakgroepenCasemanager?.includes("veilig-opgroeien"))
    fouten.push(
      nee(
        "beoordeling-casemanager",
        "casemanagerId",
        "Kies als casemanager een medewerker van Veilig Opgroeien.",
      ),
    );
  if (invoer.procesregisseurId === invoer.casemanagerId)
    fouten.push(
      nee(
        "beoordeling-samen",
        "casemanagerId",
        "De procesregisseur en de casemanager beoordelen de veiligheid samen: kies twee verschillende medewerkers.",
      ),
    );
  return fouten.filter((f) => !f.ok);
}

/**
 * May this step be recorded now? The state machine, the dates, and per step its own rule (BW 1:258 and
 * 1:260 lid 1 for the OTS and its extension).
 */
export function toetsStap(
  context: { beoordeling: Beoordeling | null; stappen: readonly Stap[]; vandaag: string },
  stap: Stap,
): Uitkomst[] {
  const { beoordeling, stappen, vandaag } = context;
  if (stap.soort === "vto-ingediend" && beoordeling?.conclusie !== "gedwongen-kader")
    return [
      nee(
        "vto-na-beoordeling-gedwongen-kader",
        "soort",
        "Een verzoek tot onderzoek volgt op een veiligheidsbeoordeling met de conclusie gedwongen kader.",
      ),
    ];
  const fase = faseVan(stappen);
  if (!OVERGANGEN[fase][stap.soort])
    return [
      nee(
        "gedwongen-kader-volgorde",
        "soort",
        `Deze stap past niet in de huidige fase (${FASE_LABELS[fase].toLowerCase()}).`,
      ),
    ];
  const vorige = stappen.at(-1)?.datum ?? beoordeling?.datum ?? null;
  const fouten: Uitkomst[] = [datumToets(stap.datum, vandaag, vorige, "De datum van deze stap")];
  if (stap.soort === "vto-ingediend" && !stap.gronden?.trim())
    fouten.push(nee("vto-gronden", "gronden", "Vul de gronden van het verzoek tot onderzoek in."));
  if (stap.soort === "ots-uitgesproken") fouten.push(...toetsOts(stap));
  if (stap.soort === "ots-verlengd" || stap.soort === "ots-beeindigd") {
    const ots = otsVan(stappen);
    if (ots) fouten.push(...toetsOpLopendeOts(ots.tot, stap));
  }
  return fouten.filter((f) => !f.ok);
}

function toetsOts(stap: Stap): Uitkomst[] {
  const fouten: Uitkomst[] = [];
  if (!stap.gecertificeerdeInstelling?.trim())
    fouten.push(
      nee(
        "ots-gecertificeerde-instelling",
        "gecertificeerdeInstelling",
        "Vul de gecertificeerde instelling in die de ondertoezichtstelling uitvoert (BW 1:255 lid 1).",
      ),
    );
  if (!stap.tot) {
    fouten.push(nee("ots-einddatum", "tot", "Vul de einddatum van de ondertoezichtstelling in."));
    return fouten;
  }
  if (stap.tot <= stap.datum)
    fouten.push(nee("ots-einddatum", "tot", "De einddatum ligt na de datum van de uitspraak."));
  else if (stap.tot > eenJaarNa(stap.datum))
    fouten.push(
      nee(
        "bw-1-258-ten-hoogste-een-jaar",
        "tot",
        "Een ondertoezichtstelling duurt ten hoogste een jaar (BW 1:258).",
      ),
    );
  return fouten;
}

function toetsOpLopendeOts(eindeNu: string, stap: Stap): Uitkomst[] {
  if (stap.datum >= eindeNu)
    return [
      nee(
        stap.soort === "ots-verlengd" ? "bw-1-260-voor-einde" : "ots-beeindigen-voor-einde",
        "datum",
        stap.soort === "ots-verlengd"
          ? "De ondertoezichtstelling was al afgelopen: verlengen kan alleen zolang zij loopt (BW 1:260 lid 1)."
          : "De ondertoezichtstelling was op die datum al afgelopen.",
      ),
    ];
  if (stap.soort !== "ots-verlengd") return [];
  if (!stap.tot || stap.tot <= eindeNu)
    return [nee("ots-verlenging-later", "tot", "Een verlenging maakt de einddatum later.")];
  if (stap.tot > eenJaarNa(eindeNu))
    return [
      nee(
        "bw-1-260-telkens-ten-hoogste-een-jaar",
        "tot",
        "Verlengen kan telkens met ten hoogste een jaar (BW 1:260 lid 1).",
      ),
    ];
  return [];
}

/** A Beschermtafel at the Raad: after the beoordeling, not in the future, with participants and an outcome. */
export function toetsBeschermtafel(
  beoordeling: Beoordeling | null,
  datum: string,
  vandaag: string,
): Uitkomst[] {
  if (!beoordeling)
    return [nee("beschermtafel-na-beoordeling", "datum", "Leg eerst de veiligheidsbeoordeling vast.")];
  const fout = datumToets(datum, vandaag, null, "De datum van de Beschermtafel");
  return fout.ok ? [] : [fout];
}
