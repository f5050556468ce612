import { describe, expect, it } from "vitest";
import { huishoudens } from "./huishoudens";

const eerste = (n: number) => {
  const personen = [];
  for (const h of huishoudens({
    gemeenteCode: "1699",
    seed: 42,
    startVolgnummer: 0,
    peildatum: "2026-11-23",
  })) {
    personen.push(...h.personen);
    if (personen.length >= n) break;
  }
  return personen;
};

describe("synthetische inwoners", () => {
  it("geven ongeveer 60 % van de volwassenen een e-mailadres op het .test-domein, kinderen nooit", () => {
    const personen = eerste(2000);
    const volwassen = personen.filter((p) => Number(p.geboortedatum.slice(0, 4)) <= 2008);
    const metEmail = volwassen.filter((p) => p.email);
    expect(metEmail.length / volwassen.length).toBeGreaterThan(0.5);
    expect(metEmail.length / volwassen.length).toBeLessThan(0.75);
    expect(personen.filter((p) => Number(p.geboortedatum.slice(0, 4)) > 2008 && p.email)).toEqual([]);
    for (const p of metEmail) expect(p.email).toMatch(/^[a-z]+\.[a-z]+\.\d{4}@inwoner\.voordeur\.test$/);
  });

  it("zijn deterministisch per seed", () => {
    expect(eerste(50)).toEqual(eerste(50));
  });
});
