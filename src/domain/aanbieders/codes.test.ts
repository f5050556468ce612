import { describe, expect, it } from "vitest";
import { valideerAgbCode, valideerKvkNummer } from "./codes";

describe("AGB-code en KvK-nummer", () => {
  it.each([
    ["42420001", { ok: true, waarde: "42420001" }],
    ["65656055", { ok: true, waarde: "65656055" }],
    ["4242 0001", { ok: true, waarde: "42420001" }],
    ["42.42.00.01", { ok: true, waarde: "42420001" }],
    ["4242000", { ok: false, melding: "De AGB-code bestaat uit precies 8 cijfers" }],
    ["424200011", { ok: false, melding: "De AGB-code bestaat uit precies 8 cijfers" }],
    ["4242000A", { ok: false, melding: "De AGB-code bestaat uit precies 8 cijfers" }],
    ["", { ok: false, melding: "Vul de AGB-code in" }],
  ])("AGB %j", (invoer, verwacht) => {
    expect(valideerAgbCode(invoer)).toEqual(verwacht);
  });

  it.each([
    ["01234567", true],
    ["1234567", false],
    ["123456789", false],
    ["KVK12345", false],
  ])("KvK %j geldig: %s", (invoer, geldig) => {
    const uitkomst = valideerKvkNummer(invoer);
    expect(uitkomst.ok).toBe(geldig);
    if (!uitkomst.ok) expect(uitkomst.melding).toContain("KvK-nummer");
  });
});
