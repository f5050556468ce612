import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIES,
  ACTIES_VANUIT_EINDSTATUS,
  type ActieCode,
  type ActieContext,
  BESLUIT_SOORTEN,
  mogelijkeActies,
  pasToe,
  TRANSITIES,
  transitiesVanuit,
  UITKOMSTEN,
  VOORWAARDE_CODES,
  VOORWAARDEN,
  type VoorwaardeCode,
  voerUit,
  type ZaakFeiten,
} from "./statusmachine";
import {
  EINDSTATUSSEN,
  isEindStatus,
  STATUS_LABELS,
  ZAAK_STATUSSEN,
  ZAAKTYPE_CONFIG,
  ZAAKTYPEN,
  type ZaakStatus,
  type Zaaktype,
} from "./zaaktypen";

const OP = "2026-01-05T10:00:00+01:00";
const ctx = (extra: Partial<ActieContext> = {}): ActieContext => ({ door: "wmo", op: OP, ...extra });
const zaak = (zaaktype: Zaaktype, status: ZaakStatus, feiten: Partial<ZaakFeiten> = {}): ZaakFeiten => ({
  zaaktype,
  status,
  ...feiten,
});
const TERUGKOPPELING = { op: "2026-01-05", kanaal: "telefoon" } as const;

interface Toegestaan {
  naam: string;
  zaak: ZaakFeiten;
  actie: ActieCode;
  context?: Partial<ActieContext>;
  naar: ZaakStatus;
}

