/**
 * To whom a letter about a resident goes and who signs for them (pure): age on a date + the recorded relations
 * → the letters (one per address) and the signers.
 *
 * Minors (younger than 18 on the peildatum, BW art. 1:233): letters, the plan for signature and the beschikking
 * go to the parents with gezag, the voogd or another legal representative — gezag includes representing the
 * minor (BW art. 1:245 lid 4) — and name the child (DOMAIN §6). Everyone at one address shares one letter; two
 * gezaghebbenden who live apart each get their own. A minor cannot hold gezag (BW art. 1:246), so a recorded
 * gezag of a minor does not count. A parent without gezag is not a representative and gets no letter.
 *
 * Who signs (the signed plan is the aanvraag, and with it the consent to the help):
 * - younger than 12: the gezaghebbenden (Jeugdwet art. 7.3.15 lid 1; WGBO art. 7:465 lid 1 BW);
 * - 12 to 15: the child and the gezaghebbenden (Jeugdwet art. 7.3.4 lid 2; WGBO art. 7:450 lid 2 BW);
 * - 16 and 17: the young person (Jeugdwet art. 7.3.4 lid 1 with art. 7.3.5 lid 1; WGBO art. 7:447 BW). The
 *   gezaghebbenden still get the letters; the young person gets one too, as he may act himself in these
 *   matters (Jeugdwet art. 7.3.5 lid 3).
 * Adults: the resident. When a vertegenwoordiger is recorded (Wmo 2015 art. 1.1.1: curator, mentor or
 * gevolmachtigde, else partner, else parent, child, brother or sister), the letters and the signature go to
 * the vertegenwoordiger and name the resident (Wmo 2015 art. 2.3.2 lid 6–8: "de cliënt dan wel diens
 * vertegenwoordiger"; Jeugdwet art. 7.3.15 lid 2 and 3).
 */
import { datumVoluit } from "../documenten/brief";
import { leeftijdOp } from "./leeftijd";
import { type Naam, volledigeNaam } from "./naam";

/** What the rule needs of a person. */
export interface Adressant extends Naam {
  persoonId: string;
  geboortedatum: string;
  geslacht: string | null;
  postcode: string;
  huisnummer: number;
  huisletter: string | null;
  toevoeging: string | null;
}

/**
 * How a person is bound to the resident, read as "this person is <band> of the resident": the relations of the
 * persons register (persoon_relaties: ouder, gezag, wettelijk-vertegenwoordiger) and the roles on the zaak.
 */
export const BANDEN = [
  "ouder",
  "gezag",
  "wettelijk-vertegenwoordiger",
  "gezaghebbende-op-zaak",
  "vertegenwoordiger-op-zaak",
] as const;
export type Band = (typeof BANDEN)[number];

export interface Betrokken<T extends Adressant> {
  persoon: T;
  banden: readonly Band[];
}

export type Hoedanigheid =
  | "inwoner"
  | "jongere"
  | "ouder-met-gezag"
  | "voogd"
  | "gezaghebbende"
  | "wettelijk-vertegenwoordiger"
  | "vertegenwoordiger";

export const HOEDANIGHEID_LABELS: Record<Hoedanigheid, string> = {
  inwoner: "inwoner zelf",
  jongere: "jeugdige zelf",
  "ouder-met-gezag": "ouder met gezag",
  voogd: "voogd",
  gezaghebbende: "gezaghebbende",
  "wettelijk-vertegenwoordiger": "wettelijk vertegenwoordiger",
  vertegenwoordiger: "vertegenwoordiger",
};

export const LEEFTIJDSGROEPEN = ["jonger-dan-12", "12-tot-16", "16-tot-18", "meerderjarig"] as const;
export type Leeftijdsgroep = (typeof LEEFTIJDSGROEPEN)[number];

export interface Partij<T extends Adressant> {
  persoon: T;
  hoedanigheid: Hoedanigheid;
}

