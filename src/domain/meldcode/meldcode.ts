/**
 * The Meldcode huiselijk geweld en kindermishandeling as recorded steps (DOMAIN §5, seed 004 §10.3). Pure.
 *
 * Source: Wet verplichte meldcode huiselijk geweld en kindermishandeling (2013, Wmo 2015 art. 5.1.1 lid 3,
 * Jeugdwet art. 4.2.1 lid 3) and the Besluit verplichte meldcode huiselijk geweld en kindermishandeling, with the
 * mandatory afwegingskader in steps 4 and 5 since 1 January 2019 (Stb. 2017, 421).
 *
 * The five steps, each a record, in order (a step needs the steps before it):
 *  1 signalen: factual, dated, with their source; own observations kept apart from what others say ("X zegt
 *    dat …"), because the dossier records others' positions as positions (DOMAIN §6);
 *  2 overleg: with a casemanager veiligheid and/or Veilig Thuis — who, when, the advice;
 *  3 gesprek with the client, or the recorded reason why it was not safe to have it;
 *  4 afwegingskader: the five questions answered in order, each with its motivation; an answer that decides
 *    ends the weighing (`uitkomstAfweging`);
 *  5 the two decisions: is a melding at Veilig Thuis needed, is help possible.
 * The outcome is binding (`meldingVereist`): acute or structural unsafety, or help not possible / not accepted /
 * not in time → a melding at Veilig Thuis; the Meldcode cannot be closed without one (`toetsAfsluiten`).
 * The melding records its date, the contact at Veilig Thuis and what was reported; the parents are informed in
 * writing of the melding unless it is recorded why not.
 */

export const MELDCODE_STATUSSEN = ["loopt", "afgesloten"] as const;
export type MeldcodeStatus = (typeof MELDCODE_STATUSSEN)[number];

export const MELDCODE_STAPPEN = ["signalen", "overleg", "gesprek", "afweging", "beslissingen"] as const;
export type MeldcodeStap = (typeof MELDCODE_STAPPEN)[number];

export const STAP_LABELS: Record<MeldcodeStap, string> = {
  signalen: "Stap 1: signalen in kaart brengen",
  overleg: "Stap 2: overleg met een collega en eventueel Veilig Thuis",
  gesprek: "Stap 3: gesprek met de cliënt",
  afweging: "Stap 4: wegen met het afwegingskader",
  beslissingen: "Stap 5: twee beslissingen",
};

/** An own observation, or what someone else says (kept apart: a position is recorded as a position). */
export const SIGNAAL_SOORTEN = ["waarneming", "standpunt-ander"] as const;
export type SignaalSoort = (typeof SIGNAAL_SOORTEN)[number];

export interface Signaal {
  soort: SignaalSoort;
  /** ISO date of the observation or of the moment it was told. */
  datum: string;
  /** Where it comes from: a home visit, a phone call from school, … */
  bron: string;
  /** Whose position it is (only for `standpunt-ander`). */
  wie?: string | undefined;
  omschrijving: string;
}

export const OVERLEG_MET = ["casemanager-veiligheid", "veilig-thuis"] as const;
export type OverlegMet = (typeof OVERLEG_MET)[number];

export const OVERLEG_MET_LABELS: Record<OverlegMet, string> = {
  "casemanager-veiligheid": "Casemanager veiligheid",
  "veilig-thuis": "Veilig Thuis (advies)",
};

export interface Overleg {
  met: OverlegMet;
  /** The name of the colleague or the adviser at Veilig Thuis. */
  naam: string;
  datum: string;
  advies: string;
}

export type Gesprek =
  | { gevoerd: true; datum: string; metWie: string; verslag: string }
  | { gevoerd: false; redenNietVeilig: string };

/** The five questions of the afwegingskader (2019), in their order. */
export const AFWEGINGSVRAGEN = [
  "Heb ik op basis van stap 1 tot en met 3 een vermoeden van huiselijk geweld of kindermishandeling?",
  "Is er sprake van acute en/of structurele onveiligheid?",
  "Ben ik in staat om effectieve hulp te bieden of te organiseren?",
  "Aanvaarden de betrokkenen de hulp en zijn zij bereid zich daarvoor in te zetten?",
  "Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid?",
] as const;

