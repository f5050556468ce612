import { describe, expect, it } from "vitest";
import { beschrijfFilter, csvCel, csvRegel, gegevensLabel, nederlandsTijdstip, periodeVan } from "./filter";

describe("CSV-cellen", () => {
  it.each([
    ["gewoon", "gewoon"],
    ["", ""],
    ["met;puntkomma", '"met;puntkomma"'],
    ["met,komma", '"met,komma"'],
    ['zegt "nee"', '"zegt ""nee"""'],
    ["twee\nregels", '"twee\nregels"'],
    ["=SOM(A1:A9)", "'=SOM(A1:A9)"],
    ["+31612345678", "'+31612345678"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ['=HYPERLINK("http://x";"klik")', `"'=HYPERLINK(""http://x"";""klik"")"`],
    ["a=b", "a=b"],
  ])("%j wordt %j", (waarde, verwacht) => {
    expect(csvCel(waarde)).toBe(verwacht);
  });

  it("een lege waarde is een lege cel; een regel eindigt op CRLF", () => {
    expect(csvRegel(["a", null, undefined, "b;c"])).toBe('a;;;"b;c"\r\n');
  });
});

describe("periode van Nederlandse kalenderdagen", () => {
  it.each([
    // winter (UTC+1) and summer (UTC+2); `tot` is inclusive: up to the start of the next day
    ["2026-01-10", "2026-01-10", "2026-01-09T23:00:00.000Z", "2026-01-10T23:00:00.000Z"],
    ["2026-07-01", "2026-07-31", "2026-06-30T22:00:00.000Z", "2026-07-31T22:00:00.000Z"],
    ["2026-03-28", "2026-03-29", "2026-03-27T23:00:00.000Z", "2026-03-29T22:00:00.000Z"],
  ])("%s t/m %s", (van, tot, vanaf, voor) => {
    const p = periodeVan(van, tot);
    expect(p).toEqual({ ok: true, vanaf: new Date(vanaf), voor: new Date(voor) });
  });

  it("een open begin of einde mag", () => {
    expect(periodeVan(undefined, undefined)).toEqual({ ok: true });
    expect(periodeVan("2026-01-10", undefined)).toEqual({
      ok: true,
      vanaf: new Date("2026-01-09T23:00:00.000Z"),
    });
  });

  it.each([
    ["2026-02-30", undefined, ["van"]],
    [undefined, "31-01-2026", ["tot"]],
    ["2026-02-01", "2026-01-31", ["tot"]],
  ])("weigert %s t/m %s", (van, tot, velden) => {
    const p = periodeVan(van, tot);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.fouten.map((f) => f.veld)).toEqual(velden);
  });
});

describe("weergave", () => {
  it("tijdstip in Nederlandse tijd", () => {
    expect(nederlandsTijdstip(new Date("2026-07-01T08:03:04Z"))).toBe("01-07-2026 10:03:04");
  });
  it("beschrijft een filter met ids, zonder namen", () => {
    expect(beschrijfFilter({})).toBe("zonder filter");
    expect(beschrijfFilter({ actie: "lezen", van: "2026-01-01" })).toBe("actie lezen, van 2026-01-01");
  });
});

describe("gegevens in woorden", () => {
  it.each([
    ["klantdossier", "klantdossier"],
    ["inzage-beslissing", "inzage: besluit per document"],
    ["bsn", "volledig BSN"],
    ["iets-nieuws", "iets nieuws"],
  ])("%s → %s", (code, label) => {
    expect(gegevensLabel(code)).toBe(label);
  });
});
