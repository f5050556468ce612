import { describe, expect, it } from "vitest";
import {
  isInvoerfout,
  MAX_SCAN_BYTES,
  type OndertekeningInvoer,
  toetsOndertekening,
  toetsScan,
} from "./ondertekening";
import type { PlanStatus } from "./status";

const VANDAAG = "2026-03-10";
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

const persoonlijk = (over: Partial<OndertekeningInvoer> = {}): OndertekeningInvoer => ({
  wijze: "persoonlijk",
  datum: VANDAAG,
  scan: null,
  ...over,
});
const metScan = (contentType: string, inhoud: Uint8Array, over: Partial<OndertekeningInvoer> = {}) =>
  persoonlijk({ wijze: "scan", scan: { contentType, inhoud }, ...over });

describe("toetsOndertekening", () => {
  it.each<[string, PlanStatus, OndertekeningInvoer, string[]]>([
    ["persoonlijk, vandaag, definitief plan", "definitief", persoonlijk(), []],
    ["ter ondertekening verstuurd plan", "ter-ondertekening", persoonlijk(), []],
    ["ondertekend gisteren", "definitief", persoonlijk({ datum: "2026-03-09" }), []],
    ["ondertekend morgen", "definitief", persoonlijk({ datum: "2026-03-11" }), ["datum-niet-in-toekomst"]],
    ["scan als pdf", "definitief", metScan("application/pdf", PDF), []],
    ["scan als png", "ter-ondertekening", metScan("image/png", PNG), []],
    ["scan als jpeg", "definitief", metScan("image/jpeg", JPEG), []],
    ["wijze scan zonder scan", "definitief", persoonlijk({ wijze: "scan" }), ["scan-vereist"]],
    ["lege scan", "definitief", metScan("application/pdf", new Uint8Array()), ["scan-leeg"]],
    ["png-bytes als pdf opgegeven", "definitief", metScan("application/pdf", PNG), ["scan-soort"]],
    ["pdf-bytes als jpeg opgegeven", "definitief", metScan("image/jpeg", PDF), ["scan-soort"]],
    [
      "persoonlijk: een meegestuurde scan wordt niet beoordeeld",
      "definitief",
      persoonlijk({ scan: { contentType: "application/pdf", inhoud: PNG } }),
      [],
    ],
    ["concept", "concept", persoonlijk(), ["ondertekenen-alleen-definitief"]],
    ["al ondertekend", "ondertekend", persoonlijk(), ["ondertekenen-alleen-definitief"]],
    [
      "morgen, zonder scan, op een concept: alles, de invoer eerst",
      "concept",
      persoonlijk({ wijze: "scan", datum: "2026-03-11" }),
      ["datum-niet-in-toekomst", "scan-vereist", "ondertekenen-alleen-definitief"],
    ],
  ])("%s → %j", (_naam, status, invoer, regels) => {
    expect(toetsOndertekening(status, invoer, VANDAAG).map((f) => f.regel)).toEqual(regels);
  });

  it("noemt het veld bij de invoer, niet bij de status, en zet geen code in de melding", () => {
    const fouten = toetsOndertekening(
      "concept",
      metScan("application/pdf", new Uint8Array(), { datum: "2026-03-11" }),
      VANDAAG,
    );
    expect(fouten.map((f) => [f.veld, isInvoerfout(f)])).toEqual([
      ["datum", true],
      ["scan.inhoudBase64", true],
      [undefined, false],
    ]);
    expect(fouten.at(-1)?.melding).toContain("Dit plan is 'Concept'");
    for (const f of fouten) expect(f.melding).not.toContain("[");
  });
});

describe("toetsScan", () => {
  const pdfVan = (n: number) => {
    const inhoud = new Uint8Array(n);
    inhoud.set(PDF.subarray(0, 4));
    return inhoud;
  };
  it.each([
    ["precies 5 MB", pdfVan(MAX_SCAN_BYTES), null],
    ["één byte meer dan 5 MB", pdfVan(MAX_SCAN_BYTES + 1), "scan-te-groot"],
    ["alleen de pdf-handtekening", pdfVan(4), null],
    ["korter dan de handtekening", PDF.subarray(0, 3), "scan-soort"],
  ])("%s → %s", (_naam, inhoud, regel) => {
    expect(toetsScan(inhoud, "application/pdf")?.regel ?? null).toBe(regel);
  });

  it("een onbekend inhoudstype wordt geweigerd", () => {
    expect(toetsScan(PDF, "image/gif")).toEqual({ regel: "scan-soort", melding: "Het bestand is geen gif." });
  });
});
