import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // One module graph per worker, not per file: importing the app (Fastify, pdfmake, libxml2-wasm, …) for each of
    // the ~130 files was most of the suite's time (PGlite suite 712 s → 278 s, import 238 s → 14 s, measured
    // 2026-12-03). Safe because tests share no module state: no module mocks, the clock is reset (herstelKlok).
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "src/domain/**/*.test.ts",
            "src/lib/**/*.test.ts",
            "web/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
        },
      },
      {
        // Everything that talks to a database; runs on PGlite and again on a PostgreSQL server.
        extends: true,
        test: {
          name: "integratie",
          include: ["src/**/*.test.ts"],
          exclude: ["src/domain/**", "src/lib/**"],
        },
      },
    ],
  },
});
