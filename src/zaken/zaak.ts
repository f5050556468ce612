/**
 * The one door to a zaak for every entry point (UI, portal, provider, ZGW, batch):
 * - `laadZaak`: load for reading or for a change, with the policy's check and (for a change) the versie the
 *   caller saw — the only place that decides "may this actor see/change this zaak";
 * - `voerActieUit`: a state-machine transition (domain/zaak/statusmachine) and its dated facts, saved;
 * - `bewaarZaak`: save changed facts/status, recompute the nearest deadline, record the event, audit.
 * Refusals are `Weigering`s; HTTP never shows up here.
 */
import type { Ingelogd } from "../auth/sessies";
import { haalZaak, personenVanZaak, voegGebeurtenisToe, werkZaakBij, type ZaakRij } from "../db/zaken";
import type { ActieCode } from "../domain/zaak/statusmachine";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { medewerkerVan } from "../handeling/systeem";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import { type ActieInvoer, type OpgeslagenFeiten, voerZaakActieUit } from "./acties";
import { volgendeTermijn } from "./termijnen";

export const ZAAK_GEWIJZIGD = "Iemand anders heeft deze zaak intussen gewijzigd. Laad de zaak opnieuw.";

/** The policy's view of a zaak: who has it, and its phase (status, zaaktype, a besluit taken) for A&O and the jurist. */
export function zaakResource(
  wie: Ingelogd,
  rij: Pick<ZaakRij, "werkvoorraad" | "behandelaarId" | "status" | "zaaktype"> & { feiten: unknown },
) {
  const feiten = rij.feiten as { besluitdatum?: string; verzoekVanAanbieder?: boolean } | null;
  return {
    soort: "zaak" as const,
    gemeenteCode: wie.gemeente.code,
    vakgroep: rij.werkvoorraad,
    behandelaarId: rij.behandelaarId,
    medebehandelaarIds: medebehandelaars(rij.feiten),
    status: rij.status,
    zaaktype: rij.zaaktype,
    besluitGenomen: Boolean(feiten?.besluitdatum),
    verzoekVanAanbieder: feiten?.verzoekVanAanbieder === true,
  };
}

/** Medewerkers added to the zaak: the casemanager Veilig Opgroeien who joined a Regiegroep zaak. */
function medebehandelaars(feiten: unknown): string[] {
  const raadpleging = (
    feiten as { casemanagerVeiligOpgroeien?: { soort?: string; medewerkerId?: string } } | null
  )?.casemanagerVeiligOpgroeien;
  return raadpleging?.soort === "toegevoegd" && raadpleging.medewerkerId ? [raadpleging.medewerkerId] : [];
}

/** The zaak's hoofdpersoon, whom an area's audit entries name (never the content). */
export const hoofdpersoonVan = async (h: Handeling, zaakId: string): Promise<string | null> =>
  (await personenVanZaak(h.tx, zaakId)).find((p) => p.rol === "hoofdpersoon")?.persoonId ?? null;

export type ZaakDoel = { voor: "lezen" } | { voor: "wijzigen"; versie?: number | undefined };

/**
 * Loads a zaak the actor may read or change. Unknown and invisible zaken are both `niet-gevonden` (RLS hides
 * other gemeenten); a change on a versie other than the stored one is a `conflict`.
 * `geladen`: the row this act already read in the same transaction (the werkblad reads its parts from one load):
 * it is not read again, but the policy (and the versie) are asked again for this use.
 */
export async function laadZaak(
  h: Handeling,
  id: string,
  doel: ZaakDoel,
  geladen?: ZaakRij,
): Promise<ZaakRij> {
  const rij = geladen?.id === id ? geladen : await haalZaak(h.tx, id);
  if (!rij) throw nietGevonden();
  vereis(h.wie, doel.voor, zaakResource(h.wie, rij));
  if (doel.voor === "wijzigen" && doel.versie !== undefined && doel.versie !== rij.versie)
    throw conflict(ZAAK_GEWIJZIGD);
  return rij;
}

export interface ZaakWijziging {
  status?: string;
  werkvoorraad?: string;
  behandelaarId?: string | null;
  feiten: OpgeslagenFeiten;
  afgeslotenOp?: string | null;
}

export interface ZaakGebeurtenis {
  soort: string;
  toelichting: string | null;
  gegevens?: Record<string, unknown>;
}

