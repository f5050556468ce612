import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../db/client";
import { alsSysteem } from "../db/tenant";
import { AANVAL_DREMPEL, DREMPELS } from "../domain/gebruikers/inlogbeperking";
import { bouwApp } from "../http/app";
import { herstelKlok, zetKlok } from "../lib/klok";
import { login, startTestVoordeur, type TestVoordeur } from "../test/app";

/** Attacks on POST /api/sessie (issue "Vertrouwen" item 3), reproduced through the API. */
let t: TestVoordeur;
beforeAll(async () => {
  t = await startTestVoordeur();
});
afterAll(() => t.sluit());
afterEach(() => herstelKlok());

const FOUT = "geraden-wachtwoord-123";

function poging(
  gebruikersnaam: string,
  wachtwoord: string,
  opties: { ip?: string; xff?: string; cookie?: string; app?: TestVoordeur["app"] } = {},
) {
  return (opties.app ?? t.app).inject({
    method: "POST",
    url: "/api/sessie",
    payload: { gebruikersnaam, wachtwoord },
    remoteAddress: opties.ip ?? "127.0.0.1",
    headers: {
      ...(opties.xff ? { "x-forwarded-for": opties.xff } : {}),
      ...(opties.cookie ? { cookie: opties.cookie } : {}),
    },
  });
}

const teller = async (sleutel: string) =>
  alsSysteem(t.database.db, async (tx) => {
    const [r] = await rijen<{ pogingen: number }>(
      tx,
      sql`select pogingen from inlogtellers where sleutel = ${sleutel}`,
    );
    return r ? Number(r.pogingen) : 0;
  });

describe("inloggen: het adres komt alleen van vertrouwde proxy's", () => {
  it("een per verzoek wisselende, vervalste X-Forwarded-For krijgt toch 429 (limiet per naam en adres)", async () => {
    const statussen: number[] = [];
    for (let i = 0; i < DREMPELS.naamAdres.vrij + 2; i++) {
      const res = await poging("jeugd", FOUT, { ip: "203.0.113.9", xff: `198.51.100.${i + 1}` });
      statussen.push(res.statusCode);
    }
    expect(statussen).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const goed = await poging("jeugd", "voordeur-demo", { ip: "203.0.113.9", xff: "192.0.2.250" });
    expect(goed.statusCode).toBe(429);
    expect(goed.headers["content-type"]).toContain("application/problem+json");
    expect(Number(goed.headers["retry-after"])).toBeGreaterThan(0);
    expect(goed.json()).toMatchObject({ status: 429, title: "Te veel pogingen" });
    expect(goed.json().detail).toMatch(
      /^Te veel mislukte pogingen\. Probeer het over \d+ minu(ut|ten) opnieuw/,
    );
  });

  it("achter een geconfigureerde proxy telt het adres uit X-Forwarded-For", async () => {
    const achterProxy = await bouwApp({ ...t.config, vertrouwdeProxies: ["127.0.0.1"] }, t.database, "test");
    try {
      for (let i = 0; i < DREMPELS.naamAdres.vrij; i++)
        await poging("assen-iag", FOUT, { app: achterProxy, xff: "198.51.100.77" });
      expect(
        (await poging("assen-iag", "voordeur-demo", { app: achterProxy, xff: "198.51.100.77" })).statusCode,
      ).toBe(429);
      // Another client behind the same proxy is another address: not held up by the first one.
      expect(
        (await poging("assen-iag", "voordeur-demo", { app: achterProxy, xff: "198.51.100.78" })).statusCode,
      ).toBe(200);
    } finally {
      await achterProxy.close();
    }
  });
});

describe("inloggen: tellen en controleren in één stap", () => {
  it("20 gelijktijdige foute pogingen komen nooit voorbij de limiet", async () => {
    const antwoorden = await Promise.all(
      Array.from({ length: 20 }, () => poging("ao", FOUT, { ip: "203.0.113.20" })),
    );
    const statussen = antwoorden.map((r) => r.statusCode);
    expect(statussen.filter((s) => s === 401)).toHaveLength(DREMPELS.naamAdres.vrij);
    expect(statussen.filter((s) => s === 429)).toHaveLength(20 - DREMPELS.naamAdres.vrij);
    expect(await teller("naam-adres:ao|203.0.113.20")).toBe(DREMPELS.naamAdres.vrij);
    expect((await poging("ao", "voordeur-demo", { ip: "203.0.113.20" })).statusCode).toBe(429);
  });
});

