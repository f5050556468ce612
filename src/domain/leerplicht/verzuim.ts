/**
 * The verzuimaanpak of the leerplichtambtenaar as a recorded sequence (DOMAIN §4, seed 004 §5.2 and its scheme):
 *   school meldt verzuim bij DUO (verzuimmelding) → leerplicht neemt contact op met school → waarschuwingsgesprek →
 *   officiële waarschuwing → terugkoppeling gesprek → meer partijen overleg (MPO) → HALT of proces-verbaal.
 * "Bij achterliggende problematiek doorverwijzing naar casemanagers veilig opgroeien of zorgmelding bij Veilig
 * Thuis" sits beside the sequence in the scheme: it may be recorded at every step (`toetsDoorverwijzing`) and does
 * not move the sequence. Pure; the order is data (OVERGANGEN), like domain/zaak/statusmachine.ts.
 *
 * Our choices where the seed is silent:
 *  - No step of the sequence may be skipped (422 `leerplicht-volgorde`), with one exception: absoluut verzuim (the
 *    jongere is on no school's register) has no school to contact, so the waarschuwingsgesprek follows the melding
 *    directly (OVERSLAAN). Luxe verzuim follows the same order: the seed draws one sequence for every melding.
 *  - From every step the traject can end: "verzuim opgelost" (attendance restored) or the hand-over to the RMC.
 *  - HALT is only for a jongere of 12 or older (seed 004 glossary: Halt is for 12 to 23 years); under 12 the
 *    proces-verbaal is the way (against the parents, Leerplichtwet 1969 art. 2 lid 1).
 *  - From the 18th birthday the Leerplichtwet no longer applies (art. 4a lid 1): only the RMC hand-over or ending
 *    the traject may be recorded then (seed 004 §5.2).
 *
 * Kinds of verzuim (Leerplichtwet 1969):
 *  - ongeoorloofd verzuim: art. 21a — the school reports (via DUO's verzuimregister) absence without a valid reason
 *    of 16 hours of teaching or practical time in four consecutive school weeks;
 *  - signaalverzuim: absence below that threshold (or frequent lateness) that the school reports because it worries;
 *  - luxe verzuim: extra holiday outside the school holidays without verlof (art. 11 onder f, verlof: art. 13a);
 *  - absoluut verzuim: the jongere is not enrolled at any school (art. 2 lid 1: the parents must enrol him).
 */
import { leeftijdOp } from "../persoon/leeftijd";
import {
  type Leerling,
  PLICHT_LABELS,
  plichtOp,
  rmcOverdracht,
  valtOnderLeerplichtwet,
  verjaardag,
} from "./leeftijd";

export const VERZUIM_SOORTEN = [
  "ongeoorloofd",
  "signaalverzuim",
  "luxe-verzuim",
  "absoluut-verzuim",
] as const;
export type VerzuimSoort = (typeof VERZUIM_SOORTEN)[number];

export const VERZUIM_LABELS: Record<VerzuimSoort, string> = {
  ongeoorloofd: "Ongeoorloofd verzuim (16 uur of meer in 4 lesweken)",
  signaalverzuim: "Signaalverzuim (minder dan 16 uur, of vaak te laat)",
  "luxe-verzuim": "Luxe verzuim (vakantie buiten de schoolvakanties zonder verlof)",
  "absoluut-verzuim": "Absoluut verzuim (niet ingeschreven op een school)",
};

/** Leerplichtwet 1969 art. 21a: 16 hours in four consecutive school weeks must be reported. */
export const MELDGRENS_UREN = 16;

export const STAP_SOORTEN = [
  "verzuimmelding",
  "contact-school",
  "waarschuwingsgesprek",
  "officiele-waarschuwing",
  "terugkoppeling",
  "mpo",
  "halt",
  "proces-verbaal",
  "verzuim-opgelost",
  "overgedragen-rmc",
] as const;
export type StapSoort = (typeof STAP_SOORTEN)[number];

export const STAP_LABELS: Record<StapSoort, string> = {
  verzuimmelding: "Verzuimmelding van de school (DUO)",
  "contact-school": "Contact met de school",
  waarschuwingsgesprek: "Waarschuwingsgesprek",
  "officiele-waarschuwing": "Officiële waarschuwing",
  terugkoppeling: "Terugkoppeling van het gesprek",
  mpo: "Meer partijen overleg (MPO)",
  halt: "Verwijzing naar HALT",
  "proces-verbaal": "Proces-verbaal",
  "verzuim-opgelost": "Afgesloten: het verzuim is opgelost",
  "overgedragen-rmc": "Overgedragen aan de trajectbegeleider van het RMC (18 jaar)",
};

