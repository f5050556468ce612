/**
 * The zaak lifecycle as an explicit state machine (DOMAIN §2, §2.4).
 *
 * Transitions are data (`TRANSITIES`); their preconditions are named (`VOORWAARDEN`) and are pure checks
 * over the zaak's facts (`ZaakFeiten`) and the input of the action (`ActieContext`). Deadline maths is not
 * done here: the caller injects precomputed facts such as `aanvraagToegestaan`.
 */
import {
  type EindStatus,
  statusLabel,
  ZAAKTYPE_CONFIG,
  type ZaakStatus,
  type Zaaktype,
  type ZaaktypeConfig,
  type ZaaktypeConfigs,
} from "./zaaktypen";

export const ACTIES = [
  "start-onderzoek",
  "niet-oppakken",
  "rond-onderzoek-af",
  "start-plan",
  "registreer-aanvraag",
  "trek-aanvraag-in",
  "neem-besluit",
  "start-levering",
  "start-evaluatie",
  "zet-levering-voort",
  "herindicatie",
  "sluit-af",
  "dien-bezwaar-in",
  "trek-bezwaar-in",
  "beslis-op-bezwaar",
  "stel-beroep-in",
  "trek-beroep-in",
  "verwerk-uitspraak",
  "heropen",
] as const;
export type ActieCode = (typeof ACTIES)[number];

export const BESLUIT_SOORTEN = ["toekenning", "afwijzing", "wijziging", "beeindiging"] as const;
export type BesluitSoort = (typeof BESLUIT_SOORTEN)[number];
/** The besluit soorten in Dutch, for text that people read (never the code). */
export const BESLUIT_SOORT_LABELS: Record<BesluitSoort, string> = {
  toekenning: "Toekenning",
  afwijzing: "Afwijzing",
  wijziging: "Wijziging",
  beeindiging: "Beëindiging",
};

/** Outcome of a beslissing op bezwaar or of the court's uitspraak in beroep. */
export const UITKOMSTEN = ["gegrond", "deels-gegrond", "ongegrond", "niet-ontvankelijk"] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

export const TERUGKOPPELING_KANALEN = [
  "telefoon",
  "brief",
  "e-mail",
  "balie",
  "portaal",
  "huisbezoek",
] as const;
export type TerugkoppelingKanaal = (typeof TERUGKOPPELING_KANALEN)[number];

export interface Toestemming {
  toegestaan: boolean;
  /** Dutch explanation, shown when not allowed. */
  reden?: string;
}

/** What the state machine needs to know about a zaak. Derived facts (deadlines) are precomputed by the caller. */
export interface ZaakFeiten {
  zaaktype: Zaaktype;
  status: ZaakStatus;
  /** gebruikersnaam / id of the toegangsmedewerker the zaak is on. */
  behandelaar?: string | null;
  /** The onderzoek is done and its verslag sent. */
  onderzoekAfgerond?: boolean;
  /**
   * Precomputed: may an aanvraag be registered now? (Wmo: onderzoek done or 6 weeks passed;
   * Participatiewet < 27: zoekperiode of 4 weeks passed.) When given it overrides `onderzoekAfgerond`.
   */
  aanvraagToegestaan?: Toestemming | null;
  /** A (signed) aanvraag was received in the current cycle. */
  aanvraagOntvangen?: boolean;
  /** The besluit currently in force on this zaak. */
  besluitSoort?: BesluitSoort | null;
  /** Outcome of the beslissing op bezwaar on the current besluit. */
  beslissingOpBezwaar?: Uitkomst | null;
  /** Outcome of the beroep on the current besluit. */
  uitspraakBeroep?: Uitkomst | null;
  /** The levering ended (the provider's 307 for the last toewijzing, or the besluit's einddatum passed). */
  leveringBeeindigd?: boolean;
}

export interface TerugkoppelingInwoner {
  /** ISO date or timestamp of the feedback to the resident. */
  op: string;
  kanaal: TerugkoppelingKanaal;
  samenvatting?: string;
}

