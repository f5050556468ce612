import { describe, expect, it } from "vitest";
import { type Clientenstop, controleerStop, isActiefOp } from "./clientenstop";

const stop = (over: Partial<Clientenstop> = {}): Clientenstop => ({
  id: "s1",
  aanbiederId: "a1",
  gemeenteCode: null,
  van: "2026-03-01",
  tot: "2026-05-31",
  ...over,
});

describe("cliëntenstop", () => {
  it.each([
    ["regionaal, binnen de periode", stop(), "1699", "2026-03-01", true],
    ["regionaal, laatste dag", stop(), "0106", "2026-05-31", true],
    ["regionaal, na afloop", stop(), "1699", "2026-06-01", false],
    ["regionaal, voor de start", stop(), "1699", "2026-02-28", false],
    ["alleen Assen, in Assen", stop({ gemeenteCode: "0106" }), "0106", "2026-04-01", true],
    ["alleen Assen, in Noordenveld", stop({ gemeenteCode: "0106" }), "1699", "2026-04-01", false],
    ["zonder einddatum", stop({ tot: null }), "1699", "2030-01-01", true],
  ])("%s", (_naam, s, gemeente, datum, verwacht) => {
    expect(isActiefOp(s, gemeente, datum)).toBe(verwacht);
  });

  const nieuw = (over: Partial<Clientenstop> = {}) => {
    const { id: _id, ...rest } = stop({ van: "2026-05-01", tot: "2026-07-31", ...over });
    return rest;
  };

  it.each([
    ["overlap met een regionale stop", nieuw(), [stop()], { ok: false, regel: "overlap", veld: "van" }],
    ["aansluitend, geen overlap", nieuw({ van: "2026-06-01" }), [stop()], { ok: true }],
    ["andere aanbieder", nieuw(), [stop({ aanbiederId: "a2" })], { ok: true }],
    [
      "andere gemeente, beide lokaal",
      nieuw({ gemeenteCode: "1699" }),
      [stop({ gemeenteCode: "0106" })],
      { ok: true },
    ],
    [
      "lokaal binnen een regionale stop",
      nieuw({ gemeenteCode: "1699" }),
      [stop()],
      { ok: false, regel: "overlap" },
    ],
    [
      "open einde overlapt later",
      nieuw({ van: "2026-01-01", tot: null }),
      [stop({ van: "2027-01-01", tot: "2027-02-01" })],
      { ok: false, regel: "overlap" },
    ],
    [
      "einde voor begin",
      nieuw({ van: "2026-08-01", tot: "2026-07-01" }),
      [],
      { ok: false, regel: "periode", veld: "tot" },
    ],
  ])("%s", (_naam, kandidaat, bestaande, verwacht) => {
    expect(controleerStop(kandidaat, bestaande)).toMatchObject(verwacht);
  });

  it("een gewijzigde stop botst niet met zichzelf", () => {
    expect(controleerStop({ ...stop(), tot: "2026-06-30" }, [stop()])).toEqual({ ok: true });
  });
});
