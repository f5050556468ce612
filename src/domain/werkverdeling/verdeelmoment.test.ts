import { describe, expect, it } from "vitest";
import { verdeelmomentVoorZaak, volgendVerdeelmoment } from "./verdeelmoment";

describe("volgendVerdeelmoment", () => {
  it.each([
    ["maandag → dinsdag", "2026-03-02", "2026-03-03"],
    ["dinsdag → dezelfde dag", "2026-03-03", "2026-03-03"],
    ["woensdag → donderdag", "2026-03-04", "2026-03-05"],
    ["donderdag → dezelfde dag", "2026-03-05", "2026-03-05"],
    ["vrijdag → dinsdag erna", "2026-03-06", "2026-03-10"],
    ["zaterdag → dinsdag", "2026-03-07", "2026-03-10"],
    ["zondag → dinsdag", "2026-03-08", "2026-03-10"],
    // Hemelvaartsdag 2026 is Thursday 14 May: the moment moves to Tuesday 19 May.
    ["Hemelvaartsdag valt uit", "2026-05-13", "2026-05-19"],
    // Tweede Kerstdag 2025 is a Friday, Eerste Kerstdag Thursday 25 December: next is Tuesday 30 December.
    ["Eerste Kerstdag valt uit", "2025-12-24", "2025-12-30"],
  ])("%s", (_naam, datum, verwacht) => {
    const moment = volgendVerdeelmoment(datum);
    expect(moment.datum).toBe(verwacht);
    expect(moment.soort).toBe("regulier");
  });

  it("zegt in de uitleg welke dag het is", () => {
    expect(volgendVerdeelmoment("2026-03-03").uitleg).toContain("Vandaag (dinsdag)");
    expect(volgendVerdeelmoment("2026-03-04").uitleg).toContain("donderdag 2026-03-05");
  });
});

describe("verdeelmomentVoorZaak", () => {
  it.each([
    ["crisis", "2026-03-06", "direct", "2026-03-06"],
    ["onveilig", "2026-03-06", "regulier", "2026-03-10"],
    ["zorgen", "2026-03-04", "regulier", "2026-03-05"],
    ["veilig", "2026-03-03", "regulier", "2026-03-03"],
  ])("%s op %s → %s %s", (veiligheid, datum, soort, verwacht) => {
    const moment = verdeelmomentVoorZaak(datum, veiligheid);
    expect(moment).toMatchObject({ soort, datum: verwacht });
  });
});
