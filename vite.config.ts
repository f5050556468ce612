import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const pad = (relatief: string) => fileURLToPath(new URL(relatief, import.meta.url));

// The single-page app lives in web/; the backend (src/main.ts) serves the build from dist/web.
export default defineConfig({
  root: pad("./web"),
  publicDir: pad("./web/public"),
  plugins: [react()],
  build: {
    outDir: pad("./dist/web"),
    emptyOutDir: true,
    sourcemap: true,
    // The server's CSP forbids inline scripts and styles: never inline assets as data: URLs for scripts.
    assetsInlineLimit: 0,
    // One bundle (React, the Utrecht components, zod) of ~190 kB gzipped is fine for an internal app.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: "http://localhost:3000", changeOrigin: false },
    },
  },
});