/** Who does the action, when, and the action-specific input. */
export interface ActieContext {
  door: string;
  /** ISO 8601 timestamp. */
  op: string;
  toelichting?: string;
  /** start-onderzoek: the medewerker who puts the zaak on their name (if not yet on the zaak). */
  behandelaar?: string;
  /** niet-oppakken: why the zaak is not picked up. */
  redenen?: string[];
  /** niet-oppakken: the feedback given to the resident. */
  terugkoppelingInwoner?: TerugkoppelingInwoner;
  /** sluit-af, heropen: the reason. */
  reden?: string;
  /** neem-besluit (required); beslis-op-bezwaar (optional: the besluit after herziening). */
  besluitSoort?: BesluitSoort;
  /** beslis-op-bezwaar, verwerk-uitspraak. */
  uitkomst?: Uitkomst;
}

export const VOORWAARDE_CODES = [
  "behandelaar-bekend",
  "onderzoek-open",
  "aanvraag-toegestaan",
  "aanvraag-aanwezig",
  "besluit-kent-toe",
  "levering-zonder-besluit",
  "levering-loopt",
  "bezwaar-mogelijk",
  "beroep-mogelijk",
  "redenen-vastgelegd",
  "terugkoppeling-vastgelegd",
  "reden-opgegeven",
  "besluitsoort-opgegeven",
  "uitkomst-opgegeven",
] as const;
export type VoorwaardeCode = (typeof VOORWAARDE_CODES)[number];

export interface VoorwaardeDefinitie {
  /** Dutch description for the UI ("wat is nodig"). */
  omschrijving: string;
  /**
   * `zaak`: depends on the zaak's facts and is evaluated by `mogelijkeActies`;
   * `invoer`: depends on the action's input only, listed as `vereisteInvoer`.
   */
  bron: "zaak" | "invoer";
  /** null when met, else the Dutch reason why not. */
  toets: (zaak: ZaakFeiten, invoer: Partial<ActieContext>, config: ZaaktypeConfig) => string | null;
}

const gevuld = (tekst: string | undefined | null): tekst is string =>
  typeof tekst === "string" && tekst.trim() !== "";
const isDatum = (tekst: unknown): tekst is string =>
  typeof tekst === "string" && /^\d{4}-\d{2}-\d{2}/.test(tekst) && !Number.isNaN(Date.parse(tekst));

