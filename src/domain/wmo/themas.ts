/**
 * The Wmo themes of the Toegang (seed 004 §6.2, "Thema's binnen de Wmo Noordenveld"; issue 15): each theme with the
 * WMO020 productcategorieën its maatwerkvoorzieningen are bought under and its own questions in the onderzoek
 * (Wmo 2015 art. 2.3.2: the onderzoek establishes the need, the own possibilities and what fits). Pure data and
 * the validation of the answers; the hours of huishoudelijke hulp come from the gemeente's normenkader
 * (domain/wmo/huishouden).
 */
import { WMO_CATEGORIEEN } from "../catalogus/producten";

export const WMO_THEMAS = [
  "huishoudelijke-hulp",
  "hulpmiddelen",
  "woningaanpassing",
  "leerlingenvervoer",
  "taxipas",
  "mantelzorg",
  "tegemoetkoming-meerkosten",
  "huisvesting-nieuwkomers",
] as const;
export type WmoThema = (typeof WMO_THEMAS)[number];

export type VraagSoort =
  | { soort: "janee" }
  | { soort: "keuze"; opties: readonly { code: string; label: string }[] }
  | { soort: "getal"; min: number; max: number; eenheid: string }
  | { soort: "tekst" };

export interface ThemaVraag {
  code: string;
  label: string;
  /** Why the consulent asks it (shown beside the question). */
  uitleg?: string;
  verplicht: boolean;
  vorm: VraagSoort;
}

export interface ThemaDefinitie {
  code: WmoThema;
  label: string;
  omschrijving: string;
  /** WMO020 productcategorieën of its maatwerkvoorzieningen (none: a regeling paid outside the iWmo messages). */
  categorieen: readonly string[];
  vragen: readonly ThemaVraag[];
}

const JANEE = { soort: "janee" } as const;
const TEKST = { soort: "tekst" } as const;
const keuze = (...opties: [code: string, label: string][]): VraagSoort => ({
  soort: "keuze",
  opties: opties.map(([code, label]) => ({ code, label })),
});

/** The hulpmiddelen a consulent records most (the theme's examples in 004 §6.2, plus the usual Wmo ones). */
export const HULPMIDDEL_SOORTEN = {
  scootmobiel: "Scootmobiel",
  rolstoel: "Rolstoel",
  "aangepaste-fiets": "Aangepaste fiets",
  "douche-toiletstoel": "Douche- of toiletstoel",
  tillift: "Tillift",
  traplift: "Traplift",
  overig: "Ander hulpmiddel",
} as const satisfies Record<string, string>;
export type HulpmiddelSoort = keyof typeof HULPMIDDEL_SOORTEN;

const ALGEMEEN_GEBRUIKELIJK: ThemaVraag = {
  code: "algemeenGebruikelijk",
  label: "Is de oplossing algemeen gebruikelijk?",
  uitleg:
    "Een algemeen gebruikelijke voorziening (gewoon in de winkel te koop, ook voor iemand zonder beperking gebruikelijk) gaat voor een maatwerkvoorziening (de verordening; vaste rechtspraak van de Centrale Raad van Beroep).",
  verplicht: true,
  vorm: JANEE,
};

