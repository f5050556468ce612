import { describe, expect, it } from "vitest";
import { ANKER_VERSIE, echtAnker, type Ketenkop, leesAnkerregel, onderteken, toetsKop } from "./anker";

const sleutel = Buffer.alloc(32, 7);
const kop = (over: Partial<Ketenkop> = {}): Ketenkop => ({
  gemeenteCode: "1699",
  keten: 3,
  laatsteId: 40,
  hash: "a".repeat(64),
  aantal: 12,
  ...over,
});
const inhoud = {
  versie: ANKER_VERSIE,
  tijdstip: "2026-03-02T09:15:00.000Z",
  ketens: [kop(), kop({ gemeenteCode: "0106", keten: 0 })],
};

describe("ondertekende ankers", () => {
  it("de handtekening hangt niet af van de volgorde van ketens of velden, wel van elke waarde", () => {
    const a = onderteken(inhoud, sleutel);
    const omgekeerd = onderteken({ ...inhoud, ketens: [...inhoud.ketens].reverse() }, sleutel);
    expect(omgekeerd.hmac).toBe(a.hmac);
    expect(echtAnker(a, sleutel)).toBe(true);
    const regel = leesAnkerregel(JSON.stringify(a));
    expect(regel && echtAnker(regel, sleutel)).toBe(true);
    for (const vervalst of [
      { ...a, ketens: a.ketens.map((k) => ({ ...k, aantal: k.aantal - 1 })) },
      { ...a, ketens: a.ketens.slice(1) },
      { ...a, tijdstip: "2026-03-02T09:16:00.000Z" },
      { ...a, hmac: "00".repeat(32) },
      { ...a, hmac: "geen hex" },
    ])
      expect(echtAnker(vervalst, sleutel)).toBe(false);
    expect(echtAnker(a, Buffer.alloc(32, 8))).toBe(false);
  });

  it.each([
    "",
    "niet json",
    "null",
    "[]",
    JSON.stringify({ ...inhoud, versie: 2, hmac: "x" }),
    JSON.stringify(inhoud),
  ])("%j is geen anker", (tekst) => {
    expect(leesAnkerregel(tekst)).toBeUndefined();
  });
});

describe("toetsKop: het verankerde deel van een keten moet er helemaal zijn", () => {
  const k = kop();
  it("intact: het einde is er met dezelfde hash en evenveel regels ervoor", () => {
    expect(toetsKop(k, { aantalTotKop: 12, hashOpKop: k.hash, hoogsteId: 55 })).toEqual([]);
  });
  it("afgekapt: de nieuwste regels tot en met het verankerde einde ontbreken", () => {
    const f = toetsKop(k, { aantalTotKop: 10, hashOpKop: null, hoogsteId: 37 });
    expect(f[0]?.reden).toContain("Keten 3 is afgekapt");
    expect(f[1]?.reden).toContain("staan 10 regel(s), het anker telt er 12");
  });
  it("leeg: alle regels van de keten zijn weg", () => {
    expect(toetsKop(k, { aantalTotKop: 0, hashOpKop: null, hoogsteId: null })[0]?.reden).toContain("is leeg");
  });
  it("herschreven: het einde heeft een andere hash, of er ontbreken regels ervoor", () => {
    expect(toetsKop(k, { aantalTotKop: 12, hashOpKop: "b".repeat(64), hoogsteId: 40 })[0]?.reden).toContain(
      "andere hash",
    );
    expect(toetsKop(k, { aantalTotKop: 11, hashOpKop: k.hash, hoogsteId: 40 })).toHaveLength(1);
  });
});
