import { describe, expect, it } from "vitest";
import { MAX_BESTAND_BYTES, toetsBestand } from "./bestand";

const met = (kop: number[], lengte = 16) => {
  const b = new Uint8Array(lengte);
  b.set(kop);
  return b;
};
const PDF = [0x25, 0x50, 0x44, 0x46];
const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];

describe("toetsBestand", () => {
  it.each([
    ["een pdf", met(PDF), "application/pdf", null],
    ["een png", met(PNG), "image/png", null],
    ["een jpeg", met(JPEG), "image/jpeg", null],
    ["leeg", new Uint8Array(0), "application/pdf", "leeg"],
    ["precies 5 MB", met(PDF, MAX_BESTAND_BYTES), "application/pdf", null],
    ["één byte te veel", met(PDF, MAX_BESTAND_BYTES + 1), "application/pdf", "te-groot"],
    ["een png die pdf heet", met(PNG), "application/pdf", "soort"],
    ["een onbekende soort", met(PDF), "text/html", "soort"],
  ])("%s", (_, inhoud, soort, regel) => {
    expect(toetsBestand(inhoud, soort)?.regel ?? null).toBe(regel);
  });
});