/** Saves new facts / status (optimistic: on the loaded versie), recomputes the nearest deadline, records and audits. */
export async function bewaarZaak(
  h: Handeling,
  rij: ZaakRij,
  wijziging: ZaakWijziging,
  gebeurtenis: ZaakGebeurtenis,
): Promise<ZaakRij> {
  const volgende = volgendeTermijn({ ...rij, feiten: wijziging.feiten }, vandaag());
  const bijgewerkt = await werkZaakBij(h.tx, rij.id, rij.versie, {
    ...(wijziging.status ? { status: wijziging.status } : {}),
    ...(wijziging.werkvoorraad ? { werkvoorraad: wijziging.werkvoorraad } : {}),
    ...(wijziging.behandelaarId !== undefined ? { behandelaarId: wijziging.behandelaarId } : {}),
    ...(wijziging.afgeslotenOp !== undefined ? { afgeslotenOp: wijziging.afgeslotenOp } : {}),
    feiten: wijziging.feiten,
    volgendeTermijnDatum: volgende?.uiterlijkeDatum ?? null,
    volgendeTermijnSoort: volgende?.soort ?? null,
  });
  if (!bijgewerkt) throw conflict(ZAAK_GEWIJZIGD);
  await voegGebeurtenisToe(h.tx, {
    gemeenteCode: rij.gemeenteCode,
    zaakId: rij.id,
    medewerkerId: medewerkerVan(h.wie),
    soort: gebeurtenis.soort,
    vanStatus: rij.status,
    naarStatus: bijgewerkt.status,
    toelichting: gebeurtenis.toelichting,
    gegevens: gebeurtenis.gegevens ?? {},
  });
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "zaak",
      persoonId: null,
      reden: `${gebeurtenis.soort} op zaak ${rij.zaaknummer}`,
    },
  ]);
  return bijgewerkt;
}

export interface ActieOpties {
  /** Facts that hold before the machine judges (e.g. a signed plan is the onderzoek's written outcome). */
  vooraf?: (feiten: OpgeslagenFeiten) => OpgeslagenFeiten;
  /** Extra facts recorded with the transition, after the machine's own. */
  feiten?: (feiten: OpgeslagenFeiten) => OpgeslagenFeiten;
  /** The werkvoorraad the zaak moves to with this action. */
  werkvoorraad?: string;
  /** Adds to (or overrides) the event the machine recorded. */
  gebeurtenis?: Partial<ZaakGebeurtenis>;
}

/**
 * Runs one state-machine action on a loaded zaak and saves it: the only way a zaak changes status. A refusal of
 * the machine is a `regel-overtreden` naming the condition (its code in `regel`).
 */
export async function voerActieUit(
  h: Handeling,
  rij: ZaakRij,
  actie: ActieCode,
  invoer: Omit<ActieInvoer, "datum"> & { datum?: string | undefined },
  opties: ActieOpties = {},
): Promise<ZaakRij> {
  const datum = invoer.datum ?? vandaag();
  if (datum > vandaag()) ongeldigeDatum();
  const vooraf = opties.vooraf ? opties.vooraf({ ...((rij.feiten ?? {}) as OpgeslagenFeiten) }) : rij.feiten;
  const uitkomst = voerZaakActieUit(
    { ...rij, feiten: vooraf },
    actie,
    { ...invoer, datum },
    h.wie.medewerkerId,
    nu().toISOString(),
  );
  if (!uitkomst.ok) throw regelOvertreden(uitkomst.reden, undefined, uitkomst.regel);
  const g = opties.gebeurtenis ?? {};
  return bewaarZaak(
    h,
    rij,
    {
      status: uitkomst.status,
      behandelaarId: uitkomst.behandelaarId,
      afgeslotenOp: uitkomst.afgeslotenOp,
      feiten: opties.feiten ? opties.feiten(uitkomst.feiten) : uitkomst.feiten,
      ...(opties.werkvoorraad ? { werkvoorraad: opties.werkvoorraad } : {}),
    },
    {
      soort: g.soort ?? actie,
      toelichting: g.toelichting ?? uitkomst.gebeurtenis.toelichting,
      gegevens: { ...uitkomst.gebeurtenis.gegevens, datum, ...g.gegevens },
    },
  );
}

/** Dry run: would this action be allowed now? The Dutch reason when not; changes nothing. */
export function toetsActie(
  rij: ZaakRij,
  actie: ActieCode,
  invoer: ActieInvoer,
  wie: Ingelogd,
): string | null {
  const uitkomst = voerZaakActieUit(rij, actie, invoer, wie.medewerkerId, nu().toISOString());
  return uitkomst.ok ? null : uitkomst.reden;
}

function ongeldigeDatum(): never {
  throw ongeldig("De datum ligt in de toekomst.", [
    { veld: "datum", melding: "Ligt in de toekomst", regel: "datum-niet-in-toekomst" },
  ]);
}