export const THEMA_DEFINITIES: Readonly<Record<WmoThema, ThemaDefinitie>> = {
  "huishoudelijke-hulp": {
    code: "huishoudelijke-hulp",
    label: "Huishoudelijke hulp",
    omschrijving: "Hulp in het huishouden (indicatie in uren).",
    categorieen: ["01"],
    vragen: [
      {
        code: "takenNietZelf",
        label: "Welke taken in het huishouden lukken niet meer?",
        verplicht: true,
        vorm: TEKST,
      },
      {
        code: "gebruikelijkeHulp",
        label: "Kunnen huisgenoten taken overnemen (gebruikelijke hulp)?",
        uitleg:
          "Wat huisgenoten gewoonlijk voor elkaar doen, gaat voor hulp van de gemeente (Wmo 2015 art. 2.3.5 lid 3).",
        verplicht: true,
        vorm: JANEE,
      },
      {
        code: "netwerk",
        label: "Wat doet het netwerk al of kan het doen?",
        verplicht: false,
        vorm: TEKST,
      },
    ],
  },
  hulpmiddelen: {
    code: "hulpmiddelen",
    label: "Hulpmiddelen",
    omschrijving:
      "Een hulpmiddel bij een ziekte of beperking, bijvoorbeeld een scootmobiel, aangepaste fiets of rolstoel.",
    categorieen: ["11", "12", "14"],
    vragen: [
      {
        code: "soort",
        label: "Welk hulpmiddel is nodig?",
        verplicht: true,
        vorm: keuze(...(Object.entries(HULPMIDDEL_SOORTEN) as [string, string][])),
      },
      ALGEMEEN_GEBRUIKELIJK,
      {
        code: "proefGedaan",
        label: "Is het hulpmiddel uitgeprobeerd of aangemeten?",
        verplicht: false,
        vorm: JANEE,
      },
      {
        code: "gebruik",
        label: "Waarvoor en hoe vaak gaat de inwoner het gebruiken?",
        verplicht: true,
        vorm: TEKST,
      },
    ],
  },
  woningaanpassing: {
    code: "woningaanpassing",
    label: "Woningaanpassing",
    omschrijving:
      "Een aanpassing om langer zelfstandig te wonen, of een vergoeding voor verhuizen naar een geschiktere woning.",
    categorieen: ["13"],
    vragen: [
      {
        code: "aanpassing",
        label: "Welke aanpassing is nodig?",
        verplicht: true,
        vorm: keuze(
          ["traplift", "Traplift"],
          ["drempels", "Drempels weghalen of oprijplaten"],
          ["badkamer", "Aanpassing van badkamer of toilet"],
          ["verhuiskosten", "Verhuiskostenvergoeding naar een geschiktere woning"],
          ["overig", "Andere aanpassing"],
        ),
      },
      {
        code: "eigendom",
        label: "Is de woning een huur- of koopwoning?",
        verplicht: true,
        vorm: keuze(["huur", "Huurwoning"], ["koop", "Koopwoning"]),
      },
      {
        code: "verhuizenGoedkoper",
        label: "Is verhuizen naar een geschikte woning de goedkoopste passende oplossing?",
        verplicht: true,
        vorm: JANEE,
      },
      {
        code: "toestemmingEigenaar",
        label: "Heeft de verhuurder toestemming gegeven?",
        verplicht: false,
        vorm: JANEE,
      },
    ],
  },
  leerlingenvervoer: {
    code: "leerlingenvervoer",
    label: "Leerlingenvervoer",
    omschrijving:
      "Vervoer naar school voor een kind dat niet zelfstandig naar school kan, bijvoorbeeld door een handicap.",
    categorieen: [],
    vragen: [
      { code: "school", label: "Naar welke school gaat het kind?", verplicht: true, vorm: TEKST },
      {
        code: "afstandKm",
        label: "Hoe ver is de school van huis?",
        verplicht: true,
        vorm: { soort: "getal", min: 0, max: 500, eenheid: "km" },
      },
      {
        code: "begeleidingMogelijk",
        label: "Kan een ouder het kind zelf brengen of begeleiden?",
        verplicht: true,
        vorm: JANEE,
      },
    ],
  },
  taxipas: {
    code: "taxipas",
    label: "Taxipas",
    omschrijving:
      "Een pas voor het collectief vervoer, voor wie niet meer zelfstandig aan het verkeer kan deelnemen.",
    categorieen: ["08"],
    vragen: [
      {
        code: "loopafstandMeter",
        label: "Hoe ver kan de inwoner zelf lopen?",
        verplicht: true,
        vorm: { soort: "getal", min: 0, max: 10_000, eenheid: "meter" },
      },
      {
        code: "openbaarVervoer",
        label: "Kan de inwoner met het openbaar vervoer reizen?",
        verplicht: true,
        vorm: JANEE,
      },
      { code: "reisdoelen", label: "Waarvoor wil de inwoner reizen?", verplicht: false, vorm: TEKST },
    ],
  },
  mantelzorg: {
    code: "mantelzorg",
    label: "Mantelzorg",
    omschrijving: "Ondersteuning en de jaarlijkse waardering van de mantelzorger.",
    categorieen: ["06"],
    vragen: [
      { code: "mantelzorger", label: "Wie is de mantelzorger?", verplicht: true, vorm: TEKST },
      {
        code: "urenPerWeek",
        label: "Hoeveel uur per week zorgt de mantelzorger?",
        verplicht: true,
        vorm: { soort: "getal", min: 0, max: 168, eenheid: "uur" },
      },
      {
        code: "overbelast",
        label: "Dreigt de mantelzorger overbelast te raken?",
        uitleg:
          "Het onderzoek kijkt ook naar de mogelijkheid de mantelzorger te ondersteunen (Wmo 2015 art. 2.3.2).",
        verplicht: true,
        vorm: JANEE,
      },
    ],
  },
  "tegemoetkoming-meerkosten": {
    code: "tegemoetkoming-meerkosten",
    label: "Tegemoetkoming meerkosten",
    omschrijving:
      "Een tegemoetkoming voor chronisch zieken en mensen met een beperking in de meerkosten door hun ziekte of beperking.",
    categorieen: [],
    vragen: [
      { code: "meerkosten", label: "Om welke meerkosten gaat het?", verplicht: true, vorm: TEKST },
      {
        code: "inkomenOnderGrens",
        label: "Ligt het inkomen onder de grens van de regeling?",
        verplicht: true,
        vorm: JANEE,
      },
    ],
  },
  "huisvesting-nieuwkomers": {
    code: "huisvesting-nieuwkomers",
    label: "Huisvesting nieuwkomers",
    omschrijving: "Het huisvesten van nieuwkomers (statushouders) in de gemeente.",
    categorieen: [],
    vragen: [
      {
        code: "gezinsgrootte",
        label: "Met hoeveel personen komt de nieuwkomer?",
        verplicht: true,
        vorm: { soort: "getal", min: 1, max: 20, eenheid: "personen" },
      },
      {
        code: "woningToegezegd",
        label: "Heeft de woningcorporatie een woning toegezegd?",
        verplicht: true,
        vorm: JANEE,
      },
      { code: "bijzonderheden", label: "Bijzonderheden voor de woning", verplicht: false, vorm: TEKST },
    ],
  },
};

