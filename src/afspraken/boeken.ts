/**
 * Booking an appointment for a zaak (issue 5 item 7): checks the input and every booking rule under an
 * agenda lock, then stores the appointment with its confirmation letter and mail, a history entry on the
 * zaak and the audit trail — all in the caller's transaction, so a refusal writes nothing.
 */
import { randomUUID } from "node:crypto";
import { geadresseerdenVan } from "../brieven/geadresseerden";
import type { NieuweAfspraak } from "../contract/afspraken";
import {
  type AfspraakRij,
  betrokkenenVoorBevestiging,
  geplandeAfspraken,
  haalAgenda,
  haalLocatie,
  haalMedewerker,
  vergrendelAgenda,
  voegAfspraakToe,
} from "../db/afspraken";
import { voegGebeurtenisToe, type ZaakRij } from "../db/zaken";
import { isJeugdzaak, kiesOntvanger } from "../domain/afspraken/bevestiging";
import { beoordeelBoeking } from "../domain/afspraken/boeking";
import { datumMetWeekdag, vanLokaal } from "../domain/afspraken/tijd";
import { TOEGANGSROLLEN } from "../domain/autorisatie";
import { auditeer, type Handeling } from "../handeling/context";
import { medewerkerVan } from "../handeling/systeem";
import { ongeldig, regelOvertreden } from "../handeling/weigering";
import * as klok from "../lib/klok";
import { vandaag } from "../lib/klok";
import { verstuurBevestiging } from "./bevestiging";

export async function boekAfspraak(
  h: Handeling,
  zaak: ZaakRij,
  invoer: NieuweAfspraak,
  afzender: string,
): Promise<AfspraakRij> {
  const { tx, wie } = h;
  if (zaak.afgeslotenOp) {
    throw regelOvertreden("Voor een afgesloten zaak worden geen afspraken meer gemaakt.");
  }
  const medewerkerId = invoer.medewerkerId ?? wie.medewerkerId;
  const medewerker = await haalMedewerker(tx, medewerkerId);
  if (
    !medewerker?.actief ||
    !medewerker.rollen.some((r) => (TOEGANGSROLLEN as readonly string[]).includes(r))
  ) {
    throw ongeldig("Onbekende medewerker.", [
      { veld: "medewerkerId", melding: "Kies een medewerker van de Toegang" },
    ]);
  }
  const locatie = await haalLocatie(tx, invoer.locatieId);
  if (!locatie?.actief) {
    throw ongeldig("Onbekende locatie.", [{ veld: "locatieId", melding: "Kies een bestaande locatie" }]);
  }
  const begin = vanLokaal(invoer.datum, invoer.begintijd);
  const eind = vanLokaal(invoer.datum, invoer.eindtijd);
  if (!begin || !eind) {
    throw ongeldig("Deze tijd bestaat niet op die dag (overgang naar zomertijd).", [
      { veld: begin ? "eindtijd" : "begintijd", melding: "Deze tijd bestaat niet op die dag" },
    ]);
  }

  await vergrendelAgenda(tx, [`medewerker:${medewerker.id}`, `locatie:${locatie.id}`]);
  const oordeel = beoordeelBoeking({
    begin,
    eind,
    nu: klok.nu(),
    medewerker: { naam: medewerker.naam, werktijden: (await haalAgenda(tx, medewerker.id)).werktijden },
    afsprakenMedewerker: await geplandeAfspraken(tx, { medewerkerId: medewerker.id }, begin, eind),
    locatie: { naam: locatie.naam, capaciteit: locatie.capaciteit },
    afsprakenLocatie:
      locatie.capaciteit === null ? [] : await geplandeAfspraken(tx, { locatieId: locatie.id }, begin, eind),
  });
  if (!oordeel.ok) {
    if (oordeel.veld) throw ongeldig(oordeel.reden, [{ veld: oordeel.veld, melding: oordeel.reden }]);
    throw regelOvertreden(oordeel.reden);
  }

  const betrokkenen = await betrokkenenVoorBevestiging(tx, zaak.id);
  const keuze = kiesOntvanger((await geadresseerdenVan(tx, zaak.id, vandaag())).uitkomst);
  if (!keuze.ok) throw regelOvertreden(keuze.reden);
  const email = invoer.email ?? keuze.ontvanger.email;
  const afspraakId = randomUUID();
  const { documentId, mailId } = await verstuurBevestiging(tx, {
    afspraakId,
    gemeente: wie.gemeente.naam,
    zaak,
    ontvanger: keuze.ontvanger,
    email,
    jeugd: isJeugdzaak(zaak.zaaktype, betrokkenen, vandaag()),
    begin,
    eind,
    locatie,
    medewerker,
    onderwerp: invoer.onderwerp,
    afzender,
    door: medewerkerVan(wie),
  });
  const afspraak = await voegAfspraakToe(tx, {
    id: afspraakId,
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: medewerker.id,
    locatieId: locatie.id,
    begin,
    eind,
    onderwerp: invoer.onderwerp,
    ontvangerPersoonId: keuze.ontvanger.persoonId,
    ontvangerEmail: email,
    documentId,
    mailId,
    aangemaaktDoor: medewerkerVan(wie),
    gemaaktVia: medewerkerVan(wie) ? "medewerker" : "portaal",
  });
  await voegGebeurtenisToe(tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: medewerkerVan(wie),
    soort: "afspraak-gemaakt",
    vanStatus: zaak.status,
    naarStatus: zaak.status,
    toelichting: `Afspraak op ${datumMetWeekdag(invoer.datum)} ${invoer.begintijd}–${invoer.eindtijd} met ${medewerker.naam} (${locatie.naam}); bevestiging ${mailId ? "per post en e-mail" : "per post"}.`,
    gegevens: { afspraakId, documentId },
  });
  await auditeer(
    h,
    [
      ...new Set([
        ...betrokkenen.filter((b) => b.rol === "hoofdpersoon").map((b) => b.persoonId),
        keuze.ontvanger.persoonId,
      ]),
    ].map((persoonId) => ({
      actie: "aanmaken" as const,
      resource: "afspraak",
      persoonId,
      reden: `afspraak bij zaak ${zaak.zaaknummer} gemaakt; bevestiging aan ${keuze.reden}`,
    })),
  );
  return afspraak;
}