describe("inloggen: exponentiële back-off in plaats van een blokkade", () => {
  it("na de vrije pogingen mag er telkens één poging na een wachttijd die steeds verdubbelt", async () => {
    const start = new Date("2026-03-02T09:00:00Z").getTime();
    let verstreken = 0;
    zetKlok(() => new Date(start + verstreken * 1000));
    for (let i = 0; i < DREMPELS.naamAdres.vrij; i++) await poging("regie", FOUT, { ip: "10.6.6.6" });
    const wacht1 = await poging("regie", "voordeur-demo", { ip: "10.6.6.6" });
    expect(wacht1.statusCode).toBe(429);
    expect(Number(wacht1.headers["retry-after"])).toBe(60);

    verstreken += 61;
    expect((await poging("regie", FOUT, { ip: "10.6.6.6" })).statusCode).toBe(401);
    const wacht2 = await poging("regie", FOUT, { ip: "10.6.6.6" });
    expect(wacht2.statusCode).toBe(429);
    expect(Number(wacht2.headers["retry-after"])).toBe(120);

    // A refused attempt does not count and does not extend the wait.
    verstreken += 60;
    expect(Number((await poging("regie", FOUT, { ip: "10.6.6.6" })).headers["retry-after"])).toBe(60);
    verstreken += 61;
    expect((await poging("regie", "voordeur-demo", { ip: "10.6.6.6" })).statusCode).toBe(200);
    // The success wiped this client's counter: the user starts fresh.
    expect(await teller("naam-adres:regie|10.6.6.6")).toBe(0);
  });
});

describe("inloggen: geen blokkade voor iedereen, wel een melding", () => {
  it("na een aanval vanaf andere adressen logt de echte gebruiker in op zijn bekende apparaat; de beheerder krijgt een melding", async () => {
    // The real user logged in before on this browser: it got the device cookie.
    const eerder = await poging("wmo", "voordeur-demo", { ip: "10.1.1.1" });
    expect(eerder.statusCode).toBe(200);
    const apparaat = eerder.cookies.find((c) => c.name === "voordeur_apparaat");
    expect(apparaat?.httpOnly).toBe(true);
    expect(apparaat?.path).toBe("/api/sessie");
    const apparaatCookie = `voordeur_apparaat=${apparaat?.value}`;

    // The attacker guesses from many addresses (a botnet): each address stays under its own limit.
    const aanval = DREMPELS.naam.vrij + 5;
    const statussen: number[] = [];
    for (let i = 0; i < aanval; i++)
      statussen.push((await poging("wmo", `${FOUT}-${i}`, { ip: `198.18.${i}.1` })).statusCode);
    expect(statussen.filter((s) => s === 401)).toHaveLength(DREMPELS.naam.vrij);
    expect(statussen.slice(DREMPELS.naam.vrij).every((s) => s === 429)).toBe(true);

    // Unknown clients are slowed down for this name now, even with the right password …
    expect((await poging("wmo", "voordeur-demo", { ip: "10.2.2.2" })).statusCode).toBe(429);
    // … but the known device is counted apart: a typo there is a plain 401, and the right password works.
    expect((await poging("wmo", "fout-getypt", { ip: "10.1.1.1", cookie: apparaatCookie })).statusCode).toBe(
      401,
    );
    const echt = await poging("wmo", "voordeur-demo", { ip: "10.1.1.1", cookie: apparaatCookie });
    expect(echt.statusCode, echt.body).toBe(200);
    expect(echt.json().gebruikersnaam).toBe("wmo");
    // A device cookie is only known for the user who logged in on it.
    expect(
      (await poging("wmo", "voordeur-demo", { ip: "10.3.3.3", cookie: "voordeur_apparaat=verzonnen" }))
        .statusCode,
    ).toBe(429);

    // The beheerder of the gemeente was alerted once: an in-app notificatie and a queued mail, no password.
    const beheerder = await login(t.app, "beheerder");
    const meldingen = (
      await t.app.inject({ method: "GET", url: "/api/notificaties", headers: { cookie: beheerder } })
    ).json();
    const aanvallen = meldingen.items.filter((n: { soort: string }) => n.soort === "inlogaanval");
    expect(aanvallen).toHaveLength(1);
    expect(aanvallen[0].tekst).toContain("'wmo'");
    expect(aanvallen[0].tekst).toContain(`${AANVAL_DREMPEL} mislukte inlogpogingen`);
    expect(aanvallen[0].tekst).not.toContain(FOUT);
    const mails = await alsSysteem(t.database.db, (tx) =>
      rijen<{ aan: string; tekst: string; gemeente_code: string }>(
        tx,
        sql`select aan, tekst, gemeente_code from mail_uitgaand where aanleiding = 'inlogaanval gemeld'`,
      ),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.gemeente_code).toBe("1699");
    expect(mails[0]?.aan).toMatch(/^beheerder@/);
    expect(mails[0]?.tekst).not.toContain(FOUT);

    // Nobody else is told: a medewerker without the beheerder role has no such notificatie.
    const iag = await login(t.app, "iag");
    const vanIag = (
      await t.app.inject({ method: "GET", url: "/api/notificaties", headers: { cookie: iag } })
    ).json();
    expect(vanIag.items.some((n: { soort: string }) => n.soort === "inlogaanval")).toBe(false);
  });

  it("een geslaagde login wist de eigen teller, niet wat een aanvaller elders verbruikte", async () => {
    for (let i = 0; i < 3; i++) await poging("jurist", FOUT, { ip: "10.4.4.4" });
    for (let i = 0; i < 2; i++) await poging("jurist", FOUT, { ip: `10.5.5.${i + 1}` });
    expect(await teller("naam:jurist")).toBe(5);
    expect((await poging("jurist", "voordeur-demo", { ip: "10.4.4.4" })).statusCode).toBe(200);
    expect(await teller("naam-adres:jurist|10.4.4.4")).toBe(0);
    expect(await teller("naam:jurist")).toBe(5);
  });
});
