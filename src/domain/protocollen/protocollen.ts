/**
 * The safety protocols of the Toegang (issue 14, seed 004 §10.5). Pure.
 *
 * Four protocols, each a text the beheerder of the gemeente keeps (every change a new version):
 *  - Calamiteitenprotocol (§10.5.1): "Is er een dreiging van een calamiteit, meldt dit dan bij de teamleider,
 *    zodat het protocol kan worden opgestart";
 *  - Alarmprotocol and Agressieprotocol (§10.5.2): when the alarm button may be pressed, what happens next, what
 *    the medewerker must do and how the alarm is stopped; what to do with aggressive or violent behaviour or a
 *    robbery;
 *  - PSHI-protocol (§10.5.3): Psychosociale Hulpverlening bij incidenten met maatschappelijke onrust, for all
 *    gemeenten in Drenthe; "Signaleer jij een incident …, meldt dit dan bij de teamleider, zodat het protocol kan
 *    worden opgestart".
 *
 * A calamiteit threat or a PSHI incident is reported to the teamleider (a `melding`); the teamleider starts the
 * protocol, records its steps (when, what was done, by whom) and closes it with a short evaluation:
 * gemeld → opgestart → afgesloten. Who may do what is the policy's (rule 20); the order is decided here.
 */

export const PROTOCOL_SOORTEN = ["alarm", "agressie", "calamiteiten", "pshi"] as const;
export type ProtocolSoort = (typeof PROTOCOL_SOORTEN)[number];

export const PROTOCOL_LABELS: Record<ProtocolSoort, string> = {
  alarm: "Alarmprotocol",
  agressie: "Agressieprotocol",
  calamiteiten: "Calamiteitenprotocol",
  pshi: "PSHI-protocol",
};

/** The protocols a medewerker starts by reporting to the teamleider (§10.5.1, §10.5.3). */
export const MELDBARE_PROTOCOLLEN = ["calamiteiten", "pshi"] as const satisfies readonly ProtocolSoort[];
export type MeldbaarProtocol = (typeof MELDBARE_PROTOCOLLEN)[number];

export const isMeldbaar = (soort: ProtocolSoort): soort is MeldbaarProtocol =>
  (MELDBARE_PROTOCOLLEN as readonly string[]).includes(soort);

/** What is reported, in the words of the form. */
export const MELDING_ONDERWERP: Record<MeldbaarProtocol, string> = {
  calamiteiten: "Dreiging van een calamiteit",
  pshi: "Incident met kans op maatschappelijke onrust (PSHI)",
};

const VOORBEELD = "Voorbeeldtekst: vervang deze door het protocol van uw gemeente.";

/**
 * The starting text per protocol: an example the beheerder replaces, saying only what seed 004 §10.5 says. The
 * reader sees that it is an example (`isVoorbeeld`) for as long as the beheerder has not replaced it.
 */
