import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestVoordeur, type TestVoordeur } from "../../test/app";

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