const TOEGESTAAN: Toegestaan[] = [
  {
    naam: "oppakken met behandelaar op de zaak",
    zaak: zaak("wmo", "melding", { behandelaar: "wmo" }),
    actie: "start-onderzoek",
    naar: "onderzoek",
  },
  {
    naam: "oppakken op eigen naam",
    zaak: zaak("jeugd", "melding"),
    actie: "start-onderzoek",
    context: { behandelaar: "jeugd" },
    naar: "onderzoek",
  },
  {
    naam: "leerplicht: verzuimmelding oppakken",
    zaak: zaak("leerplicht", "melding", { behandelaar: "lp" }),
    actie: "start-onderzoek",
    naar: "onderzoek",
  },
  {
    naam: "niet oppakken met redenen en terugkoppeling",
    zaak: zaak("wmo", "melding"),
    actie: "niet-oppakken",
    context: { redenen: ["Vraag past in het voorliggend veld"], terugkoppelingInwoner: TERUGKOPPELING },
    naar: "niet-opgepakt",
  },
  {
    naam: "Wmo: aanvraag na 6 weken zonder onderzoek (geïnjecteerd)",
    zaak: zaak("wmo", "melding", { aanvraagToegestaan: { toegestaan: true } }),
    actie: "registreer-aanvraag",
    naar: "aanvraag",
  },
  {
    naam: "werk: aanvraag zonder geïnjecteerde beperking",
    zaak: zaak("werk", "melding"),
    actie: "registreer-aanvraag",
    naar: "aanvraag",
  },
  {
    naam: "resultatenplan starten",
    zaak: zaak("wmo", "onderzoek", { behandelaar: "wmo" }),
    actie: "start-plan",
    naar: "plan",
  },
  {
    naam: "Wmo: onderzoek afronden (verslag verstuurd, art. 2.3.2 lid 8)",
    zaak: zaak("wmo", "onderzoek", { behandelaar: "wmo" }),
    actie: "rond-onderzoek-af",
    naar: "onderzoek",
  },
  {
    naam: "Jeugd: onderzoek afronden terwijl het plan al loopt",
    zaak: zaak("jeugd", "plan", { behandelaar: "jeugd" }),
    actie: "rond-onderzoek-af",
    naar: "plan",
  },
  {
    naam: "Wmo: aanvraag na afgerond onderzoek",
    zaak: zaak("wmo", "onderzoek", { onderzoekAfgerond: true }),
    actie: "registreer-aanvraag",
    naar: "aanvraag",
  },
  {
    naam: "leerplicht afsluiten na onderzoek",
    zaak: zaak("leerplicht", "onderzoek"),
    actie: "sluit-af",
    context: { reden: "Verzuim gestopt na waarschuwing" },
    naar: "afgesloten",
  },
  {
    naam: "ondertekend plan registreren",
    zaak: zaak("wmo", "plan", { onderzoekAfgerond: true }),
    actie: "registreer-aanvraag",
    naar: "aanvraag",
  },
  {
    naam: "jeugd: besluit zonder aanvraag",
    zaak: zaak("jeugd", "plan"),
    actie: "neem-besluit",
    context: { besluitSoort: "toekenning" },
    naar: "besluit",
  },
  {
    naam: "Wmo: besluit vanuit plan met ontvangen aanvraag",
    zaak: zaak("wmo", "plan", { aanvraagOntvangen: true }),
    actie: "neem-besluit",
    context: { besluitSoort: "afwijzing" },
    naar: "besluit",
  },
  {
    naam: "regie: uitvoering zonder besluit",
    zaak: zaak("regie", "plan"),
    actie: "start-levering",
    naar: "levering",
  },
  {
    naam: "plan afsluiten",
    zaak: zaak("wmo", "plan"),
    actie: "sluit-af",
    context: { reden: "Opgelost in het voorliggend veld" },
    naar: "afgesloten",
  },
  {
    naam: "besluit op aanvraag",
    zaak: zaak("wmo", "aanvraag"),
    actie: "neem-besluit",
    context: { besluitSoort: "toekenning" },
    naar: "besluit",
  },
  {
    naam: "nieuw besluit na een gegrond bezwaar",
    zaak: zaak("wmo", "besluit", { besluitSoort: "afwijzing", beslissingOpBezwaar: "gegrond" }),
    actie: "neem-besluit",
    context: { besluitSoort: "toekenning" },
    naar: "besluit",
  },
  {
    naam: "beëindiging tijdens de levering",
    zaak: zaak("wmo", "levering", { besluitSoort: "toekenning" }),
    actie: "neem-besluit",
    context: { besluitSoort: "beeindiging" },
    naar: "besluit",
  },
  {
    naam: "wijziging na evaluatie (afschalen)",
    zaak: zaak("jeugd", "evaluatie", { besluitSoort: "toekenning" }),
    actie: "neem-besluit",
    context: { besluitSoort: "wijziging" },
    naar: "besluit",
  },
  {
    naam: "aanvraag ingetrokken",
    zaak: zaak("wmo", "aanvraag"),
    actie: "trek-aanvraag-in",
    naar: "afgesloten",
  },
  {
    naam: "levering na toekenning",
    zaak: zaak("wmo", "besluit", { besluitSoort: "toekenning" }),
    actie: "start-levering",
    naar: "levering",
  },
  {
    naam: "levering na wijziging",
    zaak: zaak("jeugd", "besluit", { besluitSoort: "wijziging" }),
    actie: "start-levering",
    naar: "levering",
  },
  {
    naam: "afsluiten na afwijzing",
    zaak: zaak("wmo", "besluit", { besluitSoort: "afwijzing" }),
    actie: "sluit-af",
    context: { reden: "Aanvraag afgewezen" },
    naar: "afgesloten",
  },
  {
    naam: "bezwaar tegen besluit",
    zaak: zaak("wmo", "besluit", { besluitSoort: "afwijzing" }),
    actie: "dien-bezwaar-in",
    naar: "bezwaar",
  },
  {
    naam: "beroep na beslissing op bezwaar",
    zaak: zaak("wmo", "besluit", { besluitSoort: "afwijzing", beslissingOpBezwaar: "ongegrond" }),
    actie: "stel-beroep-in",
    naar: "beroep",
  },
  { naam: "evaluatie starten", zaak: zaak("wmo", "levering"), actie: "start-evaluatie", naar: "evaluatie" },
  {
    naam: "afsluiten tijdens levering (verhuisd)",
    zaak: zaak("wmo", "levering"),
    actie: "sluit-af",
    context: { reden: "Verhuisd naar Assen, warme overdracht" },
    naar: "afgesloten",
  },
  {
    naam: "bezwaar tijdens levering",
    zaak: zaak("wmo", "levering", { besluitSoort: "toekenning" }),
    actie: "dien-bezwaar-in",
    naar: "bezwaar",
  },
  {
    naam: "beroep tijdens levering",
    zaak: zaak("schuldhulp", "levering", {
      besluitSoort: "toekenning",
      beslissingOpBezwaar: "deels-gegrond",
    }),
    actie: "stel-beroep-in",
    naar: "beroep",
  },
  {
    naam: "ondersteuning voortzetten na evaluatie",
    zaak: zaak("wmo", "evaluatie"),
    actie: "zet-levering-voort",
    naar: "levering",
  },
  { naam: "herindicatie", zaak: zaak("jeugd", "evaluatie"), actie: "herindicatie", naar: "melding" },
  {
    naam: "afsluiten na evaluatie",
    zaak: zaak("regie", "evaluatie"),
    actie: "sluit-af",
    context: { reden: "Doelen bereikt" },
    naar: "afgesloten",
  },
  {
    naam: "beslissen op bezwaar",
    zaak: zaak("wmo", "bezwaar", { besluitSoort: "afwijzing" }),
    actie: "beslis-op-bezwaar",
    context: { uitkomst: "gegrond", besluitSoort: "toekenning" },
    naar: "besluit",
  },
  { naam: "bezwaar ingetrokken", zaak: zaak("wmo", "bezwaar"), actie: "trek-bezwaar-in", naar: "besluit" },
  {
    naam: "uitspraak in beroep",
    zaak: zaak("wmo", "beroep"),
    actie: "verwerk-uitspraak",
    context: { uitkomst: "ongegrond" },
    naar: "besluit",
  },
  { naam: "beroep ingetrokken", zaak: zaak("werk", "beroep"), actie: "trek-beroep-in", naar: "besluit" },
  {
    naam: "heropenen na afsluiten",
    zaak: zaak("wmo", "afgesloten"),
    actie: "heropen",
    context: { reden: "Per abuis afgesloten" },
    naar: "melding",
  },
  {
    naam: "bezwaar na afsluiten (afwijzing)",
    zaak: zaak("wmo", "afgesloten", { besluitSoort: "afwijzing" }),
    actie: "dien-bezwaar-in",
    naar: "bezwaar",
  },
  {
    naam: "beroep na afsluiten",
    zaak: zaak("wmo", "afgesloten", { besluitSoort: "afwijzing", beslissingOpBezwaar: "niet-ontvankelijk" }),
    actie: "stel-beroep-in",
    naar: "beroep",
  },
  {
    naam: "heropenen na niet oppakken",
    zaak: zaak("wmo", "niet-opgepakt"),
    actie: "heropen",
    context: { reden: "Inwoner belt opnieuw, vraag is veranderd" },
    naar: "melding",
  },
];

interface Geweigerd {
  naam: string;
  zaak: ZaakFeiten;
  actie: ActieCode;
  context?: ActieContext;
  code: string;
  voorwaarde?: VoorwaardeCode;
  reden: RegExp;
}

