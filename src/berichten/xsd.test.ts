import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { laadConfig } from "../config";
import { voorbeeld, xmllint } from "./testhulp";
import {
  istandaardenMelding,
  istandaardenStaat,
  metXsdVersies,
  NOG_ONBEKENDE_XSD_VERSIES,
  valideerXsd,
} from "./xsd";

const ECHTE_MAP = laadConfig().istandaardenDir;
const VERSIES = { basisschema: "1.2.3", bericht: "4.5.6" };

describe("istandaardenStaat", () => {
  it("de echte map is compleet", () => {
    expect(istandaardenStaat(ECHTE_MAP)).toEqual({ ok: true, map: ECHTE_MAP });
    expect(istandaardenMelding(istandaardenStaat(ECHTE_MAP))).toBeNull();
  });

  it("een map waarin één schema ontbreekt: dat schema bij naam, niet de hele map", () => {
    const map = mkdtempSync(join(tmpdir(), "voordeur-xsd-deels-"));
    try {
      cpSync(ECHTE_MAP, map, { recursive: true });
      rmSync(join(map, "ijw-3.2", "JW319.xsd"));
      const staat = istandaardenStaat(map);
      expect(staat).toMatchObject({
        ok: false,
        mapOntbreekt: false,
        ontbreekt: [join("ijw-3.2", "JW319.xsd")],
      });
      expect(istandaardenMelding(staat)).toContain("1 ontbreken (ijw-3.2/JW319.xsd)");
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });

  it("geen map, of een lege: de map ontbreekt", () => {
    const leeg = mkdtempSync(join(tmpdir(), "voordeur-xsd-leeg-"));
    for (const map of [leeg, join(leeg, "bestaat-niet")]) {
      const staat = istandaardenStaat(map);
      expect(staat).toMatchObject({ ok: false, mapOntbreekt: true });
      expect(istandaardenMelding(staat)).toMatch(/^De map met iWmo\/iJw-XSD's ontbreekt of is leeg/);
    }
  });
});

describe("metXsdVersies", () => {
  it("vult de versies in de Header van een heenbericht in", () => {
    const xml = voorbeeld("WMO301").replace(/(<(\w+:)?BerichtXsdVersie>)[^<]*(<)/, "$10.0.0$3");
    const gevuld = metXsdVersies(xml, VERSIES, false);
    expect(gevuld).toContain("<iwmo:BasisschemaXsdVersie>1.2.3</iwmo:BasisschemaXsdVersie>");
    expect(gevuld).toContain("<iwmo:BerichtXsdVersie>4.5.6</iwmo:BerichtXsdVersie>");
  });

  it("in een retour alleen XsdVersieRetour; de XsdVersie van het heenbericht blijft", () => {
    const xml = voorbeeld("JW306");
    const gevuld = metXsdVersies(xml, VERSIES, true);
    const [heen, retour] = [...gevuld.matchAll(/<ijw:BasisschemaXsdVersie>([^<]*)</g)].map((m) => m[1]);
    expect([heen, retour]).toEqual(["1.0.0", "1.2.3"]);
    expect(gevuld).toContain("<ijw:BerichtXsdVersie>4.5.6</ijw:BerichtXsdVersie>");
  });

  it("het voorlopige versienummer past in het patroon, zodat het XSD een gevuld bericht goedkeurt", () => {
    const xml = metXsdVersies(voorbeeld("JW301"), NOG_ONBEKENDE_XSD_VERSIES, false);
    expect(valideerXsd("ijw", "301", xml)).toEqual([]);
  });
});

describe("testhulp xmllint", () => {
  it("zonder xmllint een duidelijke fout in plaats van 'geldig'", () => {
    expect(() => xmllint("ijw", "301", voorbeeld("JW301"), null)).toThrow(
      /xmllint ontbreekt: installeer het met `apt-get install -y libxml2-utils`/,
    );
  });

  it("keurt een geldig bericht goed en een ongeldig af", () => {
    expect(xmllint("ijw", "301", voorbeeld("JW301"))).toBeNull();
    // The published JW315 sample has an impossible date (istandaarden README).
    expect(xmllint("ijw", "315", voorbeeld("JW315"))).toMatch(/2027-06-31|fails to validate/);
  });
});
