/**
 * Shared test step (vitest and Playwright): the Wmo consulent books an appointment of an hour on a zaak in their own
 * agenda, at the start of their first working block with a location, on the first such weekday from tomorrow that is
 * not a feestdag. Asserts the answer; returns the day, time and place.
 */
import { alsTijd, inMinuten, weekdagVan } from "../domain/afspraken/tijd";
import { isFeestdag, plusDagen } from "../domain/termijnen/kalender";
import { vandaag } from "../lib/klok";
import type { Verzoek } from "./wmo-plan";

export async function boekBijDeConsulent(verzoek: Verzoek, zaakId: string, onderwerp: string) {
  const wmoId = (await verzoek("wmo", "GET", "/api/agenda/mijn")).json().id;
  const { werktijden } = (await verzoek("wmo", "GET", `/api/agenda/${wmoId}/werktijden`)).json();
  const blok = werktijden.find((w: { locatieId: string | null }) => w.locatieId !== null);
  let datum = plusDagen(vandaag(), 1);
  while (weekdagVan(datum) !== blok.weekdag || isFeestdag(datum)) datum = plusDagen(datum, 1);
  const begintijd: string = blok.van;
  const res = await verzoek("wmo", "POST", `/api/zaken/${zaakId}/afspraken`, {
    datum,
    begintijd,
    eindtijd: alsTijd(inMinuten(begintijd) + 60),
    locatieId: blok.locatieId,
    onderwerp,
  });
  if (res.statusCode !== 201) throw new Error(`verwacht 201, kreeg ${res.statusCode}: ${res.body}`);
  return { datum, begintijd, locatieId: blok.locatieId as string };
}