export const VOORWAARDEN: Record<VoorwaardeCode, VoorwaardeDefinitie> = {
  "behandelaar-bekend": {
    omschrijving: "De zaak staat op naam van een behandelaar.",
    bron: "zaak",
    toets: (zaak, invoer) =>
      gevuld(zaak.behandelaar) || gevuld(invoer.behandelaar)
        ? null
        : "De zaak heeft nog geen behandelaar. Wijs de zaak eerst toe aan een toegangsmedewerker.",
  },
  "onderzoek-open": {
    omschrijving: "Het onderzoek is nog niet als afgerond vastgelegd.",
    bron: "zaak",
    toets: (zaak) =>
      zaak.onderzoekAfgerond
        ? "Het onderzoek is al als afgerond vastgelegd; het verslag is verstuurd (Wmo 2015 art. 2.3.2 lid 8)."
        : null,
  },
  "aanvraag-toegestaan": {
    omschrijving: "Een aanvraag is nu toegestaan (na het onderzoek, of na afloop van de onderzoekstermijn).",
    bron: "zaak",
    toets: (zaak, _invoer, config) => {
      if (zaak.aanvraagToegestaan) {
        return zaak.aanvraagToegestaan.toegestaan
          ? null
          : gevuld(zaak.aanvraagToegestaan.reden)
            ? zaak.aanvraagToegestaan.reden
            : "Een aanvraag is op dit moment nog niet toegestaan.";
      }
      if (!config.aanvraagPasNaOnderzoek || zaak.onderzoekAfgerond) return null;
      return (
        "Een aanvraag kan pas worden ingediend als het onderzoek is afgerond, of als de termijn van 6 weken " +
        "na de melding zonder onderzoek is verstreken (Wmo 2015 art. 2.3.2 lid 9)."
      );
    },
  },
  "aanvraag-aanwezig": {
    omschrijving: "Er is een (ondertekende) aanvraag, of het zaaktype staat een besluit zonder aanvraag toe.",
    bron: "zaak",
    toets: (zaak, _invoer, config) =>
      zaak.aanvraagOntvangen || config.besluitZonderAanvraag
        ? null
        : "Er is nog geen ondertekend plan of aanvraag ontvangen. Voor dit zaaktype kan zonder aanvraag geen besluit worden genomen.",
  },
  "besluit-kent-toe": {
    omschrijving: "Het besluit kent ondersteuning toe (toekenning of wijziging).",
    bron: "zaak",
    toets: (zaak) => {
      switch (zaak.besluitSoort) {
        case "toekenning":
        case "wijziging":
          return null;
        case "afwijzing":
          return "Het besluit is een afwijzing: er wordt geen ondersteuning geleverd. Sluit de zaak af of wacht een bezwaar af.";
        case "beeindiging":
          return "Het besluit beëindigt de ondersteuning: er start geen levering. Sluit de zaak af.";
        default:
          return "Er is nog geen besluit vastgelegd dat ondersteuning toekent.";
      }
    },
  },
  "levering-zonder-besluit": {
    omschrijving: "Het zaaktype staat ondersteuning zonder besluit toe.",
    bron: "zaak",
    toets: (_zaak, _invoer, config) =>
      config.leveringZonderBesluit
        ? null
        : "Voor dit zaaktype is eerst een besluit (beschikking) nodig voordat de ondersteuning kan starten.",
  },
  "levering-loopt": {
    omschrijving:
      "De levering loopt nog (niet beëindigd door een stopbericht of het verstrijken van de einddatum).",
    bron: "zaak",
    toets: (zaak) =>
      zaak.leveringBeeindigd
        ? "De levering is beëindigd (stopbericht van de aanbieder of einddatum van het besluit verstreken). Voortzetten kan alleen met een nieuw besluit: kies herindicatie of sluit de zaak af."
        : null,
  },
  "bezwaar-mogelijk": {
    omschrijving: "Er is een besluit waarop nog niet op bezwaar is beslist.",
    bron: "zaak",
    toets: (zaak) => {
      if (!zaak.besluitSoort)
        return "Op deze zaak is nog geen besluit genomen waartegen bezwaar kan worden gemaakt.";
      if (zaak.beslissingOpBezwaar)
        return "Op het bezwaar tegen dit besluit is al beslist. De inwoner kan nu beroep instellen bij de rechtbank.";
      return null;
    },
  },
  "beroep-mogelijk": {
    omschrijving: "Er is op bezwaar beslist en er is nog geen uitspraak in beroep.",
    bron: "zaak",
    toets: (zaak) => {
      if (!zaak.beslissingOpBezwaar)
        return "Beroep kan pas worden ingesteld na de beslissing op bezwaar (Awb art. 7:1).";
      if (zaak.uitspraakBeroep)
        return "Op het beroep is al uitspraak gedaan. Hoger beroep bij de Centrale Raad van Beroep valt buiten deze zaak.";
      return null;
    },
  },
  "redenen-vastgelegd": {
    omschrijving: "De redenen om de zaak niet op te pakken zijn vastgelegd.",
    bron: "invoer",
    toets: (_zaak, invoer) =>
      Array.isArray(invoer.redenen) && invoer.redenen.some(gevuld)
        ? null
        : "Leg vast waarom de zaak niet wordt opgepakt.",
  },
  "terugkoppeling-vastgelegd": {
    omschrijving: "De terugkoppeling aan de inwoner is vastgelegd (datum en kanaal).",
    bron: "invoer",
    toets: (_zaak, invoer) => {
      const t = invoer.terugkoppelingInwoner;
      return t && isDatum(t.op) && (TERUGKOPPELING_KANALEN as readonly string[]).includes(t.kanaal)
        ? null
        : "Leg vast wanneer en hoe de inwoner is teruggekoppeld dat de zaak niet wordt opgepakt.";
    },
  },
  "reden-opgegeven": {
    omschrijving: "Er is een reden opgegeven.",
    bron: "invoer",
    toets: (_zaak, invoer) => (gevuld(invoer.reden) ? null : "Geef een reden op."),
  },
  "besluitsoort-opgegeven": {
    omschrijving: "De soort besluit is opgegeven (toekenning, afwijzing, wijziging of beëindiging).",
    bron: "invoer",
    toets: (_zaak, invoer) =>
      invoer.besluitSoort && (BESLUIT_SOORTEN as readonly string[]).includes(invoer.besluitSoort)
        ? null
        : "Geef de soort besluit op: toekenning, afwijzing, wijziging of beëindiging.",
  },
  "uitkomst-opgegeven": {
    omschrijving: "De uitkomst is opgegeven (gegrond, deels gegrond, ongegrond of niet-ontvankelijk).",
    bron: "invoer",
    toets: (_zaak, invoer) =>
      invoer.uitkomst && (UITKOMSTEN as readonly string[]).includes(invoer.uitkomst)
        ? null
        : "Geef de uitkomst op: gegrond, deels gegrond, ongegrond of niet-ontvankelijk.",
  },
};

