import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessies } from "../../db/schema";
import { login, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
beforeAll(async () => {
  t = await startTestVoordeur();
});
afterAll(() => t.sluit());

describe("sessie", () => {
  it("logs in with the demo password and sets a strict httpOnly cookie", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "wmo", wachtwoord: "voordeur-demo" },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "voordeur_sessie");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
    expect(res.json()).toMatchObject({
      gebruikersnaam: "wmo",
      gemeente: { code: "1699", naam: "Noordenveld" },
      rollen: ["toegangsmedewerker"],
      vakgroepen: ["wmo"],
    });
  });

  it("answers GET /api/sessie with who is logged in, and 401 problem+json without a session", async () => {
    const cookie = await login(t.app, "assen-iag");
    const res = await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie } });
    expect(res.json()).toMatchObject({
      gebruikersnaam: "assen-iag",
      gemeente: { code: "0106", naam: "Assen" },
    });
    const anoniem = await t.app.inject({ method: "GET", url: "/api/sessie" });
    expect(anoniem.statusCode).toBe(401);
    expect(anoniem.headers["content-type"]).toContain("application/problem+json");
    expect(anoniem.json()).toMatchObject({ status: 401, title: "Niet ingelogd" });
  });

  it("rejects a wrong password with 401 and does not reveal whether the user exists", async () => {
    const fout = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "jeugd", wachtwoord: "fout-wachtwoord" },
    });
    const onbekend = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "bestaatniet", wachtwoord: "x" },
    });
    expect(fout.statusCode).toBe(401);
    expect(onbekend.statusCode).toBe(401);
    expect(fout.json().detail).toBe(onbekend.json().detail);
  });

  it("rate-limits repeated failures with 429 and Retry-After, even for the right password", async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: "POST",
        url: "/api/sessie",
        payload: { gebruikersnaam: "werk", wachtwoord: `fout-${i}` },
      });
    }
    const res = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "werk", wachtwoord: "voordeur-demo" },
    });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.json().title).toBe("Te veel pogingen");
  });

  it("a new login rotates the session: the client's old session id is deleted (session fixation)", async () => {
    const sessieVan = async (cookie: string) =>
      (await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie } })).statusCode;
    // The same client logs in again: the old session ends, the new one has another id.
    const oud = await login(t.app, "buurtteam");
    const opnieuw = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "buurtteam", wachtwoord: "voordeur-demo" },
      headers: { cookie: oud },
    });
    expect(opnieuw.statusCode).toBe(200);
    const nieuw = `voordeur_sessie=${opnieuw.cookies.find((c) => c.name === "voordeur_sessie")?.value}`;
    expect(nieuw).not.toBe(oud);
    expect(await sessieVan(oud)).toBe(401);
    expect(await sessieVan(nieuw)).toBe(200);

    // An attacker plants a session id of their own in the victim's browser; the victim's login ends it.
    const geplant = await login(t.app, "iag");
    const slachtoffer = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "teamleider", wachtwoord: "voordeur-demo" },
      headers: { cookie: geplant },
    });
    expect(slachtoffer.statusCode).toBe(200);
    expect(slachtoffer.json().gebruikersnaam).toBe("teamleider");
    expect(
      `voordeur_sessie=${slachtoffer.cookies.find((c) => c.name === "voordeur_sessie")?.value}`,
    ).not.toBe(geplant);
    expect(await sessieVan(geplant)).toBe(401);
  });

  it("logs out with DELETE and the session no longer works", async () => {
    const cookie = await login(t.app, "jurist");
    expect(
      (await t.app.inject({ method: "DELETE", url: "/api/sessie", headers: { cookie } })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it("ends a session after 30 minutes idle and after 10 hours regardless", async () => {
    const cookie = await login(t.app, "veilig");
    const { db } = t.database;
    const naam = "veilig";
    const idOf = sql`(select id from gebruikers where gebruikersnaam = ${naam})`;
    await db
      .update(sessies)
      .set({ laatstActiefOp: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessies.medewerkerId, idOf));
    expect((await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie } })).statusCode).toBe(
      401,
    );

    const cookie2 = await login(t.app, "veilig");
    await db
      .update(sessies)
      .set({ verlooptOp: new Date(Date.now() - 1000) })
      .where(eq(sessies.medewerkerId, idOf));
    expect(
      (await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie: cookie2 } })).statusCode,
    ).toBe(401);
  });

  it("keeps sessions in the database so another app process sharing it accepts the cookie", async () => {
    const cookie = await login(t.app, "regie");
    const { bouwApp } = await import("../app");
    const tweede = await bouwApp(t.config, t.database, "test");
    const res = await tweede.inject({ method: "GET", url: "/api/sessie", headers: { cookie } });
    expect(res.json().gebruikersnaam).toBe("regie");
    await tweede.close();
  });
});

describe("bad input on login", () => {
  it.each([
    ["malformed JSON", "{gebruikersnaam:", "application/json"],
    ["wrong types", JSON.stringify({ gebruikersnaam: 5, wachtwoord: [] }), "application/json"],
    [
      "unknown field",
      JSON.stringify({ gebruikersnaam: "wmo", wachtwoord: "x", admin: true }),
      "application/json",
    ],
    ["missing field", JSON.stringify({ gebruikersnaam: "wmo" }), "application/json"],
  ])("%s → 400 problem+json with the field", async (_naam, payload, type) => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload,
      headers: { "content-type": type },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    const body = res.json();
    expect(body.title).toBe("Ongeldige invoer");
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors[0]).toHaveProperty("veld");
    expect(body.errors[0]).toHaveProperty("melding");
  });

  it("oversized body → 413", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: JSON.stringify({ gebruikersnaam: "wmo", wachtwoord: "x".repeat(2_000_000) }),
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });

  it("a non-JSON content type → 415 problem+json", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: "a=b",
      headers: { "content-type": "text/plain" },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().detail).toMatch(/JSON/);
  });
});
