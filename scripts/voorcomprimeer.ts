/**
 * Precompression of the built web app: beside every compressible file of at least 1 KB a `.br` (brotli,
 * quality 11) and a `.gz` (gzip -9), written once at build time so the server never compresses a static file
 * per request; @fastify/static (`preCompressed`, src/http/app.ts) picks one by Accept-Encoding.
 * Source maps are left out: only developer tools fetch them.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRIMEERBAAR = /\.(js|mjs|css|html|svg|json|txt)$/;
const DREMPEL = 1024;

/** Writes the .br and .gz siblings of every compressible file under `map`; returns the files it did. */
export async function voorcomprimeer(map: string): Promise<string[]> {
  const bestanden = (await readdir(map, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && COMPRIMEERBAAR.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  const gedaan: string[] = [];
  await Promise.all(
    bestanden.map(async (bestand) => {
      const inhoud = await readFile(bestand);
      if (inhoud.length < DREMPEL) return;
      const [br, gz] = await Promise.all([
        brotli(inhoud, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length,
          },
        }),
        gzipAsync(inhoud, { level: 9 }),
      ]);
      // Only where it helps; without a sibling the file itself is served.
      if (br.length < inhoud.length) await writeFile(`${bestand}.br`, br);
      if (gz.length < inhoud.length) await writeFile(`${bestand}.gz`, gz);
      gedaan.push(bestand);
    }),
  );
  return gedaan;
}

/** Vite plugin: precompress the output folder after the build has written it. */
export function voorcomprimeerPlugin(): Plugin {
  let uitvoer = "";
  return {
    name: "voordeur-voorcomprimeer",
    apply: "build",
    configResolved(config) {
      uitvoer = config.build.outDir;
    },
    async closeBundle() {
      await voorcomprimeer(uitvoer);
    },
  };
}
