/**
 * "Uw afspraken" in Mijn Voordeur (issue 16; rule 30h): the resident sees the coming appointments of their zaak and
 * moves one to another free time of the same medewerker at the same place (domain/afspraken/vrije-tijden.ts). Moving
 * is the cancellation of the old one and the booking of the new one in one transaction, through the same acts a
 * medewerker uses (afspraken/annuleren.ts, afspraken/boeken.ts): the booking rules are checked again, the new
 * confirmation letter and mail go out, the zaak history says so.
 */

import { annuleer } from "../afspraken/annuleren";
import { boekAfspraak } from "../afspraken/boeken";
import { afsprakenVanZaak, geplandeAfspraken, haalAfspraak, haalAgenda } from "../db/afspraken";
import type { ZaakRij } from "../db/zaken";
import { alsTijd, inMinuten, naarLokaal } from "../domain/afspraken/tijd";
import { vrijeTijden } from "../domain/afspraken/vrije-tijden";
import { plusDagen } from "../domain/termijnen/kalender";
import { auditeer } from "../handeling/context";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { nietGevonden, regelOvertreden } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import { laadMijnZaak } from "./zaken";

/** How far ahead a resident may move an appointment (three weeks), and how many times are offered. */
const DAGEN_VOORUIT = 21;
const MAX_TIJDEN = 30;

const resource = (h: InwonerHandeling, zaak: ZaakRij) =>
  ({
    soort: "afspraak",
    gemeenteCode: zaak.gemeenteCode,
    hoofdpersoonId: h.inwoner.namensPersoonId,
  }) as const;

/** For the zaak page: the planned appointments still to come. */
export async function afsprakenVanMijnZaak(h: InwonerHandeling, zaak: ZaakRij) {
  vereisInwoner(h, "lezen", resource(h, zaak));
  const { items } = await afsprakenVanZaak(h.tx, zaak.id, 1, 50);
  const nu_ = nu();
  return items
    .filter((r) => r.afspraak.status === "gepland" && r.afspraak.begin > nu_)
    .map((r) => {
      const begin = naarLokaal(r.afspraak.begin);
      return {
        id: r.afspraak.id,
        versie: r.afspraak.versie,
        datum: begin.datum,
        begintijd: begin.tijd,
        eindtijd: naarLokaal(r.afspraak.eind).tijd,
        onderwerp: r.afspraak.onderwerp,
        met: r.medewerker,
        waar: `${r.locatie}${r.locatieAdres ? `, ${r.locatieAdres}` : ""}`,
      };
    });
}

async function laadMijnAfspraak(h: InwonerHandeling, zaakId: string, afspraakId: string) {
  const zaak = await laadMijnZaak(h, zaakId);
  const afspraak = await haalAfspraak(h.tx, afspraakId);
  if (!afspraak || afspraak.zaakId !== zaak.id) throw nietGevonden("Deze afspraak kunnen we niet vinden.");
  vereisInwoner(h, "wijzigen", resource(h, zaak));
  if (afspraak.status !== "gepland" || afspraak.begin <= nu())
    throw regelOvertreden(
      "Deze afspraak kunt u niet meer verzetten. Bel uw contactpersoon.",
      undefined,
      "afspraak-komend",
    );
  return { zaak, afspraak };
}

/** Free times of the same medewerker at the same place, the same length, in the coming three weeks. */
export async function vrijeTijdenVoorMijnAfspraak(h: InwonerHandeling, zaakId: string, afspraakId: string) {
  const { afspraak } = await laadMijnAfspraak(h, zaakId, afspraakId);
  const vanaf = vandaag();
  const tot = plusDagen(vanaf, DAGEN_VOORUIT + 1);
  const { werktijden } = await haalAgenda(h.tx, afspraak.medewerkerId);
  const bezet = await geplandeAfspraken(
    h.tx,
    { medewerkerId: afspraak.medewerkerId },
    new Date(`${vanaf}T00:00:00Z`),
    new Date(`${tot}T00:00:00Z`),
  );
  return {
    items: vrijeTijden({
      vanaf,
      dagen: DAGEN_VOORUIT,
      duurMinuten: Math.round((afspraak.eind.getTime() - afspraak.begin.getTime()) / 60_000),
      werktijden,
      locatieId: afspraak.locatieId,
      // The appointment's own time stays taken: moving it there changes nothing.
      bezet,
      nu: nu(),
      max: MAX_TIJDEN,
    }),
  };
}

/** Moves the appointment: cancel the old one, book the new time (its rules checked again), one transaction. */
export async function verzetMijnAfspraak(
  h: InwonerHandeling,
  zaakId: string,
  afspraakId: string,
  v: { versie: number; datum: string; begintijd: string },
  /** The sender address of the confirmation mails (config.mail.van). */
  afzender: string,
) {
  const { zaak, afspraak } = await laadMijnAfspraak(h, zaakId, afspraakId);
  const duur = afspraak.eind.getTime() - afspraak.begin.getTime();
  const eindtijd = alsTijd(inMinuten(v.begintijd) + Math.round(duur / 60_000));
  const oud = naarLokaal(afspraak.begin);
  await annuleer(
    h,
    zaak,
    afspraak,
    v.versie,
    `Verzet door de inwoner in Mijn Voordeur naar ${v.datum} ${v.begintijd}.`,
    afzender,
  );
  const nieuw = await boekAfspraak(
    h,
    zaak,
    {
      datum: v.datum,
      begintijd: v.begintijd,
      eindtijd,
      locatieId: afspraak.locatieId,
      medewerkerId: afspraak.medewerkerId,
      onderwerp: afspraak.onderwerp,
      ...(afspraak.ontvangerEmail ? { email: afspraak.ontvangerEmail } : {}),
    },
    afzender,
  );
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "afspraak",
      persoonId: h.inwoner.namensPersoonId,
      reden: `afspraak van ${oud.datum} ${oud.tijd} verzet in Mijn Voordeur`,
    },
  ]);
  return { id: nieuw.id };
}
