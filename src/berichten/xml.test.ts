import { describe, expect, it } from "vitest";
import { BerichtFout, leesBericht, MAX_DIEPTE, nestingsdiepte } from "./xml";

const NS = "http://www.istandaarden.nl/iwmo/3_2/wmo305/schema";
/** A message of `diepte` levels: the root Bericht (level 1) with a chain of `diepte - 1` elements in it. */
const genest = (diepte: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><Bericht xmlns="${NS}">${"<Diep>".repeat(diepte - 1)}x${"</Diep>".repeat(diepte - 1)}</Bericht>`;

const weigering = (xml: string) => {
  try {
    leesBericht(xml);
    return undefined;
  } catch (fout) {
    if (!(fout instanceof BerichtFout)) throw fout;
    return fout.message;
  }
};

describe("nestingsdiepte", () => {
  it.each([
    ["<a/>", 1],
    ["<a><b/><c><d/></c></a>", 3],
    ["<a x=\"1>2\" y='<z>'><b/></a>", 2],
    ["<a><!-- <b><c><d> --><![CDATA[<e><f>]]><?pi <g>?></a>", 1],
    ['<?xml version="1.0"?>\n<a>\n  <b>tekst &lt;c&gt;</b>\n</a>', 2],
  ])("%s → %i", (xml, diepte) => {
    expect(nestingsdiepte(xml)).toBe(diepte);
  });

  it("houdt op zodra de grens is overschreden, ook bij een bericht van 2 MiB", () => {
    const xml = "<a>".repeat(700_000);
    const start = performance.now();
    expect(nestingsdiepte(xml, 99)).toBe(100);
    expect(performance.now() - start).toBeLessThan(100);
    expect(nestingsdiepte(xml)).toBe(700_000);
  });
});

describe("leesBericht weigert diep geneste berichten", () => {
  it(`${MAX_DIEPTE + 1} niveaus → BerichtFout in het Nederlands, voordat een parser het ziet`, () => {
    expect(nestingsdiepte(genest(100))).toBe(100);
    expect(weigering(genest(100))).toBe(
      "Het bericht is dieper genest dan 99 niveaus. Zo'n bericht is geen iWmo- of iJw-bericht en wordt niet verwerkt.",
    );
    expect(weigering(genest(100_000))).toMatch(/dieper genest dan 99 niveaus/);
  });

  it(`${MAX_DIEPTE} niveaus wordt gewoon gelezen`, () => {
    expect(nestingsdiepte(genest(99))).toBe(99);
    expect(weigering(genest(99))).toBeUndefined();
    expect(leesBericht(genest(99)).type).toMatchObject({ standaard: "iwmo", type: "305" });
  });
});