export interface Transitie {
  van: ZaakStatus;
  naar: ZaakStatus;
  actie: ActieCode;
  label: string;
  voorwaarden: readonly VoorwaardeCode[];
  /** Only for zaaktypen whose configuration has this flag set. */
  alleenAls?: "onderzoeksverslag";
}

const t = (
  van: ZaakStatus,
  actie: ActieCode,
  naar: ZaakStatus,
  label: string,
  voorwaarden: readonly VoorwaardeCode[] = [],
  alleenAls?: Transitie["alleenAls"],
): Transitie => ({ van, naar, actie, label, voorwaarden, ...(alleenAls ? { alleenAls } : {}) });

/** All transitions. A (van, actie) pair occurs at most once, so an action from a status has one outcome. */
export const TRANSITIES: readonly Transitie[] = [
  // Werkvoorraad: oppakken of niet oppakken (004 §4.2).
  t("melding", "start-onderzoek", "onderzoek", "Oppakken en onderzoek starten", ["behandelaar-bekend"]),
  t("melding", "niet-oppakken", "niet-opgepakt", "Niet oppakken", [
    "redenen-vastgelegd",
    "terugkoppeling-vastgelegd",
  ]),
  t("melding", "registreer-aanvraag", "aanvraag", "Aanvraag registreren", ["aanvraag-toegestaan"]),
  // Onderzoek en resultatenplan. Finishing the onderzoek (its verslag sent, Wmo 2015 art. 2.3.2 lid 8) keeps the
  // status: it is the fact that opens the aanvraag (lid 9).
  t(
    "onderzoek",
    "rond-onderzoek-af",
    "onderzoek",
    "Onderzoek afronden (verslag verstuurd)",
    ["onderzoek-open"],
    "onderzoeksverslag",
  ),
  t(
    "plan",
    "rond-onderzoek-af",
    "plan",
    "Onderzoek afronden (verslag verstuurd)",
    ["onderzoek-open"],
    "onderzoeksverslag",
  ),
  t("onderzoek", "start-plan", "plan", "Resultatenplan opstellen", ["behandelaar-bekend"]),
  t("onderzoek", "registreer-aanvraag", "aanvraag", "Aanvraag registreren", ["aanvraag-toegestaan"]),
  t("onderzoek", "sluit-af", "afgesloten", "Zaak afsluiten", ["reden-opgegeven"]),
  t("plan", "registreer-aanvraag", "aanvraag", "Ondertekend plan (aanvraag) registreren", [
    "aanvraag-toegestaan",
  ]),
  t("plan", "neem-besluit", "besluit", "Besluit nemen", ["aanvraag-aanwezig", "besluitsoort-opgegeven"]),
  t("plan", "start-levering", "levering", "Uitvoering starten", ["levering-zonder-besluit"]),
  t("plan", "sluit-af", "afgesloten", "Zaak afsluiten", ["reden-opgegeven"]),
  // Aanvraag en besluit (A&O).
  t("aanvraag", "neem-besluit", "besluit", "Besluit nemen", ["besluitsoort-opgegeven"]),
  t("aanvraag", "trek-aanvraag-in", "afgesloten", "Aanvraag ingetrokken door inwoner"),
  t("besluit", "start-levering", "levering", "Levering starten", ["besluit-kent-toe"]),
  t("besluit", "sluit-af", "afgesloten", "Zaak afsluiten", ["reden-opgegeven"]),
  t("besluit", "dien-bezwaar-in", "bezwaar", "Bezwaar registreren", ["bezwaar-mogelijk"]),
  t("besluit", "stel-beroep-in", "beroep", "Beroep registreren", ["beroep-mogelijk"]),
  // A new besluit on a zaak that already has one: after a gegrond bezwaar, or a wijziging/beëindiging.
  t("besluit", "neem-besluit", "besluit", "Nieuw besluit nemen", ["besluitsoort-opgegeven"]),
  t("levering", "neem-besluit", "besluit", "Besluit nemen (wijziging of beëindiging)", [
    "besluitsoort-opgegeven",
  ]),
  t("evaluatie", "neem-besluit", "besluit", "Besluit nemen (wijziging of beëindiging)", [
    "besluitsoort-opgegeven",
  ]),
  // Levering en evaluatie.
  t("levering", "start-evaluatie", "evaluatie", "Evaluatie starten"),
  t("levering", "sluit-af", "afgesloten", "Zaak afsluiten", ["reden-opgegeven"]),
  t("levering", "dien-bezwaar-in", "bezwaar", "Bezwaar registreren", ["bezwaar-mogelijk"]),
  t("levering", "stel-beroep-in", "beroep", "Beroep registreren", ["beroep-mogelijk"]),
  t("evaluatie", "zet-levering-voort", "levering", "Ondersteuning voortzetten", ["levering-loopt"]),
  t("evaluatie", "herindicatie", "melding", "Herindicatie (nieuwe melding)"),
  t("evaluatie", "sluit-af", "afgesloten", "Zaak afsluiten", ["reden-opgegeven"]),
  // Bezwaar en beroep: the zaak returns to `besluit`, where the (herziene or gehandhaafde) besluit stands.
  t("bezwaar", "beslis-op-bezwaar", "besluit", "Beslissen op bezwaar", ["uitkomst-opgegeven"]),
  t("bezwaar", "trek-bezwaar-in", "besluit", "Bezwaar ingetrokken"),
  t("beroep", "verwerk-uitspraak", "besluit", "Uitspraak in beroep verwerken", ["uitkomst-opgegeven"]),
  t("beroep", "trek-beroep-in", "besluit", "Beroep ingetrokken"),
  // From the final statuses.
  t("afgesloten", "heropen", "melding", "Zaak heropenen", ["reden-opgegeven"]),
  t("afgesloten", "dien-bezwaar-in", "bezwaar", "Bezwaar registreren", ["bezwaar-mogelijk"]),
  t("afgesloten", "stel-beroep-in", "beroep", "Beroep registreren", ["beroep-mogelijk"]),
  t("niet-opgepakt", "heropen", "melding", "Zaak heropenen", ["reden-opgegeven"]),
];