/** One letter: everyone it is addressed to (one address), and whom it is about when that is someone else. */
export interface Geadresseerde<T extends Adressant> {
  aan: readonly Partij<T>[];
  /** The child or represented adult the letter is about; null: it is addressed to the resident himself. */
  over: T | null;
}

export type Vertegenwoordiging<T extends Adressant> =
  | {
      ok: true;
      leeftijd: number;
      leeftijdsgroep: Leeftijdsgroep;
      /** One entry per letter, in a stable order (the resident first, then by first mention). */
      brieven: Geadresseerde<T>[];
      ondertekenaars: Partij<T>[];
      /** Dutch: who signs and why, with the article. */
      uitleg: string;
      bron: string;
    }
  | { ok: false; regel: "gezaghebbende-bekend"; reden: string; leeftijd: number };

export function leeftijdsgroep(leeftijd: number): Leeftijdsgroep {
  if (leeftijd < 12) return "jonger-dan-12";
  if (leeftijd < 16) return "12-tot-16";
  if (leeftijd < 18) return "16-tot-18";
  return "meerderjarig";
}

/** The same address (postcode and full house number): one letter for everyone living there. */
export function zelfdeAdres(a: Adressant, b: Adressant): boolean {
  return (
    a.postcode.replace(/\s/g, "").toUpperCase() === b.postcode.replace(/\s/g, "").toUpperCase() &&
    a.huisnummer === b.huisnummer &&
    (a.huisletter ?? "").toUpperCase() === (b.huisletter ?? "").toUpperCase() &&
    (a.toevoeging ?? "").toUpperCase() === (b.toevoeging ?? "").toUpperCase()
  );
}

/** Persons merged by id (the same person may be mentioned as relation and on the zaak), in first-mention order. */
function samengevoegd<T extends Adressant>(betrokkenen: readonly Betrokken<T>[], client: T) {
  const perId = new Map<string, { persoon: T; banden: Set<Band> }>();
  for (const b of betrokkenen) {
    if (b.persoon.persoonId === client.persoonId) continue;
    const bekend = perId.get(b.persoon.persoonId);
    if (bekend) for (const band of b.banden) bekend.banden.add(band);
    else perId.set(b.persoon.persoonId, { persoon: b.persoon, banden: new Set(b.banden) });
  }
  return [...perId.values()];
}

/** For a minor: who represents the child, and as what (gezag before a representation recorded otherwise). */
function vertegenwoordigerVanKind(banden: ReadonlySet<Band>): Hoedanigheid | null {
  const ouder = banden.has("ouder");
  if (banden.has("gezag")) return ouder ? "ouder-met-gezag" : "voogd";
  if (banden.has("gezaghebbende-op-zaak")) return ouder ? "ouder-met-gezag" : "gezaghebbende";
  if (banden.has("wettelijk-vertegenwoordiger") || banden.has("vertegenwoordiger-op-zaak"))
    return "wettelijk-vertegenwoordiger";
  return null;
}

/** For an adult: a recorded vertegenwoordiger (Wmo 2015 art. 1.1.1); gezag ended at 18 (BW art. 1:233). */
function vertegenwoordigerVanVolwassene(banden: ReadonlySet<Band>): Hoedanigheid | null {
  return banden.has("wettelijk-vertegenwoordiger") || banden.has("vertegenwoordiger-op-zaak")
    ? "vertegenwoordiger"
    : null;
}

/** Groups the parties by address, in the order of the first party at each address. */
function perAdres<T extends Adressant>(partijen: readonly Partij<T>[], over: T | null): Geadresseerde<T>[] {
  const brieven: { aan: Partij<T>[]; over: T | null }[] = [];
  for (const p of partijen) {
    const brief = brieven.find((b) => b.aan[0] && zelfdeAdres(b.aan[0].persoon, p.persoon));
    if (brief) brief.aan.push(p);
    else brieven.push({ aan: [p], over });
  }
  return brieven;
}

/**
 * A name in running text: a double surname keeps its hyphen on one line ("Van der Velde‑Wieringa" is never
 * split into "Velde-" and "Wieringa"), by the non-breaking hyphen U+2011.
 */
