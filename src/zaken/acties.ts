/**
 * Performs a status transition on a stored zaak: asks the state machine (domain/zaak/statusmachine) and
 * the aanvraag rule (domain/termijnen/aanvraag), then records the dated facts the deadlines follow from.
 * Pure: the route loads and saves.
 */
import type { ZaakRij } from "../db/zaken";
import { controleerAanvraag, type TermijnFeiten } from "../domain/termijnen";
import type { Werktraject } from "../domain/werk/jongeren";
import {
  type ActieCode,
  type ActieContext,
  type BesluitSoort,
  type Gebeurtenis,
  mogelijkeActies,
  type Uitkomst,
  voerUit,
  type ZaakFeiten,
} from "../domain/zaak/statusmachine";
import type { ZaakStatus } from "../domain/zaak/zaaktypen";
import { termijnFeiten } from "./termijnen";

/** What is stored in zaken.feiten. */
export type OpgeslagenFeiten = Omit<TermijnFeiten, "zaaktype" | "meldingsdatum"> & {
  routering?: { regel: string; uitleg: string };
  spoed?: boolean;
  besluitSoort?: BesluitSoort | null;
  beslissingOpBezwaar?: Uitkomst | null;
  uitspraakBeroep?: Uitkomst | null;
  /** The levering started (305 of the provider, or the recorded start of a PGB). */
  leveringGestartOp?: string;
  /** The planned end of the levering when it started: the latest einddatum granted (null: open-ended). */
  leveringEindigtOp?: string | null;
  /** The levering ended: the provider's 307 for the last running toewijzing, or the einddatum passed. */
  leveringBeeindigdOp?: string;
  leveringEinde?: "stopbericht" | "einddatum";
  /** Wgs art. 4 lid 2: what threatens (domain/schuldhulp#DREIGINGEN); it makes the eerste gesprek spoed. */
  wgsDreiging?: string | null;
  /** Wgs art. 4a lid 1: the beschikking's outcome (toegelaten | afgewezen), dated by toegangsbeschikkingOp. */
  toegangsuitkomst?: string | null;
  /** The Werk flow of a jongere (domain/werk/jongeren): contacts in the zoekperiode, intake, plan van aanpak. */
  werktraject?: Werktraject;
  /** Awb 4:17 lid 6: why no dwangsom is owed (domain/termijnen/dwangsom#DWANGSOM_UITZONDERINGEN). */
  dwangsomUitzondering?: string | null;
};

type Zaak = Pick<ZaakRij, "zaaktype" | "status" | "meldingsdatum" | "feiten" | "behandelaarId">;

export function machineFeiten(zaak: Zaak, peildatum: string): ZaakFeiten {
  const f = (zaak.feiten ?? {}) as OpgeslagenFeiten;
  const toets = controleerAanvraag(termijnFeiten(zaak), peildatum);
  return {
    zaaktype: zaak.zaaktype as ZaakFeiten["zaaktype"],
    status: zaak.status as ZaakStatus,
    behandelaar: zaak.behandelaarId,
    onderzoekAfgerond: Boolean(f.onderzoekAfgerondOp),
    aanvraagToegestaan: toets.toegestaan ? { toegestaan: true } : { toegestaan: false, reden: toets.reden },
    aanvraagOntvangen: Boolean(f.aanvraagdatum),
    besluitSoort: f.besluitSoort ?? null,
    beslissingOpBezwaar: f.beslissingOpBezwaar ?? null,
    uitspraakBeroep: f.uitspraakBeroep ?? null,
    leveringBeeindigd: Boolean(f.leveringBeeindigdOp),
  };
}

export interface ActieInvoer extends Omit<ActieContext, "door" | "op"> {
  /** The date of the fact (aanvraag received, besluit taken…); defaults to today. */
  datum: string;
}

export type ActieUitkomst =
  | {
      ok: true;
      status: ZaakStatus;
      behandelaarId: string | null;
      feiten: OpgeslagenFeiten;
      afgeslotenOp: string | null;
      gebeurtenis: Gebeurtenis;
    }
  | { ok: false; reden: string; regel: string };

export function voerZaakActieUit(
  zaak: Zaak,
  actie: ActieCode,
  invoer: ActieInvoer,
  door: string,
  op: string,
): ActieUitkomst {
  const { datum, ...context } = invoer;
  if (datum < zaak.meldingsdatum)
    return { ok: false, reden: "De datum ligt vóór de melding.", regel: "datum-na-melding" };
  const uitvoering = voerUit(machineFeiten(zaak, datum), actie, { ...context, door, op });
  if (!uitvoering.ok)
    return { ok: false, reden: uitvoering.reden, regel: uitvoering.voorwaarden[0] ?? uitvoering.code };
  const feiten: OpgeslagenFeiten = { ...((zaak.feiten ?? {}) as OpgeslagenFeiten) };
  let behandelaarId = zaak.behandelaarId;
  let afgeslotenOp: string | null = null;
  switch (actie) {
    case "start-onderzoek":
      behandelaarId = context.behandelaar ?? behandelaarId;
      break;
    case "rond-onderzoek-af":
      feiten.onderzoekAfgerondOp = datum;
      break;
    case "registreer-aanvraag":
      feiten.aanvraagdatum = datum;
      break;
    case "trek-aanvraag-in":
      afgeslotenOp = datum;
      break;
    case "neem-besluit":
      feiten.besluitdatum = datum;
      feiten.besluitSoort = context.besluitSoort ?? null;
      feiten.beslissingOpBezwaar = null;
      break;
    case "start-levering":
      feiten.leveringGestartOp = datum;
      delete feiten.leveringBeeindigdOp;
      delete feiten.leveringEinde;
      break;
    case "dien-bezwaar-in":
      feiten.bezwaarOntvangenOp = datum;
      break;
    case "beslis-op-bezwaar":
      feiten.besluitOpBezwaarOp = datum;
      feiten.beslissingOpBezwaar = context.uitkomst ?? null;
      if (context.besluitSoort) feiten.besluitSoort = context.besluitSoort;
      break;
    case "sluit-af":
    case "niet-oppakken":
      afgeslotenOp = datum;
      break;
    case "herindicatie":
    case "heropen":
      for (const k of [
        "onderzoekAfgerondOp",
        "aanvraagdatum",
        "besluitdatum",
        "besluitSoort",
        "leveringBeeindigdOp",
        "leveringEinde",
      ] as const)
        delete feiten[k];
      break;
    default:
      break;
  }
  if (uitvoering.nieuweStatus !== "afgesloten" && uitvoering.nieuweStatus !== "niet-opgepakt")
    afgeslotenOp = null;
  return {
    ok: true,
    status: uitvoering.nieuweStatus,
    behandelaarId,
    feiten,
    afgeslotenOp,
    gebeurtenis: uitvoering.gebeurtenis,
  };
}

/** The next possible actions with whether they are allowed now for this medewerker, for the zaak page. */
export function volgendeActies(zaak: Zaak, vandaag: string, medewerkerId: string) {
  return mogelijkeActies(machineFeiten(zaak, vandaag), { invoer: { behandelaar: medewerkerId } }).map(
    (a) => ({
      actie: a.actie,
      label: a.label,
      naar: a.naar,
      toegestaan: a.toegestaan,
      reden: a.reden ?? null,
    }),
  );
}
