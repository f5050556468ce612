/**
 * Patterns that find identifying details in Dutch case text without knowing who is meant: contact
 * details (e-mail, IBAN, phone numbers, BSN, postcode, birth dates, street addresses) and third parties
 * (names after a title or relation word, initials with a surname, "Voornaam van der Achternaam", school
 * names). anonimiseer.ts runs them around the replacement of the zaak's own persons by their roles.
 * Pure; table-tested in anonimiseer.corpus.test.ts.
 *
 * Choices:
 * - BSN: every group of nine digits in a BSN shape (123456782, 123 456 782, 123.456.782, 1234.56.782) is
 *   masked whether or not it passes the 11-proef — a mistyped BSN identifies as well, and other nine-digit
 *   numbers in case text are client or policy numbers; after the word "BSN" eight digits too (a leading 0
 *   dropped). Not inside a longer number or an amount ("€ 123.456.789", "1.123.456.789").
 * - Phone numbers: Dutch (ten digits from 0, with spaces, dashes or an area code in brackets) and
 *   international (+ or 00, a country code, "(0)" allowed). Short service numbers (0800-2000) stay.
 * - Dates: only birth dates go (the known persons' in every notation, and any date after "geboren",
 *   "geb." or "geboortedatum"); appointments and other dates stay — the overleg needs them and a date
 *   alone does not identify.
 * - Amounts ("€ 1.234,56"), years, law names (Wmo, Jeugdwet) and organisations (Veilig Thuis) stay.
 * - A name without any cue (a lone "Kevin", a school called only "De Regenboog" without "school" or
 *   "zit op") cannot be told from an ordinary capitalised word and stays: that is why the overleg shows
 *   the structured summary by default and the free text only to the zaak's vakgroep.
 */
import { VOORVOEGSELS } from "../persoon/naam";

export interface Patroon {
  /** What is found, for the tests and the reader. */
  naam: string;
  regex: RegExp;
  /** The replacement; `$1` keeps a cue word ("buurman [naam]"). */
  door: string;
}

const regexTeken = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A cue word in a sentence or at its start: "moeder" → "[mM]oeder"; spaces as any whitespace. */
function woordpatroon(woord: string): string {
  const [eerste = "", ...rest] = [...woord];
  const klein = eerste.toLowerCase();
  const groot = eerste.toUpperCase();
  const begin = klein === groot ? regexTeken(eerste) : `[${klein}${groot}]`;
  return begin + rest.map((t) => (/\s/.test(t) ? "\\s+" : regexTeken(t))).join("");
}

const langsteEerst = (woorden: readonly string[]) => [...woorden].sort((a, b) => b.length - a.length);
const eenVan = (woorden: readonly string[]) => `(?:${langsteEerst(woorden).map(woordpatroon).join("|")})`;
const precies = (woorden: readonly string[]) => `(?:${langsteEerst(woorden).map(regexTeken).join("|")})`;

const GRENS_VOOR = "(?<![\\p{L}\\p{N}])";
const GRENS_NA = "(?![\\p{L}\\p{N}])";

/** Words after which a capitalised name follows: titles, family, neighbours, school and care roles. */
export const PERSOONSAANDUIDINGEN = [
  "meneer",
  "mijnheer",
  "mevrouw",
  "mevr.",
  "mevr",
  "mw.",
  "mw",
  "dhr.",
  "dhr",
  "de heer",
  "juf",
  "juffrouw",
  "meester",
  "moeder",
  "vader",
  "mama",
  "papa",
  "stiefmoeder",
  "stiefvader",
  "pleegmoeder",
  "pleegvader",
  "schoonmoeder",
  "schoonvader",
  "grootmoeder",
  "grootvader",
  "oom",
  "tante",
  "opa",
  "oma",
  "broer",
  "broertje",
  "zus",
  "zusje",
  "halfbroer",
  "halfzus",
  "stiefbroer",
  "stiefzus",
  "zoon",
  "zoontje",
  "dochter",
  "dochtertje",
  "kleinzoon",
  "kleindochter",
  "neef",
  "neefje",
  "nicht",
  "nichtje",
  "buurman",
  "buurvrouw",
  "buurjongen",
  "buurmeisje",
  "vriend",
  "vriendje",
  "vriendin",
  "vriendinnetje",
  "klasgenoot",
  "klasgenootje",
  "partner",
  "ex-partner",
  "ex",
  "echtgenoot",
  "echtgenote",
  "man",
  "vrouw",
  "mentor",
  "leerkracht",
  "docent",
  "directeur",
  "directrice",
  "intern begeleider",
  "ib'er",
  "zorgcoördinator",
  "huisarts",
  "dokter",
  "dr.",
  "arts",
  "psycholoog",
  "psychiater",
  "therapeut",
  "verpleegkundige",
  "wijkverpleegkundige",
  "verloskundige",
  "begeleider",
  "coach",
  "wijkagent",
  "agent",
  "collega",
  "werkgever",
  "baas",
  "bewindvoerder",
  "advocaat",
  "voogd",
  "gezinsvoogd",
  "jeugdbeschermer",
  "casemanager",
  "consulent",
  "contactpersoon",
  "mantelzorger",
  "genaamd",
] as const;