export const naamInTekst = (n: Naam) => volledigeNaam(n).replace(/(\p{L})-(\p{L})/gu, "$1\u2011$2");

const namen = <T extends Adressant>(partijen: readonly Partij<T>[]) =>
  opsomming(partijen.map((p) => naamInTekst(p.persoon)));

/** "a", "a en b", "a, b en c". */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen[0] ?? "";
  return `${delen.slice(0, -1).join(", ")} en ${delen[delen.length - 1]}`;
}

/**
 * The rule: addressees and signers of letters about `client` on `peildatum` (the letter date), given the persons
 * bound to the client.
 */
export function bepaalVertegenwoordiging<T extends Adressant>(
  client: T,
  betrokkenen: readonly Betrokken<T>[],
  peildatum: string,
): Vertegenwoordiging<T> {
  const leeftijd = leeftijdOp(client.geboortedatum, peildatum);
  const groep = leeftijdsgroep(leeftijd);
  const naam = naamInTekst(client);
  const personen = samengevoegd(betrokkenen, client);
  const meerderjarig = (p: T) => leeftijdOp(p.geboortedatum, peildatum) >= 18;

  if (groep === "meerderjarig") {
    const vertegenwoordigers = personen.flatMap((p): Partij<T>[] => {
      const hoedanigheid = vertegenwoordigerVanVolwassene(p.banden);
      return hoedanigheid && meerderjarig(p.persoon) ? [{ persoon: p.persoon, hoedanigheid }] : [];
    });
    if (vertegenwoordigers.length === 0) {
      const zelf: Partij<T> = { persoon: client, hoedanigheid: "inwoner" };
      return {
        ok: true,
        leeftijd,
        leeftijdsgroep: groep,
        brieven: [{ aan: [zelf], over: null }],
        ondertekenaars: [zelf],
        uitleg: `${naam} is meerderjarig en ondertekent zelf.`,
        bron: "Wmo 2015 art. 2.3.2; Jeugdwet art. 7.3.4 lid 1",
      };
    }
    return {
      ok: true,
      leeftijd,
      leeftijdsgroep: groep,
      brieven: perAdres(vertegenwoordigers, client),
      ondertekenaars: vertegenwoordigers,
      uitleg: `${naam} heeft een vertegenwoordiger: ${namen(vertegenwoordigers)} ontvangt de brieven en ondertekent namens ${naam}.`,
      bron: "Wmo 2015 art. 1.1.1 en art. 2.3.2 lid 6–8; Jeugdwet art. 7.3.15 lid 2 en 3",
    };
  }

  const gezaghebbenden = personen.flatMap((p): Partij<T>[] => {
    const hoedanigheid = vertegenwoordigerVanKind(p.banden);
    return hoedanigheid && meerderjarig(p.persoon) ? [{ persoon: p.persoon, hoedanigheid }] : [];
  });
  if (gezaghebbenden.length === 0) {
    return {
      ok: false,
      regel: "gezaghebbende-bekend",
      leeftijd,
      reden: `${naam} is minderjarig (${leeftijd} jaar) en er is geen ouder met gezag, voogd of wettelijk vertegenwoordiger bekend. Brieven en het plan gaan naar de gezaghebbenden: leg de gezagsrelatie vast bij de persoon of voeg de gezaghebbende toe aan de zaak.`,
    };
  }
  const zelf: Partij<T> = { persoon: client, hoedanigheid: "jongere" };
  const aanOuders = perAdres(gezaghebbenden, client);
  if (groep === "jonger-dan-12") {
    return {
      ok: true,
      leeftijd,
      leeftijdsgroep: groep,
      brieven: aanOuders,
      ondertekenaars: gezaghebbenden,
      uitleg: `${naam} is ${leeftijd} jaar (jonger dan 12): ${namen(gezaghebbenden)} ${gezaghebbenden.length > 1 ? "ondertekenen" : "ondertekent"} namens ${naam}.`,
      bron: "Jeugdwet art. 7.3.15 lid 1; WGBO art. 7:465 lid 1 BW",
    };
  }
  if (groep === "12-tot-16") {
    const samen: Partij<T>[] = [zelf, ...gezaghebbenden];
    return {
      ok: true,
      leeftijd,
      leeftijdsgroep: groep,
      brieven: aanOuders,
      ondertekenaars: samen,
      uitleg: `${naam} is ${leeftijd} jaar (12 tot 16): ${namen(samen)} ondertekenen samen.`,
      bron: "Jeugdwet art. 7.3.4 lid 2; WGBO art. 7:450 lid 2 BW",
    };
  }
  return {
    ok: true,
    leeftijd,
    leeftijdsgroep: groep,
    brieven: [{ aan: [zelf], over: null }, ...aanOuders],
    ondertekenaars: [zelf],
    uitleg: `${naam} is ${leeftijd} jaar (16 of ouder) en ondertekent zelf; ${namen(gezaghebbenden)} ${gezaghebbenden.length > 1 ? "krijgen" : "krijgt"} de brieven ook.`,
    bron: "Jeugdwet art. 7.3.4 lid 1 en art. 7.3.5; WGBO art. 7:447 BW",
  };
}

