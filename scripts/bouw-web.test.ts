import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bronHash } from "./bouw-web";

let map: string | undefined;
afterEach(() => {
  if (map) rmSync(map, { recursive: true, force: true });
});

describe("bronHash (npm start bouwt de UI alleen na een wijziging)", () => {
  it("blijft gelijk zonder wijziging en verandert bij een gewijzigd, nieuw of hernoemd bestand", () => {
    map = mkdtempSync(join(tmpdir(), "voordeur-bron-"));
    mkdirSync(join(map, "web/src"), { recursive: true });
    writeFileSync(join(map, "web/src/a.tsx"), "export const a = 1;");
    writeFileSync(join(map, "vite.config.ts"), "export default {};");
    const bronnen = ["web", "vite.config.ts", "bestaat-niet"];
    const eerst = bronHash(map, bronnen);
    expect(bronHash(map, bronnen)).toBe(eerst);
    writeFileSync(join(map, "web/src/a.tsx"), "export const a = 2;");
    const gewijzigd = bronHash(map, bronnen);
    expect(gewijzigd).not.toBe(eerst);
    writeFileSync(join(map, "web/src/b.tsx"), "");
    const erbij = bronHash(map, bronnen);
    expect(erbij).not.toBe(gewijzigd);
    rmSync(join(map, "web/src/b.tsx"));
    writeFileSync(join(map, "web/src/c.tsx"), "");
    expect(bronHash(map, bronnen)).not.toBe(erbij);
    // node_modules and dotfiles inside a source folder do not count.
    rmSync(join(map, "web/src/c.tsx"));
    const basis = bronHash(map, bronnen);
    mkdirSync(join(map, "web/node_modules"));
    writeFileSync(join(map, "web/node_modules/x.js"), "x");
    writeFileSync(join(map, "web/.cache"), "x");
    expect(bronHash(map, bronnen)).toBe(basis);
  });
});
