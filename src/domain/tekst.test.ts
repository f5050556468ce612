import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { tekst } from "./tekst";

const melding = (schema: ReturnType<typeof tekst>, waarde: string) => {
  const r = schema.safeParse(waarde);
  return r.success ? undefined : r.error.issues.map((i) => i.message);
};

describe("tekst: de ene string van alle schema's", () => {
  it.each([
    ["U+0000", "a\u0000b"],
    ["U+0001", "\u0001"],
    ["U+0008", "a\u0008"],
    ["verticale tab U+000B", "a\u000Bb"],
    ["form feed U+000C", "a\u000Cb"],
    ["U+001F", "\u001F"],
    ["een losse hoge surrogaat", "a\uD800b"],
    ["een losse lage surrogaat", "\uDC00"],
    ["U+FFFE", "\uFFFE"],
    ["U+FFFF", "a\uFFFF"],
  ])("weigert %s met de naam van het veld", (_, waarde) => {
    expect(melding(tekst("Omschrijving"), waarde)).toEqual([
      "Omschrijving bevat een teken dat niet is toegestaan",
    ]);
  });

  it.each([
    ["tab, regelovergangen", "regel 1\tkolom\r\nregel 2\n"],
    ["emoji (een surrogaatpaar)", "😀 👍🏽"],
    ["diakrieten, quotes, HTML", `Ñúñez O'Neil "x" <b>`],
    ["DEL en C1", "a\u007Fb\u0085"],
    ["de lege tekst", ""],
  ])("laat %s door", (_, waarde) => {
    expect(melding(tekst("Omschrijving"), waarde)).toBeUndefined();
  });

  it("zonder label noemt de melding 'Deze tekst'", () => {
    expect(melding(tekst(), "\u0000")).toEqual(["Deze tekst bevat een teken dat niet is toegestaan"]);
  });

  it("een tekst van één regel weigert ook tab, regelovergang, DEL en C1", () => {
    const naam = tekst("Voornamen", { eenRegel: true });
    for (const waarde of ["Jan\tPiet", "Jan\nPiet", "Jan\r", "Jan\u007F", "Jan\u0085", "Jan\u0000"]) {
      expect(melding(naam, waarde)).toEqual(["Voornamen bevat een teken dat niet is toegestaan"]);
    }
    expect(melding(naam, "Jan-Piet 😀")).toBeUndefined();
  });

  it("blijft een ZodString: trim, min, max en regex werken zoals bij z.string()", () => {
    const code = tekst("Code")
      .trim()
      .min(2, "te kort")
      .max(4, "te lang")
      .regex(/^[a-z]+$/, "letters");
    expect(code.parse("  abc ")).toBe("abc");
    expect(melding(code, "a")).toEqual(["te kort"]);
    expect(melding(code, "abcde")).toEqual(["te lang"]);
    expect(melding(code, "ab\u0000")).toEqual(["Code bevat een teken dat niet is toegestaan", "letters"]);
    expect(tekst().nullable().optional().parse(null)).toBeNull();
  });

  it("het patroon in de OpenAPI betekent hetzelfde met en zonder u-vlag", () => {
    const schema = z.toJSONSchema(tekst("Omschrijving")) as { pattern: string };
    const waarden = ["Jansen", "psCs{}", "a\u0000", "😀", "\uD800", "a\uDC00", "\t\n\r", "\u000B", "\uFFFF"];
    const metU = waarden.map((w) => new RegExp(schema.pattern, "u").test(w));
    expect(waarden.map((w) => new RegExp(schema.pattern).test(w))).toEqual(metU);
    expect(metU).toEqual([true, true, false, true, false, false, true, false, false]);
  });

  it("is lineair: een tekst van 7 MB (de grootste scan) is snel gecontroleerd", () => {
    const groot = "A".repeat(7_000_000);
    const start = performance.now();
    expect(tekst("Bestand").safeParse(`${groot}\u0000`).success).toBe(false);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

/**
 * The rule kept: every zod string of the API, the contracts and the UI goes through `tekst()`. A bare
 * `z.string()` (also split over lines, or `z.coerce.string()`) outside tekst.ts fails this test.
 */
describe("geen kale z.string() buiten tekst.ts", () => {
  const WORTEL = resolve(import.meta.dirname, "../..");
  const bestanden = (map: string): string[] =>
    readdirSync(map, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === "node_modules"
          ? []
          : bestanden(join(map, e.name))
        : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)
          ? [join(map, e.name)]
          : [],
    );
  const KAAL = /\bz\s*\.\s*(?:coerce\s*\.\s*)?string\s*\(/g;

  it("src/ en web/src gebruiken tekst() in plaats van z.string()", () => {
    const gevonden = [join(WORTEL, "src"), join(WORTEL, "web/src")]
      .flatMap(bestanden)
      .filter((pad) => !pad.endsWith(join("src", "domain", "tekst.ts")))
      .flatMap((pad) => {
        const inhoud = readFileSync(pad, "utf8");
        return [...inhoud.matchAll(KAAL)].map(
          (m) => `${relative(WORTEL, pad)}:${inhoud.slice(0, m.index).split("\n").length}`,
        );
      });
    expect(gevonden, "gebruik tekst() uit src/domain/tekst.ts").toEqual([]);
  });

  it("de controle vindt ook een z.string() over twee regels", () => {
    expect("const x = z\n  .string()\n  .trim();".match(KAAL)).toHaveLength(1);
    expect("z.coerce.string()".match(KAAL)).toHaveLength(1);
    expect("tekst().trim()".match(KAAL)).toBeNull();
  });
});
