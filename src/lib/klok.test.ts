import { describe, expect, it } from "vitest";
import { vandaag } from "./klok";

describe("vandaag", () => {
  it("rekent in Nederlandse tijd: 23:30 UTC op 31 december is al nieuwjaarsdag", () => {
    expect(vandaag(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(vandaag(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(vandaag(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });
});