/**
 * Capitalised words that are not names: sentence openers, cue words, days and months, laws, teams and
 * organisations of the social domain. A name pattern never starts or continues with one of them.
 */
const NIET_NAAM = [
  ...PERSOONSAANDUIDINGEN.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  // articles, pronouns, prepositions, conjunctions, adverbs that open a sentence
  "De",
  "Het",
  "Een",
  "Dit",
  "Dat",
  "Deze",
  "Die",
  "Er",
  "Hier",
  "Daar",
  "Hij",
  "Zij",
  "Ze",
  "Wij",
  "We",
  "Ik",
  "Jij",
  "Je",
  "Zijn",
  "Haar",
  "Hun",
  "Mijn",
  "Ons",
  "Onze",
  "Wat",
  "Wie",
  "Waar",
  "Hoe",
  "Waarom",
  "Wanneer",
  "Welke",
  "In",
  "Op",
  "Van",
  "Met",
  "Na",
  "Voor",
  "Bij",
  "Uit",
  "Aan",
  "Door",
  "Over",
  "Naar",
  "Tot",
  "Om",
  "Via",
  "Per",
  "Tijdens",
  "Sinds",
  "Vanuit",
  "Namens",
  "Zonder",
  "Onder",
  "Tussen",
  "Naast",
  "Achter",
  "Binnen",
  "Buiten",
  "Volgens",
  "En",
  "Maar",
  "Of",
  "Dus",
  "Want",
  "Omdat",
  "Als",
  "Toen",
  "Nu",
  "Ook",
  "Dan",
  "Wel",
  "Niet",
  "Geen",
  "Nog",
  "Al",
  "Eerst",
  "Later",
  "Daarna",
  "Verder",
  "Tevens",
  "Inmiddels",
  "Eerder",
  "Gisteren",
  "Vandaag",
  "Morgen",
  "Vanochtend",
  "Vanmorgen",
  "Vanmiddag",
  "Vanavond",
  "Vorige",
  "Volgende",
  "Afgelopen",
  "Alleen",
  "Samen",
  "Mogelijk",
  "Misschien",
  "Graag",
  "Zie",
  "Let",
  // days and months (lower case in Dutch, capitalised at a sentence start)
  "Maandag",
  "Dinsdag",
  "Woensdag",
  "Donderdag",
  "Vrijdag",
  "Zaterdag",
  "Zondag",
  "Januari",
  "Februari",
  "Maart",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Augustus",
  "September",
  "Oktober",
  "November",
  "December",
  // the work itself
  "Gezin",
  "Kind",
  "Kinderen",
  "Ouders",
  "Inwoners",
  "Inwoner",
  "Bewoners",
  "Jongeren",
  "Jeugdigen",
  "Leerlingen",
  "Medewerkers",
  "Professionals",
  "Cliënten",
  "Deelnemers",
  "Aanbieders",
  "Gemeenten",
  "Mensen",
  "Familie",
  "Buren",
  "Casus",
  "Zaak",
  "Melding",
  "Gesprek",
  "Afspraak",
  "Huisbezoek",
  "Overleg",
  "Advies",
  "Besluit",
  "Vraag",
  "Doel",
  "Plan",
  "Resultatenplan",
  "Beschikking",
  "Indicatie",
  "Uitkomst",
  "Situatie",
  "Zorgen",
  "Zorg",
  "Hulp",
  "Contact",
  "Telefoon",
  "Adres",
  // laws, teams and organisations
  "Wmo",
  "Jeugdwet",
  "Participatiewet",
  "Wlz",
  "Zvw",
  "Wet",
  "Jeugd",
  "Werk",
  "Inkomen",
  "Schuldhulp",
  "Regiegroep",
  "Toegang",
  "Buurtteam",
  "Wijkteam",
  "Leerplicht",
  "Veilig",
  "Thuis",
  "Opgroeien",
  "Raad",
  "Kinderbescherming",
  "Jeugdgezondheidszorg",
  "Jeugdzorg",
  "Halt",
  "Politie",
  "Huis",
  "Kamer",
  "Hof",
  "Centrum",
  "Stichting",
  "Gemeente",
  "Dienst",
  "Bureau",
  "Team",
  "Afdeling",
  "Ministerie",
  "Provincie",
  "Leger",
  "Sociale",
  "Vereniging",
  "Instituut",
  "Universiteit",
  "Hogeschool",
  "Ziekenhuis",
  "Kliniek",
  "Praktijk",
  "Apotheek",
  "Rechtbank",
  "Belastingdienst",
  "Staat",
  "Burgemeester",
  "Wethouders",
  "Bestuur",
  "Dorpshuis",
  "Buurthuis",
  "Wijkcentrum",
  "Kerk",
  "Moskee",
  "Welzijn",
  "Vaart",
  "Nederland",
];

