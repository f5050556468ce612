import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/domain/**/*.test.ts", "src/lib/**/*.test.ts", "web/**/*.test.ts"],
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
