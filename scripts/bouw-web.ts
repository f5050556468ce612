/**
 * `npm start`'s UI step (issue 19: a second start is ready in seconds): builds the SPA into dist/web only when
 * one of its sources changed since the last build. The sources are hashed (paths and contents): the SPA itself,
 * what it imports from src/ (contract, domain, lib), the build plugins and config, and the locked dependencies.
 * The hash is written beside the build (dist/web/.bron-hash) only after a build succeeded.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const wortel = fileURLToPath(new URL("..", import.meta.url));
const BRONNEN = [
  "web",
  "src/contract",
  "src/domain",
  "src/lib",
  "scripts/utrecht-css.ts",
  "scripts/voorcomprimeer.ts",
  "vite.config.ts",
  "tsconfig.json",
  "package-lock.json",
];
const UIT = join(wortel, "dist/web");
const HASHBESTAND = join(UIT, ".bron-hash");

function* bestanden(pad: string): Generator<string> {
  if (!existsSync(pad)) return;
  if (statSync(pad).isFile()) {
    yield pad;
    return;
  }
  for (const naam of readdirSync(pad).sort()) {
    if (naam === "node_modules" || naam.startsWith(".")) continue;
    yield* bestanden(join(pad, naam));
  }
}

export function bronHash(basis = wortel, bronnen: readonly string[] = BRONNEN): string {
  const hash = createHash("sha256");
  for (const bron of bronnen)
    for (const bestand of bestanden(join(basis, bron))) {
      hash.update(relative(basis, bestand));
      hash.update("\0");
      hash.update(readFileSync(bestand));
      hash.update("\0");
    }
  return hash.digest("hex");
}

/** Builds when a source changed; returns whether it built. */
export async function bouwAlsNodig(): Promise<boolean> {
  const hash = bronHash();
  const vorige = existsSync(HASHBESTAND) ? readFileSync(HASHBESTAND, "utf8").trim() : undefined;
  if (vorige === hash && existsSync(join(UIT, "index.html"))) return false;
  // Vite is loaded only when there is something to build (importing it is most of a skipped step's time).
  const { build } = await import("vite");
  await build({ configFile: join(wortel, "vite.config.ts"), logLevel: "warn" });
  writeFileSync(HASHBESTAND, `${hash}\n`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!(await bouwAlsNodig()))
    console.log("Gebruikersinterface ongewijzigd: de bestaande build in dist/web wordt gebruikt.");
}