const STOP = `(?!${precies(NIET_NAAM)}(?![\\p{L}'’-]))`;

/** One capitalised name word: "Piet", "Jansen-Bakker", "O'Neill", "Özdemir". */
const NAAMWOORD = `${STOP}(?:\\p{Lu}\\p{Ll}[\\p{L}'’]*|\\p{Lu}['’]\\p{Lu}\\p{Ll}+)(?:-\\p{Lu}?\\p{Ll}[\\p{L}'’]*)*(?![\\p{L}'’])`;
const INITIALEN = "(?:\\p{Lu}\\.\\s?){1,4}";

/** Tussenvoegsels after a cue word ("mevrouw van der Veen"), not the ones that read as a place ("oma in Assen"). */
const VOORVOEGSEL = eenVan([
  ...VOORVOEGSELS.filter((v) => !/^(?:in|op|uit|te)(?:\s|$)/.test(v)),
  "el",
  "al",
  "ben",
  "bin",
  "abu",
  "da",
  "di",
  "dos",
]);
/** Tussenvoegsels inside a full name without a cue ("Piet de Vries"): lower case, the common ones only. */
const VOORVOEGSEL_LOS = precies([
  "van der",
  "van den",
  "van de",
  "van het",
  "van 't",
  "de la",
  "von der",
  "van",
  "de",
  "den",
  "der",
  "ter",
  "ten",
  "von",
]);

const NAAM = `(?:${INITIALEN}\\s*)?(?:${VOORVOEGSEL}\\s+)*${NAAMWOORD}(?:\\s+(?:${VOORVOEGSEL}\\s+)*${NAAMWOORD}){0,3}`;

const SCHOOLAANDUIDINGEN = [
  "basisschool",
  "school",
  "kinderopvang",
  "kinderdagverblijf",
  "peuterspeelzaal",
  "peuteropvang",
  "montessorischool",
  "daltonschool",
  "jenaplanschool",
  "praktijkschool",
  "vrije school",
  "brede school",
  "college",
  "lyceum",
  "gymnasium",
];
const SCHOOLAFKORTINGEN = ["OBS", "CBS", "RKBS", "PCBS", "IKC", "SBO", "SBAO", "SO", "VSO", "BSO", "KDV"];
const LIDWOORD = "(?:[dD]e|[hH]et|['’]t)";
const SCHOOLNAAM = `(?:${LIDWOORD}\\s+)?${NAAMWOORD}(?:\\s+${NAAMWOORD}){0,3}`;
/** A capitalised word that makes a name a school's: "Basisschool", "Gymnasium", "Baudartius College". */
const SCHOOLWOORD =
  "(?:\\p{Lu}\\p{Ll}*(?:school|college|lyceum|gymnasium|atheneum)|School|College|Lyceum|Gymnasium|Atheneum|Scholengemeenschap|Scholengroep)(?![\\p{L}])";
