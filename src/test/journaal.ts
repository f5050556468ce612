/**
 * A small, repeatable write load for tests about the database underneath (connection loss, what errors log):
 * journaal notes on one Wmo zaak, written by its consulent through the API.
 */
import { expect } from "vitest";
import { login, type TestVoordeur } from "./app";
import { opgepakteWmoZaak, type Verzoek } from "./wmo-plan";

export interface Schrijver {
  cookie: string;
  zaakId: string;
}

/** A Wmo zaak picked up by the consulent, and the consulent's cookie. */
export async function zaakMetSchrijver(t: TestVoordeur): Promise<Schrijver> {
  const sessies: Record<string, string> = { iag: await login(t.app, "iag"), wmo: await login(t.app, "wmo") };
  const verzoek: Verzoek = (wie, method, url, payload, versie) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: sessies[wie] ?? "", ...(versie !== undefined ? { "if-match": `"${versie}"` } : {}) },
      ...(payload ? { payload } : {}),
    });
  const persoon = await verzoek("iag", "POST", "/api/personen", {
    bsn: "999990019",
    voornamen: "Aaltje",
    geslachtsnaam: "Hoving",
    geboortedatum: "1944-02-11",
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(persoon.statusCode, persoon.body).toBe(201);
  const zaak = await opgepakteWmoZaak(verzoek, persoon.json().id);
  return { cookie: sessies.wmo ?? "", zaakId: zaak.id };
}

export interface Antwoord {
  status: number;
  type: string | undefined;
  body: Record<string, unknown>;
}

/** Journaal notes written at the same time (one per text); their answers. */
export async function schrijfAantekeningen(
  t: TestVoordeur,
  z: Schrijver,
  teksten: readonly string[],
): Promise<Antwoord[]> {
  const antwoorden = await Promise.all(
    teksten.map((tekst) =>
      t.app.inject({
        method: "POST",
        url: `/api/zaken/${z.zaakId}/journaal`,
        headers: { cookie: z.cookie },
        payload: { zichtbaarheid: "dossier", tekst },
      }),
    ),
  );
  return antwoorden.map((a) => ({
    status: a.statusCode,
    type: a.headers["content-type"] as string | undefined,
    body: a.json(),
  }));
}

/** `aantal` notes at once: "Aantekening 0", "Aantekening 1", … */
export const aantekeningen = (aantal: number) => Array.from({ length: aantal }, (_, i) => `Aantekening ${i}`);