export interface Afwegingsantwoord {
  /** 1–5, the number of the question. */
  vraag: number;
  antwoord: boolean;
  motivering: string;
}

/** What the answers decide, or that the weighing is not finished yet. */
export type Afwegingsuitkomst =
  | { soort: "onvolledig"; volgendeVraag: number }
  | { soort: "geen-vermoeden" }
  | { soort: "melden"; vraag: number; reden: string }
  | { soort: "hulp" };

/** The answer to question n that ends the weighing, and what it means (afwegingskader 2019). */
const BESLISSEND: Record<
  number,
  { antwoord: boolean; uitkomst: Exclude<Afwegingsuitkomst, { soort: "onvolledig" }> }
> = {
  1: { antwoord: false, uitkomst: { soort: "geen-vermoeden" } },
  2: {
    antwoord: true,
    uitkomst: { soort: "melden", vraag: 2, reden: "er is sprake van acute en/of structurele onveiligheid" },
  },
  3: {
    antwoord: false,
    uitkomst: { soort: "melden", vraag: 3, reden: "effectieve hulp bieden of organiseren is niet mogelijk" },
  },
  4: {
    antwoord: false,
    uitkomst: { soort: "melden", vraag: 4, reden: "de betrokkenen aanvaarden de hulp niet" },
  },
  5: {
    antwoord: false,
    uitkomst: {
      soort: "melden",
      vraag: 5,
      reden: "de hulp leidt niet op tijd tot de noodzakelijke veiligheid",
    },
  },
};

export interface Beslissingen {
  meldingNodig: boolean;
  meldingMotivering: string;
  hulpMogelijk: boolean;
  hulpMotivering: string;
}

/**
 * How the parents (or, for an adult victim, the person themself) learn of the melding: the written notice
 * ("kennisgeving", a letter from the templates) still to be sent, sent on a date (its documents on the zaak), or
 * the recorded reason why they are not informed (e.g. it would endanger the child or the professional).
 */
export type OudersGeinformeerd =
  | { briefVolgt: true }
  | { op: string; documentIds?: readonly string[] }
  | { redenNiet: string };

/** The letter is still to be sent: the Meldcode cannot be closed until it is, or a reason is recorded. */
export const briefVolgt = (ouders: OudersGeinformeerd): ouders is { briefVolgt: true } =>
  "briefVolgt" in ouders;

export interface Melding {
  /** ISO date of the melding at Veilig Thuis. */
  datum: string;
  /** Who at Veilig Thuis took it. */
  contactpersoon: string;
  /** What was reported. */
  inhoud: string;
  ouders: OudersGeinformeerd;
}

export interface Stappen {
  signalen?: Signaal[];
  overleg?: Overleg[];
  gesprek?: Gesprek;
  afweging?: Afwegingsantwoord[];
  beslissingen?: Beslissingen;
}

export interface Meldcode {
  status: MeldcodeStatus;
  stappen: Stappen;
  melding: Melding | null;
}

export type MeldcodeRegel =
  | "meldcode-afgesloten"
  | "stappen-in-volgorde"
  | "signaal-feitelijk"
  | "overleg-vastgelegd"
  | "gesprek-of-reden"
  | "afwegingskader-volgorde"
  | "afwegingskader-gemotiveerd"
  | "afwegingskader-volledig"
  | "uitkomst-afwegingskader-bindend"
  | "beslissing-gemotiveerd"
  | "melding-alleen-na-beslissing"
  | "melding-vastgelegd"
  | "ouders-geinformeerd"
  | "kennisgeving-na-melding"
  | "kennisgeving-toegelicht"
  | "ouders-schriftelijk-geinformeerd"
  | "melding-veilig-thuis-vereist"
  | "afsluiting-toegelicht"
  | "datum-niet-in-toekomst";