export const VOORBEELDTEKSTEN: Record<ProtocolSoort, { titel: string; tekst: string }> = {
  alarm: {
    titel: "Alarmprotocol",
    tekst: [
      VOORBEELD,
      "# Waar dit protocol over gaat",
      "In het Alarmprotocol staat beschreven:",
      "1. wanneer u de alarmknop mag indrukken;\n2. wat er daarna gebeurt;\n3. wat u dan moet doen;\n4. hoe het alarm weer wordt gestopt.",
      "Het volledige Alarmprotocol staat op Veldnet.",
    ].join("\n\n"),
  },
  agressie: {
    titel: "Agressieprotocol",
    tekst: [
      VOORBEELD,
      "# Waar dit protocol over gaat",
      "In het Agressieprotocol staat beschreven wat u moet doen wanneer er sprake is van:",
      "- agressief gedrag;\n- gewelddadig gedrag;\n- een overval.",
      "Het volledige Agressieprotocol staat op Veldnet.",
    ].join("\n\n"),
  },
  calamiteiten: {
    titel: "Calamiteitenprotocol",
    tekst: [
      VOORBEELD,
      "Het Calamiteitenprotocol heeft tot doel om bij calamiteiten zo snel mogelijk structuur aan te brengen, zodat de calamiteit geduid kan worden en eventuele onrust zo goed mogelijk gekanaliseerd kan worden.",
      "# Wat doet u?",
      "1. Is er een dreiging van een calamiteit? Meld dit bij de teamleider.\n2. De teamleider start het protocol op.",
      "U meldt het met de knop ‘Melden bij de teamleider’ op deze pagina.",
    ].join("\n\n"),
  },
  pshi: {
    titel: "PSHI-protocol",
    tekst: [
      VOORBEELD,
      "PSHI staat voor Psychosociale Hulpverlening bij incidenten met maatschappelijke onrust. Dit protocol geldt voor alle gemeenten in Drenthe.",
      "# Wat doet u?",
      "1. Signaleert u een incident met kans op maatschappelijke onrust? Meld dit bij de teamleider.\n2. De teamleider start het protocol op.",
      "U meldt het met de knop ‘Melden bij de teamleider’ op deze pagina.",
    ].join("\n\n"),
  },
};

/** The example text is still in place: the reader is told to ask the beheerder for the real protocol. */
export const isVoorbeeld = (tekst: string) => tekst.startsWith(VOORBEELD);

/** One block of a protocol as the reader sees it. */
export type Blok =
  | { soort: "kop"; tekst: string }
  | { soort: "alinea"; regels: string[] }
  | { soort: "stappen"; start: number; items: string[] }
  | { soort: "opsomming"; items: string[] };

const STAP = /^(\d{1,3})[.)]\s+(.*)$/;
const PUNT = /^[-*•]\s+(.*)$/;
const KOP = /^#+\s+(.*)$/;

/**
 * Plain text into blocks, the way the beheerder writes it: an empty line starts a new paragraph; a line starting
 * with "#" is a heading; lines starting with "1.", "2." … are numbered steps; lines starting with "-" a list.
 */
export function deelTekstOp(tekst: string): Blok[] {
  const blokken: Blok[] = [];
  const laatste = () => blokken.at(-1);
  let nieuweAlinea = true;
  for (const ruw of tekst.replace(/\r\n?/g, "\n").split("\n")) {
    const regel = ruw.trim();
    if (regel === "") {
      nieuweAlinea = true;
      continue;
    }
    const kop = KOP.exec(regel);
    const stap = STAP.exec(regel);
    const punt = PUNT.exec(regel);
    const vorige = laatste();
    if (kop?.[1]) {
      blokken.push({ soort: "kop", tekst: kop[1] });
      nieuweAlinea = true;
      continue;
    }
    if (stap?.[2] !== undefined) {
      if (vorige?.soort === "stappen" && !nieuweAlinea) vorige.items.push(stap[2]);
      else blokken.push({ soort: "stappen", start: Number(stap[1]), items: [stap[2]] });
    } else if (punt?.[1] !== undefined) {
      if (vorige?.soort === "opsomming" && !nieuweAlinea) vorige.items.push(punt[1]);
      else blokken.push({ soort: "opsomming", items: [punt[1]] });
    } else if (vorige?.soort === "alinea" && !nieuweAlinea) vorige.regels.push(regel);
    else blokken.push({ soort: "alinea", regels: [regel] });
    nieuweAlinea = false;
  }
  return blokken;
}

/** A broken rule, naming the field by its API name and the message by its label. */
export interface ProtocolOvertreding {
  regel: string;
  veld?: string;
  melding: string;
  /** Input that cannot be right (400) rather than a rule about the state (422). */
  ongeldig?: boolean;
}

const leeg = (s: string) => s.trim() === "";
const verplicht = (veld: string, label: string, waarde: string): ProtocolOvertreding[] =>
  leeg(waarde) ? [{ regel: "verplicht", veld, melding: `${label}: vul dit in.`, ongeldig: true }] : [];
