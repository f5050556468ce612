/**
 * Sends the confirmation of an appointment: the letter (PDF, stored in the dossier) with the folder texts,
 * and — when the recipient has an e-mail address — a mail with the letter and an .ics invitation, queued in
 * the same transaction (delivered over SMTP after commit). A cancellation sends a METHOD:CANCEL invitation.
 */

import type { Persoon } from "../brieven/geadresseerden";
import type { Tx } from "../db/client";
import { slaDocumentOp } from "../db/documenten";
import { haalTekstblok } from "../db/tekstblokken";
import { maakBriefPdf } from "../documenten/brief";
import {
  adresregels,
  bevestigingsbrief,
  bevestigingsmail,
  sjabloonFouten,
  TEKST_BRIEF_BEVESTIGING,
  TEKST_CLIENTONDERSTEUNING,
  TEKST_INFOBLAD_JEUGD,
} from "../domain/afspraken/bevestiging";
import { maakIcs } from "../domain/afspraken/ics";
import { naarLokaal } from "../domain/afspraken/tijd";
import { volledigeNaam } from "../domain/persoon/naam";
import { regelOvertreden } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import { zetMailInWachtrij } from "../mail/wachtrij";

export interface Bevestigingsopdracht {
  afspraakId: string;
  gemeente: string;
  zaak: { id: string; zaaknummer: string };
  ontvanger: Persoon;
  email: string | null;
  jeugd: boolean;
  begin: Date;
  eind: Date;
  locatie: { naam: string; soort: string; adres: string };
  medewerker: { naam: string; email: string | null };
  onderwerp: string;
  /** The sender address (config.mail.van) when the medewerker has no e-mail of their own. */
  afzender: string;
  /** The medewerker who books; null when the resident does in Mijn Voordeur. */
  door: string | null;
}

/** "Voordeur <noreply@x.nl>" → "noreply@x.nl" */
export function adresUit(van: string): string {
  return /<([^>]+)>/.exec(van)?.[1] ?? van.trim();
}

async function tekst(tx: Tx, code: string) {
  const blok = await haalTekstblok(tx, code);
  if (!blok) {
    throw regelOvertreden(
      `De tekst '${code}' ontbreekt voor deze gemeente; de beheerder kan hem toevoegen onder Beheer › Teksten.`,
    );
  }
  return blok;
}

const locatieAdres = (o: Bevestigingsopdracht) =>
  o.locatie.soort === "huisbezoek" ? "bij u thuis" : o.locatie.adres;