export interface MeldcodeOvertreding {
  regel: MeldcodeRegel;
  veld?: string;
  melding: string;
  /** Input that cannot be right whatever the state (400), rather than a rule about the state (422). */
  ongeldig?: boolean;
}

const leeg = (s: string | undefined) => (s ?? "").trim() === "";
const fout = (
  regel: MeldcodeRegel,
  melding: string,
  veld?: string,
  ongeldig = false,
): MeldcodeOvertreding => ({
  regel,
  melding,
  ...(veld ? { veld } : {}),
  ...(ongeldig ? { ongeldig } : {}),
});

function toetsDatum(datum: string, vandaag: string, veld: string, label: string): MeldcodeOvertreding[] {
  return datum > vandaag
    ? [
        fout(
          "datum-niet-in-toekomst",
          `${label} ligt in de toekomst; leg vast wat er is gebeurd.`,
          veld,
          true,
        ),
      ]
    : [];
}

/** Which step comes next (the first not recorded), or null when all five are. */
export function volgendeStap(stappen: Stappen): MeldcodeStap | null {
  if (!stappen.signalen?.length) return "signalen";
  if (!stappen.overleg?.length) return "overleg";
  if (!stappen.gesprek) return "gesprek";
  if (uitkomstAfweging(stappen.afweging ?? []).soort === "onvolledig") return "afweging";
  if (!stappen.beslissingen) return "beslissingen";
  return null;
}

/** A step may be (re)recorded once the steps before it are, and only while the Meldcode runs. */
function toetsVolgorde(meldcode: Meldcode, stap: MeldcodeStap): MeldcodeOvertreding[] {
  if (meldcode.status === "afgesloten")
    return [fout("meldcode-afgesloten", "Deze Meldcode is afgesloten; er kan niets meer worden vastgelegd.")];
  if (meldcode.melding !== null)
    return [fout("meldcode-afgesloten", "De melding bij Veilig Thuis is gedaan; de stappen liggen vast.")];
  const index = MELDCODE_STAPPEN.indexOf(stap);
  const open = volgendeStap(meldcode.stappen);
  const openIndex = open === null ? MELDCODE_STAPPEN.length : MELDCODE_STAPPEN.indexOf(open);
  if (index > openIndex)
    return [
      fout(
        "stappen-in-volgorde",
        `Leg eerst ${STAP_LABELS[MELDCODE_STAPPEN[openIndex] as MeldcodeStap].toLowerCase()} vast; de stappen van de Meldcode gaan in volgorde.`,
      ),
    ];
  return [];
}

export function toetsSignalen(signalen: readonly Signaal[], vandaag: string): MeldcodeOvertreding[] {
  if (signalen.length === 0)
    return [fout("signaal-feitelijk", "Leg ten minste één signaal vast.", "signalen", true)];
  return signalen.flatMap((s, i) => [
    ...(leeg(s.omschrijving)
      ? [
          fout(
            "signaal-feitelijk",
            "Beschrijf het signaal feitelijk: wat is gezien of gehoord.",
            `signalen.${i}.omschrijving`,
            true,
          ),
        ]
      : []),
    ...(leeg(s.bron)
      ? [fout("signaal-feitelijk", "Vul de bron van het signaal in.", `signalen.${i}.bron`, true)]
      : []),
    ...(s.soort === "standpunt-ander" && leeg(s.wie)
      ? [
          fout(
            "signaal-feitelijk",
            "Vul in wie dit zegt: een standpunt van een ander wordt als standpunt vastgelegd.",
            `signalen.${i}.wie`,
            true,
          ),
        ]
      : []),
    ...toetsDatum(s.datum, vandaag, `signalen.${i}.datum`, "De datum van het signaal"),
  ]);
}

