import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { voorcomprimeer } from "../../scripts/voorcomprimeer";
import { login, startTestVoordeur, type TestVoordeur } from "../test/app";
import { kiesCodering } from "./compressie";

/**
 * Front-end delivery (issue 21): API answers compressed with brotli or gzip when the client accepts it, the
 * built web app's hashed files served precompressed and cached for a year, index.html revalidated every time.
 * The web app here is a small folder made by the test and precompressed by the build's own step
 * (scripts/voorcomprimeer.ts), so no prior `vite build` is needed.
 */
let t: TestVoordeur;
let webDir: string;
let cookie: string;
const SCRIPT = `console.log(${JSON.stringify("Voordeur ".repeat(500))});\n`;
const INDEX =
  '<!doctype html><html lang="nl"><script type="module" src="/assets/index-abc123.js"></script></html>';

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), "voordeur-web-"));
  mkdirSync(join(webDir, "assets"));
  writeFileSync(join(webDir, "index.html"), INDEX);
  writeFileSync(join(webDir, "assets", "index-abc123.js"), SCRIPT);
  expect(await voorcomprimeer(webDir)).toEqual([join(webDir, "assets", "index-abc123.js")]);
  t = await startTestVoordeur({ webDir });
  cookie = await login(t.app, "beheerder");
});

afterAll(async () => {
  await t?.sluit();
  rmSync(webDir, { recursive: true, force: true });
});

const haal = (url: string, acceptEncoding?: string, metSessie = false) =>
  t.app.inject({
    method: "GET",
    url,
    headers: {
      ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
      ...(metSessie ? { cookie } : {}),
    },
  });

describe("API-antwoorden gecomprimeerd", () => {
  it("br als de client dat aanbiedt, met Vary en een inhoud die terug te lezen is", async () => {
    const gewoon = await haal("/api/openapi.json");
    expect(gewoon.rawPayload.length).toBeGreaterThan(10_000);
    const res = await haal("/api/openapi.json", "gzip, deflate, br, zstd");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(res.headers["content-length"])).toBe(res.rawPayload.length);
    expect(res.rawPayload.length).toBeLessThan(gewoon.rawPayload.length / 4);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(gewoon.body);
  });

  it("gzip als de client alleen gzip aanbiedt, ook met een sessie (no-store blijft)", async () => {
    const url = "/api/gebruikers";
    const gewoon = await haal(url, undefined, true);
    expect(gewoon.statusCode).toBe(200);
    expect(gewoon.rawPayload.length).toBeGreaterThan(1024);
    const res = await haal(url, "gzip", true);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(gunzipSync(res.rawPayload).toString()).toBe(gewoon.body);
  });

  it("ongecomprimeerd zonder Accept-Encoding, bij br;q=0 en gzip;q=0, en onder 1 kB", async () => {
    for (const aanbod of [undefined, "identity", "br;q=0, gzip;q=0", "*;q=0"]) {
      const res = await haal("/api/openapi.json", aanbod);
      expect(res.headers["content-encoding"], String(aanbod)).toBeUndefined();
      expect(res.json()).toHaveProperty("openapi");
    }
    const klein = await haal("/api/gezondheid", "br, gzip");
    expect(klein.rawPayload.length).toBeLessThan(1024);
    expect(klein.headers["content-encoding"]).toBeUndefined();
  });

  it("kiest volgens de q-waarden", () => {
    expect(kiesCodering("gzip;q=1, br;q=0.5")).toBe("gzip");
    expect(kiesCodering("br;q=0.5, gzip;q=0.5")).toBe("br");
    expect(kiesCodering("*")).toBe("br");
    expect(kiesCodering("x-gzip")).toBe("gzip");
    expect(kiesCodering("deflate")).toBeUndefined();
    expect(kiesCodering("")).toBeUndefined();
  });
});

describe("de webapp: voorgecomprimeerd en met de juiste cache", () => {
  const ASSET = "/assets/index-abc123.js";

  it.each([
    ["br", "gzip, deflate, br", brotliDecompressSync],
    ["gzip", "gzip", gunzipSync],
  ] as const)("een gehasht bestand als %s, een jaar immutable", async (codering, aanbod, pak) => {
    const res = await haal(ASSET, aanbod);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe(codering);
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(pak(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it("ongecomprimeerd als de client niets aanbiedt, met dezelfde cache en Vary", async () => {
    const res = await haal(ASSET);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.body).toBe(SCRIPT);
  });

  it("de .br- en .gz-bestanden zelf en een ontbrekend bestand zijn 404, geen index.html", async () => {
    for (const url of [`${ASSET}.br`, `${ASSET}.gz`, "/assets/bestaat-niet-123.js"]) {
      const res = await haal(url, "br");
      expect(res.statusCode, url).toBe(404);
      expect(res.headers["content-type"], url).toContain("application/problem+json");
    }
  });

  it("index.html en de terugval voor routes van de app: no-cache", async () => {
    for (const url of ["/index.html", "/", "/zaken/123", "/werkvoorraad?pagina=2"]) {
      const res = await haal(url, "gzip, br");
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"], url).toContain("text/html");
      expect(res.headers["cache-control"], url).toBe("no-cache");
      expect(res.body, url).toBe(INDEX);
    }
  });
});