const g = (
  naam: string,
  z: ZaakFeiten,
  actie: ActieCode,
  extra: Partial<ActieContext> | null,
  code: string,
  reden: RegExp,
  voorwaarde?: VoorwaardeCode,
): Geweigerd => ({
  naam,
  zaak: z,
  actie,
  context: extra === null ? undefined : ctx(extra),
  code,
  reden,
  voorwaarde,
});

const V = "voorwaarde-niet-voldaan";
const GEWEIGERD: Geweigerd[] = [
  ...(["besluit", "levering", "evaluatie"] as const).map((status) =>
    g(
      `nieuw besluit zonder soort vanuit ${status}`,
      zaak("wmo", status, { besluitSoort: "toekenning" }),
      "neem-besluit",
      {},
      V,
      /soort besluit/,
      "besluitsoort-opgegeven",
    ),
  ),
  ...(["onderzoek", "plan"] as const).map((status) =>
    g(
      `onderzoek twee keer afronden vanuit ${status}`,
      zaak("wmo", status, { onderzoekAfgerond: true }),
      "rond-onderzoek-af",
      {},
      V,
      /al als afgerond/,
      "onderzoek-open",
    ),
  ),
  g(
    "onderzoek afronden in een zaaktype zonder onderzoeksverslag",
    zaak("leerplicht", "onderzoek"),
    "rond-onderzoek-af",
    {},
    "niet-in-zaaktype",
    /kent/,
  ),
  g(
    "oppakken zonder behandelaar",
    zaak("wmo", "melding"),
    "start-onderzoek",
    {},
    V,
    /geen behandelaar/,
    "behandelaar-bekend",
  ),
  g(
    "oppakken met lege behandelaar",
    zaak("wmo", "melding", { behandelaar: " " }),
    "start-onderzoek",
    { behandelaar: "" },
    V,
    /geen behandelaar/,
    "behandelaar-bekend",
  ),
  g(
    "niet oppakken zonder redenen",
    zaak("wmo", "melding"),
    "niet-oppakken",
    { terugkoppelingInwoner: TERUGKOPPELING },
    V,
    /waarom de zaak niet wordt opgepakt/,
    "redenen-vastgelegd",
  ),
  g(
    "niet oppakken met lege redenen",
    zaak("wmo", "melding"),
    "niet-oppakken",
    { redenen: ["  "], terugkoppelingInwoner: TERUGKOPPELING },
    V,
    /waarom/,
    "redenen-vastgelegd",
  ),
  g(
    "niet oppakken zonder terugkoppeling",
    zaak("jeugd", "melding"),
    "niet-oppakken",
    { redenen: ["Dubbele melding"] },
    V,
    /teruggekoppeld/,
    "terugkoppeling-vastgelegd",
  ),
  g(
    "niet oppakken met ongeldige terugkoppeling",
    zaak("jeugd", "melding"),
    "niet-oppakken",
    { redenen: ["Dubbele melding"], terugkoppelingInwoner: { op: "gisteren", kanaal: "telefoon" } },
    V,
    /teruggekoppeld/,
    "terugkoppeling-vastgelegd",
  ),
  g(
    "Wmo: aanvraag direct na melding",
    zaak("wmo", "melding"),
    "registreer-aanvraag",
    {},
    V,
    /art\. 2\.3\.2 lid 9/,
    "aanvraag-toegestaan",
  ),
  g(
    "werk: aanvraag in zoekperiode (geïnjecteerd)",
    zaak("werk", "melding", {
      aanvraagToegestaan: {
        toegestaan: false,
        reden: "Zoekperiode van 4 weken loopt nog (Pw art. 41 lid 4).",
      },
    }),
    "registreer-aanvraag",
    {},
    V,
    /Zoekperiode/,
    "aanvraag-toegestaan",
  ),
  g(
    "resultatenplan zonder behandelaar",
    zaak("wmo", "onderzoek"),
    "start-plan",
    {},
    V,
    /geen behandelaar/,
    "behandelaar-bekend",
  ),
  g(
    "Wmo: aanvraag tijdens onderzoek",
    zaak("wmo", "onderzoek", { onderzoekAfgerond: false }),
    "registreer-aanvraag",
    {},
    V,
    /6 weken/,
    "aanvraag-toegestaan",
  ),
  g(
    "onderzoek afsluiten zonder reden",
    zaak("wmo", "onderzoek"),
    "sluit-af",
    {},
    V,
    /reden/,
    "reden-opgegeven",
  ),
  g(
    "onderzoek afsluiten met lege reden",
    zaak("wmo", "onderzoek"),
    "sluit-af",
    { reden: "   " },
    V,
    /reden/,
    "reden-opgegeven",
  ),
  g(
    "aanvraag geïnjecteerd niet toegestaan zonder reden",
    zaak("wmo", "plan", { onderzoekAfgerond: true, aanvraagToegestaan: { toegestaan: false } }),
    "registreer-aanvraag",
    {},
    V,
    /nog niet toegestaan/,
    "aanvraag-toegestaan",
  ),
  g(
    "Wmo: besluit zonder aanvraag",
    zaak("wmo", "plan"),
    "neem-besluit",
    { besluitSoort: "toekenning" },
    V,
    /geen ondertekend plan of aanvraag/,
    "aanvraag-aanwezig",
  ),
  g(
    "jeugd: besluit zonder soort",
    zaak("jeugd", "plan"),
    "neem-besluit",
    {},
    V,
    /soort besluit/,
    "besluitsoort-opgegeven",
  ),
  g(
    "Wmo: levering zonder besluit",
    zaak("wmo", "plan"),
    "start-levering",
    {},
    V,
    /eerst een besluit/,
    "levering-zonder-besluit",
  ),
  g("plan afsluiten zonder reden", zaak("wmo", "plan"), "sluit-af", {}, V, /reden/, "reden-opgegeven"),
  g(
    "besluit zonder soort",
    zaak("wmo", "aanvraag"),
    "neem-besluit",
    {},
    V,
    /soort besluit/,
    "besluitsoort-opgegeven",
  ),
  g(
    "besluit met onbekende soort",
    zaak("wmo", "aanvraag"),
    "neem-besluit",
    { besluitSoort: "misschien" as never },
    V,
    /soort besluit/,
    "besluitsoort-opgegeven",
  ),
  g(
    "intrekken zonder wie",
    zaak("wmo", "aanvraag"),
    "trek-aanvraag-in",
    { door: "" },
    "ongeldige-context",
    /wie de actie uitvoert/,
  ),
  g(
    "levering na afwijzing",
    zaak("wmo", "besluit", { besluitSoort: "afwijzing" }),
    "start-levering",
    {},
    V,
    /afwijzing/,
    "besluit-kent-toe",
  ),
  g(
    "levering na beëindiging",
    zaak("wmo", "besluit", { besluitSoort: "beeindiging" }),
    "start-levering",
    {},
    V,
    /beëindigt/,
    "besluit-kent-toe",
  ),
  g(
    "levering zonder vastgelegd besluit",
    zaak("wmo", "besluit"),
    "start-levering",
    {},
    V,
    /nog geen besluit/,
    "besluit-kent-toe",
  ),
  g("besluit afsluiten zonder reden", zaak("wmo", "besluit"), "sluit-af", {}, V, /reden/, "reden-opgegeven"),
  g(
    "tweede bezwaar na beslissing op bezwaar",
    zaak("wmo", "besluit", { besluitSoort: "afwijzing", beslissingOpBezwaar: "ongegrond" }),
    "dien-bezwaar-in",
    {},
    V,
    /al beslist.*beroep/,
    "bezwaar-mogelijk",
  ),
  g(
    "beroep zonder bezwaar",
    zaak("wmo", "besluit", { besluitSoort: "afwijzing" }),
    "stel-beroep-in",
    {},
    V,
    /Awb art\. 7:1/,
    "beroep-mogelijk",
  ),
  g(
    "tweede beroep na uitspraak",
    zaak("wmo", "besluit", {
      besluitSoort: "afwijzing",
      beslissingOpBezwaar: "ongegrond",
      uitspraakBeroep: "ongegrond",
    }),
    "stel-beroep-in",
    {},
    V,
    /Centrale Raad van Beroep/,
    "beroep-mogelijk",
  ),
  g(
    "evaluatie met ongeldig tijdstip",
    zaak("wmo", "levering"),
    "start-evaluatie",
    { op: "morgen" },
    "ongeldige-context",
    /ISO 8601/,
  ),
  g(
    "levering afsluiten zonder reden",
    zaak("wmo", "levering"),
    "sluit-af",
    {},
    V,
    /reden/,
    "reden-opgegeven",
  ),
  g(
    "bezwaar tijdens levering zonder besluit",
    zaak("regie", "levering"),
    "dien-bezwaar-in",
    {},
    "niet-in-zaaktype",
    /kent de status 'Bezwaar' niet/,
  ),
  g(
    "bezwaar tijdens levering zonder vastgelegd besluit",
    zaak("wmo", "levering"),
    "dien-bezwaar-in",
    {},
    V,
    /nog geen besluit/,
    "bezwaar-mogelijk",
  ),
  g(
    "beroep tijdens levering zonder bezwaar",
    zaak("wmo", "levering", { besluitSoort: "toekenning" }),
    "stel-beroep-in",
    {},
    V,
    /na de beslissing op bezwaar/,
    "beroep-mogelijk",
  ),
  g(
    "voortzetten vanuit levering",
    zaak("wmo", "levering"),
    "zet-levering-voort",
    {},
    "niet-vanuit-status",
    /alleen vanuit 'Evaluatie'/,
  ),
  g(
    "voortzetten na een beëindigde levering (307 of einddatum)",
    zaak("wmo", "evaluatie", { leveringBeeindigd: true }),
    "zet-levering-voort",
    {},
    V,
    /nieuw besluit/,
    "levering-loopt",
  ),
  g(
    "herindicatie vanuit besluit",
    zaak("wmo", "besluit"),
    "herindicatie",
    {},
    "niet-vanuit-status",
    /niet mogelijk in status 'Besluit'/,
  ),
  g(
    "evaluatie afsluiten zonder reden",
    zaak("wmo", "evaluatie"),
    "sluit-af",
    {},
    V,
    /reden/,
    "reden-opgegeven",
  ),
  g(
    "beslissen op bezwaar zonder uitkomst",
    zaak("wmo", "bezwaar"),
    "beslis-op-bezwaar",
    {},
    V,
    /uitkomst/,
    "uitkomst-opgegeven",
  ),
  g(
    "beslissen op bezwaar met onbekende uitkomst",
    zaak("wmo", "bezwaar"),
    "beslis-op-bezwaar",
    { uitkomst: "half" as never },
    V,
    /uitkomst/,
    "uitkomst-opgegeven",
  ),
  g(
    "bezwaar intrekken vanuit besluit",
    zaak("wmo", "besluit"),
    "trek-bezwaar-in",
    {},
    "niet-vanuit-status",
    /alleen vanuit 'Bezwaar'/,
  ),
  g(
    "uitspraak zonder uitkomst",
    zaak("wmo", "beroep"),
    "verwerk-uitspraak",
    {},
    V,
    /uitkomst/,
    "uitkomst-opgegeven",
  ),
  g(
    "beroep intrekken vanuit bezwaar",
    zaak("wmo", "bezwaar"),
    "trek-beroep-in",
    {},
    "niet-vanuit-status",
    /alleen vanuit 'Beroep'/,
  ),
  g("heropenen zonder reden", zaak("wmo", "afgesloten"), "heropen", {}, V, /reden/, "reden-opgegeven"),
  g(
    "bezwaar na afsluiten zonder besluit",
    zaak("wmo", "afgesloten"),
    "dien-bezwaar-in",
    {},
    V,
    /nog geen besluit/,
    "bezwaar-mogelijk",
  ),
  g(
    "beroep na afsluiten na uitspraak",
    zaak("wmo", "afgesloten", {
      besluitSoort: "afwijzing",
      beslissingOpBezwaar: "ongegrond",
      uitspraakBeroep: "gegrond",
    }),
    "stel-beroep-in",
    {},
    V,
    /al uitspraak/,
    "beroep-mogelijk",
  ),
  g(
    "niet-opgepakt heropenen zonder reden",
    zaak("jeugd", "niet-opgepakt"),
    "heropen",
    {},
    V,
    /reden/,
    "reden-opgegeven",
  ),
  g(
    "niet-opgepakt: geen bezwaar",
    zaak("wmo", "niet-opgepakt", { besluitSoort: "afwijzing" }),
    "dien-bezwaar-in",
    {},
    "niet-vanuit-status",
    /niet mogelijk in status 'Niet opgepakt'/,
  ),
  g(
    "leerplicht kent geen resultatenplan",
    zaak("leerplicht", "onderzoek", { behandelaar: "lp" }),
    "start-plan",
    {},
    "niet-in-zaaktype",
    /kent de status 'Resultatenplan' niet/,
  ),
  g(
    "regie kent geen besluit",
    zaak("regie", "plan"),
    "neem-besluit",
    { besluitSoort: "toekenning" },
    "niet-in-zaaktype",
    /kent de status 'Besluit' niet/,
  ),
  g(
    "leerplicht kent geen aanvraag",
    zaak("leerplicht", "melding"),
    "registreer-aanvraag",
    {},
    "niet-in-zaaktype",
    /'Aanvraag' niet/,
  ),
  g(
    "status hoort niet bij zaaktype",
    zaak("leerplicht", "plan"),
    "sluit-af",
    { reden: "x" },
    "status-niet-in-zaaktype",
    /hoort niet bij zaaktype/,
  ),
  g(
    "onbekende actie",
    zaak("wmo", "melding"),
    "vlieg-weg" as ActieCode,
    {},
    "onbekende-actie",
    /Onbekende actie/,
  ),
  g(
    "besluit vanuit melding",
    zaak("wmo", "melding"),
    "neem-besluit",
    { besluitSoort: "toekenning" },
    "niet-vanuit-status",
    /'Besluit nemen' is niet mogelijk in status 'Melding'/,
  ),
];

