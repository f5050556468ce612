/**
 * Werkvoorraden ("bakken") and "Mijn zaken": the open zaken a medewerker works from (issue 4, issue 21).
 * Every filter is applied in SQL and the page is read in the order shown (crisis/spoed first, then the nearest
 * deadline), so a werkvoorraad of any size costs one page; the names shown are audited.
 */
import {
  type Lijstplek,
  type Lijstsleutel,
  tellingenPerWerkvoorraad,
  type ZaakLijstFilter,
  zakenInLijst,
} from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import { WERKVOORRAAD_LABELS, WERKVOORRADEN, type WerkvoorraadCode } from "../domain/routering/routering";
import { plusDagen } from "../domain/termijnen/kalender";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden, nietToegestaan, ongeldig } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { dwangsomVan, urgentie } from "./termijnen";

/** The filters a medewerker can set on a werkvoorraad (all optional, combined with "and"). */
export interface WerkvoorraadFilters {
  behandelaarId?: string | undefined;
  wijkCode?: string | undefined;
  status?: string | undefined;
  alleenVerlopen?: boolean | undefined;
  /** Only zaken whose nearest deadline falls within this many days from today (overdue included). */
  termijnBinnenDagen?: number | undefined;
  alleenSpoed?: boolean | undefined;
}

const isWerkvoorraad = (code: string): code is WerkvoorraadCode =>
  (WERKVOORRADEN as readonly string[]).includes(code);

const zichtbaar = (h: Handeling, code: string) =>
  beslis(actorVan(h.wie), "lezen", {
    soort: "zaak",
    gemeenteCode: h.wie.gemeente.code,
    vakgroep: code,
    behandelaarId: null,
  });

/** The werkvoorraden the medewerker may see, with the numbers of open and overdue zaken. */
export async function bekijkWerkvoorraden(h: Handeling) {
  const tellingen = await tellingenPerWerkvoorraad(h.tx, vandaag());
  return WERKVOORRADEN.filter((code) => zichtbaar(h, code).toegestaan).map((code) => ({
    code,
    naam: WERKVOORRAAD_LABELS[code],
    aantal: tellingen.get(code)?.aantal ?? 0,
    verlopen: tellingen.get(code)?.verlopen ?? 0,
  }));
}

/** Which page: `na` (the previous page's `volgende`) pages by key; without it `pagina` is an offset page. */
export interface Bladeren {
  pagina: number;
  perPagina: number;
  na?: string | undefined;
}

const sleutelTekst = (s: Lijstsleutel) =>
  Buffer.from(JSON.stringify([s.spoed ? 1 : 0, s.datum, s.id])).toString("base64url");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** The key of a `na` parameter; a tampered or foreign one is refused (400 naming the field), never a 500. */
function sleutelUit(tekst: string): Lijstsleutel {
  let waarde: unknown;
  try {
    waarde = JSON.parse(Buffer.from(tekst, "base64url").toString("utf8"));
  } catch {
    waarde = undefined;
  }
  if (Array.isArray(waarde) && waarde.length === 3) {
    const [spoed, datum, id] = waarde as unknown[];
    if (
      (spoed === 0 || spoed === 1) &&
      (datum === null ||
        (typeof datum === "string" && DATUM.test(datum) && !Number.isNaN(Date.parse(datum)))) &&
      typeof id === "string" &&
      UUID.test(id)
    )
      return { spoed: spoed === 1, datum, id };
  }
  throw ongeldig("Het vervolg van de lijst is ongeldig. Begin opnieuw bij de eerste pagina.", [
    { veld: "na", melding: "Ongeldig vervolg van de lijst" },
  ]);
}

/** One page of the open zaken of a werkvoorraad. */
export async function bekijkWerkvoorraad(
  h: Handeling,
  code: string,
  filters: WerkvoorraadFilters,
  bladeren: Bladeren,
) {
  if (!isWerkvoorraad(code)) throw nietGevonden("Deze werkvoorraad bestaat niet.");
  const besluit = zichtbaar(h, code);
  if (!besluit.toegestaan) throw nietToegestaan(besluit.reden);
  return lijst(h, { ...filters, werkvoorraad: code }, bladeren, "werkvoorraad");
}

/** "Mijn zaken": one page of the open zaken on the caller's own name, across werkvoorraden. */
export async function bekijkMijnZaken(
  h: Handeling,
  filters: Omit<WerkvoorraadFilters, "behandelaarId">,
  bladeren: Bladeren,
) {
  vereis(h.wie, "lezen", {
    soort: "zaak",
    gemeenteCode: h.wie.gemeente.code,
    vakgroep: null,
    behandelaarId: h.wie.medewerkerId,
  });
  return lijst(h, { ...filters, behandelaarId: h.wie.medewerkerId }, bladeren, "mijn-zaken");
}

/** A warning on the row while a dwangsom runs or its maximum was reached undecided (Awb 4:17). */
function dwangsomWaarschuwing(zaak: Parameters<typeof dwangsomVan>[0], dag: string) {
  const d = dwangsomVan(zaak, dag);
  return d && (d.stand === "loopt" || d.stand === "maximum-bereikt")
    ? { stand: d.stand, bedrag: d.bedrag, bedragPerDagNu: d.bedragPerDagNu }
    : null;
}

async function lijst(
  h: Handeling,
  filters: WerkvoorraadFilters & { werkvoorraad?: string },
  { pagina, perPagina, na }: Bladeren,
  resource: string,
) {
  const dag = vandaag();
  const { termijnBinnenDagen, ...rest } = filters;
  const filter: ZaakLijstFilter = {
    ...rest,
    vandaag: dag,
    termijnTot: termijnBinnenDagen === undefined ? undefined : plusDagen(dag, termijnBinnenDagen),
  };
  const plek: Lijstplek = na === undefined ? { pagina } : { na: sleutelUit(na) };
  const { items, volgende, totaal } = await zakenInLijst(h.tx, filter, plek, perPagina);
  await auditeer(
    h,
    items.flatMap(({ zaak, hoofdpersoonId }) =>
      hoofdpersoonId
        ? [
            {
              actie: "lezen" as const,
              resource,
              persoonId: hoofdpersoonId,
              reden: `naam getoond in ${resource === "mijn-zaken" ? "Mijn zaken" : "werkvoorraad"} bij ${zaak.zaaknummer}`,
            },
          ]
        : [],
    ),
  );
  return {
    items: items.map(({ zaak, behandelaar, hoofdpersoon }) => ({
      id: zaak.id,
      zaaknummer: zaak.zaaknummer,
      zaaktype: zaak.zaaktype,
      status: zaak.status,
      werkvoorraad: zaak.werkvoorraad,
      behandelaar,
      meldingsdatum: zaak.meldingsdatum,
      hoofdpersoon,
      wijk: zaak.wijkCode,
      veiligheid: zaak.veiligheid,
      spoed: zaak.spoed,
      dwangsom: dwangsomWaarschuwing(zaak, dag),
      termijn:
        zaak.volgendeTermijnDatum && zaak.volgendeTermijnSoort
          ? {
              soort: zaak.volgendeTermijnSoort,
              uiterlijkeDatum: zaak.volgendeTermijnDatum,
              status: zaak.volgendeTermijnDatum < dag ? "verlopen" : "lopend",
              urgentie: urgentie(zaak.volgendeTermijnDatum, dag),
            }
          : null,
    })),
    pagina,
    perPagina,
    totaal,
    volgende: volgende ? sleutelTekst(volgende) : null,
  };
}