const NA_SCHOOLWOORD = `(?:(?:${LIDWOORD}|van|aan|voor)\\s+)?${NAAMWOORD}`;
/** Words after which a school's own name follows: "zit op De Regenboog", "juf van Het Kompas". */
const SCHOOLCONTEXT = `(?:${eenVan(["zit", "zat", "zitten", "zaten", "gaat", "ging", "gaan", "gingen"])}\\s+(?:(?:nu|nog|al)\\s+)?(?:op|naar)|${eenVan(["leerling", "leerlingen", "leerkracht", "juf", "meester", "mentor", "directeur", "intern begeleider", "ib'er", "zorgcoördinator"])}\\s+(?:van|op|bij))`;

const MAANDEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const DATUM = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MAANDEN.join("|")}|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?\\s+\\d{4})(?!\\d)`;

/** The Dutch month name of a month number (1–12), for birth dates written out. */
export const maandnaam = (maand: number) => MAANDEN[maand - 1] ?? "";

const STRAATSOORTEN =
  "straat|weg|laan|plein|dreef|singel|kade|gracht|pad|hof|dijk|steeg|ring|park|erf|markt|boulevard|wijk|es|brink|veld";
/** A house number, not a year ("Omgevingsvisie Noordenveld 2030"). */
const HUISNUMMER = "(?!(?:19|20)\\d{2}(?!\\d))\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:[-/]\\d+)?";

/** Digits not part of a longer number or an amount. */
const GEEN_GETAL_VOOR = "(?<!\\d[.,]?)(?<!€\\s?)(?<![\\p{L}+])";
const GEEN_GETAL_NA = "(?![.,]?\\d)";

/**
 * Contact details and numbers, run before the names (an e-mail address holds a name). In this order: an IBAN
 * holds ten digits from 0 (a phone number's shape), a phone number nine digits (a BSN's).
 */
export const CONTACTPATRONEN: readonly Patroon[] = [
  {
    naam: "e-mailadres",
    regex: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu,
    door: "[e-mailadres]",
  },
  {
    naam: "IBAN",
    regex: new RegExp(
      `${GRENS_VOOR}[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?${GRENS_NA}`,
      "gu",
    ),
    door: "[rekeningnummer]",
  },
  {
    // +31 6 12345678, +31 (0)6 1234 5678, 0031 6 12345678, +32 470 12 34 56
    naam: "internationaal telefoonnummer",
    regex: /(?<![\p{L}\p{N}+.,])(?:\+|00)[1-9]\d{0,2}(?:\s?\(0\))?(?:[\s.-]?\d){6,12}(?!\d)/gu,
    door: "[telefoonnummer]",
  },
  {
    // 06-12345678, 06 1234 5678, 071-5123456, (071) 512 34 56 — never a date (01-03-2026 10:00)
    naam: "telefoonnummer",
    regex:
      /(?<![\p{L}\p{N}+.,])(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\(0\d{1,3}\)\s?\d(?:[\s.-]?\d){5,7}|0\d(?:[\s.-]?\d){8})(?!\d)/gu,
    door: "[telefoonnummer]",
  },
  {
    naam: "BSN na het woord BSN",
    regex: new RegExp(
      `(${GRENS_VOOR}${eenVan(["bsn", "BSN", "burgerservicenummer", "sofinummer", "sofi-nummer"])}(?:\\s*(?:nr\\.?|nummer))?\\s*[:.]?\\s*)\\d(?:[\\s.-]?\\d){7,8}(?!\\d)`,
      "gu",
    ),
    door: "$1[bsn]",
  },
  {
    naam: "BSN",
    regex: new RegExp(
      `${GEEN_GETAL_VOOR}(?:\\d{9}|\\d{3}([.\\s-])\\d{3}\\1\\d{3}|\\d{4}([.\\s])\\d{2}\\2\\d{3})${GEEN_GETAL_NA}`,
      "gu",
    ),
    door: "[bsn]",
  },
  {
    // 4 digits (not from 0) and 2 capitals (SA, SD, SS are never used), or glued in lower case: 9331ab
    naam: "postcode",
    regex: /(?<![\p{L}\p{N}])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\p{L}\p{N}])/gu,
    door: "[postcode]",
  },
  {
    naam: "geboortedatum",
    regex: new RegExp(
      `(${GRENS_VOOR}${eenVan(["geboren", "geb.", "geboortedatum", "geb.datum"])}\\s*(?:op\\s+|:\\s*)?)${DATUM}`,
      "gu",
    ),
    door: "$1[geboortedatum]",
  },
  {
    // "Hoofdstraat 12", "Oude Kerkweg 3-5", "Van Goghlaan 5"
    naam: "straat en huisnummer",
    regex: new RegExp(
      `${GRENS_VOOR}(?:\\p{Lu}\\p{Ll}+\\s)?\\p{L}[\\p{L}'.-]*(?:${STRAATSOORTEN})\\s+${HUISNUMMER}`,
      "gu",
    ),
    door: "[adres]",
  },
  {
    // "woont op de Brink 3", "verhuisd naar Achter de Hoven 12"
    naam: "adres na woont",
    regex: new RegExp(
      `(${GRENS_VOOR}${eenVan(["woont", "woonde", "wonen", "woonachtig", "verhuisd", "verhuist", "verhuizen", "adres"])}\\s*:?\\s+(?:(?:aan|op|naar|bij)\\s+)?(?:(?:de|het)\\s+)?)${NAAMWOORD}(?:\\s+(?:(?:van|de|der|den|het)\\s+)?${NAAMWOORD}){0,2}\\s+${HUISNUMMER}`,
      "gu",
    ),
    door: "$1[adres]",
  },
];

