/**
 * The intake with the buurtteam, booked from the IAG screen (issue 16: "the aanmeldteam books directly into a
 * buurtteam professional's agenda"; policy rule 13a). Right after an aanmelding landed in the buurtteam werkvoorraad,
 * the aanmeldteam sees the free times of every buurtteam professional (their werktijden per location, the coming two
 * weeks, an hour each: domain/afspraken/vrije-tijden.ts) and books one through the same act as any appointment
 * (boeken.ts: rules checked again, confirmation letter and mail, zaak history, audit).
 */
import {
  afsprakenVanZaak,
  geplandeAfspraken,
  haalAgenda,
  locatieNamen,
  medewerkersVanGemeente,
} from "../db/afspraken";
import { haalZaak, type ZaakRij } from "../db/zaken";
import { alsTijd, inMinuten } from "../domain/afspraken/tijd";
import { vrijeTijden } from "../domain/afspraken/vrije-tijden";
import type { Actie } from "../domain/autorisatie";
import { plusDagen } from "../domain/termijnen/kalender";
import { type Handeling, vereis } from "../handeling/context";
import { nietGevonden, ongeldig } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import { boekAfspraak } from "./boeken";

const DAGEN_VOORUIT = 14;
const DUUR_MINUTEN = 60;
const PER_MEDEWERKER = 12;
export const INTAKE_ONDERWERP = "Kennismaking met het buurtteam";

async function laadVoorIntake(h: Handeling, zaakId: string, actie: Actie): Promise<ZaakRij> {
  const zaak = await haalZaak(h.tx, zaakId);
  if (!zaak) throw nietGevonden();
  const { totaal } = await afsprakenVanZaak(h.tx, zaak.id, 1, 1);
  vereis(h.wie, actie, {
    soort: "intake-afspraak",
    gemeenteCode: h.wie.gemeente.code,
    werkvoorraad: zaak.werkvoorraad,
    status: zaak.status,
    afspraken: totaal,
  });
  return zaak;
}

/** Per buurtteam professional the free hours of the coming two weeks, per location they work at. */
export async function intakeTijden(h: Handeling, zaakId: string) {
  await laadVoorIntake(h, zaakId, "lezen");
  const vanaf = plusDagen(vandaag(), 1);
  const tot = plusDagen(vanaf, DAGEN_VOORUIT + 1);
  const medewerkers = await medewerkersVanGemeente(h.tx, ["buurtteam"]);
  const uitkomst = [];
  for (const m of medewerkers) {
    const { werktijden } = await haalAgenda(h.tx, m.id);
    const bezet = await geplandeAfspraken(
      h.tx,
      { medewerkerId: m.id },
      new Date(`${vanaf}T00:00:00Z`),
      new Date(`${tot}T00:00:00Z`),
    );
    const plekken = [...new Set(werktijden.flatMap((w) => (w.locatieId ? [w.locatieId] : [])))];
    const namen = await locatieNamen(h.tx, plekken);
    const tijden = plekken
      .flatMap((locatieId) =>
        vrijeTijden({
          vanaf,
          dagen: DAGEN_VOORUIT,
          duurMinuten: DUUR_MINUTEN,
          werktijden,
          locatieId,
          bezet,
          nu: nu(),
          max: PER_MEDEWERKER,
        }).map((t) => ({ ...t, locatieId, locatie: namen.get(locatieId) ?? "" })),
      )
      .sort((a, b) => `${a.datum} ${a.begintijd}`.localeCompare(`${b.datum} ${b.begintijd}`))
      .slice(0, PER_MEDEWERKER);
    if (tijden.length > 0) uitkomst.push({ medewerkerId: m.id, naam: m.naam, tijden });
  }
  return { items: uitkomst };
}

/** Books the intake with a buurtteam professional at one of the offered times. */
export async function boekIntake(
  h: Handeling,
  zaakId: string,
  v: { medewerkerId: string; locatieId: string; datum: string; begintijd: string },
  afzender: string,
) {
  const zaak = await laadVoorIntake(h, zaakId, "aanmaken");
  const buurtteam = await medewerkersVanGemeente(h.tx, ["buurtteam"]);
  if (!buurtteam.some((m) => m.id === v.medewerkerId))
    throw ongeldig("Kies een medewerker van het buurtteam.", [
      { veld: "medewerkerId", melding: "Kies een medewerker van het buurtteam" },
    ]);
  const afspraak = await boekAfspraak(
    h,
    zaak,
    {
      datum: v.datum,
      begintijd: v.begintijd,
      eindtijd: alsTijd(inMinuten(v.begintijd) + DUUR_MINUTEN),
      locatieId: v.locatieId,
      medewerkerId: v.medewerkerId,
      onderwerp: INTAKE_ONDERWERP,
    },
    afzender,
  );
  return { id: afspraak.id };
}