export function toetsOverleg(overleg: readonly Overleg[], vandaag: string): MeldcodeOvertreding[] {
  if (overleg.length === 0)
    return [fout("overleg-vastgelegd", "Leg ten minste één overleg vast.", "overleg", true)];
  return overleg.flatMap((o, i) => [
    ...(leeg(o.naam)
      ? [fout("overleg-vastgelegd", "Vul in met wie u overlegde.", `overleg.${i}.naam`, true)]
      : []),
    ...(leeg(o.advies)
      ? [fout("overleg-vastgelegd", "Vul het advies in.", `overleg.${i}.advies`, true)]
      : []),
    ...toetsDatum(o.datum, vandaag, `overleg.${i}.datum`, "De datum van het overleg"),
  ]);
}

export function toetsGesprek(gesprek: Gesprek, vandaag: string): MeldcodeOvertreding[] {
  if (!gesprek.gevoerd)
    return leeg(gesprek.redenNietVeilig)
      ? [
          fout(
            "gesprek-of-reden",
            "Leg vast waarom het niet veilig was het gesprek te voeren.",
            "redenNietVeilig",
            true,
          ),
        ]
      : [];
  return [
    ...(leeg(gesprek.metWie)
      ? [fout("gesprek-of-reden", "Vul in met wie het gesprek was.", "metWie", true)]
      : []),
    ...(leeg(gesprek.verslag)
      ? [fout("gesprek-of-reden", "Vul in wat er is besproken.", "verslag", true)]
      : []),
    ...toetsDatum(gesprek.datum, vandaag, "datum", "De datum van het gesprek"),
  ];
}

/** The weighing so far: the questions answered in order; the first deciding answer ends it. */
export function uitkomstAfweging(antwoorden: readonly Afwegingsantwoord[]): Afwegingsuitkomst {
  for (const [i, a] of antwoorden.entries()) {
    const beslissend = BESLISSEND[i + 1];
    if (beslissend && a.antwoord === beslissend.antwoord) return beslissend.uitkomst;
  }
  if (antwoorden.length >= AFWEGINGSVRAGEN.length) return { soort: "hulp" };
  return { soort: "onvolledig", volgendeVraag: antwoorden.length + 1 };
}

/** The answers must follow the questions 1, 2, 3, … each motivated, and stop at the answer that decides. */
export function toetsAfweging(antwoorden: readonly Afwegingsantwoord[]): MeldcodeOvertreding[] {
  const fouten: MeldcodeOvertreding[] = [];
  for (const [i, a] of antwoorden.entries()) {
    if (a.vraag !== i + 1) {
      fouten.push(
        fout(
          "afwegingskader-volgorde",
          `Beantwoord de vragen van het afwegingskader in volgorde: vraag ${i + 1} komt vóór vraag ${a.vraag}.`,
          `afweging.${i}.vraag`,
        ),
      );
      break;
    }
    if (leeg(a.motivering))
      fouten.push(
        fout(
          "afwegingskader-gemotiveerd",
          `Motiveer het antwoord op vraag ${a.vraag}.`,
          `afweging.${i}.motivering`,
          true,
        ),
      );
    const beslissend = BESLISSEND[i + 1];
    if (beslissend && a.antwoord === beslissend.antwoord && i < antwoorden.length - 1) {
      fouten.push(
        fout(
          "afwegingskader-volgorde",
          `Het antwoord op vraag ${i + 1} beslist de afweging; de vragen daarna worden niet meer beantwoord.`,
          `afweging.${i + 1}.vraag`,
        ),
      );
      break;
    }
  }
  return fouten;
}

/** The binding outcome: a melding is required after a deciding "melden", or when the decision says so itself. */
export function meldingVereist(stappen: Stappen): { vereist: boolean; reden: string | null } {
  const uitkomst = uitkomstAfweging(stappen.afweging ?? []);
  if (uitkomst.soort === "melden") return { vereist: true, reden: `het afwegingskader: ${uitkomst.reden}` };
  if (stappen.beslissingen?.hulpMogelijk === false)
    return { vereist: true, reden: "hulp verlenen of organiseren is niet mogelijk" };
  if (stappen.beslissingen?.meldingNodig)
    return { vereist: true, reden: "de beslissing dat melden noodzakelijk is" };
  return { vereist: false, reden: null };
}

