/**
 * The one door to a Meldcode: load it with its zaak and the policy's check (rule 18), show it as the caller may
 * see it (existence always, content only to those allowed), and save a change on the versie the caller saw, with
 * its audit entry. Refusals are `Weigering`s.
 */
import type { z } from "zod";
import type { meldcodeWeergave } from "../contract/meldcode";
import { namenVan } from "../db/gebruikers";
import { haalMeldcode, type MeldcodeRij, werkMeldcodeBij } from "../db/meldcode";
import { haalZaak, type ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import {
  briefVolgt,
  type Meldcode,
  type MeldcodeStatus,
  type Melding,
  meldingVereist,
  type Stappen,
  uitkomstAfweging,
  volgendeStap,
} from "../domain/meldcode/meldcode";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden } from "../handeling/weigering";
import { hoofdpersoonVan } from "../zaken/zaak";
import { meldcodeResource } from "./resource";

export const MELDCODE_GEWIJZIGD = "Iemand anders heeft deze Meldcode intussen gewijzigd. Laad hem opnieuw.";

export interface GeladenMeldcode {
  rij: MeldcodeRij;
  zaak: ZaakRij;
  meldcode: Meldcode;
}

export const alsMeldcode = (rij: MeldcodeRij): Meldcode => ({
  status: rij.status as MeldcodeStatus,
  stappen: (rij.stappen ?? {}) as Stappen,
  melding: (rij.melding ?? null) as Melding | null,
});

/**
 * Loads a Meldcode whose content the actor may read or change; a change only on the versie they saw (a preview
 * of a change asks the right to change, without a versie).
 */
export async function laadMeldcode(
  h: Handeling,
  id: string,
  doel: { voor: "lezen" } | { voor: "wijzigen"; versie?: number },
): Promise<GeladenMeldcode> {
  const rij = await haalMeldcode(h.tx, id);
  if (!rij) throw nietGevonden();
  const zaak = await haalZaak(h.tx, rij.zaakId);
  if (!zaak) throw nietGevonden();
  vereis(h.wie, doel.voor, meldcodeResource(h.wie, zaak, "inhoud", rij.auteurId));
  if (doel.voor === "wijzigen" && doel.versie !== undefined && doel.versie !== rij.versie)
    throw conflict(MELDCODE_GEWIJZIGD);
  return { rij, zaak, meldcode: alsMeldcode(rij) };
}

/** Saves the change and records it in the audit trail (who changed which Meldcode of whom, never its content). */
export async function bewaarMeldcode(
  h: Handeling,
  geladen: GeladenMeldcode,
  wijziging: Parameters<typeof werkMeldcodeBij>[3],
  wat: string,
): Promise<MeldcodeRij> {
  const rij = await werkMeldcodeBij(h.tx, geladen.rij.id, geladen.rij.versie, wijziging);
  if (!rij) throw conflict(MELDCODE_GEWIJZIGD);
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "meldcode",
      persoonId: await hoofdpersoonVan(h, geladen.zaak.id),
      reden: `${wat} in Meldcode op zaak ${geladen.zaak.zaaknummer}`,
    },
  ]);
  return rij;
}

const ofNull = <T>(waarde: T | undefined): T | null => waarde ?? null;

/** Who wrote and who closed these Meldcodes, by id, in one query (for `alsWeergave`). */
export type MeldcodeNamen = Awaited<ReturnType<typeof namenVan>>;
export function namenBijMeldcodes(h: Handeling, rijen: readonly MeldcodeRij[]): Promise<MeldcodeNamen> {
  return namenVan(
    h.tx,
    rijen.flatMap((r) => (r.afgeslotenDoor ? [r.auteurId, r.afgeslotenDoor] : [r.auteurId])),
  );
}

/**
 * The Meldcode as this caller may see it; `inhoud` null when only its existence is visible (rule 18). `namen`
 * from `namenBijMeldcodes`.
 */
export function alsWeergave(
  h: Handeling,
  rij: MeldcodeRij,
  zaak: ZaakRij,
  namen: MeldcodeNamen,
): z.infer<typeof meldcodeWeergave> {
  const basis = {
    id: rij.id,
    zaakId: zaak.id,
    zaaknummer: zaak.zaaknummer,
    status: rij.status as MeldcodeStatus,
    gestartOp: rij.gestartOp.toISOString(),
    versie: rij.versie,
  };
  const mag = beslis(actorVan(h.wie), "lezen", meldcodeResource(h.wie, zaak, "inhoud", rij.auteurId));
  if (!mag.toegestaan) return { ...basis, inhoud: null };
  const { stappen, melding } = alsMeldcode(rij);
  const uitkomst = uitkomstAfweging(stappen.afweging ?? []);
  const g = stappen.gesprek;
  return {
    ...basis,
    inhoud: {
      auteur: namen.get(rij.auteurId)?.naam ?? "onbekend",
      stappen: {
        signalen: ofNull(stappen.signalen),
        overleg: ofNull(stappen.overleg),
        gesprek: g
          ? g.gevoerd
            ? { gevoerd: true, datum: g.datum, metWie: g.metWie, verslag: g.verslag, redenNietVeilig: null }
            : { gevoerd: false, datum: null, metWie: null, verslag: null, redenNietVeilig: g.redenNietVeilig }
          : null,
        afweging: ofNull(stappen.afweging),
        beslissingen: ofNull(stappen.beslissingen),
      },
      volgendeStap: volgendeStap(stappen),
      uitkomst: {
        soort: uitkomst.soort,
        volgendeVraag: uitkomst.soort === "onvolledig" ? uitkomst.volgendeVraag : null,
        reden: uitkomst.soort === "melden" ? uitkomst.reden : null,
      },
      meldingVereist: meldingVereist(stappen),
      melding: melding
        ? {
            datum: melding.datum,
            contactpersoon: melding.contactpersoon,
            inhoud: melding.inhoud,
            oudersBriefVolgt: briefVolgt(melding.ouders),
            oudersGeinformeerdOp: "op" in melding.ouders ? melding.ouders.op : null,
            kennisgevingDocumentIds: "op" in melding.ouders ? [...(melding.ouders.documentIds ?? [])] : [],
            oudersRedenNiet: "redenNiet" in melding.ouders ? melding.ouders.redenNiet : null,
          }
        : null,
      afsluiting: rij.afsluiting,
      afgeslotenOp: rij.afgeslotenOp?.toISOString() ?? null,
      afgeslotenDoor: rij.afgeslotenDoor ? (namen.get(rij.afgeslotenDoor)?.naam ?? null) : null,
    },
  };
}
