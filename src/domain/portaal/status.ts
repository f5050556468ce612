/**
 * What a resident reads about their zaak in Mijn Voordeur (issue 16), in plain Dutch (taalniveau B1): the status in
 * words, the next step, and the legal deadlines that matter to them. Pure; the portal's acts map a zaak through it.
 * Internal facts (werkvoorraad, behandelaar's notes, triage) never pass through here.
 */
import { datumVoluit } from "../documenten/brief";
import type { Termijn } from "../termijnen/bereken";
import type { ZaakStatus, Zaaktype } from "../zaak/zaaktypen";

export interface StatusVoorInwoner {
  /** Where the zaak stands, one short sentence. */
  tekst: string;
  /** What happens next, and who acts. */
  volgendeStap: string;
}

/** What a zaak is about, in the resident's words (the law in brackets, as on the letters). */
export const ONDERWERP_VOOR_INWONER: Record<Zaaktype, string> = {
  wmo: "Hulp en ondersteuning thuis (Wmo)",
  jeugd: "Hulp voor uw kind of gezin (Jeugdwet)",
  werk: "Werk en inkomen (Participatiewet)",
  schuldhulp: "Hulp bij geldzaken en schulden",
  leerplicht: "School en leerplicht",
  "veilig-opgroeien": "Veilig opgroeien",
  regie: "Hulp voor uw gezin, met één plan",
};

export const STATUS_VOOR_INWONER: Record<ZaakStatus, StatusVoorInwoner> = {
  melding: {
    tekst: "We hebben uw vraag ontvangen.",
    volgendeStap: "Een medewerker neemt contact met u op om een gesprek te plannen.",
  },
  onderzoek: {
    tekst: "We zoeken samen met u uit wat u nodig heeft.",
    volgendeStap: "U heeft een gesprek met een consulent. Daarna maken we samen een plan.",
  },
  plan: {
    tekst: "We schrijven samen met u een plan.",
    volgendeStap: "U leest het plan. Als u het eens bent, ondertekent u het.",
  },
  aanvraag: {
    tekst: "We hebben uw aanvraag.",
    volgendeStap: "We nemen een besluit. U krijgt dat besluit op papier of hier in Mijn Voordeur.",
  },
  besluit: {
    tekst: "We hebben een besluit genomen over uw aanvraag.",
    volgendeStap:
      "U vindt het besluit hieronder bij uw brieven en u krijgt het ook op papier of per e-mail. Krijgt u ondersteuning? Dan neemt de aanbieder contact met u op.",
  },
  levering: {
    tekst: "U krijgt de ondersteuning.",
    volgendeStap: "De zorgaanbieder neemt contact met u op, als dat nog niet is gebeurd.",
  },
  evaluatie: {
    tekst: "We kijken samen met u hoe het gaat.",
    volgendeStap: "Een consulent belt of bezoekt u om de ondersteuning te bespreken.",
  },
  afgesloten: {
    tekst: "Deze zaak is afgerond.",
    volgendeStap: "Heeft u weer een vraag? Vraag dan opnieuw hulp.",
  },
  "niet-opgepakt": {
    tekst: "Deze zaak is gestopt.",
    volgendeStap: "Heeft u toch hulp nodig? Vraag dan opnieuw hulp of bel ons.",
  },
  bezwaar: {
    tekst: "We behandelen uw bezwaar.",
    volgendeStap: "Iemand die niet bij het eerste besluit betrokken was, bekijkt uw bezwaar opnieuw.",
  },
  beroep: {
    tekst: "Uw zaak ligt bij de rechter.",
    volgendeStap: "De rechtbank laat u weten wanneer de zitting is.",
  },
};

/**
 * A legal deadline as the resident should read it, or null for one that is not theirs to know (internal terms such
 * as the RMC hand-over or a provider's answer) or already done. The dates are those the zaak page shows (same
 * engine, Algemene termijnenwet shift included).
 */
export function termijnVoorInwoner(t: Pick<Termijn, "soort" | "status" | "uiterlijkeDatum">): string | null {
  if (t.status === "gehaald") return null;
  const op = datumVoluit(t.uiterlijkeDatum);
  const opgeschort = t.status === "opgeschort" ? " De termijn staat stil: we wachten op informatie." : "";
  switch (t.soort) {
    case "onderzoek":
      return `We ronden het gesprek en het onderzoek uiterlijk ${op} af.${opgeschort}`;
    case "beslissing":
      return `We nemen uiterlijk ${op} een besluit.${opgeschort}`;
    case "bezwaar":
      return `Bent u het niet eens met het besluit? U kunt tot en met ${op} bezwaar maken.`;
    case "beslissing-bezwaar":
      return `We beslissen uiterlijk ${op} over uw bezwaar.${opgeschort}`;
    case "eerste-gesprek":
      return `U heeft uiterlijk ${op} een eerste gesprek over uw schulden.`;
    case "voorschot":
      return `Hebben we dan nog geen besluit over uw uitkering? Dan krijgt u uiterlijk ${op} een voorschot.`;
    default:
      return null;
  }
}

/**
 * The numbers to call when someone is not safe right now. Shown at once when the resident answers the safety
 * question, before anything is sent (issue 16). Facts: 112 (acuut gevaar), Veilig Thuis (huiselijk geweld en
 * kindermishandeling, gratis, dag en nacht), 113 Zelfmoordpreventie (gratis, dag en nacht).
 */
export const CRISISNUMMERS = [
  { naam: "Alarmnummer", nummer: "112", wanneer: "Is er nu direct gevaar? Bel 112." },
  {
    naam: "Veilig Thuis",
    nummer: "0800-2000",
    wanneer: "Huiselijk geweld of zorgen over een kind. Gratis, dag en nacht.",
  },
  {
    naam: "113 Zelfmoordpreventie",
    nummer: "0800-0113",
    wanneer: "Denkt u aan zelfmoord? Praat erover. Gratis, dag en nacht.",
  },
] as const;