describe("voerUit — toegestane overgangen", () => {
  it.each(TOEGESTAAN)("$naam: $zaak.status --$actie--> $naar", ({ zaak: z, actie, context, naar }) => {
    const uitkomst = voerUit(z, actie, ctx(context));
    expect(uitkomst).toMatchObject({ ok: true, nieuweStatus: naar });
    if (!uitkomst.ok) return;
    expect(uitkomst.gebeurtenis).toMatchObject({ actie, van: z.status, naar, door: "wmo", op: OP });
    // mogelijkeActies agrees.
    const aangeboden = mogelijkeActies(z, { invoer: context }).find((a) => a.actie === actie);
    expect(aangeboden).toMatchObject({ toegestaan: true, naar });
  });

  it("covers every transition with at least one allowed case", () => {
    const gedekt = new Set(TOEGESTAAN.map((c) => `${c.zaak.status}|${c.actie}`));
    for (const tr of TRANSITIES)
      expect(gedekt, `${tr.van} --${tr.actie}-->`).toContain(`${tr.van}|${tr.actie}`);
  });
});

describe("voerUit — geweigerde overgangen met reden", () => {
  it.each(GEWEIGERD)("$naam → $code", ({ zaak: z, actie, context, code, reden, voorwaarde }) => {
    const uitkomst = voerUit(z, actie, context ?? ctx());
    expect(uitkomst.ok).toBe(false);
    if (uitkomst.ok) return;
    expect(uitkomst.code).toBe(code);
    expect(uitkomst.reden).toMatch(reden);
    if (voorwaarde) expect(uitkomst.voorwaarden).toContain(voorwaarde);
  });

  it("covers every precondition of every transition with a refusal", () => {
    const gedekt = new Set(GEWEIGERD.map((c) => `${c.zaak.status}|${c.actie}|${c.voorwaarde}`));
    for (const tr of TRANSITIES) {
      for (const v of tr.voorwaarden)
        expect(gedekt, `${tr.van} --${tr.actie}--> ${v}`).toContain(`${tr.van}|${tr.actie}|${v}`);
    }
  });

  it("reports all unmet preconditions at once", () => {
    const uitkomst = voerUit(zaak("wmo", "melding"), "niet-oppakken", ctx());
    expect(uitkomst).toMatchObject({
      ok: false,
      voorwaarden: ["redenen-vastgelegd", "terugkoppeling-vastgelegd"],
    });
  });
});