/**
 * The only actions that leave a final status: reopening, and bezwaar / beroep against a besluit taken on
 * the zaak before it was closed (an afgewezen aanvraag is typically closed while the bezwaartermijn runs).
 */
export const ACTIES_VANUIT_EINDSTATUS: Record<EindStatus, readonly ActieCode[]> = {
  afgesloten: ["heropen", "dien-bezwaar-in", "stel-beroep-in"],
  "niet-opgepakt": ["heropen"],
};

export interface MogelijkeActie {
  actie: ActieCode;
  label: string;
  van: ZaakStatus;
  naar: ZaakStatus;
  naarLabel: string;
  /** Allowed now, judged on the zaak's facts (and the preview input, if given). */
  toegestaan: boolean;
  /** Dutch reason(s) when not allowed. */
  reden?: string;
  /** Conditions on the zaak that are not met. */
  nietVoldaan: VoorwaardeCode[];
  /** Input the action still needs (checked by `voerUit`). */
  vereisteInvoer: VoorwaardeCode[];
}

export interface Gebeurtenis {
  actie: ActieCode;
  van: ZaakStatus;
  naar: ZaakStatus;
  door: string;
  op: string;
  toelichting: string | null;
  /** Action-specific data that was recorded with the transition. */
  gegevens: Partial<
    Pick<
      ActieContext,
      "behandelaar" | "redenen" | "terugkoppelingInwoner" | "reden" | "besluitSoort" | "uitkomst"
    >
  >;
}

export type WeigeringCode =
  | "onbekende-actie"
  | "status-niet-in-zaaktype"
  | "niet-vanuit-status"
  | "niet-in-zaaktype"
  | "ongeldige-context"
  | "voorwaarde-niet-voldaan";

export type Uitvoering =
  | { ok: true; nieuweStatus: ZaakStatus; gebeurtenis: Gebeurtenis }
  | { ok: false; code: WeigeringCode; reden: string; voorwaarden: VoorwaardeCode[] };

