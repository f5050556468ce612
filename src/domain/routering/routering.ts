/**
 * Routing of a new zaak to a werkvoorraad ("bak") after triage and the veiligheidscheck
 * (DOMAIN §2.1 steps 2 and 5, §4). One pure function over an ordered rule table: the first rule that
 * applies decides, and the outcome names the rule and explains in Dutch why the zaak lands in that bak.
 */
import { leefgebiedLabel } from "./leefgebieden";

export const WET_DOMEINEN = [
  "wmo",
  "jeugd",
  "werk",
  "schuldhulp",
  "leerplicht",
  "veilig-opgroeien",
  "onbekend",
] as const;
export type WetDomein = (typeof WET_DOMEINEN)[number];

export const VEILIGHEID_NIVEAUS = ["veilig", "zorgen", "onveilig", "crisis"] as const;
export type Veiligheid = (typeof VEILIGHEID_NIVEAUS)[number];

export const WERKVOORRADEN = [
  "iag",
  "wmo",
  "jeugd",
  "werk",
  "schuldhulp",
  "regiegroep",
  "veilig-opgroeien",
  "buurtteam",
  "ao",
] as const;
export type WerkvoorraadCode = (typeof WERKVOORRADEN)[number];

/** The buurtteam's werkvoorraad (voorliggend veld first): its professionals pick zaken from it. */
export const WERKVOORRAAD_BUURTTEAM: WerkvoorraadCode = "buurtteam";

export const WERKVOORRAAD_LABELS: Record<WerkvoorraadCode, string> = {
  iag: "IAG / aanmeldteam",
  wmo: "Wmo",
  jeugd: "Jeugd",
  werk: "Werk",
  schuldhulp: "Schuldhulp",
  regiegroep: "Regiegroep",
  "veilig-opgroeien": "Veilig Opgroeien",
  buurtteam: "Buurtteam (voorliggend veld)",
  ao: "Administratie & Ondersteuning",
};

/** The law behind each domain; several laws make a question meervoudig. */
export const WET_VAN_DOMEIN: Record<Exclude<WetDomein, "onbekend">, string> = {
  wmo: "Wmo 2015",
  jeugd: "Jeugdwet",
  "veilig-opgroeien": "Jeugdwet",
  werk: "Participatiewet",
  schuldhulp: "Wet gemeentelijke schuldhulpverlening",
  leerplicht: "Leerplichtwet",
};

export interface RouteringConfiguratie {
  /**
   * Assen model (000 §4): route to the buurtteam / voorliggend veld first; only simple single questions,
   * urgent specialised needs and crises go straight to the municipal team.
   */
  voorliggendVeldEerst: boolean;
  /** Domains the voorliggend-veld-first rule applies to (default: Wmo and Jeugd). */
  voorliggendVeldDomeinen?: readonly WetDomein[];
  /** Themes that are simple single questions for the municipal team (default: huishoudelijke hulp, hulpmiddelen). */
  directNaarGemeente?: readonly string[];
  /** Office hours in Dutch local time, whole hours [begin, eind) on weekdays (default 8–17). */
  kantoortijden?: { begin: number; eind: number };
}

export const STANDAARD_ROUTERING: RouteringConfiguratie = { voorliggendVeldEerst: false };
/** The Assen model (000 §4), for every gemeente that has the setting (gemeenten.voorliggend_veld_eerst). */
export const VOORLIGGEND_VELD_EERST: RouteringConfiguratie = { voorliggendVeldEerst: true };

export const STANDAARD_DIRECT_NAAR_GEMEENTE = [
  "huishoudelijke-hulp",
  "hulp-bij-het-huishouden",
  "hulpmiddelen",
  "hulpmiddel",
  "scootmobiel",
  "rolstoel",
  "traplift",
] as const;

