/**
 * Vroegsignalering through the API (issue 15; policy rule 31): vakgroep Schuldhulp registers a signal, records the
 * contact attempt and the outcome; the list shows where each stands (late after the 14 days) and the counts (computed
 * by hand below). Bad input 4xx with nothing changed, a stale If-Match 409, other vakgroepen 403; audited, no debt in
 * the log.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

// "Now" is Wednesday 18 March 2026.
const NU = new Date("2026-03-18T10:00:00.000Z");
let t: TestVoordeur;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
let anna: string;
let piet: string;

async function persoon(bsn: string, voornamen: string): Promise<string> {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen,
    geslachtsnaam: "Achterstand",
    geboortedatum: "1970-01-01",
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
const signaal = (persoonId: string, over: object = {}) => ({
  persoonId,
  bron: "huur",
  schuldeiser: "Woningstichting Noordenveld",
  achterstand: 124_500,
  ontvangenOp: "2026-03-02",
  ...over,
});

beforeAll(async () => {
  zetKlok(NU);
  t = await startTestVoordeur();
  for (const naam of ["iag", "schuld", "wmo", "teamleider"]) sessies[naam] = await login(t.app, naam);
  anna = await persoon("999990172", "Anna");
  piet = await persoon("999990184", "Piet");
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

describe("vroegsignalering", () => {
  it("registreren, contact, afhandelen; de lijst toont de stand en telt", async () => {
    const fout = await verzoek(
      "schuld",
      "POST",
      "/api/vroegsignalen",
      signaal(anna, { ontvangenOp: "2026-03-19" }),
    );
    expect(fout.statusCode).toBe(400);
    expect((await verzoek("wmo", "POST", "/api/vroegsignalen", signaal(anna))).statusCode).toBe(403);
    expect((await rijenUit<{ n: number }>(t, sql`select count(*)::int as n from vroegsignalen`))[0]?.n).toBe(
      0,
    );

    // Anna: huur, received 2 March — 14 days passed on 16 March, so on 18 March it is late.
    const a = await verzoek("schuld", "POST", "/api/vroegsignalen", signaal(anna));
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      stand: "te-laat",
      contactUiterlijk: "2026-03-16",
      bronLabel: "Huurachterstand (verhuurder)",
    });
    // Piet: energie, received 10 March — still in time.
    const p = await verzoek(
      "schuld",
      "POST",
      "/api/vroegsignalen",
      signaal(piet, {
        bron: "energie",
        schuldeiser: "Energieleverancier",
        achterstand: 38_000,
        ontvangenOp: "2026-03-10",
      }),
    );
    expect(p.json().stand).toBe("nieuw");

    const zonderContact = await verzoek(
      "schuld",
      "POST",
      `/api/vroegsignalen/${p.json().id}/afhandeling`,
      { uitkomst: "hulp-aanvaard", op: "2026-03-18" },
      p.json().versie,
    );
    expect(zonderContact.statusCode).toBe(422);
    const contact = await verzoek(
      "schuld",
      "POST",
      `/api/vroegsignalen/${p.json().id}/contactpoging`,
      { op: "2026-03-12", wijze: "huisbezoek" },
      p.json().versie,
    );
    expect(contact.statusCode, contact.body).toBe(200);
    expect(contact.json()).toMatchObject({
      stand: "contact-gezocht",
      contactpoging: { wijzeLabel: "Huisbezoek" },
    });
    const oud = await verzoek(
      "schuld",
      "POST",
      `/api/vroegsignalen/${p.json().id}/contactpoging`,
      { op: "2026-03-13", wijze: "telefoon" },
      p.json().versie,
    );
    expect(oud.statusCode).toBe(409);
    const af = await verzoek(
      "schuld",
      "POST",
      `/api/vroegsignalen/${p.json().id}/afhandeling`,
      { uitkomst: "hulp-aanvaard", op: "2026-03-13" },
      contact.json().versie,
    );
    expect(af.statusCode, af.body).toBe(200);
    expect(af.json().afhandeling.uitkomstLabel).toBe("Hulp aanvaard (eerste gesprek)");

    const open = (await verzoek("schuld", "GET", "/api/vroegsignalen")).json();
    expect(open.items.map((s: { persoon: { naam: string } }) => s.persoon.naam)).toEqual([
      "Anna Achterstand",
    ]);
    // Two signals; one open; one reached within 14 days (Piet, 2 days after receipt).
    expect(open.telling).toMatchObject({
      totaal: 2,
      openstaand: 1,
      contactOpTijd: 1,
      contacttermijnDagen: 14,
    });
    expect(open.telling.perBron).toEqual([
      { bron: "huur", label: "Huurachterstand (verhuurder)", aantal: 1 },
      { bron: "drinkwater", label: "Achterstand drinkwater", aantal: 0 },
      { bron: "zorgverzekering", label: "Achterstand premie zorgverzekering", aantal: 0 },
      { bron: "energie", label: "Achterstand energie (gas, elektriciteit, warmte)", aantal: 1 },
    ]);
    expect(
      open.telling.perUitkomst.find((u: { uitkomst: string }) => u.uitkomst === "hulp-aanvaard").aantal,
    ).toBe(1);
    const alle = (await verzoek("teamleider", "GET", "/api/vroegsignalen?open=nee")).json();
    expect(alle.totaal).toBe(2);
    expect(alle.kanVastleggen).toBe(false);
    expect((await verzoek("wmo", "GET", "/api/vroegsignalen")).statusCode).toBe(403);

    const audit = await rijenUit<{ reden: string }>(
      t,
      sql`select reden from audit_log where resource = 'vroegsignaal'`,
    );
    expect(audit.length).toBeGreaterThan(4);
    expect(audit.some((r) => /1245|380|Woningstichting/.test(r.reden))).toBe(false);
  });
});