describe("voerUit — gebeurtenis", () => {
  it("records the input of niet-oppakken", () => {
    const uitkomst = voerUit(
      zaak("wmo", "melding"),
      "niet-oppakken",
      ctx({
        redenen: ["Voorliggend veld", " "],
        terugkoppelingInwoner: TERUGKOPPELING,
        toelichting: "Gebeld",
      }),
    );
    expect(uitkomst).toEqual({
      ok: true,
      nieuweStatus: "niet-opgepakt",
      gebeurtenis: {
        actie: "niet-oppakken",
        van: "melding",
        naar: "niet-opgepakt",
        door: "wmo",
        op: OP,
        toelichting: "Gebeld",
        gegevens: { redenen: ["Voorliggend veld"], terugkoppelingInwoner: TERUGKOPPELING },
      },
    });
  });

  it("has toelichting null when none is given", () => {
    const uitkomst = voerUit(zaak("wmo", "levering"), "start-evaluatie", ctx({ toelichting: "  " }));
    expect(uitkomst.ok && uitkomst.gebeurtenis.toelichting).toBeNull();
  });
});

describe("mogelijkeActies", () => {
  it("lists the next actions of a new Wmo melding with reasons", () => {
    const acties = mogelijkeActies(zaak("wmo", "melding"));
    expect(acties.map((a) => [a.actie, a.toegestaan])).toEqual([
      ["start-onderzoek", false],
      ["niet-oppakken", true],
      ["registreer-aanvraag", false],
    ]);
    expect(acties[0]?.reden).toMatch(/geen behandelaar/);
    expect(acties[0]?.nietVoldaan).toEqual(["behandelaar-bekend"]);
    expect(acties[1]?.vereisteInvoer).toEqual(["redenen-vastgelegd", "terugkoppeling-vastgelegd"]);
    expect(acties[1]?.reden).toBeUndefined();
  });

  it("takes a preview of the input into account", () => {
    const [oppakken] = mogelijkeActies(zaak("wmo", "melding"), { invoer: { behandelaar: "wmo" } });
    expect(oppakken).toMatchObject({ actie: "start-onderzoek", toegestaan: true });
  });

  it("offers leerplicht only its own steps", () => {
    expect(mogelijkeActies(zaak("leerplicht", "onderzoek")).map((a) => a.actie)).toEqual(["sluit-af"]);
    expect(mogelijkeActies(zaak("leerplicht", "melding")).map((a) => a.actie)).toEqual([
      "start-onderzoek",
      "niet-oppakken",
    ]);
  });

  it("lets a regie zaak go from plan to uitvoering without besluit", () => {
    const acties = mogelijkeActies(zaak("regie", "plan"));
    expect(acties.map((a) => a.actie)).toEqual(["start-levering", "sluit-af"]);
    expect(acties[0]).toMatchObject({ toegestaan: true, naarLabel: "Uitvoering regie" });
  });

  it("explains why a Wmo plan cannot go to levering", () => {
    const levering = mogelijkeActies(zaak("wmo", "plan")).find((a) => a.actie === "start-levering");
    expect(levering).toMatchObject({ toegestaan: false, nietVoldaan: ["levering-zonder-besluit"] });
  });

  it("offers only heropen after niet oppakken", () => {
    expect(
      mogelijkeActies(zaak("wmo", "niet-opgepakt", { besluitSoort: "afwijzing" })).map((a) => a.actie),
    ).toEqual(["heropen"]);
  });

  it("returns nothing for a status the zaaktype does not use", () => {
    expect(mogelijkeActies(zaak("leerplicht", "besluit"))).toEqual([]);
  });

  it("accepts another zaaktype configuration", () => {
    const zaaktypen = { ...ZAAKTYPE_CONFIG, wmo: { ...ZAAKTYPE_CONFIG.wmo, aanvraagPasNaOnderzoek: false } };
    const aanvraag = mogelijkeActies(zaak("wmo", "melding"), { zaaktypen }).find(
      (a) => a.actie === "registreer-aanvraag",
    );
    expect(aanvraag?.toegestaan).toBe(true);
    expect(voerUit(zaak("wmo", "melding"), "registreer-aanvraag", ctx(), { zaaktypen }).ok).toBe(true);
  });
});