/**
 * Schools, run after the zaak's own persons and before other names ("juf van Het Kompas"). A name built
 * around a school word goes whole ("Stedelijk Gymnasium Leiden"); after a generic word the type stays
 * ("basisschool [school]", "OBS [school]").
 */
export const SCHOOLPATRONEN: readonly Patroon[] = [
  {
    naam: "school na zit op",
    regex: new RegExp(
      `(${GRENS_VOOR}${SCHOOLCONTEXT}\\s+)(?:De|Het|['’]t)\\s+${NAAMWOORD}(?:\\s+${NAAMWOORD}){0,2}`,
      "gu",
    ),
    door: "$1[school]",
  },
  {
    naam: "naam rond een schoolwoord",
    regex: new RegExp(
      `${GRENS_VOOR}(?:${NAAMWOORD}\\s+){1,3}${SCHOOLWOORD}(?:\\s+${NA_SCHOOLWOORD}){0,2}`,
      "gu",
    ),
    door: "[school]",
  },
  {
    naam: "school na aanduiding",
    regex: new RegExp(
      `(${GRENS_VOOR}(?:${eenVan(SCHOOLAANDUIDINGEN)}|${precies(SCHOOLAFKORTINGEN)})\\s+)${SCHOOLNAAM}`,
      "gu",
    ),
    door: "$1[school]",
  },
  {
    naam: "schoolwoord met naam",
    regex: new RegExp(`${GRENS_VOOR}${SCHOOLWOORD}(?:\\s+${NA_SCHOOLWOORD}){1,2}`, "gu"),
    door: "[school]",
  },
];

/** Names of third parties: after a cue word, with initials, or with a tussenvoegsel. */
export const NAAMPATRONEN: readonly Patroon[] = [
  {
    naam: "naam na aanduiding",
    regex: new RegExp(`(${GRENS_VOOR}${eenVan(PERSOONSAANDUIDINGEN)}\\s+)${NAAM}`, "gu"),
    door: "$1[naam]",
  },
  {
    naam: "voorletters en achternaam",
    regex: new RegExp(
      `(?<![\\p{L}\\p{N}.])(?!N\\.B\\.|P\\.S\\.)${INITIALEN}\\s*(?:${VOORVOEGSEL}\\s+)*${NAAMWOORD}`,
      "gu",
    ),
    door: "[naam]",
  },
  {
    naam: "voornaam, tussenvoegsel en achternaam",
    regex: new RegExp(
      `${GRENS_VOOR}${NAAMWOORD}(?:\\s+${NAAMWOORD})?\\s+(?:${VOORVOEGSEL_LOS}\\s+)+${NAAMWOORD}`,
      "gu",
    ),
    door: "[naam]",
  },
];

export function pasToe(tekst: string, patronen: readonly Patroon[]): string {
  return patronen.reduce((uit, { regex, door }) => uit.replace(regex, door), tekst);
}