export type Fase = StapSoort | "geen";

const EINDE: readonly StapSoort[] = ["verzuim-opgelost", "overgedragen-rmc"];

/** The sequence of seed 004 §5.2: which step may follow which; each open step may also end the traject. */
export const OVERGANGEN: Record<Fase, readonly StapSoort[]> = {
  geen: ["verzuimmelding"],
  verzuimmelding: ["contact-school", ...EINDE],
  "contact-school": ["waarschuwingsgesprek", ...EINDE],
  waarschuwingsgesprek: ["officiele-waarschuwing", ...EINDE],
  "officiele-waarschuwing": ["terugkoppeling", ...EINDE],
  terugkoppeling: ["mpo", ...EINDE],
  mpo: ["halt", "proces-verbaal", ...EINDE],
  halt: [],
  "proces-verbaal": [],
  "verzuim-opgelost": [],
  "overgedragen-rmc": [],
};

/** Per kind of verzuim, the transitions that differ from OVERGANGEN (and why). */
export const OVERSLAAN: Partial<Record<VerzuimSoort, Partial<Record<Fase, readonly StapSoort[]>>>> = {
  // No school to contact: the jongere is on no school's register.
  "absoluut-verzuim": { verzuimmelding: ["waarschuwingsgesprek", ...EINDE] },
};

export interface Stap {
  soort: StapSoort;
  datum: string;
}

export interface Melding {
  datum: string;
  verzuimsoort: VerzuimSoort;
  /** Hours of absence reported (ongeoorloofd and signaalverzuim). */
  uren: number | null;
  /** The school that reports; null for absoluut verzuim. */
  schoolId: string | null;
}

export type Uitkomst =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };

const ja: Uitkomst = { ok: true };
const nee = (regel: string, veld: string, reden: string) => ({ ok: false as const, regel, veld, reden });

export const faseVan = (stappen: readonly Stap[]): Fase => stappen.at(-1)?.soort ?? "geen";
export const isAfgerond = (stappen: readonly Stap[]) => OVERGANGEN[faseVan(stappen)].length === 0;

/** The steps that may be recorded next. */
export function volgendeStappen(verzuimsoort: VerzuimSoort, stappen: readonly Stap[]): readonly StapSoort[] {
  const fase = faseVan(stappen);
  return OVERSLAAN[verzuimsoort]?.[fase] ?? OVERGANGEN[fase];
}

function datumToets(datum: string, vandaag: string, vorige: string | null): Uitkomst {
  if (datum > vandaag)
    return { ...nee("datum-niet-in-toekomst", "datum", "De datum ligt in de toekomst."), ongeldig: true };
  if (vorige && datum < vorige)
    return nee("stap-na-vorige", "datum", "De datum ligt vóór de vorige stap van de verzuimaanpak.");
  return ja;
}

/** The melding that starts the traject: a jongere under the Leerplichtwet on that date, a school, the hours. */
export function toetsMelding(invoer: {
  melding: Melding;
  leerling: Leerling | null;
  vandaag: string;
  schoolBekend: boolean;
}): Uitkomst[] {
  const { melding, leerling } = invoer;
  const fouten: Uitkomst[] = [datumToets(melding.datum, invoer.vandaag, null)];
  if (!leerling)
    fouten.push(
      nee(
        "leerling-op-zaak",
        "leerlingId",
        "Kies de leerling: een persoon op deze zaak met een geboortedatum.",
      ),
    );
  else {
    const plicht = plichtOp(leerling, melding.datum);
    if (!valtOnderLeerplichtwet(plicht.plicht))
      fouten.push(
        nee(
          plicht.plicht === "rmc" ? "rmc-vanaf-18" : "leerplichtwet-van-toepassing",
          "leerlingId",
          `Op de datum van de melding valt de leerling niet onder de Leerplichtwet: ${PLICHT_LABELS[plicht.plicht].toLowerCase()} (${plicht.bron}).`,
        ),
      );
  }
  if (melding.verzuimsoort === "absoluut-verzuim") {
    if (melding.schoolId)
      fouten.push(
        nee(
          "absoluut-verzuim-geen-school",
          "schoolId",
          "Bij absoluut verzuim staat de leerling op geen school ingeschreven: kies geen school.",
        ),
      );
    if (melding.uren !== null)
      fouten.push(nee("absoluut-verzuim-geen-uren", "uren", "Bij absoluut verzuim horen geen uren."));
  } else if (!melding.schoolId || !invoer.schoolBekend)
    fouten.push(nee("school-bekend", "schoolId", "Kies de school die het verzuim meldt."));
  if (melding.verzuimsoort === "ongeoorloofd" && (melding.uren === null || melding.uren < MELDGRENS_UREN))
    fouten.push(
      nee(
        "lpw-21a-zestien-uur",
        "uren",
        `Ongeoorloofd verzuim wordt gemeld vanaf ${MELDGRENS_UREN} uur in 4 opeenvolgende lesweken (Leerplichtwet 1969 art. 21a); minder is signaalverzuim.`,
      ),
    );
  if (melding.verzuimsoort === "signaalverzuim" && (melding.uren === null || melding.uren >= MELDGRENS_UREN))
    fouten.push(
      nee(
        "signaalverzuim-onder-grens",
        "uren",
        `Signaalverzuim is minder dan ${MELDGRENS_UREN} uur; vanaf ${MELDGRENS_UREN} uur is het ongeoorloofd verzuim (Leerplichtwet 1969 art. 21a).`,
      ),
    );
  return fouten.filter((f) => !f.ok);
}