export function toetsBeslissingen(stappen: Stappen, beslissingen: Beslissingen): MeldcodeOvertreding[] {
  const fouten: MeldcodeOvertreding[] = [];
  if (leeg(beslissingen.meldingMotivering))
    fouten.push(
      fout("beslissing-gemotiveerd", "Motiveer de beslissing over melden.", "meldingMotivering", true),
    );
  if (leeg(beslissingen.hulpMotivering))
    fouten.push(fout("beslissing-gemotiveerd", "Motiveer de beslissing over hulp.", "hulpMotivering", true));
  const uitkomst = uitkomstAfweging(stappen.afweging ?? []);
  if (uitkomst.soort === "melden" && !beslissingen.meldingNodig)
    fouten.push(
      fout(
        "uitkomst-afwegingskader-bindend",
        `Melden bij Veilig Thuis is noodzakelijk: volgens het afwegingskader ${uitkomst.reden} (vraag ${uitkomst.vraag}).`,
        "meldingNodig",
      ),
    );
  if (!beslissingen.hulpMogelijk && !beslissingen.meldingNodig)
    fouten.push(
      fout(
        "uitkomst-afwegingskader-bindend",
        "Als hulp verlenen of organiseren niet mogelijk is, is melden bij Veilig Thuis noodzakelijk.",
        "meldingNodig",
      ),
    );
  return fouten;
}

export function toetsMelding(melding: Melding, vandaag: string): MeldcodeOvertreding[] {
  return [
    ...(leeg(melding.contactpersoon)
      ? [fout("melding-vastgelegd", "Vul in met wie u bij Veilig Thuis sprak.", "contactpersoon", true)]
      : []),
    ...(leeg(melding.inhoud) ? [fout("melding-vastgelegd", "Vul in wat er is gemeld.", "inhoud", true)] : []),
    ...toetsDatum(melding.datum, vandaag, "datum", "De datum van de melding"),
    ...("redenNiet" in melding.ouders && leeg(melding.ouders.redenNiet)
      ? [
          fout(
            "ouders-geinformeerd",
            "Leg vast waarom de ouders niet schriftelijk worden geïnformeerd.",
            "oudersRedenNiet",
            true,
          ),
        ]
      : []),
  ];
}

/** Recording one of the five steps on the Meldcode as it stands: the order, then the step's own content. */
export function toetsStap(
  meldcode: Meldcode,
  stap: Exclude<MeldcodeStap, "beslissingen">,
  waarde: Signaal[] | Overleg[] | Gesprek | Afwegingsantwoord[],
  vandaag: string,
): MeldcodeOvertreding[] {
  const volgorde = toetsVolgorde(meldcode, stap);
  if (volgorde.length > 0) return volgorde;
  switch (stap) {
    case "signalen":
      return toetsSignalen(waarde as Signaal[], vandaag);
    case "overleg":
      return toetsOverleg(waarde as Overleg[], vandaag);
    case "gesprek":
      return toetsGesprek(waarde as Gesprek, vandaag);
    case "afweging":
      return toetsAfweging(waarde as Afwegingsantwoord[]);
  }
}

/** The two decisions of step 5: after a finished weighing, and bound by its outcome. */
export function toetsBeslissingStap(meldcode: Meldcode, beslissingen: Beslissingen): MeldcodeOvertreding[] {
  const volgorde = toetsVolgorde(meldcode, "beslissingen");
  if (volgorde.length > 0) return volgorde;
  return toetsBeslissingen(meldcode.stappen, beslissingen);
}

/** The melding at Veilig Thuis: recorded once, after the two decisions. */
export function toetsMeldingVastleggen(
  meldcode: Meldcode,
  melding: Melding,
  vandaag: string,
): MeldcodeOvertreding[] {
  if (meldcode.status === "afgesloten")
    return [fout("meldcode-afgesloten", "Deze Meldcode is afgesloten; er kan niets meer worden vastgelegd.")];
  if (meldcode.melding !== null)
    return [fout("melding-vastgelegd", "De melding bij Veilig Thuis is al vastgelegd.")];
  if (!meldcode.stappen.beslissingen)
    return [
      fout(
        "melding-alleen-na-beslissing",
        "Leg eerst stap 5 vast (de twee beslissingen); daarna de melding bij Veilig Thuis.",
      ),
    ];
  return toetsMelding(melding, vandaag);
}

