import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bsnSleutels } from "../berichten/omgeving";
import { xmllint } from "../berichten/testhulp";
import { valideerXsd } from "../berichten/xsd";
import { login, startTestVoordeur, type TestVoordeur } from "../test/app";
import { zaaiDemoDossiers } from "./demo-dossiers";

let t: TestVoordeur;
let ao: string;
const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie: ao } });

beforeAll(async () => {
  t = await startTestVoordeur();
  expect(await zaaiDemoDossiers(t.database, bsnSleutels())).toBe(true);
  ao = await login(t.app, "ao");
});
afterAll(() => t.sluit());

describe("demo: berichten in Noordenveld", () => {
  it("een paar geldige 301-toewijzingen aan demo-aanbieders in de outbox", async () => {
    const lijst = (await get("/api/berichten?richting=uitgaand&perPagina=50")).json();
    const toewijzingen = lijst.items.filter((b: { berichttype: string }) => b.berichttype === "301");
    expect(toewijzingen).toHaveLength(3);
    expect(new Set(toewijzingen.map((b: { aanbiederAgb: string }) => b.aanbiederAgb))).toEqual(
      new Set(["42420001", "65656055", "73731002"]),
    );
    for (const b of toewijzingen) {
      expect(b).toMatchObject({ status: "klaar", afzender: "1699" });
      const xml = (await get(`/api/berichten/${b.id}/xml`)).body;
      expect(valideerXsd(b.standaard, "301", xml)).toEqual([]);
      expect(xmllint(b.standaard, "301", xml)).toBeNull();
    }
  });

  it("één open verzoek om toewijzing (315) met zijn antwoordklok, zonder onderzoekstermijn op de zaak", async () => {
    const verzoeken = (await get("/api/berichten/verzoeken")).json();
    expect(verzoeken.totaal).toBe(1);
    const [verzoek] = verzoeken.items;
    expect(verzoek).toMatchObject({
      soort: "toewijzing",
      status: "open",
      wet: "jeugd",
      aanbiederAgb: "42420001",
    });
    expect(verzoek.termijnen.map((k: { soort: string }) => k.soort)).toContain("verzoek-antwoord");
    const zaak = (await get(`/api/zaken/${verzoek.zaakId}`)).json();
    const soorten = zaak.termijnen.map((k: { soort: string; status: string }) => k.soort);
    expect(soorten).toContain("verzoek-antwoord");
    expect(soorten).not.toContain("onderzoek");
    const inkomend = (await get("/api/berichten?richting=inkomend")).json();
    expect(inkomend.items).toEqual([
      expect.objectContaining({ berichttype: "315", status: "verwerkt", zaakId: verzoek.zaakId }),
    ]);
  });
});
