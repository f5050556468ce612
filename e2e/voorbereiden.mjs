// Runs right before the e2e server starts (Playwright starts its webServer before globalSetup,
// so this cannot live there): a fresh, empty database directory, and a check that the web app is built.
import { existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const dataDir = resolve(process.env.VOORDEUR_DATA_DIR ?? ".tmp/e2e-data");
if (!dataDir.includes(".tmp")) {
  console.error(`Weiger ${dataDir} te wissen: de e2e-database hoort onder .tmp/ te staan.`);
  process.exit(1);
}
rmSync(dataDir, { recursive: true, force: true });

if (!existsSync(resolve(process.env.VOORDEUR_WEB_DIR ?? "dist/web", "index.html"))) {
  console.error("dist/web ontbreekt: bouw eerst de webapp met `npx vite build`.");
  process.exit(1);
}
