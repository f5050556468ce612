import { describe, expect, it } from "vitest";
import { signaalStand, toetsAfhandeling, toetsContactpoging, toetsSignaal } from "./vroegsignalering";

const fouten = (u: { ok: boolean; regel?: string }[]) => u.flatMap((x) => (x.ok ? [] : [x.regel]));
const nieuw = { ontvangenOp: "2026-03-02", contactpogingOp: null, afgehandeldOp: null };

describe("stand van een signaal (contact binnen de afgesproken termijn)", () => {
  it.each([
    [nieuw, "2026-03-16", 14, "nieuw", "2026-03-16"],
    [nieuw, "2026-03-17", 14, "te-laat", "2026-03-16"],
    [nieuw, "2026-03-10", 7, "te-laat", "2026-03-09"],
    [{ ...nieuw, contactpogingOp: "2026-03-20" }, "2026-03-25", 14, "contact-gezocht", "2026-03-16"],
    [
      { ...nieuw, contactpogingOp: "2026-03-03", afgehandeldOp: "2026-03-05" },
      "2026-04-01",
      14,
      "afgehandeld",
      "2026-03-16",
    ],
  ])("%j op %s (termijn %i dagen) → %s, uiterlijk %s", (s, vandaag, dagen, stand, uiterlijk) => {
    expect(signaalStand(s, vandaag, dagen)).toEqual({ stand, contactUiterlijk: uiterlijk });
  });
});

describe("regels", () => {
  it("een signaal: niet in de toekomst, met een achterstand", () => {
    expect(
      fouten(toetsSignaal({ ontvangenOp: "2026-03-02", achterstandCent: 45_000 }, "2026-03-02")),
    ).toEqual([]);
    expect(fouten(toetsSignaal({ ontvangenOp: "2026-03-03", achterstandCent: 0 }, "2026-03-02"))).toEqual([
      "ongeldige-invoer",
      "ongeldige-invoer",
    ]);
  });

  it.each([
    ["op de dag van ontvangst", nieuw, "2026-03-02", []],
    ["vóór ontvangst", nieuw, "2026-03-01", ["ongeldige-invoer"]],
    ["in de toekomst", nieuw, "2026-03-11", ["ongeldige-invoer"]],
    [
      "na afhandeling",
      { ...nieuw, contactpogingOp: "2026-03-03", afgehandeldOp: "2026-03-04" },
      "2026-03-05",
      ["signaal-afgehandeld"],
    ],
  ])("contactpoging %s", (_, s, op, verwacht) => {
    expect(fouten(toetsContactpoging(s, op, "2026-03-10"))).toEqual(verwacht);
  });

  it.each([
    ["na een contactpoging", { ...nieuw, contactpogingOp: "2026-03-03" }, "hulp-aanvaard", "2026-03-04", []],
    ["zonder contactpoging", nieuw, "hulp-geweigerd", "2026-03-04", ["eerst-contact"]],
    ["al in beeld: geen poging nodig", nieuw, "al-in-beeld", "2026-03-04", []],
    [
      "vóór de contactpoging",
      { ...nieuw, contactpogingOp: "2026-03-05" },
      "geen-contact",
      "2026-03-04",
      ["ongeldige-invoer"],
    ],
  ] as const)("afhandeling %s", (_, s, uitkomst, op, verwacht) => {
    expect(fouten(toetsAfhandeling(s, { uitkomst, op }, "2026-03-10"))).toEqual(verwacht);
  });
});
