import { describe, expect, it } from "vitest";
import { berekenDwangsom } from "./dwangsom";

describe("dwangsom (Awb 4:17)", () => {
  it("is in de eerste 2 weken na de ingebrekestelling nog niet verschuldigd", () => {
    expect(berekenDwangsom("2026-03-02", null, "2026-03-16")).toMatchObject({
      startdatum: "2026-03-17",
      dagen: 0,
      bedrag: 0,
      stand: "nog-niet-verschuldigd",
    });
  });
  it("loopt daarna op met € 23 per dag", () => {
    expect(berekenDwangsom("2026-03-02", null, "2026-03-21")).toMatchObject({
      dagen: 5,
      bedrag: 115,
      stand: "loopt",
    });
  });
  it("€ 35 per dag vanaf dag 15 en € 45 vanaf dag 29", () => {
    expect(berekenDwangsom("2026-03-02", null, "2026-04-01")).toMatchObject({
      dagen: 16,
      bedrag: 14 * 23 + 2 * 35,
    });
    expect(berekenDwangsom("2026-03-02", null, "2026-04-15")).toMatchObject({
      dagen: 30,
      bedrag: 14 * 23 + 14 * 35 + 2 * 45,
    });
  });
  it("stopt bij maximaal 42 dagen en € 1442", () => {
    expect(berekenDwangsom("2026-03-02", null, "2026-12-31")).toMatchObject({
      dagen: 42,
      bedrag: 1442,
      stand: "maximum-bereikt",
    });
  });
  it("stopt op de dag van het besluit", () => {
    expect(berekenDwangsom("2026-03-02", "2026-03-20", "2026-04-30")).toMatchObject({
      dagen: 3,
      bedrag: 69,
      stand: "gestopt",
    });
    expect(berekenDwangsom("2026-03-02", "2026-03-10", "2026-04-30")).toMatchObject({
      dagen: 0,
      stand: "gestopt",
    });
  });
});
