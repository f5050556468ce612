import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { genereerTestBsn, isGeldigBsn, maskeerBsn, normaliseerBsn, TEST_BSN_CAPACITEIT } from "./bsn";

describe("BSN", () => {
  it.each(["111222333", "123456782", "999990019", "9999 900 19", "10000008"])("%s is geldig", (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(true);
  });
  it.each(["123456789", "000000000", "12345678a", "1234567890", "", "99999001"])("%s is ongeldig", (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(false);
  });
  it("normaliseert spaties, punten en 8 cijfers", () => {
    expect(normaliseerBsn("1112.22.333")).toBe("111222333");
    expect(normaliseerBsn("11122233")).toBe("011122233");
  });
  it("maskeert tot de laatste 4 cijfers", () => expect(maskeerBsn("999990019")).toBe("*****0019"));

  it("test-BSN's beginnen met 9999 tot volgnummer 8 999, daarna met 9; altijd geldig", () => {
    expect(genereerTestBsn(0).startsWith("9999")).toBe(true);
    expect(genereerTestBsn(8_999).startsWith("9999")).toBe(true);
    expect(genereerTestBsn(9_000).startsWith("9999")).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEST_BSN_CAPACITEIT - 1 }), (n) => {
        const bsn = genereerTestBsn(n);
        return isGeldigBsn(bsn) && bsn.startsWith("9");
      }),
    );
  });

  it("geeft 1 000 000 verschillende test-BSN's", () => {
    const gezien = new Set<string>();
    for (let n = 0; n < 1_000_000; n++) gezien.add(genereerTestBsn(n));
    expect(gezien.size).toBe(1_000_000);
  });
});