/** The theme of a Wmo product, by its WMO020 category (the first theme that lists it), or null. */
export function themaVanCategorie(categorie: string): WmoThema | null {
  return WMO_THEMAS.find((t) => THEMA_DEFINITIES[t].categorieen.includes(categorie)) ?? null;
}

export type Antwoord = boolean | number | string;
export interface AntwoordFout {
  vraag: string;
  melding: string;
}

/** Checks the answers to a theme's questions: unknown questions, wrong kinds, out of range, missing required ones. */
export function toetsAntwoorden(
  thema: WmoThema,
  antwoorden: Readonly<Record<string, Antwoord>>,
  { volledig }: { volledig: boolean },
): AntwoordFout[] {
  const { vragen } = THEMA_DEFINITIES[thema];
  const fouten: AntwoordFout[] = [];
  for (const code of Object.keys(antwoorden))
    if (!vragen.some((v) => v.code === code))
      fouten.push({ vraag: code, melding: `De vraag '${code}' hoort niet bij dit thema.` });
  for (const v of vragen) {
    const a = antwoorden[v.code];
    if (a === undefined || a === "") {
      if (volledig && v.verplicht) fouten.push({ vraag: v.code, melding: `${v.label} Vul dit in.` });
      continue;
    }
    const fout = fouteVorm(v, a);
    if (fout) fouten.push({ vraag: v.code, melding: `${v.label} ${fout}` });
  }
  return fouten;
}

function fouteVorm(v: ThemaVraag, a: Antwoord): string | null {
  switch (v.vorm.soort) {
    case "janee":
      return typeof a === "boolean" ? null : "Kies ja of nee.";
    case "keuze":
      return typeof a === "string" && v.vorm.opties.some((o) => o.code === a)
        ? null
        : "Kies een van de opties.";
    case "getal":
      if (typeof a !== "number" || !Number.isFinite(a)) return "Vul een getal in.";
      return a < v.vorm.min || a > v.vorm.max
        ? `Vul een getal van ${v.vorm.min} tot en met ${v.vorm.max} ${v.vorm.eenheid} in.`
        : null;
    case "tekst":
      return typeof a === "string" && a.trim().length <= 2000
        ? null
        : "Vul een tekst van hoogstens 2000 tekens in.";
  }
}

/** Categories used by the themes that are not WMO020 codes (a test guards the data). */
export const onbekendeCategorieen = (): string[] =>
  WMO_THEMAS.flatMap((t) => THEMA_DEFINITIES[t].categorieen).filter((c) => !(c in WMO_CATEGORIEEN));
