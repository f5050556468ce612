/**
 * Part of `npm run lint`: the layering of ARCHITECTURE.md, checked on every file under src/.
 * 1. Nothing outside src/http imports from src/http (composition roots excepted: src/main.ts, src/test/).
 * 2. No FastifyRequest / FastifyReply outside src/http: application code takes the act context (Handeling).
 * 3. src/domain is pure: it imports only from src/domain and a short list of pure packages.
 * Prints every violation as `file:line: reason` and exits 1 when there is one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const WORTEL = resolve(import.meta.dirname, "..");
const SRC = join(WORTEL, "src");
const SAMENSTELLING = ["src/main.ts", "src/test/"];
/** Integration tests build the whole app, like a composition root. */
const isTest = (rel: string) => rel.endsWith(".test.ts");
// node:crypto (hashes) and node:net (isIP/BlockList for address rules) are used only for pure computations.
const PURE_PAKKETTEN = new Set(["date-fns", "date-holidays", "zod", "node:crypto", "node:net"]);

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? bestanden(join(map, e.name)) : /\.tsx?$/.test(e.name) ? [join(map, e.name)] : [],
  );
}

const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm;
const overtredingen: string[] = [];

for (const pad of bestanden(SRC)) {
  const rel = relative(WORTEL, pad).replaceAll("\\", "/");
  const tekst = readFileSync(pad, "utf8");
  const regel = (index: number) => tekst.slice(0, index).split("\n").length;
  const inHttp = rel.startsWith("src/http/");
  const samenstelling = isTest(rel) || SAMENSTELLING.some((s) => rel === s || rel.startsWith(s));
  // Tests may use the test tools; the rule is about what the domain itself depends on.
  const inDomein = rel.startsWith("src/domain/") && !rel.endsWith(".test.ts");
  for (const m of tekst.matchAll(IMPORT)) {
    const bron = m[1] as string;
    const plek = `${rel}:${regel(m.index)}`;
    if (bron.startsWith(".")) {
      const doel = relative(WORTEL, resolve(dirname(pad), bron)).replaceAll("\\", "/");
      if (!inHttp && !samenstelling && doel.startsWith("src/http"))
        overtredingen.push(
          `${plek}: importeert uit src/http (${bron}); gebruik handeling/ of de laag eronder`,
        );
      if (inDomein && !doel.startsWith("src/domain"))
        overtredingen.push(`${plek}: src/domain is puur, maar importeert ${bron}`);
    } else if (inDomein && !PURE_PAKKETTEN.has(bron)) {
      overtredingen.push(`${plek}: src/domain is puur, maar importeert het pakket ${bron}`);
    }
  }
  if (!inHttp && !samenstelling) {
    for (const m of tekst.matchAll(/\bFastify(?:Request|Reply)\b/g))
      overtredingen.push(
        `${rel}:${regel(m.index)}: FastifyRequest/Reply buiten src/http; geef een Handeling door`,
      );
  }
}

// vitest runs with isolate: false (one module graph per worker): a module mock would leak into the next file.
for (const pad of [...bestanden(SRC), ...bestanden(join(WORTEL, "web"))]) {
  const rel = relative(WORTEL, pad).replaceAll("\\", "/");
  if (!isTest(rel)) continue;
  const tekst = readFileSync(pad, "utf8");
  for (const m of tekst.matchAll(/\bvi\.(?:mock|doMock)\(/g))
    overtredingen.push(
      `${rel}:${tekst.slice(0, m.index).split("\n").length}: vi.mock lekt naar andere testbestanden (isolate: false); geef de afhankelijkheid mee`,
    );
}

if (overtredingen.length > 0) {
  console.error(`Lagen: ${overtredingen.length} overtreding(en)\n${overtredingen.join("\n")}`);
  process.exit(1);
}
console.log("Lagen: in orde (http alleen van buitenaf, geen FastifyRequest in de toepassing, domein puur)");