/** Runs actions through voerUit + pasToe, failing the test on a refusal. */
function doorloop(start: ZaakFeiten, stappen: [ActieCode, Partial<ActieContext>?][]): ZaakFeiten {
  return stappen.reduce((z, [actie, invoer]) => {
    const uitkomst = voerUit(z, actie, ctx(invoer));
    if (!uitkomst.ok) throw new Error(`${actie} vanuit ${z.status}: ${uitkomst.reden}`);
    return pasToe(z, uitkomst.gebeurtenis);
  }, start);
}

describe("pasToe — scenario's", () => {
  it("runs the Wmo primary process and a herindicatie", () => {
    let z = doorloop(zaak("wmo", "melding"), [["start-onderzoek", { behandelaar: "wmo" }], ["start-plan"]]);
    expect(z).toMatchObject({ status: "plan", behandelaar: "wmo" });
    expect(voerUit(z, "registreer-aanvraag", ctx()).ok).toBe(false);
    z = doorloop({ ...z, onderzoekAfgerond: true }, [
      ["registreer-aanvraag"],
      ["neem-besluit", { besluitSoort: "toekenning" }],
      ["start-levering"],
      ["start-evaluatie"],
      ["herindicatie"],
    ]);
    expect(z).toMatchObject({
      status: "melding",
      onderzoekAfgerond: false,
      aanvraagOntvangen: false,
      besluitSoort: "toekenning",
    });
    // The new cycle needs a new onderzoek before an aanvraag.
    expect(voerUit(z, "registreer-aanvraag", ctx()).ok).toBe(false);
    z = doorloop(z, [["start-onderzoek"], ["sluit-af", { reden: "Doelen bereikt" }]]);
    expect(z.status).toBe("afgesloten");
  });

  it("runs bezwaar (ongegrond) and beroep after an afwijzing", () => {
    let z = doorloop(zaak("wmo", "aanvraag"), [
      ["neem-besluit", { besluitSoort: "afwijzing" }],
      ["sluit-af", { reden: "Afgewezen" }],
      ["dien-bezwaar-in"],
      ["beslis-op-bezwaar", { uitkomst: "ongegrond" }],
    ]);
    expect(z).toMatchObject({
      status: "besluit",
      besluitSoort: "afwijzing",
      beslissingOpBezwaar: "ongegrond",
    });
    expect(voerUit(z, "dien-bezwaar-in", ctx())).toMatchObject({
      ok: false,
      voorwaarden: ["bezwaar-mogelijk"],
    });
    z = doorloop(z, [["stel-beroep-in"], ["verwerk-uitspraak", { uitkomst: "ongegrond" }]]);
    expect(z).toMatchObject({ status: "besluit", uitspraakBeroep: "ongegrond" });
    expect(voerUit(z, "stel-beroep-in", ctx())).toMatchObject({
      ok: false,
      voorwaarden: ["beroep-mogelijk"],
    });
    expect(voerUit(z, "start-levering", ctx())).toMatchObject({
      ok: false,
      voorwaarden: ["besluit-kent-toe"],
    });
  });

  it("lets a gegrond bezwaar lead to levering under the herziene besluit", () => {
    const z = doorloop(zaak("jeugd", "besluit", { besluitSoort: "afwijzing" }), [
      ["dien-bezwaar-in"],
      ["beslis-op-bezwaar", { uitkomst: "gegrond", besluitSoort: "toekenning" }],
      ["start-levering"],
    ]);
    expect(z).toMatchObject({
      status: "levering",
      besluitSoort: "toekenning",
      beslissingOpBezwaar: "gegrond",
    });
  });

  it("clears bezwaar and beroep when a new besluit is taken", () => {
    const z = doorloop(
      zaak("wmo", "aanvraag", {
        besluitSoort: "toekenning",
        beslissingOpBezwaar: "ongegrond",
        uitspraakBeroep: "ongegrond",
      }),
      [["neem-besluit", { besluitSoort: "wijziging" }]],
    );
    expect(z).toMatchObject({ besluitSoort: "wijziging", beslissingOpBezwaar: null, uitspraakBeroep: null });
    expect(voerUit(z, "dien-bezwaar-in", ctx()).ok).toBe(true);
  });

  it("reopens a niet-opgepakte zaak into the werkvoorraad", () => {
    const z = doorloop(zaak("jeugd", "melding"), [
      [
        "niet-oppakken",
        { redenen: ["Geen jeugdhulpvraag"], terugkoppelingInwoner: { op: OP, kanaal: "brief" } },
      ],
      ["heropen", { reden: "Nieuwe informatie van school" }],
    ]);
    expect(z.status).toBe("melding");
  });
});