const ACTIE_LABELS: Record<ActieCode, string> = Object.fromEntries(
  ACTIES.map((actie) => [actie, TRANSITIES.find((tr) => tr.actie === actie)?.label ?? actie]),
) as Record<ActieCode, string>;

export function isActieCode(waarde: unknown): waarde is ActieCode {
  return typeof waarde === "string" && (ACTIES as readonly string[]).includes(waarde);
}

/** Transitions from `status` into statuses the zaaktype uses. */
export function transitiesVanuit(status: ZaakStatus, config: ZaaktypeConfig): Transitie[] {
  if (!config.statussen.includes(status)) return [];
  return TRANSITIES.filter(
    (tr) =>
      tr.van === status && config.statussen.includes(tr.naar) && (!tr.alleenAls || config[tr.alleenAls]),
  );
}

function toets(
  transitie: Transitie,
  zaak: ZaakFeiten,
  invoer: Partial<ActieContext>,
  config: ZaaktypeConfig,
  bronnen: readonly ("zaak" | "invoer")[],
) {
  const nietVoldaan: VoorwaardeCode[] = [];
  const redenen: string[] = [];
  for (const code of transitie.voorwaarden) {
    const definitie = VOORWAARDEN[code];
    if (!bronnen.includes(definitie.bron)) continue;
    const reden = definitie.toets(zaak, invoer, config);
    if (reden !== null) {
      nietVoldaan.push(code);
      redenen.push(reden);
    }
  }
  return { nietVoldaan, redenen };
}

export interface Opties {
  /** Zaaktype configuration (defaults to `ZAAKTYPE_CONFIG`). */
  zaaktypen?: ZaaktypeConfigs;
}

/**
 * The next possible actions for the UI: every transition out of the current status that the zaaktype
 * uses, with whether it is allowed now (judged on the zaak's facts) and why not.
 * `invoer` is an optional preview of the input (e.g. `{ behandelaar: ik }` for "oppakken").
 */
export function mogelijkeActies(
  zaak: ZaakFeiten,
  opties: Opties & { invoer?: Partial<ActieContext> } = {},
): MogelijkeActie[] {
  const configs = opties.zaaktypen ?? ZAAKTYPE_CONFIG;
  const config = configs[zaak.zaaktype];
  const invoer = opties.invoer ?? {};
  if (!config) return [];
  return transitiesVanuit(zaak.status, config).map((tr) => {
    const { nietVoldaan, redenen } = toets(tr, zaak, invoer, config, ["zaak"]);
    return {
      actie: tr.actie,
      label: tr.label,
      van: tr.van,
      naar: tr.naar,
      naarLabel: statusLabel(tr.naar, zaak.zaaktype, configs),
      toegestaan: nietVoldaan.length === 0,
      ...(redenen.length > 0 ? { reden: redenen.join(" ") } : {}),
      nietVoldaan,
      vereisteInvoer: tr.voorwaarden.filter((code) => VOORWAARDEN[code].bron === "invoer"),
    };
  });
}

const OF = new Intl.ListFormat("nl", { type: "disjunction" });

const weiger = (code: WeigeringCode, reden: string, voorwaarden: VoorwaardeCode[] = []): Uitvoering => ({
  ok: false,
  code,
  reden,
  voorwaarden,
});