export interface RouteringInvoer {
  wetDomein: WetDomein;
  veiligheid: Veiligheid;
  leefgebieden: readonly string[];
  /** The question's theme, e.g. "huishoudelijke hulp" (free text, normalised). */
  thema?: string;
  /** ISO 8601 timestamp of the melding (with offset); judged in Dutch local time. */
  tijdstip?: string;
  configuratie: RouteringConfiguratie;
  /** Further domains involved besides `wetDomein`. */
  wetten?: readonly WetDomein[];
  /** Number of providers involved. */
  aantalAanbieders?: number;
  /** A child is involved; derived from the domains when absent. */
  jeugdige?: boolean;
  /** Urgent specialised need (e.g. Wmo art. 2.3.3: decide at once). */
  urgent?: boolean;
}

export type RegelId =
  | "veiligheid-crisis"
  | "veiligheid-onveilig"
  | "meervoudig"
  | "wetdomein-onbekend"
  | "leerplicht"
  | "veilig-opgroeien"
  | "werk"
  | "schuldhulp"
  | "voorliggend-veld-eenvoudige-vraag"
  | "voorliggend-veld-urgent"
  | "voorliggend-veld-zorgen"
  | "voorliggend-veld-eerst"
  | "wmo-enkelvoudig"
  | "jeugd-enkelvoudig";

export interface RouteringUitkomst {
  werkvoorraad: WerkvoorraadCode;
  /** Id of the rule that fired. */
  regel: RegelId;
  /** Dutch: why the zaak is in this werkvoorraad. */
  uitleg: string;
  spoed: boolean;
}

// -------------------------------------------------------------------------------------------------------
// Enkelvoudig of meervoudig (DOMAIN §2.1 step 5: several life areas / laws / providers).

export interface Meervoudigheid {
  soort: "enkelvoudig" | "meervoudig";
  /** Distinct leefgebieden. */
  leefgebieden: string[];
  /** Distinct laws involved. */
  wetten: string[];
  /** Dutch explanation, e.g. "3 leefgebieden (Wonen, Financiën, Opvoeding en opgroeien)". */
  reden: string;
}

const meervoud = (n: number, enkel: string, meer: string) => `${n} ${n === 1 ? enkel : meer}`;

export function enkelvoudigOfMeervoudig(
  leefgebieden: readonly string[],
  wetten: readonly WetDomein[],
  aantalAanbieders = 0,
): Meervoudigheid {
  const gebieden = [...new Set(leefgebieden.map((l) => l.trim().toLowerCase()).filter((l) => l !== ""))];
  const wetNamen = [
    ...new Set(
      wetten
        .filter((w): w is Exclude<WetDomein, "onbekend"> => w !== "onbekend")
        .map((w) => WET_VAN_DOMEIN[w]),
    ),
  ];
  const delen = {
    leefgebieden: `${meervoud(gebieden.length, "leefgebied", "leefgebieden")}${
      gebieden.length > 0 ? ` (${gebieden.map(leefgebiedLabel).join(", ")})` : ""
    }`,
    wetten: `${meervoud(wetNamen.length, "wet", "wetten")}${wetNamen.length > 0 ? ` (${wetNamen.join(", ")})` : ""}`,
    aanbieders: meervoud(aantalAanbieders, "aanbieder", "aanbieders"),
  };
  const redenen = [
    gebieden.length >= 2 ? delen.leefgebieden : null,
    wetNamen.length >= 2 ? delen.wetten : null,
    aantalAanbieders >= 2 ? delen.aanbieders : null,
  ].filter((r): r is string => r !== null);
  if (redenen.length > 0) {
    return { soort: "meervoudig", leefgebieden: gebieden, wetten: wetNamen, reden: redenen.join(" en ") };
  }
  return {
    soort: "enkelvoudig",
    leefgebieden: gebieden,
    wetten: wetNamen,
    reden:
      gebieden.length === 0
        ? `geen leefgebieden vastgelegd, ${delen.wetten}`
        : `${delen.leefgebieden}, ${delen.wetten}`,
  };
}

// -------------------------------------------------------------------------------------------------------
// Time of day in Dutch local time.

