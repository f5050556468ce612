/**
 * Schoolmaatschappelijk werk and POH-jeugd (DOMAIN §4, seed 004 §5.1 and §5.3): schools as data, the short contacts
 * and trainings of the SMW'ers per school, and the POH-jeugd's registrations per huisartsenpraktijk — counts
 * without personal data, so "gebruik van de POH-jeugd" and "voorkomen verwijzingen" can be reported. Pure.
 *
 * BRIN: the Basisregistratie Instellingen number DUO gives a school: two digits and two capitals ("12AB"). The
 * soort follows the school's sector: primair (po), speciaal (so, incl. voortgezet speciaal), voortgezet (vo), mbo.
 */
export const SCHOOL_SOORTEN = ["po", "so", "vo", "mbo"] as const;
export type SchoolSoort = (typeof SCHOOL_SOORTEN)[number];
export const SCHOOL_SOORT_LABELS: Record<SchoolSoort, string> = {
  po: "Primair onderwijs",
  so: "(Voortgezet) speciaal onderwijs",
  vo: "Voortgezet onderwijs",
  mbo: "Middelbaar beroepsonderwijs",
};

export const BRIN_PATROON = /^[0-9]{2}[A-Z]{2}$/;
/** The BRIN as the school writes it ("12 ab" → "12AB"); null when it is no BRIN. */
export function normaliseerBrin(invoer: string): string | null {
  const brin = invoer.replace(/\s+/g, "").toUpperCase();
  return BRIN_PATROON.test(brin) ? brin : null;
}

export const SMW_SOORTEN = ["kort-contact", "training"] as const;
export type SmwSoort = (typeof SMW_SOORTEN)[number];
export const SMW_SOORT_LABELS: Record<SmwSoort, string> = {
  "kort-contact": "Kort ondersteuningscontact",
  training: "Training",
};

export const POH_UITKOMSTEN = ["afgesloten", "verwezen"] as const;
export type PohUitkomst = (typeof POH_UITKOMSTEN)[number];
export const POH_UITKOMST_LABELS: Record<PohUitkomst, string> = {
  afgesloten: "Afgesloten bij de POH-jeugd (geen verwijzing nodig)",
  verwezen: "Verwezen",
};

/** Where the POH-jeugd refers to (seed 004 §5.3: "niet onnodig doorverwezen en/of snel specialistische hulp"). */
export const VERWIJZINGEN = ["toegang-jeugd", "jeugd-ggz", "specialistische-jeugdhulp", "anders"] as const;
export type Verwijzing = (typeof VERWIJZINGEN)[number];
export const VERWIJZING_LABELS: Record<Verwijzing, string> = {
  "toegang-jeugd": "Toegang (vakgroep Jeugd)",
  "jeugd-ggz": "Jeugd-ggz",
  "specialistische-jeugdhulp": "Specialistische jeugdhulp",
  anders: "Anders",
};

export type Uitkomst =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };
const nee = (regel: string, veld: string, reden: string, ongeldig = false) => ({
  ok: false as const,
  regel,
  veld,
  reden,
  ...(ongeldig ? { ongeldig } : {}),
});

/** A registration of what happened: on a date not in the future. */
const nietInToekomst = (datum: string, vandaag: string): Uitkomst[] =>
  datum > vandaag ? [nee("datum-niet-in-toekomst", "datum", "De datum ligt in de toekomst.", true)] : [];

export function toetsSmwRegistratie(
  r: { datum: string; schoolActief: boolean | null },
  vandaag: string,
): Uitkomst[] {
  const fouten = nietInToekomst(r.datum, vandaag);
  if (r.schoolActief === null) fouten.push(nee("school-bekend", "schoolId", "Deze school is niet bekend."));
  else if (!r.schoolActief)
    fouten.push(
      nee("school-actief", "schoolId", "Deze school is beëindigd; registreer bij een actieve school."),
    );
  return fouten;
}

export function toetsPohRegistratie(
  r: { datum: string; uitkomst: PohUitkomst; verwezenNaar: Verwijzing | null },
  vandaag: string,
): Uitkomst[] {
  const fouten = nietInToekomst(r.datum, vandaag);
  if (r.uitkomst === "verwezen" && !r.verwezenNaar)
    fouten.push(nee("poh-verwezen-naar", "verwezenNaar", "Kies waarnaar is verwezen."));
  if (r.uitkomst === "afgesloten" && r.verwezenNaar)
    fouten.push(
      nee(
        "poh-afgesloten-zonder-verwijzing",
        "verwezenNaar",
        "Afgesloten zonder verwijzing: kies geen verwijzing.",
      ),
    );
  return fouten;
}

/** The POH-jeugd counts: how many jeugdigen, contacts, and how many were helped without a referral. */
export function pohTelling(rijen: readonly { contacten: number; uitkomst: PohUitkomst }[]) {
  const afgesloten = rijen.filter((r) => r.uitkomst === "afgesloten").length;
  return {
    jeugdigen: rijen.length,
    contacten: rijen.reduce((som, r) => som + r.contacten, 0),
    zonderVerwijzing: afgesloten,
    verwezen: rijen.length - afgesloten,
    /** Share helped without a referral (0–100, whole percent); null without registrations. */
    percentageZonderVerwijzing: rijen.length === 0 ? null : Math.round((afgesloten / rijen.length) * 100),
  };
}
