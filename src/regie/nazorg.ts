/**
 * Nazorg ex-gedetineerden (seed 004 §7.1.2; domain/regie/nazorg): started on a zaak when the melding of a detention
 * (or of a zelfmelder) comes in, then kept up to date — the contact with the PI casemanager, the achterblijvers,
 * the five nazorg points. One per zaak; the Regiegroep and the teamleider record it (policy rule 21).
 */
import type { z } from "zod";
import type { nazorgVerzoek } from "../contract/regie";
import { type RegieThemaRij, voegRegieThemaToe, werkRegieThemaBij } from "../db/regie";
import { voegGebeurtenisToe, type ZaakRij } from "../db/zaken";
import { type Nazorg, toetsNazorg } from "../domain/regie/nazorg";
import { type Handeling, vereis } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { regieResource } from "./resource";
import { auditeerThema, laadRegieThema, THEMA_GEWIJZIGD, weigerRegie } from "./thema";

export const NAZORG_BESTAAT_AL = "Op deze zaak loopt al een nazorgtraject.";

export type NazorgInvoer = z.infer<typeof nazorgVerzoek>;

/** The stored facts, after the domain's check. */
function alsNazorg(invoer: NazorgInvoer): Nazorg {
  const nazorg: Nazorg = { ...invoer, punten: { ...invoer.punten } };
  weigerRegie(toetsNazorg(nazorg, vandaag()));
  return nazorg;
}

export async function startNazorg(h: Handeling, zaak: ZaakRij, invoer: NazorgInvoer): Promise<RegieThemaRij> {
  vereis(h.wie, "aanmaken", regieResource(h.wie, zaak, "inhoud"));
  const rij = await voegRegieThemaToe(h.tx, {
    zaakId: zaak.id,
    thema: "nazorg",
    gegevens: alsNazorg(invoer),
    gestartDoor: h.wie.medewerkerId,
  });
  if (!rij) throw conflict(NAZORG_BESTAAT_AL);
  await voegGebeurtenisToe(h.tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: h.wie.medewerkerId,
    soort: "nazorg-gestart",
    toelichting: invoer.zelfmelder
      ? "Nazorg gestart (zelfmelder)."
      : "Nazorg gestart na melding van detentie.",
    gegevens: { regieThemaId: rij.id },
  });
  await auditeerThema(h, zaak, "nazorg", "aanmaken", "nazorg gestart");
  return rij;
}

export async function werkNazorgBij(
  h: Handeling,
  id: string,
  versie: number,
  invoer: NazorgInvoer,
): Promise<{ rij: RegieThemaRij; zaak: ZaakRij }> {
  const { zaak } = await laadRegieThema(h, id, "nazorg", versie);
  const rij = await werkRegieThemaBij(h.tx, id, versie, { gegevens: alsNazorg(invoer) });
  if (!rij) throw conflict(THEMA_GEWIJZIGD);
  await auditeerThema(h, zaak, "nazorg", "wijzigen", "nazorg bijgewerkt");
  return { rij, zaak };
}