/** "mevrouw De Vries", "heer Bakker", or the full name when the sex is not known. */
function metTitel(n: Naam & { geslacht: string | null }): string {
  const achternaam = [
    n.voorvoegsel ? n.voorvoegsel.charAt(0).toUpperCase() + n.voorvoegsel.slice(1) : "",
    n.geslachtsnaam,
  ]
    .filter(Boolean)
    .join(" ");
  const eenRegel = achternaam.replace(/(\p{L})-(\p{L})/gu, "$1\u2011$2");
  if (n.geslacht === "vrouw") return `mevrouw ${eenRegel}`;
  if (n.geslacht === "man") return `heer ${eenRegel}`;
  return naamInTekst(n);
}

/** "Geachte mevrouw De Vries en heer Bakker," */
export function aanhefVoor(aan: readonly Partij<Adressant>[]): string {
  return `Geachte ${opsomming(aan.map((p) => metTitel(p.persoon)))},`;
}

/** The addressee line of the letter: "Anna de Vries en Peter Bakker". */
export function naamregel(aan: readonly Partij<Adressant>[]): string {
  return opsomming(aan.map((p) => volledigeNaam(p.persoon)));
}

const MEERVOUD: Partial<Record<Hoedanigheid, string>> = {
  "ouder-met-gezag": "ouders met gezag",
  voogd: "voogden",
  gezaghebbende: "gezaghebbenden",
  "wettelijk-vertegenwoordiger": "wettelijk vertegenwoordigers",
  vertegenwoordiger: "vertegenwoordigers",
};

/**
 * The sentence that names the child (or represented adult) in a letter to someone else:
 * "U ontvangt deze brief als ouder met gezag van Kim de Vries, geboren op 3 maart 2015."
 */
export function overZin(brief: Geadresseerde<Adressant>): string | null {
  if (!brief.over) return null;
  const soorten = [...new Set(brief.aan.map((p) => p.hoedanigheid))];
  const een = soorten.length === 1 ? (soorten[0] as Hoedanigheid) : null;
  const als =
    brief.aan.length === 1 && een
      ? HOEDANIGHEID_LABELS[een]
      : een
        ? (MEERVOUD[een] ?? "vertegenwoordigers")
        : "gezaghebbenden";
  return `U ontvangt deze brief als ${als} van ${naamInTekst(brief.over)}, geboren op ${datumVoluit(brief.over.geboortedatum)}.`;
}

/** "Een brief met dezelfde inhoud gaat ook naar Peter Bakker." when more letters go out, else null. */
export function ookAanZin(
  brief: Geadresseerde<Adressant>,
  alle: readonly Geadresseerde<Adressant>[],
): string | null {
  const anderen = alle.filter((b) => b !== brief).flatMap((b) => b.aan);
  if (anderen.length === 0) return null;
  return `Een brief met dezelfde inhoud gaat ook naar ${namen(anderen)}.`;
}