/** Performs `actie` on the zaak: the new status and the event to record, or a Dutch refusal. */
export function voerUit(
  zaak: ZaakFeiten,
  actie: ActieCode,
  context: ActieContext,
  opties: Opties = {},
): Uitvoering {
  const configs = opties.zaaktypen ?? ZAAKTYPE_CONFIG;
  const config = configs[zaak.zaaktype];
  const label = (status: ZaakStatus) => `'${statusLabel(status, zaak.zaaktype, configs)}'`;
  if (!isActieCode(actie)) return weiger("onbekende-actie", `Onbekende actie '${String(actie)}'.`);
  if (!config?.statussen.includes(zaak.status)) {
    return weiger(
      "status-niet-in-zaaktype",
      `De status '${zaak.status}' hoort niet bij zaaktype '${zaak.zaaktype}'.`,
    );
  }
  const transitie = TRANSITIES.find((tr) => tr.van === zaak.status && tr.actie === actie);
  if (!transitie) {
    const vanuit = [...new Set(TRANSITIES.filter((tr) => tr.actie === actie).map((tr) => tr.van))]
      .filter((status) => config.statussen.includes(status))
      .map(label);
    const waar = vanuit.length > 0 ? ` Dit kan alleen vanuit ${OF.format(vanuit)}.` : "";
    return weiger(
      "niet-vanuit-status",
      `'${ACTIE_LABELS[actie]}' is niet mogelijk in status ${label(zaak.status)}.${waar}`,
    );
  }
  if (!config.statussen.includes(transitie.naar) || (transitie.alleenAls && !config[transitie.alleenAls])) {
    return weiger(
      "niet-in-zaaktype",
      `Zaaktype '${zaak.zaaktype}' kent de status ${label(transitie.naar)} niet; '${transitie.label}' is daarom niet mogelijk.`,
    );
  }
  if (!gevuld(context.door) || !isDatum(context.op)) {
    return weiger(
      "ongeldige-context",
      "Leg vast wie de actie uitvoert en wanneer (een geldig ISO 8601-tijdstip).",
    );
  }
  const { nietVoldaan, redenen } = toets(transitie, zaak, context, config, ["zaak", "invoer"]);
  if (nietVoldaan.length > 0) return weiger("voorwaarde-niet-voldaan", redenen.join(" "), nietVoldaan);

  const gegevens: Gebeurtenis["gegevens"] = {};
  if (actie === "start-onderzoek" && gevuld(context.behandelaar)) gegevens.behandelaar = context.behandelaar;
  if (actie === "niet-oppakken") {
    gegevens.redenen = (context.redenen ?? []).filter(gevuld);
    if (context.terugkoppelingInwoner) gegevens.terugkoppelingInwoner = context.terugkoppelingInwoner;
  }
  if ((actie === "sluit-af" || actie === "heropen") && gevuld(context.reden)) gegevens.reden = context.reden;
  if ((actie === "neem-besluit" || actie === "beslis-op-bezwaar") && context.besluitSoort)
    gegevens.besluitSoort = context.besluitSoort;
  if ((actie === "beslis-op-bezwaar" || actie === "verwerk-uitspraak") && context.uitkomst)
    gegevens.uitkomst = context.uitkomst;

  return {
    ok: true,
    nieuweStatus: transitie.naar,
    gebeurtenis: {
      actie,
      van: transitie.van,
      naar: transitie.naar,
      door: context.door,
      op: context.op,
      toelichting: gevuld(context.toelichting) ? context.toelichting : null,
      gegevens,
    },
  };
}

/**
 * Applies a recorded event to the zaak's facts (pure reducer, e.g. for replaying the history).
 * Starting a new cycle (herindicatie, heropen) clears the facts of the previous onderzoek and aanvraag;
 * a new besluit clears the bezwaar and beroep of the previous one.
 */
export function pasToe(zaak: ZaakFeiten, gebeurtenis: Gebeurtenis): ZaakFeiten {
  const volgende: ZaakFeiten = { ...zaak, status: gebeurtenis.naar };
  const g = gebeurtenis.gegevens;
  switch (gebeurtenis.actie) {
    case "start-onderzoek":
      if (g.behandelaar) volgende.behandelaar = g.behandelaar;
      break;
    case "rond-onderzoek-af":
      volgende.onderzoekAfgerond = true;
      break;
    case "registreer-aanvraag":
      volgende.aanvraagOntvangen = true;
      break;
    case "start-levering":
      volgende.leveringBeeindigd = false;
      break;
    case "neem-besluit":
      volgende.besluitSoort = g.besluitSoort ?? null;
      volgende.beslissingOpBezwaar = null;
      volgende.uitspraakBeroep = null;
      break;
    case "beslis-op-bezwaar":
      volgende.beslissingOpBezwaar = g.uitkomst ?? null;
      if (g.besluitSoort) volgende.besluitSoort = g.besluitSoort;
      break;
    case "verwerk-uitspraak":
      volgende.uitspraakBeroep = g.uitkomst ?? null;
      break;
    case "herindicatie":
    case "heropen":
      volgende.leveringBeeindigd = false;
      volgende.onderzoekAfgerond = false;
      volgende.aanvraagToegestaan = null;
      volgende.aanvraagOntvangen = false;
      break;
    default:
      break;
  }
  return volgende;
}