const TIJD = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Weekday and time in Europe/Amsterdam, or null for a missing or invalid timestamp. */
export function lokaleTijd(
  tijdstip: string | undefined,
): { weekend: boolean; uur: number; tijd: string } | null {
  if (!tijdstip) return null;
  const ms = Date.parse(tijdstip);
  if (Number.isNaN(ms)) return null;
  const delen = Object.fromEntries(TIJD.formatToParts(new Date(ms)).map((d) => [d.type, d.value]));
  const uur = Number(delen.hour);
  return {
    weekend: delen.weekday === "Sat" || delen.weekday === "Sun",
    uur,
    tijd: `${delen.hour}:${delen.minute}`,
  };
}

// -------------------------------------------------------------------------------------------------------
// The rule table.

interface Afgeleid {
  invoer: RouteringInvoer;
  meervoudigheid: Meervoudigheid;
  jeugdige: boolean;
  thema: string | null;
  eenvoudigeVraag: boolean;
  voorliggendVeld: boolean;
  buitenKantoortijd: { tijd: string } | null;
}

export interface Routeringsregel {
  id: RegelId;
  /** Dutch description of the rule, for the "waarom in deze bak" screen and the beheerder. */
  omschrijving: string;
  bron: string;
  toets: (a: Afgeleid) => Omit<RouteringUitkomst, "regel"> | null;
}

const JEUGD_DOMEINEN: readonly WetDomein[] = ["jeugd", "leerplicht", "veilig-opgroeien"];

