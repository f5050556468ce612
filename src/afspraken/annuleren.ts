/**
 * Cancelling an appointment (optimistic, on the versie shown): only one that has not begun; the recipient
 * gets a METHOD:CANCEL mail when the confirmation went by e-mail; a history entry on the zaak and the audit.
 */
import {
  type AfspraakRij,
  afspraakInLijst,
  haalAfspraak,
  haalMedewerker,
  werkAfspraakBij,
} from "../db/afspraken";
import { haalPersoon } from "../db/personen";
import { voegGebeurtenisToe, type ZaakRij } from "../db/zaken";
import { aanhef } from "../domain/afspraken/bevestiging";
import { auditeer, type Handeling } from "../handeling/context";
import { medewerkerVan } from "../handeling/systeem";
import { conflict, nietGevonden, regelOvertreden } from "../handeling/weigering";
import { nu } from "../lib/klok";
import { laadZaak } from "../zaken/zaak";
import { verstuurAnnulering } from "./bevestiging";

/** A medewerker cancels: whoever may change the zaak (policy via laadZaak). */
export async function annuleerAfspraak(
  h: Handeling,
  afspraakId: string,
  versie: number,
  reden: string,
  afzender: string,
) {
  const huidig = await haalAfspraak(h.tx, afspraakId);
  if (!huidig) throw nietGevonden();
  const zaak = await laadZaak(h, huidig.zaakId, { voor: "wijzigen" });
  return annuleer(h, zaak, huidig, versie, reden, afzender);
}

/**
 * Cancels `huidig` of `zaak`, which the caller authorised (a medewerker above, the resident moving their own
 * appointment in portaal/afspraken.ts).
 */
export async function annuleer(
  h: Handeling,
  zaak: ZaakRij,
  huidig: AfspraakRij,
  versie: number,
  reden: string,
  afzender: string,
) {
  const { tx, wie } = h;
  if (huidig.versie !== versie) throw conflict();
  if (huidig.status === "geannuleerd") throw regelOvertreden("Deze afspraak is al geannuleerd.");
  if (huidig.begin <= nu()) {
    throw regelOvertreden("Een afspraak die al is begonnen of voorbij is, kan niet meer worden geannuleerd.");
  }
  const medewerker = await haalMedewerker(tx, huidig.medewerkerId);
  const ontvanger = huidig.ontvangerPersoonId ? await haalPersoon(tx, huidig.ontvangerPersoonId) : undefined;
  const mailId =
    huidig.ontvangerEmail && medewerker
      ? await verstuurAnnulering(tx, {
          afspraakId: huidig.id,
          volgnummer: huidig.versie,
          email: huidig.ontvangerEmail,
          gemeente: wie.gemeente.naam,
          begin: huidig.begin,
          eind: huidig.eind,
          medewerker,
          afzender,
          reden,
          aanhef: ontvanger ? aanhef(ontvanger) : "Beste inwoner,",
        })
      : null;
  const bijgewerkt = await werkAfspraakBij(tx, huidig.id, versie, {
    status: "geannuleerd",
    geannuleerdDoor: medewerkerVan(wie),
    geannuleerdOp: nu(),
    redenAnnulering: reden,
    ...(mailId ? { mailId } : {}),
  });
  if (!bijgewerkt) throw conflict();
  await voegGebeurtenisToe(tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: medewerkerVan(wie),
    soort: "afspraak-geannuleerd",
    vanStatus: zaak.status,
    naarStatus: zaak.status,
    toelichting: reden,
    gegevens: { afspraakId: huidig.id },
  });
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "afspraak",
      persoonId: huidig.ontvangerPersoonId,
      reden: `afspraak bij zaak ${zaak.zaaknummer} geannuleerd`,
    },
  ]);
  const weergave = await afspraakInLijst(tx, huidig.id);
  if (!weergave) throw new Error("afspraak niet teruggevonden");
  return { weergave, versie: bijgewerkt.versie };
}
