/**
 * The screenshots the e2e tests attach (testInfo.attach, image/png) gathered in one folder after a run, so CI (and a
 * developer) finds the pages to look at in one place: `.tmp/artefacten/schermafdrukken/<spec>--<name>.png`.
 * Not committed (.tmp is ignored); `.ci/run` prints the folder at the end.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

interface Suite {
  file?: string;
  specs?: {
    tests: { results: { attachments?: { name: string; contentType: string; path?: string }[] }[] }[];
  }[];
  suites?: Suite[];
}

export const SCHERMAFDRUKKEN = ".tmp/artefacten/schermafdrukken";

export function verzamelSchermafdrukken(rapport: string, voorvoegsel = ""): string[] {
  if (!existsSync(rapport)) return [];
  const { suites } = JSON.parse(readFileSync(rapport, "utf8")) as { suites: Suite[] };
  mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  const gekopieerd: string[] = [];
  const loop = (suite: Suite, bestand: string) => {
    const spec = basename(suite.file ?? bestand, ".spec.ts");
    for (const s of suite.specs ?? [])
      for (const t of s.tests)
        for (const r of t.results)
          for (const a of r.attachments ?? []) {
            if (a.contentType !== "image/png" || !a.path || !existsSync(a.path)) continue;
            const doel = join(SCHERMAFDRUKKEN, `${voorvoegsel}${spec}--${a.name.replace(/\.png$/, "")}.png`);
            copyFileSync(a.path, doel);
            gekopieerd.push(doel);
          }
    for (const kind of suite.suites ?? []) loop(kind, suite.file ?? bestand);
  };
  for (const s of suites) loop(s, s.file ?? "");
  return gekopieerd;
}
