import { describe, expect, it } from "vitest";
import { isGeldigePostcode, normaliseerPostcode } from "./postcode";

describe("postcode", () => {
  it.each(["9301 AB", "9301AB", "9301ab", " 1234 zz "])("%s is geldig", (p) =>
    expect(isGeldigePostcode(p)).toBe(true),
  );
  it.each(["12345", "0123 AB", "1234 SS", "1234 SA", "1234 SD", "1234 A", "AB 1234", ""])(
    "%s is ongeldig",
    (p) => expect(isGeldigePostcode(p)).toBe(false),
  );
  it("normaliseert naar 1234 AB", () => expect(normaliseerPostcode("9301ab")).toBe("9301 AB"));
});