/**
 * Closing: the weighing is finished (after "geen vermoeden" nothing more is needed), the decisions are taken, and
 * a required melding was recorded — otherwise refused with rule `melding-veilig-thuis-vereist`.
 */
export function toetsAfsluiten(meldcode: Meldcode, toelichting: string): MeldcodeOvertreding[] {
  if (meldcode.status === "afgesloten")
    return [fout("meldcode-afgesloten", "Deze Meldcode is al afgesloten.")];
  const uitkomst = uitkomstAfweging(meldcode.stappen.afweging ?? []);
  const open = volgendeStap(meldcode.stappen);
  const fouten: MeldcodeOvertreding[] = [];
  if (leeg(toelichting))
    fouten.push(
      fout(
        "afsluiting-toegelicht",
        "Vul de afspraken of de reden van afsluiten in (bij hulp: de vervolgafspraken).",
        "toelichting",
        true,
      ),
    );
  if (open !== null && open !== "beslissingen")
    return [
      ...fouten,
      fout("afwegingskader-volledig", "Doorloop eerst de stappen van de Meldcode tot en met de afweging."),
    ];
  if (open === "beslissingen" && uitkomst.soort !== "geen-vermoeden")
    return [...fouten, fout("stappen-in-volgorde", "Leg eerst stap 5 vast: de twee beslissingen.")];
  const { vereist, reden } = meldingVereist(meldcode.stappen);
  if (vereist && meldcode.melding === null)
    fouten.push(
      fout(
        "melding-veilig-thuis-vereist",
        `De Meldcode kan niet worden afgesloten zonder melding bij Veilig Thuis: die is verplicht na ${reden} (Besluit verplichte meldcode, afwegingskader).`,
      ),
    );
  if (meldcode.melding && briefVolgt(meldcode.melding.ouders))
    fouten.push(
      fout(
        "ouders-schriftelijk-geinformeerd",
        "De Meldcode kan niet worden afgesloten voordat de ouders schriftelijk zijn geïnformeerd over de melding bij Veilig Thuis: verstuur de brief, of leg vast waarom zij niet worden geïnformeerd.",
      ),
    );
  return fouten;
}

/**
 * The written notice of the melding (the letter to the parents, or to the adult victim): only after the melding,
 * once, while the Meldcode runs and no reason not to inform them is recorded; `reden` is what the professional
 * writes for the letter, in general terms, about why the melding was made.
 */
export function toetsKennisgeving(meldcode: Meldcode, reden: string): MeldcodeOvertreding[] {
  if (meldcode.status === "afgesloten")
    return [fout("meldcode-afgesloten", "Deze Meldcode is afgesloten; er kan niets meer worden vastgelegd.")];
  const melding = meldcode.melding;
  if (melding === null)
    return [
      fout(
        "kennisgeving-na-melding",
        "Leg eerst de melding bij Veilig Thuis vast; de brief aan de ouders gaat over die melding.",
      ),
    ];
  if ("op" in melding.ouders)
    return [fout("kennisgeving-na-melding", "De brief aan de ouders over de melding is al verstuurd.")];
  if ("redenNiet" in melding.ouders)
    return [
      fout(
        "kennisgeving-na-melding",
        "Bij de melding is vastgelegd waarom de ouders niet worden geïnformeerd; er gaat geen brief.",
      ),
    ];
  return leeg(reden)
    ? [
        fout(
          "kennisgeving-toegelicht",
          "Schrijf in algemene woorden waarom de melding is gedaan; deze tekst komt in de brief.",
          "reden",
          true,
        ),
      ]
    : [];
}