describe("model", () => {
  it("has each (van, actie) pair at most once", () => {
    const paren = TRANSITIES.map((tr) => `${tr.van}|${tr.actie}`);
    expect(new Set(paren).size).toBe(paren.length);
  });

  it("uses every action and every precondition, all with Dutch labels", () => {
    expect(new Set(TRANSITIES.map((tr) => tr.actie))).toEqual(new Set(ACTIES));
    expect(new Set(TRANSITIES.flatMap((tr) => tr.voorwaarden))).toEqual(new Set(VOORWAARDE_CODES));
    for (const tr of TRANSITIES) expect(tr.label).not.toBe("");
    for (const code of VOORWAARDE_CODES) expect(VOORWAARDEN[code].omschrijving).not.toBe("");
    for (const status of ZAAK_STATUSSEN) expect(STATUS_LABELS[status]).not.toBe("");
  });

  it.each(ZAAKTYPEN)(
    "%s: every status is reachable, no dead ends, final statuses only leave as declared",
    (zt) => {
      const config = ZAAKTYPE_CONFIG[zt];
      expect(config.statussen).toContain("melding");
      for (const eind of EINDSTATUSSEN) expect(config.statussen).toContain(eind);
      const bereikbaar = (start: ZaakStatus) => {
        const bereikt = new Set<ZaakStatus>([start]);
        const rij: ZaakStatus[] = [start];
        for (let status = rij.shift(); status !== undefined; status = rij.shift()) {
          for (const tr of transitiesVanuit(status, config)) {
            if (!bereikt.has(tr.naar)) {
              bereikt.add(tr.naar);
              rij.push(tr.naar);
            }
          }
        }
        return bereikt;
      };
      expect([...bereikbaar("melding")].sort()).toEqual([...config.statussen].sort());
      for (const status of config.statussen) {
        const uit = transitiesVanuit(status, config).map((tr) => tr.actie);
        if (isEindStatus(status)) {
          for (const actie of uit) expect(ACTIES_VANUIT_EINDSTATUS[status]).toContain(actie);
        } else {
          // No dead ends: every active status can still reach a final status.
          expect(bereikbaar(status), `${zt}: ${status}`).toContain("afgesloten");
        }
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------------------
// Property: from any reachable state, every allowed action leads into the zaaktype's status set; final
// statuses only offer the declared actions; mogelijkeActies and voerUit agree.

type Stap =
  | { soort: "feit"; feit: Partial<ZaakFeiten> }
  /** `actie`: an action code, or an index into the currently allowed actions (to explore deep states). */
  | { soort: "actie"; actie: ActieCode | number; volledig: boolean; invoer: Partial<ActieContext> };

const arbInvoer: fc.Arbitrary<Partial<ActieContext>> = fc.record({
  behandelaar: fc.constantFrom("wmo", "jeugd"),
  redenen: fc.constant(["Past in het voorliggend veld"]),
  terugkoppelingInwoner: fc.constant(TERUGKOPPELING),
  reden: fc.constant("Doelen bereikt"),
  besluitSoort: fc.constantFrom(...BESLUIT_SOORTEN),
  uitkomst: fc.constantFrom(...UITKOMSTEN),
});

const arbStap: fc.Arbitrary<Stap> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.record({ behandelaar: fc.constantFrom("wmo", null) }),
        fc.record({ onderzoekAfgerond: fc.boolean() }),
        fc.record({
          aanvraagToegestaan: fc.option(
            fc.record({ toegestaan: fc.boolean(), reden: fc.constant("Termijn loopt") }),
          ),
        }),
      )
      .map((feit): Stap => ({ soort: "feit", feit: feit as Partial<ZaakFeiten> })),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...ACTIES) }, { weight: 3, arbitrary: fc.nat(20) }),
        fc.oneof(fc.constant(true), fc.boolean()),
        arbInvoer,
      )
      .map(
        ([actie, volledig, invoer]): Stap => ({
          soort: "actie",
          actie,
          volledig,
          invoer: volledig ? invoer : {},
        }),
      ),
  },
);