/** Builds the letter, stores it and queues the mail; returns the document and mail ids. */
export async function verstuurBevestiging(
  tx: Tx,
  o: Bevestigingsopdracht,
): Promise<{ documentId: string; mailId: string | null }> {
  const sjabloon = await tekst(tx, TEKST_BRIEF_BEVESTIGING);
  const fouten = sjabloonFouten(sjabloon.tekst);
  if (fouten.length > 0) {
    throw regelOvertreden(
      `Het briefsjabloon '${TEKST_BRIEF_BEVESTIGING}' bevat onbekende plaatshouders (${fouten.join(", ")}); de beheerder moet dat eerst herstellen.`,
    );
  }
  const folders = [await tekst(tx, TEKST_CLIENTONDERSTEUNING)];
  if (o.jeugd) folders.push(await tekst(tx, TEKST_INFOBLAD_JEUGD));
  const begin = naarLokaal(o.begin);
  const gegevens = {
    gemeente: o.gemeente,
    zaaknummer: o.zaak.zaaknummer,
    briefdatum: vandaag(),
    ontvanger: { ...o.ontvanger, adresregels: adresregels(o.ontvanger) },
    afspraak: {
      datum: begin.datum,
      begintijd: begin.tijd,
      eindtijd: naarLokaal(o.eind).tijd,
      locatie: o.locatie.naam,
      adres: locatieAdres(o),
      medewerker: o.medewerker.naam,
      onderwerp: o.onderwerp,
    },
    sjabloon: { titel: sjabloon.titel, tekst: sjabloon.tekst },
    bijlagen: folders.map((f) => ({ titel: f.titel, tekst: f.tekst })),
  };
  const pdf = await maakBriefPdf(bevestigingsbrief(gegevens));
  const document = await slaDocumentOp(tx, {
    zaakId: o.zaak.id,
    persoonId: o.ontvanger.persoonId,
    soort: "bevestiging-afspraak",
    titel: `Bevestiging afspraak ${begin.datum} ${o.zaak.zaaknummer}.pdf`,
    contentType: "application/pdf",
    inhoud: pdf,
    aangemaaktDoor: o.door,
  });
  if (!o.email) return { documentId: document.id, mailId: null };
  const mail = bevestigingsmail(gegevens);
  const ics = maakIcs({
    methode: "REQUEST",
    uid: `${o.afspraakId}@voordeur`,
    volgnummer: 0,
    aangemaakt: nu(),
    begin: o.begin,
    eind: o.eind,
    samenvatting: `Afspraak met ${o.medewerker.naam}, gemeente ${o.gemeente}`,
    locatie: [o.locatie.naam, locatieAdres(o)].filter(Boolean).join(", "),
    beschrijving: `Kenmerk ${o.zaak.zaaknummer}`,
    organisator: {
      naam: `${o.medewerker.naam}, gemeente ${o.gemeente}`,
      email: o.medewerker.email ?? adresUit(o.afzender),
    },
    deelnemer: { naam: volledigeNaam(o.ontvanger), email: o.email },
  });
  const { id } = await zetMailInWachtrij(tx, {
    aan: o.email,
    onderwerp: mail.onderwerp,
    tekst: mail.tekst,
    bijlagen: [
      { bestandsnaam: "bevestiging-afspraak.pdf", contentType: "application/pdf", inhoud: pdf },
      {
        bestandsnaam: "afspraak.ics",
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
        inhoud: Buffer.from(ics, "utf8"),
      },
    ],
    aanleiding: "afspraak bevestigd",
  });
  return { documentId: document.id, mailId: id };
}

/** Withdraws the invitation by mail (METHOD:CANCEL, same UID, higher SEQUENCE). */
export async function verstuurAnnulering(
  tx: Tx,
  a: {
    afspraakId: string;
    volgnummer: number;
    email: string;
    gemeente: string;
    begin: Date;
    eind: Date;
    medewerker: { naam: string; email: string | null };
    afzender: string;
    reden: string;
    aanhef: string;
  },
): Promise<string> {
  const begin = naarLokaal(a.begin);
  const ics = maakIcs({
    methode: "CANCEL",
    uid: `${a.afspraakId}@voordeur`,
    volgnummer: a.volgnummer,
    aangemaakt: nu(),
    begin: a.begin,
    eind: a.eind,
    samenvatting: `Geannuleerd: afspraak met ${a.medewerker.naam}, gemeente ${a.gemeente}`,
    organisator: {
      naam: `${a.medewerker.naam}, gemeente ${a.gemeente}`,
      email: a.medewerker.email ?? adresUit(a.afzender),
    },
  });
  const { id } = await zetMailInWachtrij(tx, {
    aan: a.email,
    onderwerp: `Uw afspraak op ${begin.datum} om ${begin.tijd} gaat niet door`,
    tekst: [
      a.aanhef,
      "",
      `Uw afspraak met ${a.medewerker.naam} op ${begin.datum} om ${begin.tijd} uur gaat niet door.`,
      `Reden: ${a.reden}`,
      "",
      "Wij nemen contact met u op voor een nieuwe afspraak.",
      "",
      "Met vriendelijke groet,",
      "",
      a.medewerker.naam,
      `Gemeente ${a.gemeente}`,
    ].join("\n"),
    bijlagen: [
      {
        bestandsnaam: "afspraak-geannuleerd.ics",
        contentType: "text/calendar; charset=utf-8; method=CANCEL",
        inhoud: Buffer.from(ics, "utf8"),
      },
    ],
    aanleiding: "afspraak geannuleerd",
  });
  return id;
}
