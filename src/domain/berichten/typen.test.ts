import { describe, expect, it } from "vitest";
import { BERICHTTYPEN, namespaceVan, typeVan, typeVanNamespace } from "./typen";

describe("berichttypen", () => {
  it.each([
    ["iwmo", "301", 414, "gemeente"],
    ["ijw", "301", 436, "gemeente"],
    ["iwmo", "305", 418, "aanbieder"],
    ["ijw", "315", 446, "aanbieder"],
    ["ijw", "302", 437, "gemeente"],
    ["ijw", "306", 439, "aanbieder"],
    ["ijw", "319", 488, "gemeente"],
    ["iwmo", "317", 480, "aanbieder"],
    ["ijw", "325", 491, "gemeente"],
  ] as const)("%s %s heeft code %i en afzender %s", (standaard, type, code, afzender) => {
    expect(typeVan(standaard, type)).toMatchObject({ berichtcode: code, afzender });
  });

  it("herkent elk type aan zijn namespace", () => {
    for (const b of BERICHTTYPEN) expect(typeVanNamespace(namespaceVan(b.standaard, b.type))).toEqual(b);
    expect(typeVanNamespace("http://www.istandaarden.nl/iwmo/3_2/wmo302/schema")).toBeUndefined();
    expect(typeVanNamespace("http://example.org/wmo301")).toBeUndefined();
  });
});
