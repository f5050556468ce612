import type { Afspraak } from "../contract/afspraken";
import type { AfspraakInLijst } from "../db/afspraken";
import { naarLokaal } from "../domain/afspraken/tijd";

/** An appointment as the API shows it: Dutch wall-clock date and times next to the instants. */
export function afspraakAlsApi(r: AfspraakInLijst): Afspraak {
  const a = r.afspraak;
  const begin = naarLokaal(a.begin);
  return {
    id: a.id,
    zaakId: a.zaakId,
    zaaknummer: r.zaaknummer,
    datum: begin.datum,
    begintijd: begin.tijd,
    eindtijd: naarLokaal(a.eind).tijd,
    begin: a.begin.toISOString(),
    eind: a.eind.toISOString(),
    locatie: { id: a.locatieId, naam: r.locatie, soort: r.locatieSoort, adres: r.locatieAdres },
    medewerker: { id: a.medewerkerId, naam: r.medewerker },
    onderwerp: a.onderwerp,
    status: a.status,
    documentId: a.documentId,
    mail: { status: r.mailStatus ?? "geen-emailadres", aan: a.ontvangerEmail },
    geannuleerdOp: a.geannuleerdOp?.toISOString() ?? null,
    redenAnnulering: a.redenAnnulering,
    versie: a.versie,
  };
}
