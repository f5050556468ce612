/**
 * The BRP client against the fixture mock over real HTTP: narrow fields, the API key, and every failure as a
 * Dutch BrpFout (problem response, 4xx/5xx, timeout, not configured). Also the mock's own request validation,
 * which answers 400 problem+json like the BRP API.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { BrpConfig } from "../config";
import { veldenVoor } from "../domain/brp/velden";
import { BrpFout, type BrpFoutSoort, maakBrpClient } from "./client";
import { BRP_DEMO } from "./mock/fixtures";
import { type BrpMock, startBrpMock } from "./mock/server";

let mock: BrpMock;
const config = (over: Partial<BrpConfig> = {}): BrpConfig => ({
  url: mock.url,
  apiKey: "geheim-sleutel",
  certPad: undefined,
  sleutelPad: undefined,
  caPad: undefined,
  timeoutMs: 2000,
  ...over,
});
const raadpleeg = (bsn: string, doel: "aanmelding" | "woonplaatsbeginsel" = "aanmelding") => ({
  type: "RaadpleegMetBurgerservicenummer" as const,
  fields: veldenVoor(doel, "RaadpleegMetBurgerservicenummer"),
  burgerservicenummer: [bsn],
});

async function fout(belofte: Promise<unknown>): Promise<BrpFout> {
  try {
    await belofte;
  } catch (e) {
    if (e instanceof BrpFout) return e;
    throw e;
  }
  throw new Error("geen BrpFout");
}

beforeAll(async () => {
  mock = await startBrpMock({ apiKey: "geheim-sleutel", peiljaar: 2026 });
});
afterAll(() => mock.sluit());
afterEach(() => mock.herstel());

describe("BRP client against the mock", () => {
  it("asks with the purpose's fields and the API key, and gets only those fields (plus the automatic ones)", async () => {
    const client = maakBrpClient(config());
    const antwoord = await client.vraag(raadpleeg(BRP_DEMO.kindGezamenlijkGezag, "woonplaatsbeginsel"));
    const verzoek = mock.verzoeken.at(-1);
    expect(verzoek?.headers["x-api-key"]).toBe("geheim-sleutel");
    expect(verzoek?.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(verzoek?.body).toMatchObject({
      fields: veldenVoor("woonplaatsbeginsel", "RaadpleegMetBurgerservicenummer"),
    });
    const [p] = antwoord.personen ?? [];
    expect(Object.keys(p ?? {}).sort()).toEqual([
      "burgerservicenummer",
      "gemeenteVanInschrijving",
      "verblijfplaats",
    ]);
    expect(p?.verblijfplaats).toMatchObject({
      type: "Adres",
      functieAdres: { code: "W" },
      verblijfadres: { woonplaats: "Roden" },
    });
    expect(
      p?.verblijfplaats && "verblijfadres" in p.verblijfplaats ? p.verblijfplaats.verblijfadres : {},
    ).not.toHaveProperty("postcode");
  });

  it("gezag, children and the geheimhouding indication (delivered without being asked)", async () => {
    const client = maakBrpClient(config());
    const { personen } = await client.vraag({
      ...raadpleeg(BRP_DEMO.moederGezamenlijkGezag),
      burgerservicenummer: [BRP_DEMO.moederGezamenlijkGezag, BRP_DEMO.geheimhouding],
    });
    expect(personen?.[0]?.gezag?.map((g) => g.type)).toEqual([
      "GezamenlijkOuderlijkGezag",
      "GezamenlijkOuderlijkGezag",
    ]);
    expect(personen?.[0]?.kinderen).toHaveLength(2);
    expect(personen?.[0]).not.toHaveProperty("nationaliteiten");
    expect(personen?.[1]?.geheimhoudingPersoonsgegevens).toBe(true);
  });

  it("searches by postcode and huisnummer (PersoonBeperkt with adressering)", async () => {
    const client = maakBrpClient(config());
    const { personen } = await client.vraag({
      type: "ZoekMetPostcodeEnHuisnummer",
      fields: veldenVoor("aanmelding", "ZoekMetPostcodeEnHuisnummer"),
      postcode: "9301AG",
      huisnummer: 24,
    });
    expect(personen?.map((p) => p.naam?.voornamen).sort()).toEqual(["Anouk", "Daan", "Lotte", "Mark"]);
    expect(personen?.[0]?.adressering?.adresregel2).toBe("9301 AG  RODEN");
  });

  const storingen: { status: number; soort: BrpFoutSoort }[] = [
    { status: 503, soort: "storing" },
    { status: 500, soort: "storing" },
    { status: 429, soort: "te-veel-vragen" },
    { status: 403, soort: "geen-toegang" },
  ];
  it.each(storingen)(
    "a $status problem response → $soort, with a Dutch message",
    async ({ status, soort }) => {
      mock.storing(BRP_DEMO.alleenstaandeOuder, status);
      const f = await fout(maakBrpClient(config()).vraag(raadpleeg(BRP_DEMO.alleenstaandeOuder)));
      expect(f).toMatchObject({ soort, status, probleem: { status } });
      expect(f.message).toMatch(/BRP/);
    },
  );

  it("a wrong API key → geen-toegang (401)", async () => {
    const f = await fout(
      maakBrpClient(config({ apiKey: "fout" })).vraag(raadpleeg(BRP_DEMO.alleenstaandeOuder)),
    );
    expect(f).toMatchObject({ soort: "geen-toegang", status: 401 });
  });

  it("a bad request → vraag-geweigerd, carrying the spec's invalidParams", async () => {
    const f = await fout(
      maakBrpClient(config()).vraag({
        ...raadpleeg(BRP_DEMO.alleenstaandeOuder),
        fields: ["geheimhoudingPersoonsgegevens"],
      }),
    );
    expect(f).toMatchObject({
      soort: "vraag-geweigerd",
      status: 400,
      probleem: { code: "paramsValidation" },
    });
    expect(f.probleem?.invalidParams).toEqual([
      expect.objectContaining({ name: "fields[0]", code: "field" }),
    ]);
  });

  it("a slow BRP → time-out after the configured time", async () => {
    mock.vertraag(BRP_DEMO.geheimhouding, 3000);
    const start = Date.now();
    const f = await fout(maakBrpClient(config({ timeoutMs: 300 })).vraag(raadpleeg(BRP_DEMO.geheimhouding)));
    expect(f.soort).toBe("time-out");
    expect(Date.now() - start).toBeLessThan(2500);
  });

  it("not configured → niet-ingesteld, without a request", async () => {
    const voor = mock.verzoeken.length;
    const f = await fout(maakBrpClient(config({ url: undefined })).vraag(raadpleeg(BRP_DEMO.geheimhouding)));
    expect(f.soort).toBe("niet-ingesteld");
    expect(f.message).toContain("met de hand");
    expect(mock.verzoeken.length).toBe(voor);
  });

  it("nobody listening → onbereikbaar", async () => {
    const f = await fout(
      maakBrpClient(config({ url: "http://127.0.0.1:9/brp" })).vraag(raadpleeg(BRP_DEMO.geheimhouding)),
    );
    expect(f.soort).toBe("onbereikbaar");
  });

  it("logs status, code and parameter names, never a BSN", async () => {
    const regels: string[] = [];
    const client = maakBrpClient(config(), { warn: (obj, msg) => regels.push(JSON.stringify({ obj, msg })) });
    mock.storing(BRP_DEMO.alleenstaandeOuder, 503);
    await fout(client.vraag(raadpleeg(BRP_DEMO.alleenstaandeOuder)));
    await fout(client.vraag({ ...raadpleeg(BRP_DEMO.alleenstaandeOuder), fields: ["bestaatNiet"] }));
    expect(regels).toHaveLength(2);
    expect(regels.join("\n")).toContain("fields[0]");
    expect(regels.join("\n")).not.toContain(BRP_DEMO.alleenstaandeOuder);
  });
});

describe("the mock validates like the BRP API (400 problem+json)", () => {
  const post = (body: unknown, contentType = "application/json") =>
    fetch(`${mock.url}/personen`, {
      method: "POST",
      headers: { "content-type": contentType, "x-api-key": "geheim-sleutel" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const tabel: { wat: string; body: unknown; param: string; code: string }[] = [
    { wat: "no type", body: { fields: ["naam"] }, param: "type", code: "required" },
    { wat: "unknown type", body: { type: "ZoekMetIets", fields: ["naam"] }, param: "type", code: "value" },
    {
      wat: "no fields",
      body: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999998894"] },
      param: "fields",
      code: "required",
    },
    {
      wat: "empty fields",
      body: { type: "RaadpleegMetBurgerservicenummer", fields: [], burgerservicenummer: ["999998894"] },
      param: "fields",
      code: "minItems",
    },
    {
      wat: "unknown field",
      body: {
        type: "RaadpleegMetBurgerservicenummer",
        fields: ["schoenmaat"],
        burgerservicenummer: ["999998894"],
      },
      param: "fields[0]",
      code: "field",
    },
    {
      wat: "automatic field",
      body: {
        type: "RaadpleegMetBurgerservicenummer",
        fields: ["inOnderzoek"],
        burgerservicenummer: ["999998894"],
      },
      param: "fields[0]",
      code: "field",
    },
    {
      wat: "relations are not in PersoonBeperkt",
      body: { type: "ZoekMetPostcodeEnHuisnummer", fields: ["kinderen"], postcode: "9301AG", huisnummer: 24 },
      param: "fields[0]",
      code: "field",
    },
    {
      wat: "BSN of 8 digits",
      body: { type: "RaadpleegMetBurgerservicenummer", fields: ["naam"], burgerservicenummer: ["12345678"] },
      param: "burgerservicenummer[0]",
      code: "pattern",
    },
    {
      wat: "BSN not in an array",
      body: { type: "RaadpleegMetBurgerservicenummer", fields: ["naam"], burgerservicenummer: "999998894" },
      param: "burgerservicenummer",
      code: "array",
    },
    {
      wat: "missing geboortedatum",
      body: { type: "ZoekMetGeslachtsnaamEnGeboortedatum", fields: ["naam"], geslachtsnaam: "Vries" },
      param: "geboortedatum",
      code: "required",
    },
    {
      wat: "huisnummer as text",
      body: { type: "ZoekMetPostcodeEnHuisnummer", fields: ["naam"], postcode: "9301AG", huisnummer: "24" },
      param: "huisnummer",
      code: "integer",
    },
    {
      wat: "bad postcode",
      body: { type: "ZoekMetPostcodeEnHuisnummer", fields: ["naam"], postcode: "0301AG", huisnummer: 24 },
      param: "postcode",
      code: "pattern",
    },
    {
      wat: "unexpected parameter",
      body: {
        type: "RaadpleegMetBurgerservicenummer",
        fields: ["naam"],
        burgerservicenummer: ["999998894"],
        doel: "x",
      },
      param: "doel",
      code: "unknownParam",
    },
    { wat: "not JSON", body: "{", param: "body", code: "json" },
  ];
  it.each(tabel)("$wat", async ({ body, param, code }) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const p = (await res.json()) as {
      status: number;
      code: string;
      invalidParams: { name: string; code: string }[];
    };
    expect(p).toMatchObject({ status: 400, code: "paramsValidation" });
    expect(p.invalidParams).toContainEqual(expect.objectContaining({ name: param, code }));
  });
  it("415 for another content type", async () => {
    expect((await post({}, "text/plain")).status).toBe(415);
  });
});