/** "Huishoudelijke Hulp" → "huishoudelijke-hulp". */
export function normaliseerThema(thema: string): string {
  return thema
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const metJeugd = (a: Afgeleid, tekst: string) =>
  a.jeugdige ? `${tekst} Er zijn kinderen betrokken: een casemanager Veilig Opgroeien sluit aan.` : tekst;

const gemeentelijkTeam = (a: Afgeleid): "wmo" | "jeugd" => (a.invoer.wetDomein === "jeugd" ? "jeugd" : "wmo");

export const ROUTERINGSREGELS: readonly Routeringsregel[] = [
  {
    id: "veiligheid-crisis",
    omschrijving: "Crisis bij de veiligheidscheck: direct naar de Regiegroep, direct oppakken.",
    bron: "004 §4.1.2 stap 2",
    toets: (a) => {
      if (a.invoer.veiligheid !== "crisis") return null;
      let uitleg = metJeugd(
        a,
        "Veiligheidscheck: crisis. De melding is direct besproken met de Regiegroep; de zaak staat in de werkvoorraad Regiegroep en wordt direct opgepakt.",
      );
      if (a.jeugdige && a.buitenKantoortijd) {
        uitleg += ` Buiten kantoortijd (${a.buitenKantoortijd.tijd}): een jeugdcrisis gaat naar Spoed voor Jeugd.`;
      }
      return { werkvoorraad: "regiegroep", uitleg, spoed: true };
    },
  },
  {
    id: "veiligheid-onveilig",
    omschrijving: "Onveilige signalen: direct bespreken met de Regiegroep, werkvoorraad Regiegroep.",
    bron: "004 §4.1.2 stap 2",
    toets: (a) =>
      a.invoer.veiligheid === "onveilig"
        ? {
            werkvoorraad: "regiegroep",
            uitleg: metJeugd(
              a,
              "Veiligheidscheck: onveilig. Onveilige signalen worden direct met de Regiegroep besproken; de zaak staat in de werkvoorraad Regiegroep.",
            ),
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
  {
    id: "meervoudig",
    omschrijving: "Meervoudige vraag (meerdere leefgebieden, wetten of aanbieders): werkvoorraad Regiegroep.",
    bron: "004 §4.1.2 stap 5",
    toets: (a) => {
      if (a.meervoudigheid.soort !== "meervoudig") return null;
      return {
        werkvoorraad: "regiegroep",
        uitleg: `Meervoudige hulpvraag: ${a.meervoudigheid.reden}. Daarom naar de werkvoorraad Regiegroep (1 gezin, 1 plan, 1 regisseur).`,
        spoed: a.invoer.urgent === true,
      };
    },
  },
  {
    id: "wetdomein-onbekend",
    omschrijving: "Het wetsdomein is nog niet bekend: de zaak blijft bij de IAG voor verdere triage.",
    bron: "004 §4.1.2 stap 2",
    toets: (a) =>
      a.invoer.wetDomein === "onbekend"
        ? {
            werkvoorraad: "iag",
            uitleg:
              "Enkelvoudige vraag, maar nog niet duidelijk onder welke wet de vraag valt. De zaak blijft bij de IAG voor verdere vraagverheldering en triage.",
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
  {
    id: "leerplicht",
    omschrijving: "Leerplicht hoort bij de vakgroep Jeugd.",
    bron: "004 §5.2",
    toets: (a) =>
      a.invoer.wetDomein === "leerplicht"
        ? {
            werkvoorraad: "jeugd",
            uitleg:
              "Enkelvoudige leerplichtvraag (verzuim). Leerplicht hoort bij de vakgroep Jeugd: werkvoorraad Jeugd.",
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
  {
    id: "veilig-opgroeien",
    omschrijving: "Vraag voor de casemanagers Veilig Opgroeien.",
    bron: "004 §8",
    toets: (a) =>
      a.invoer.wetDomein === "veilig-opgroeien"
        ? {
            werkvoorraad: "veilig-opgroeien",
            uitleg: "Enkelvoudige vraag over veilig opgroeien: werkvoorraad Veilig Opgroeien (casemanagers).",
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
  {
    id: "werk",
    omschrijving: "Werk en inkomen: vakgroep Werk.",
    bron: "004 §4.1, §9",
    toets: (a) =>
      a.invoer.wetDomein === "werk"
        ? {
            werkvoorraad: "werk",
            uitleg: "Enkelvoudige vraag over werk en inkomen (Participatiewet): werkvoorraad Werk.",
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
  {
    id: "schuldhulp",
    omschrijving: "Schulden: schuldhulp (geldcoaches / financieel regisseurs).",
    bron: "000, 002",
    toets: (a) =>
      a.invoer.wetDomein === "schuldhulp"
        ? {
            werkvoorraad: "schuldhulp",
            uitleg:
              "Enkelvoudige vraag over schulden (Wet gemeentelijke schuldhulpverlening): werkvoorraad Schuldhulp.",
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
  {
    id: "voorliggend-veld-eenvoudige-vraag",
    omschrijving:
      "Voorliggend veld eerst, maar een eenvoudige enkelvoudige vraag gaat direct naar het gemeentelijke team.",
    bron: "000 §4",
    toets: (a) =>
      a.voorliggendVeld && a.eenvoudigeVraag
        ? {
            werkvoorraad: gemeentelijkTeam(a),
            uitleg: `Eenvoudige enkelvoudige vraag (${a.invoer.thema?.trim()}): direct naar het gemeentelijke team, werkvoorraad ${WERKVOORRAAD_LABELS[gemeentelijkTeam(a)]}.`,
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
  {
    id: "voorliggend-veld-urgent",
    omschrijving:
      "Voorliggend veld eerst, maar een urgente specialistische vraag gaat direct naar het gemeentelijke team.",
    bron: "000 §4",
    toets: (a) =>
      a.voorliggendVeld && a.invoer.urgent === true
        ? {
            werkvoorraad: gemeentelijkTeam(a),
            uitleg: `Urgente specialistische hulpvraag: direct naar het gemeentelijke team, werkvoorraad ${WERKVOORRAAD_LABELS[gemeentelijkTeam(a)]}.`,
            spoed: true,
          }
        : null,
  },
  {
    id: "voorliggend-veld-zorgen",
    omschrijving:
      "Voorliggend veld eerst, maar bij zorgen uit de veiligheidscheck blijft de vraag bij het gemeentelijke team.",
    bron: "000 §4, 004 §4.1.2",
    toets: (a) =>
      a.voorliggendVeld && a.invoer.veiligheid === "zorgen"
        ? {
            werkvoorraad: gemeentelijkTeam(a),
            uitleg: `Enkelvoudige vraag, maar bij de veiligheidscheck zijn zorgen genoemd: niet naar het voorliggend veld, werkvoorraad ${WERKVOORRAAD_LABELS[gemeentelijkTeam(a)]}.`,
            spoed: false,
          }
        : null,
  },
  {
    id: "voorliggend-veld-eerst",
    omschrijving: "Voorliggend veld eerst: de vraag gaat naar het buurtteam.",
    bron: "000 §4",
    toets: (a) =>
      a.voorliggendVeld
        ? {
            werkvoorraad: "buurtteam",
            uitleg:
              "Enkelvoudige vraag: eerst naar het buurtteam en het voorliggend veld (vrij toegankelijke voorzieningen). Het buurtteam schakelt het gemeentelijke team in als een maatwerkvoorziening nodig is.",
            spoed: false,
          }
        : null,
  },
  {
    id: "wmo-enkelvoudig",
    omschrijving: "Enkelvoudige Wmo-vraag: werkvoorraad Wmo.",
    bron: "004 §4.1.2 stap 5",
    toets: (a) =>
      a.invoer.wetDomein === "wmo"
        ? {
            werkvoorraad: "wmo",
            uitleg: `Enkelvoudige Wmo-vraag (${a.meervoudigheid.reden}): werkvoorraad Wmo.`,
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
  {
    id: "jeugd-enkelvoudig",
    omschrijving: "Enkelvoudige Jeugd-vraag: werkvoorraad Jeugd.",
    bron: "004 §4.1.2 stap 5",
    toets: (a) =>
      a.invoer.wetDomein === "jeugd"
        ? {
            werkvoorraad: "jeugd",
            uitleg: `Enkelvoudige Jeugd-vraag (${a.meervoudigheid.reden}): werkvoorraad Jeugd.`,
            spoed: a.invoer.urgent === true,
          }
        : null,
  },
];

/** Which werkvoorraad a new zaak goes to, which rule decided, and why. */
export function routeer(invoer: RouteringInvoer): RouteringUitkomst {
  const config = invoer.configuratie;
  const wetten = [invoer.wetDomein, ...(invoer.wetten ?? [])];
  const thema = invoer.thema ? normaliseerThema(invoer.thema) : null;
  const direct = (config.directNaarGemeente ?? STANDAARD_DIRECT_NAAR_GEMEENTE).map(normaliseerThema);
  const tijd = lokaleTijd(invoer.tijdstip);
  const { begin, eind } = config.kantoortijden ?? { begin: 8, eind: 17 };
  const afgeleid: Afgeleid = {
    invoer,
    meervoudigheid: enkelvoudigOfMeervoudig(invoer.leefgebieden, wetten, invoer.aantalAanbieders ?? 0),
    jeugdige: invoer.jeugdige ?? wetten.some((w) => JEUGD_DOMEINEN.includes(w)),
    thema,
    eenvoudigeVraag: thema !== null && direct.includes(thema),
    voorliggendVeld:
      config.voorliggendVeldEerst &&
      (config.voorliggendVeldDomeinen ?? ["wmo", "jeugd"]).includes(invoer.wetDomein),
    buitenKantoortijd:
      tijd && (tijd.weekend || tijd.uur < begin || tijd.uur >= eind) ? { tijd: tijd.tijd } : null,
  };
  for (const regel of ROUTERINGSREGELS) {
    const uitkomst = regel.toets(afgeleid);
    if (!uitkomst) continue;
    const zorgen =
      invoer.veiligheid === "zorgen" && regel.id !== "voorliggend-veld-zorgen"
        ? " Bij de veiligheidscheck zijn zorgen genoemd: neem die mee in de verdere vraagverheldering."
        : "";
    return { ...uitkomst, uitleg: uitkomst.uitleg + zorgen, regel: regel.id };
  }
  // Unreachable: every WetDomein is covered above; kept total for safety.
  return {
    werkvoorraad: "iag",
    regel: "wetdomein-onbekend",
    uitleg: "Geen routeringsregel van toepassing: de zaak blijft bij de IAG voor triage.",
    spoed: invoer.veiligheid === "crisis",
  };
}