const TRANSITIE_SLEUTELS = new Set(TRANSITIES.map((tr) => `${tr.van}|${tr.actie}|${tr.naar}`));
/** Plain assertion: `expect` is too slow for the tens of thousands of checks of the random walks. */
function klopt(voorwaarde: boolean, melding: string): asserts voorwaarde {
  if (!voorwaarde) throw new Error(melding);
}

/** Walks the machine along `stappen`, checking the invariants after every step; records the visited statuses. */
function wandel(zt: Zaaktype, stappen: Stap[], bezocht: Set<string>) {
  const config = ZAAKTYPE_CONFIG[zt];
  let z: ZaakFeiten = zaak(zt, "melding");
  for (const stap of stappen) {
    if (stap.soort === "feit") {
      z = { ...z, ...stap.feit };
    } else {
      const context = ctx(stap.invoer);
      const aanbod = mogelijkeActies(z, { invoer: context });
      const toegestaan = aanbod.filter((a) => a.toegestaan);
      const actie =
        typeof stap.actie === "number"
          ? (toegestaan[stap.actie % Math.max(toegestaan.length, 1)]?.actie ?? "heropen")
          : stap.actie;
      const aangeboden = aanbod.find((a) => a.actie === actie);
      const uitkomst = voerUit(z, actie, context);
      const wat = `${zt}: ${z.status} --${actie}-->`;
      if (uitkomst.ok) {
        klopt(
          config.statussen.includes(uitkomst.nieuweStatus),
          `${wat} ${uitkomst.nieuweStatus} buiten zaaktype`,
        );
        klopt(
          TRANSITIE_SLEUTELS.has(`${z.status}|${actie}|${uitkomst.nieuweStatus}`),
          `${wat} niet gedeclareerd`,
        );
        klopt(aangeboden?.toegestaan === true, `${wat} uitgevoerd maar niet aangeboden`);
        z = pasToe(z, uitkomst.gebeurtenis);
      } else {
        klopt(uitkomst.reden.length > 0, `${wat} geweigerd zonder reden`);
        // With complete input a refusal is exactly what mogelijkeActies predicts.
        if (stap.volledig)
          klopt(aangeboden?.toegestaan !== true, `${wat} aangeboden maar geweigerd: ${uitkomst.reden}`);
      }
    }
    bezocht.add(`${zt}:${z.status}`);
    klopt(config.statussen.includes(z.status), `${zt}: status ${z.status} buiten zaaktype`);
    for (const a of mogelijkeActies(z)) {
      klopt(config.statussen.includes(a.naar), `${zt}: ${a.actie} leidt naar ${a.naar} buiten zaaktype`);
      if (isEindStatus(z.status)) {
        klopt(
          ACTIES_VANUIT_EINDSTATUS[z.status].includes(a.actie),
          `${zt}: ${a.actie} vanuit eindstatus ${z.status}`,
        );
      }
    }
  }
}

const arbWandeling = fc.tuple(
  fc.constantFrom(...ZAAKTYPEN),
  fc.array(arbStap, { minLength: 20, maxLength: 80, size: "max" }),
);

describe("property: bereikbare toestanden", () => {
  it("keeps every zaak inside its zaaktype's statuses and respects the final statuses", () => {
    fc.assert(
      fc.property(arbWandeling, ([zt, stappen]) => wandel(zt, stappen, new Set())),
      { numRuns: 500 },
    );
  });

  it("explores every status of every zaaktype (fixed seed)", () => {
    const bezocht = new Set<string>();
    fc.assert(
      fc.property(arbWandeling, ([zt, stappen]) => wandel(zt, stappen, bezocht)),
      { numRuns: 1000, seed: 20260105 },
    );
    for (const zt of ZAAKTYPEN) {
      for (const status of ZAAKTYPE_CONFIG[zt].statussen) expect(bezocht).toContain(`${zt}:${status}`);
    }
  });
});
