/**
 * A youth crisis handed to Spoed voor Jeugd outside office hours (seed 004 §4.1.2; domain/regie/spoed): when, to
 * whom, what. The Regiegroep and the teamleider record it (policy rule 21); the Regiegroep is notified, and the
 * zaak returns to its werkvoorraad the next working day at 8.30 (regie/terugzetten).
 */
import type { z } from "zod";
import type { spoedOverdrachtVerzoek } from "../contract/regie";
import { type RegieThemaRij, voegRegieThemaToe } from "../db/regie";
import { voegGebeurtenisToe, type ZaakRij } from "../db/zaken";
import { terugNaarRegiegroep, toetsOverdracht } from "../domain/regie/spoed";
import { lang } from "../domain/termijnen/kalender";
import { type Handeling, vereis } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import { nu } from "../lib/klok";
import { regieResource } from "./resource";
import {
  auditeerThema,
  informeerRegiegroep,
  type SpoedGegevens,
  THEMA_GEWIJZIGD,
  weigerRegie,
} from "./thema";

export async function draagOverAanSpoedVoorJeugd(
  h: Handeling,
  zaak: ZaakRij,
  invoer: z.infer<typeof spoedOverdrachtVerzoek>,
): Promise<RegieThemaRij> {
  vereis(h.wie, "aanmaken", regieResource(h.wie, zaak, "inhoud"));
  weigerRegie(toetsOverdracht(invoer.overgedragenOp, nu().toISOString()));
  const terug = terugNaarRegiegroep(invoer.overgedragenOp);
  const gegevens: SpoedGegevens = {
    overgedragenOp: new Date(invoer.overgedragenOp).toISOString(),
    aan: invoer.aan,
    wat: invoer.wat,
  };
  const rij = await voegRegieThemaToe(h.tx, {
    zaakId: zaak.id,
    thema: "spoed-jeugd",
    gegevens,
    terugOp: new Date(terug.moment),
    gestartDoor: h.wie.medewerkerId,
  });
  if (!rij) throw conflict(THEMA_GEWIJZIGD);
  await voegGebeurtenisToe(h.tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: h.wie.medewerkerId,
    soort: "spoed-voor-jeugd-overgedragen",
    toelichting: `Buiten kantoortijd overgedragen aan Spoed voor Jeugd; terug bij de Regiegroep op ${lang(terug.datum)} om 8.30 uur.`,
    gegevens: { regieThemaId: rij.id },
  });
  await informeerRegiegroep(
    h,
    zaak,
    "spoed-voor-jeugd",
    `Zaak ${zaak.zaaknummer} is buiten kantoortijd overgedragen aan Spoed voor Jeugd. De zaak komt op ${lang(terug.datum)} om 8.30 uur terug in de werkvoorraad Regiegroep.`,
  );
  await auditeerThema(h, zaak, "spoed-jeugd", "aanmaken", "overdracht vastgelegd");
  return rij;
}
