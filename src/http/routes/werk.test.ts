/**
 * The Werk flow of a jongere through the API (issue 15; seed 004 §9.1; Pw art. 41 lid 4): the four contact weeks of
 * the zoekperiode (a missed week is visible), the intake only after the zoekperiode unless the consulent recorded why
 * not to wait, then the plan van aanpak; a volwassene has no zoekperiode. Bad input 4xx with nothing changed, a stale
 * If-Match 409, another vakgroep 403; audited without content.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

// "Now" is Wednesday 18 March 2026; the melding at Werk.nl was on Monday 2 March (weeks 2–8, 9–15, 16–22, 23–29).
const NU = new Date("2026-03-18T10:00:00.000Z");
const MELDING = "2026-03-02";
let t: TestVoordeur;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
const pad = (id: string, deel = "") => `/api/zaken/${id}/werktraject${deel}`;

async function werkzaak(bsn: string, geboortedatum: string, zaaktype = "werk") {
  const p = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen: "Sem",
    geslachtsnaam: "Werkzoeker",
    geboortedatum,
    adres: { huisnummer: 9, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(p.statusCode, p.body).toBe(201);
  const z = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype,
    meldingsdatum: MELDING,
    kanaal: "telefoon",
    omschrijving: "Melding via Werk.nl",
    personen: [{ persoonId: p.json().id, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: [],
  });
  expect(z.statusCode, z.body).toBe(201);
  return z.json() as { id: string; versie: number; zaaknummer: string };
}

beforeAll(async () => {
  zetKlok(NU);
  t = await startTestVoordeur();
  for (const naam of ["iag", "werk", "wmo", "teamleider"]) sessies[naam] = await login(t.app, naam);
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

describe("jongere onder 27: de zoekperiode", () => {
  it("vier contactweken, een gemiste week is zichtbaar; contact niet in de toekomst of dubbel", async () => {
    const zaak = await werkzaak("999990123", "2004-06-15");
    const w = (await verzoek("werk", "GET", pad(zaak.id))).json();
    expect(w.doelgroep).toBe("jongere");
    expect(w.eindeZoekperiode).toBe("2026-03-30");
    expect(w.weken.map((x: { stand: string }) => x.stand)).toEqual(["gemist", "gemist", "loopt", "komt"]);
    expect(w.termijnen.map((x: { soort: string }) => x.soort)).toContain("zoekperiode");

    const toekomst = await verzoek(
      "werk",
      "POST",
      pad(zaak.id, "/contacten"),
      { op: "2026-03-19", wijze: "telefoon" },
      w.versie,
    );
    expect(toekomst.statusCode).toBe(400);
    const res = await verzoek(
      "werk",
      "POST",
      pad(zaak.id, "/contacten"),
      { op: "2026-03-04", wijze: "gesprek" },
      w.versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().weken.map((x: { stand: string }) => x.stand)).toEqual([
      "gehad",
      "gemist",
      "loopt",
      "komt",
    ]);
    expect(res.json().contacten).toEqual([{ op: "2026-03-04", wijze: "gesprek", wijzeLabel: "Gesprek" }]);
    const dubbel = await verzoek(
      "werk",
      "POST",
      pad(zaak.id, "/contacten"),
      { op: "2026-03-04", wijze: "telefoon" },
      res.json().versie,
    );
    expect(dubbel.statusCode).toBe(422);
    const oud = await verzoek(
      "werk",
      "POST",
      pad(zaak.id, "/contacten"),
      { op: "2026-03-10", wijze: "telefoon" },
      w.versie,
    );
    expect(oud.statusCode).toBe(409);
  });

  it("intake pas na de zoekperiode, tenzij vastgelegd is waarom niet gewacht wordt; dan het plan van aanpak", async () => {
    const zaak = await werkzaak("999990135", "2003-01-20");
    const te = await verzoek("werk", "PUT", pad(zaak.id, "/intake"), { op: "2026-03-18" }, zaak.versie);
    expect(te.statusCode).toBe(422);
    expect(te.json().detail).toContain("De zoekperiode loopt tot 30 maart 2026");
    const plan = await verzoek(
      "werk",
      "PUT",
      pad(zaak.id, "/plan"),
      {
        opgesteldOp: "2026-03-18",
        richting: "opleiding",
        afspraken: "Aanmelden bij het ROC",
        voortgangOp: "2026-04-15",
      },
      zaak.versie,
    );
    expect(plan.statusCode).toBe(422);
    const kort = await verzoek(
      "werk",
      "PUT",
      pad(zaak.id, "/afzien"),
      { op: "2026-03-03", reden: "zorgen", afstemming: "doorverwijzen-regiegroep" },
      zaak.versie,
    );
    expect(kort.statusCode).toBe(400);
    const afzien = await verzoek(
      "werk",
      "PUT",
      pad(zaak.id, "/afzien"),
      {
        op: "2026-03-03",
        reden: "Psychische klachten, schulden en geen vaste woonplek",
        afstemming: "doorverwijzen-regiegroep",
      },
      zaak.versie,
    );
    expect(afzien.statusCode, afzien.body).toBe(200);
    expect(afzien.json().afzien.afstemmingLabel).toBe("Doorverwijzen naar de procesregisseurs (Regiegroep)");
    const intake = await verzoek(
      "werk",
      "PUT",
      pad(zaak.id, "/intake"),
      { op: "2026-03-05" },
      afzien.json().versie,
    );
    expect(intake.statusCode, intake.body).toBe(200);
    const pl = await verzoek(
      "werk",
      "PUT",
      pad(zaak.id, "/plan"),
      {
        opgesteldOp: "2026-03-05",
        richting: "opleiding",
        afspraken: "Aanmelden bij het ROC, begeleiding door de jobcoach",
        voortgangOp: "2026-04-02",
      },
      intake.json().versie,
    );
    expect(pl.statusCode, pl.body).toBe(200);
    expect(pl.json().plan).toMatchObject({
      richting: "opleiding",
      richtingLabel: "Opleiding (nog geen startkwalificatie)",
    });

    const audit = await rijenUit<{ reden: string }>(
      t,
      sql`select reden from audit_log where resource = 'werktraject' and reden like ${`%${zaak.zaaknummer}%`}`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.some((a) => a.reden.includes("ROC") || a.reden.includes("Psychische"))).toBe(false);
  });
});

describe("volwassene, andere zaken en andere vakgroepen", () => {
  it("een volwassene heeft geen zoekperiode: geen contactweken, de intake meteen", async () => {
    const zaak = await werkzaak("999990147", "1980-05-05");
    const w = (await verzoek("werk", "GET", pad(zaak.id))).json();
    expect(w).toMatchObject({ doelgroep: "volwassene", eindeZoekperiode: null, weken: [] });
    const contact = await verzoek(
      "werk",
      "POST",
      pad(zaak.id, "/contacten"),
      { op: "2026-03-04", wijze: "gesprek" },
      w.versie,
    );
    expect(contact.statusCode).toBe(422);
    const intake = await verzoek("werk", "PUT", pad(zaak.id, "/intake"), { op: "2026-03-04" }, w.versie);
    expect(intake.statusCode, intake.body).toBe(200);
    const stap = await verzoek(
      "werk",
      "POST",
      pad(zaak.id, "/stappen"),
      {
        soort: "vrijwilligerswerk",
        doel: "Twee dagen per week in de kringloopwinkel",
        evaluatieOp: "2026-06-01",
      },
      intake.json().versie,
    );
    expect(stap.statusCode, stap.body).toBe(200);
    expect(stap.json().stappen).toEqual([
      {
        soort: "vrijwilligerswerk",
        soortLabel: "Vrijwilligerswerk",
        doel: "Twee dagen per week in de kringloopwinkel",
        evaluatieOp: "2026-06-01",
        vastgelegdOp: "2026-03-18",
      },
    ]);
    const vandaagEvaluatie = await verzoek(
      "werk",
      "POST",
      pad(zaak.id, "/stappen"),
      { soort: "scholing", doel: "Cursus Nederlands", evaluatieOp: "2026-03-18" },
      stap.json().versie,
    );
    expect(vandaagEvaluatie.statusCode).toBe(400);
  });

  it("alleen op een werkzaak; een andere vakgroep mag het niet", async () => {
    const wmo = await werkzaak("999990159", "2004-06-15", "wmo");
    const res = await verzoek("teamleider", "PUT", pad(wmo.id, "/intake"), { op: "2026-03-04" }, wmo.versie);
    expect(res.statusCode).toBe(422);
    const zaak = await werkzaak("999990160", "2004-06-15");
    expect((await verzoek("wmo", "GET", pad(zaak.id))).statusCode).toBe(403);
    const versie = (await verzoek("werk", "GET", pad(zaak.id))).json().versie;
    expect(
      (await verzoek("wmo", "PUT", pad(zaak.id, "/intake"), { op: "2026-03-30" }, versie)).statusCode,
    ).toBe(403);
  });
});