const nietInDeToekomst = (veld: string, label: string, op: Date, nu: Date): ProtocolOvertreding[] =>
  op.getTime() > nu.getTime() + 60_000
    ? [
        {
          regel: "niet-in-de-toekomst",
          veld,
          melding: `${label}: dit tijdstip ligt in de toekomst.`,
          ongeldig: true,
        },
      ]
    : [];

/** A protocol text needs a title and a text. */
export function toetsProtocoltekst(tekst: { titel: string; tekst: string }): ProtocolOvertreding[] {
  return [...verplicht("titel", "Titel", tekst.titel), ...verplicht("tekst", "Tekst", tekst.tekst)];
}

export const MELDING_STATUSSEN = ["gemeld", "opgestart", "afgesloten"] as const;
export type MeldingStatus = (typeof MELDING_STATUSSEN)[number];

export const MELDING_STATUS_LABELS: Record<MeldingStatus, string> = {
  gemeld: "Gemeld, protocol nog niet opgestart",
  opgestart: "Protocol opgestart",
  afgesloten: "Afgesloten",
};

export interface NieuweMelding {
  wat: string;
  waar: string;
  wanneer: Date;
}

/** A melding says what happened or threatens, where and when (not later than now). */
export function toetsMelding(melding: NieuweMelding, nu: Date): ProtocolOvertreding[] {
  return [
    ...verplicht("wat", "Wat is er gebeurd of wat is de dreiging", melding.wat),
    ...verplicht("waar", "Waar", melding.waar),
    ...nietInDeToekomst("wanneer", "Wanneer", melding.wanneer, nu),
  ];
}

export type MeldingActie = "opstarten" | "stap" | "afsluiten";

const STATUS_VOOR: Record<MeldingActie, MeldingStatus> = {
  opstarten: "gemeld",
  stap: "opgestart",
  afsluiten: "opgestart",
};

const WEIGERING_BIJ: Record<MeldingStatus, string> = {
  gemeld: "Het protocol is nog niet opgestart; start het eerst op.",
  opgestart: "Het protocol is al opgestart.",
  afgesloten: "Deze melding is afgesloten; er kan niets meer worden vastgelegd.",
};

/** The one order: opstarten from gemeld; steps and closing only while the protocol runs. */
export function toetsActie(status: MeldingStatus, actie: MeldingActie): ProtocolOvertreding[] {
  if (STATUS_VOOR[actie] === status) return [];
  return [{ regel: `${actie}-bij-${status}`, melding: WEIGERING_BIJ[status] }];
}

/** The status after the act (only called once `toetsActie` allowed it). */
export const statusNa = (status: MeldingStatus, actie: MeldingActie): MeldingStatus =>
  actie === "opstarten" ? "opgestart" : actie === "afsluiten" ? "afgesloten" : status;

export interface ProtocolStap {
  tijdstip: Date;
  wat: string;
  door: string;
}

/** A step of the running protocol: when (not later than now), what was done, by whom. */
export function toetsStap(status: MeldingStatus, stap: ProtocolStap, nu: Date): ProtocolOvertreding[] {
  const volgorde = toetsActie(status, "stap");
  if (volgorde.length > 0) return volgorde;
  return [
    ...nietInDeToekomst("tijdstip", "Wanneer", stap.tijdstip, nu),
    ...verplicht("wat", "Wat is er gedaan", stap.wat),
    ...verplicht("door", "Door wie", stap.door),
  ];
}

/** Closing needs the running protocol and a short evaluation. */
export function toetsAfsluiten(status: MeldingStatus, evaluatie: string): ProtocolOvertreding[] {
  const volgorde = toetsActie(status, "afsluiten");
  if (volgorde.length > 0) return volgorde;
  return verplicht("evaluatie", "Evaluatie", evaluatie);
}
