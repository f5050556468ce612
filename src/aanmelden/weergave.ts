/** Maps stored contacts and triage outcomes to their API shapes (src/contract/aanmelden.ts). */
import type { z } from "zod";
import type { contactDetail, contactKort, triageUitkomst } from "../contract/aanmelden";
import type { ContactRegel, ContactRij } from "../db/aanmelden";
import type { AanmeldContext, TriageUitkomst } from "../domain/aanmelden/aanmelding";
import { beoordeelOverschrijving, INSTROOM_WERKVOORRADEN } from "../domain/aanmelden/werkvoorraad-keuze";
import { type Veiligheid, WERKVOORRAAD_LABELS } from "../domain/routering/routering";

interface ContactMetNamen {
  contact: ContactRij;
  door: string;
  zaaknummer: string | null;
}

export function alsContactKort(r: ContactRegel): z.infer<typeof contactKort> {
  return {
    id: r.contact.id,
    tijdstip: r.contact.tijdstip.toISOString(),
    kanaal: r.contact.kanaal,
    thema: r.contact.thema,
    vraag: r.contact.vraag,
    uitkomst: r.contact.uitkomst,
    zaaknummer: r.zaaknummer,
    door: r.door,
  };
}

export function alsContactDetail(r: ContactMetNamen): z.infer<typeof contactDetail> {
  const c = r.contact;
  return {
    ...alsContactKort(r),
    verwijzer: (c.verwijzer as { soort: string; naam?: string } | null) ?? null,
    melder: (c.melder as { naam: string; relatie?: string; telefoon?: string } | null) ?? null,
    persoonId: c.persoonId,
    naamZonderRegistratie: c.naamZonderRegistratie,
    kenmerken: c.kenmerken,
    directBeantwoord: c.directBeantwoord,
    antwoord: c.antwoord,
    zaakId: c.zaakId,
    triage: (c.triage as Record<string, unknown> | null) ?? null,
    overdracht: (c.overdracht as Record<string, unknown> | null) ?? null,
  };
}

/** The triage outcome plus the werkvoorraden this medewerker may choose instead of the proposal. */
export function alsTriageUitkomst(
  t: TriageUitkomst,
  veiligheid: Veiligheid,
  actor: AanmeldContext["actor"],
): z.infer<typeof triageUitkomst> {
  const voorstel = t.voorstel;
  return {
    meervoudigheid: t.meervoudigheid,
    voorstel: { ...voorstel, werkvoorraadNaam: WERKVOORRAAD_LABELS[voorstel.werkvoorraad] },
    woonplaats: t.woonplaats,
    keuzes: INSTROOM_WERKVOORRADEN.filter(
      (code) =>
        beoordeelOverschrijving(actor, { van: voorstel.werkvoorraad, naar: code, veiligheid }).toegestaan,
    ).map((code) => ({ code, naam: WERKVOORRAAD_LABELS[code] })),
  };
}
