import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { laadConfig, leesVertrouwdeProxies } from "../../config";
import { login, startTestVoordeur, type TestVoordeur } from "../../test/app";
import { bouwApp } from "../app";
import { ENQUETE_LIMIET } from "./besluiten/enquete";

let t: TestVoordeur;
beforeAll(async () => {
  t = await startTestVoordeur();
});
afterAll(() => t.sluit());

describe("platform", () => {
  it("GET /api/gezondheid reports status, database kind and version", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/gezondheid" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", database: t.database.soort, versie: "test" });
  });

  it("serves an OpenAPI 3.1 document generated from the route schemas", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/sessie", "/api/gezondheid", "/api/gebruikers", "/api/gebruikers/{id}"]),
    );
    expect(doc.paths["/api/sessie"].post.requestBody.content["application/json"].schema.required).toEqual([
      "gebruikersnaam",
      "wachtwoord",
    ]);
  });

  it("serves human API docs at /api/docs", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("swagger");
  });

  it("sends security headers with a strict CSP", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/gezondheid" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers unknown API paths with a 404 problem+json", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/bestaat-niet" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ status: 404, title: "Niet gevonden" });
  });
});

describe("hardening (issue Vertrouwen, item 12)", () => {
  it("JSON with personal data is never cached: every /api response gets Cache-Control: no-store", async () => {
    const cookie = await login(t.app, "wmo");
    for (const url of [
      "/api/sessie",
      "/api/werkvoorraden",
      "/api/zaken/00000000-0000-4000-8000-000000000000",
    ]) {
      const res = await t.app.inject({ method: "GET", url, headers: { cookie } });
      expect(res.headers["cache-control"], url).toBe("no-store");
    }
    // Problems too (a 401 or 404 may echo what was asked for).
    const zonder = await t.app.inject({ method: "GET", url: "/api/sessie" });
    expect(zonder.statusCode).toBe(401);
    expect(zonder.headers["cache-control"]).toBe("no-store");
  });

  it("clearly public API responses stay cacheable", async () => {
    for (const url of ["/api/gezondheid", "/api/openapi.json"]) {
      const res = await t.app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["cache-control"], url).not.toBe("no-store");
    }
  });

  it("Secure cookies and HSTS are on by default in production; VOORDEUR_SECURE_COOKIES still decides", () => {
    expect(laadConfig({ NODE_ENV: "production" }).secureCookies).toBe(true);
    expect(laadConfig({}).secureCookies).toBe(false);
    expect(laadConfig({ NODE_ENV: "development" }).secureCookies).toBe(false);
    expect(laadConfig({ NODE_ENV: "production", VOORDEUR_SECURE_COOKIES: "0" }).secureCookies).toBe(false);
    expect(laadConfig({ VOORDEUR_SECURE_COOKIES: "1" }).secureCookies).toBe(true);
  });

  it("with secure cookies the session and device cookies are Secure and HSTS is sent", async () => {
    const productie = await bouwApp({ ...t.config, secureCookies: true }, t.database, "test");
    try {
      const res = await productie.inject({
        method: "POST",
        url: "/api/sessie",
        payload: { gebruikersnaam: "teamleider", wachtwoord: "voordeur-demo" },
      });
      expect(res.statusCode).toBe(200);
      for (const naam of ["voordeur_sessie", "voordeur_apparaat"])
        expect(res.cookies.find((c) => c.name === naam)?.secure, naam).toBe(true);
      expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    } finally {
      await productie.close();
    }
    const demo = await t.app.inject({ method: "GET", url: "/api/gezondheid" });
    expect(demo.headers["strict-transport-security"]).toBeUndefined();
  });

  it("listens on 127.0.0.1 unless HOST says otherwise", () => {
    expect(laadConfig({}).host).toBe("127.0.0.1");
    expect(laadConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });

  it("trusts X-Forwarded-For only from configured proxies (IPs and CIDRs), and refuses anything else at start", () => {
    expect(laadConfig({}).vertrouwdeProxies).toEqual([]);
    expect(leesVertrouwdeProxies(" 10.0.0.5, 10.1.0.0/16 ,2001:db8::/32,loopback")).toEqual([
      "10.0.0.5",
      "10.1.0.0/16",
      "2001:db8::/32",
      "loopback",
    ]);
    for (const fout of ["proxy.gemeente.nl", "10.0.0.0/33", "10.0.0.1/24/8", "*"])
      expect(() => leesVertrouwdeProxies(fout), fout).toThrow(/VOORDEUR_VERTROUWDE_PROXIES/);
  });

  it("rate-limits the public survey per address with a Dutch 429 and Retry-After", async () => {
    const url = "/api/enquete/1699-AAAA-BBBB";
    for (let i = 0; i < ENQUETE_LIMIET.lezen.max; i++) {
      const res = await t.app.inject({ method: "GET", url, remoteAddress: "192.0.2.44" });
      expect(res.statusCode).toBe(404);
    }
    const teVeel = await t.app.inject({ method: "GET", url, remoteAddress: "192.0.2.44" });
    expect(teVeel.statusCode).toBe(429);
    expect(teVeel.headers["content-type"]).toContain("application/problem+json");
    expect(Number(teVeel.headers["retry-after"])).toBeGreaterThan(0);
    expect(teVeel.json()).toMatchObject({ status: 429, title: "Te veel pogingen" });
    expect(teVeel.json().detail).toMatch(/^Te veel verzoeken vanaf dit adres/);
    // Answering has its own, smaller budget; another address is not affected.
    const antwoord = { antwoorden: {} };
    for (let i = 0; i < ENQUETE_LIMIET.beantwoorden.max; i++)
      await t.app.inject({ method: "POST", url, payload: antwoord, remoteAddress: "192.0.2.45" });
    expect(
      (await t.app.inject({ method: "POST", url, payload: antwoord, remoteAddress: "192.0.2.45" }))
        .statusCode,
    ).toBe(429);
    expect((await t.app.inject({ method: "GET", url, remoteAddress: "192.0.2.46" })).statusCode).toBe(404);
  });
});
