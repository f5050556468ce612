import { describe, expect, it } from "vitest";
import { toetsNietOppakken } from "./niet-oppakken";

const grenzen = { meldingsdatum: "2026-03-02", vandaag: "2026-03-10" };

describe("toetsNietOppakken", () => {
  it.each([
    ["tussen melding en vandaag", "2026-03-05", null],
    ["op de dag van de melding", "2026-03-02", null],
    ["vandaag", "2026-03-10", null],
    ["de dag voor de melding", "2026-03-01", "terugkoppeling-tussen-melding-en-vandaag"],
    ["morgen", "2026-03-11", "terugkoppeling-tussen-melding-en-vandaag"],
  ])("%s (%s) → %s", (_naam, op, regel) => {
    const fout = toetsNietOppakken(op, grenzen);
    expect(fout?.regel ?? null).toBe(regel);
    if (fout) expect(fout.veld).toBe("terugkoppeling.op");
  });
});