/** May this step be recorded now? The order, the dates, HALT from 12, nothing but the RMC from 18. */
export function toetsStap(
  context: { melding: Melding; leerling: Leerling; stappen: readonly Stap[]; vandaag: string },
  stap: Stap,
): Uitkomst[] {
  const { melding, leerling, stappen } = context;
  const mogelijk = volgendeStappen(melding.verzuimsoort, stappen);
  if (!mogelijk.includes(stap.soort)) {
    const fase = faseVan(stappen);
    const reden =
      mogelijk.length === 0
        ? "De verzuimaanpak is afgerond; er volgt geen stap meer."
        : `Na "${STAP_LABELS[fase as StapSoort] ?? "het begin"}" volgt ${mogelijk
            .filter((s) => !EINDE.includes(s))
            .map((s) => `"${STAP_LABELS[s]}"`)
            .join(" of ")}; een stap overslaan kan niet.`;
    return [nee("leerplicht-volgorde", "soort", reden)];
  }
  const fouten: Uitkomst[] = [datumToets(stap.datum, context.vandaag, stappen.at(-1)?.datum ?? null)];
  const achttien = verjaardag(leerling.geboortedatum, 18);
  if (stap.soort === "overgedragen-rmc" && stap.datum < rmcOverdracht(leerling.geboortedatum).signaalVanaf)
    fouten.push(
      nee(
        "rmc-vanaf-18",
        "soort",
        `De overdracht aan het RMC hoort bij een jongere van (bijna) 18 jaar; deze leerling wordt 18 op ${achttien} (seed 004 §5.2).`,
      ),
    );
  if (!EINDE.includes(stap.soort) && stap.datum >= achttien)
    fouten.push(
      nee(
        "rmc-vanaf-18",
        "datum",
        `De leerling is op ${achttien} 18 geworden: de Leerplichtwet geldt niet meer (art. 4a lid 1). Draag over aan de trajectbegeleider van het RMC.`,
      ),
    );
  if (stap.soort === "halt" && leeftijdOp(leerling.geboortedatum, stap.datum) < 12)
    fouten.push(
      nee(
        "halt-vanaf-12",
        "soort",
        "HALT is er voor jongeren van 12 tot 23 jaar (seed 004, begrippen); kies bij een jonger kind het proces-verbaal.",
      ),
    );
  return fouten.filter((f) => !f.ok);
}

export const DOORVERWIJZING_SOORTEN = ["veilig-opgroeien", "meldcode"] as const;
export type DoorverwijzingSoort = (typeof DOORVERWIJZING_SOORTEN)[number];
export const DOORVERWIJZING_LABELS: Record<DoorverwijzingSoort, string> = {
  "veilig-opgroeien": "Overgedragen aan een casemanager Veilig Opgroeien",
  meldcode: "Meldcode gestart (zorgmelding bij Veilig Thuis)",
};

/** Onderliggende problematiek: at every step of a running traject, not in the future, not before the melding. */
export function toetsDoorverwijzing(stappen: readonly Stap[], datum: string, vandaag: string): Uitkomst[] {
  if (stappen.length === 0)
    return [nee("doorverwijzing-na-melding", "datum", "Leg eerst de verzuimmelding vast.")];
  if (isAfgerond(stappen))
    return [
      nee(
        "doorverwijzing-lopend",
        "soort",
        "De verzuimaanpak is afgerond; verwijs door vanuit een nieuwe zaak.",
      ),
    ];
  const fout = datumToets(datum, vandaag, stappen[0]?.datum ?? null);
  return fout.ok ? [] : [fout];
}
