import { describe, expect, it } from "vitest";
import { type Levering, verwerkStart, verwerkStop } from "./levering";

const leeg: Levering = { zorgGestartOp: null, zorgGestoptOp: null, redenBeeindiging: null };
const gestart: Levering = { zorgGestartOp: "2026-04-03", zorgGestoptOp: null, redenBeeindiging: null };
const gestopt: Levering = {
  zorgGestartOp: "2026-04-03",
  zorgGestoptOp: "2026-07-17",
  redenBeeindiging: "31",
};

describe("start zorg (305)", () => {
  it.each([
    ["eerste start", leeg, "2026-04-03", "1", { ok: true, levering: gestart }],
    ["dezelfde start nog eens", gestart, "2026-04-03", "1", { ok: false, code: "9074" }],
    ["tweede start zonder stop", gestart, "2026-05-01", "1", { ok: false, code: "9326" }],
    [
      "nieuwe start na een stop",
      gestopt,
      "2026-09-01",
      "1",
      { ok: true, levering: { zorgGestartOp: "2026-09-01", zorgGestoptOp: null, redenBeeindiging: null } },
    ],
    ["correctie: start verwijderen", gestart, "2026-04-03", "3", { ok: true, levering: leeg }],
    ["verwijderen zonder start", leeg, "2026-04-03", "3", { ok: false, code: "9063" }],
    ["verwijderen na stop", gestopt, "2026-04-03", "3", { ok: false, code: "9071" }],
    ["status 2 niet toegestaan", leeg, "2026-04-03", "2", { ok: false, code: "0001" }],
  ] as const)("%s", (_naam, huidig, begindatum, statusAanlevering, verwacht) => {
    expect(verwerkStart(huidig, { begindatum, statusAanlevering })).toMatchObject(verwacht);
  });
});

describe("stop zorg (307)", () => {
  const stop = (begindatum: string, statusAanlevering: string, einddatum = "2026-07-17") => ({
    begindatum,
    statusAanlevering,
    einddatum,
    redenBeeindiging: "31",
  });
  it.each([
    ["stop na start", gestart, stop("2026-04-03", "1"), { ok: true, levering: gestopt }],
    ["stop voor een start", leeg, stop("2026-04-03", "1"), { ok: false, code: "9069" }],
    ["stop met andere begindatum", gestart, stop("2026-04-04", "1"), { ok: false, code: "9069" }],
    ["tweede stop", gestopt, stop("2026-04-03", "1"), { ok: false, code: "9074" }],
    ["einde voor begin", gestart, stop("2026-04-03", "1", "2026-04-01"), { ok: false, code: "9414" }],
    ["correctie: stop verwijderen", gestopt, stop("2026-04-03", "3"), { ok: true, levering: gestart }],
    ["stop verwijderen zonder stop", gestart, stop("2026-04-03", "3"), { ok: false, code: "9063" }],
    ["status 2 niet toegestaan", gestart, stop("2026-04-03", "2"), { ok: false, code: "0001" }],
  ] as const)("%s", (_naam, huidig, regel, verwacht) => {
    expect(verwerkStop(huidig, regel)).toMatchObject(verwacht);
  });

  it("een geweigerde regel verandert de levering niet", () => {
    const voor = { ...gestart };
    verwerkStop(gestart, stop("2026-04-04", "1"));
    expect(gestart).toEqual(voor);
  });
});
