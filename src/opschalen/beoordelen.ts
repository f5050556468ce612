/**
 * A buurtteam medewerker confirms or refuses an op- or afschaalvoorstel in their own session (four eyes): never
 * the proposer (policy rule 16 and domain/opschalen/voorstel#toetsBeoordeling). Only a confirmed proposal takes
 * effect (`gevolgVanBevestiging`): opschalen and afschalen within maatwerk start a herindicatie (a new melding on
 * the same zaak: new onderzoek, plan and a wijzigingsbesluit), afschalen to the voorliggend veld moves the zaak to
 * evaluatie so the consulent closes it with that reason. A refusal changes neither the zaak's status nor its
 * facts; the history notes it with the buurtteam's motivation.
 */

import { herindicatie, type Overgang, voerOvergangenUit } from "../besluiten/zaakovergang";
import { beoordeelVoorstel as bewaarBeoordeling, haalVoorstel, type VoorstelRij } from "../db/opschalen";
import { haalZaak, personenVanZaak, type ZaakRij } from "../db/zaken";
import {
  type Beoordeling,
  gevolgVanBevestiging,
  SCHAAL_RICHTING_LABELS,
  type SchaalRichting,
  toetsBeoordeling,
} from "../domain/opschalen/voorstel";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";
import { voorstelResource } from "./resource";
import { weigerVoorstel } from "./weigering";

export const VOORSTEL_GEWIJZIGD = "Dit voorstel is intussen gewijzigd of al beoordeeld. Laad het opnieuw.";

export async function beoordeelVoorstel(
  h: Handeling,
  voorstelId: string,
  versie: number,
  invoer: { beoordeling: Beoordeling; toelichting: string },
): Promise<{ voorstel: VoorstelRij; zaak: ZaakRij }> {
  const voorstel = await haalVoorstel(h.tx, voorstelId);
  if (!voorstel) throw nietGevonden();
  vereis(h.wie, "wijzigen", voorstelResource(h.wie, voorstel.voorgesteldDoor));
  if (voorstel.versie !== versie) throw conflict(VOORSTEL_GEWIJZIGD);
  // The buurtteam may not read the zaak itself (policy rule 5): the proposal's door loads it.
  const zaak = await haalZaak(h.tx, voorstel.zaakId);
  if (!zaak) throw nietGevonden();
  weigerVoorstel(toetsBeoordeling(h.wie, voorstel, zaak, invoer));

  const bevestigd = invoer.beoordeling === "bevestigen";
  const beoordeeld = await bewaarBeoordeling(h.tx, voorstel.id, versie, {
    status: bevestigd ? "bevestigd" : "geweigerd",
    beoordeeldDoor: h.wie.medewerkerId,
    beoordeeldOp: nu(),
    toelichting: invoer.toelichting.trim(),
  });
  if (!beoordeeld) throw conflict(VOORSTEL_GEWIJZIGD);

  const richting = voorstel.richting as SchaalRichting;
  const wat = SCHAAL_RICHTING_LABELS[richting].toLowerCase();
  const toelichting = invoer.toelichting.trim();
  let rij = await bewaarZaak(
    h,
    zaak,
    { feiten: zaak.feiten as OpgeslagenFeiten },
    {
      soort: bevestigd ? "schaalvoorstel-bevestigd" : "schaalvoorstel-geweigerd",
      toelichting: `${bevestigd ? "Bevestigd" : "Niet bevestigd"} door het buurtteam (vier ogen): ${wat}.${toelichting ? ` ${toelichting}` : ""}`,
      gegevens: { voorstelId: voorstel.id, richting },
    },
  );
  if (bevestigd) {
    const datum = vandaag();
    const overgangen: Overgang[] = gevolgVanBevestiging(richting, rij.status).map((actie) =>
      actie === "herindicatie"
        ? herindicatie(
            datum,
            `Herindicatie na bevestigd voorstel (${wat}): nieuwe melding op dezelfde zaak; het plan krijgt een nieuwe versie en een wijzigingsbesluit volgt.`,
          )
        : {
            actie,
            invoer: { datum },
            toelichting: `Evaluatie gestart: het buurtteam bevestigde ${wat}.`,
          },
    );
    rij = await voerOvergangenUit(h, rij, overgangen);
  }
  const hoofdpersoon = (await personenVanZaak(h.tx, zaak.id)).find((p) => p.rol === "hoofdpersoon");
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "schaalvoorstel",
      persoonId: hoofdpersoon?.persoonId ?? null,
      reden: `voorstel ${richting} op zaak ${zaak.zaaknummer} ${bevestigd ? "bevestigd" : "geweigerd"}`,
    },
  ]);
  return { voorstel: beoordeeld, zaak: rij };
}
