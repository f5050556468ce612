import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { utrechtCssPlugin } from "./scripts/utrecht-css.ts";
import { voorcomprimeerPlugin } from "./scripts/voorcomprimeer.ts";

const pad = (relatief: string) => fileURLToPath(new URL(relatief, import.meta.url));

// The single-page app lives in web/; the backend (src/main.ts) serves the build from dist/web.
export default defineConfig({
  root: pad("./web"),
  publicDir: pad("./web/public"),
  plugins: [react(), utrechtCssPlugin(), voorcomprimeerPlugin()],
  build: {
    outDir: pad("./dist/web"),
    emptyOutDir: true,
    sourcemap: true,
    // The server's CSP forbids inline scripts and styles: never inline assets as data: URLs for scripts.
    assetsInlineLimit: 0,
    // The first bundle holds React, the router, the Utrecht components and zod (the shared chunk is ~390 kB raw);
    // each area is its own chunk (web/src/lib/lui.tsx).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // The shared zod contracts and domain rules (src/contract, src/domain, reached through web/src/lib/contract.ts)
      // only define schemas, types and functions: a module none of whose exports a chunk uses is left out of it, so
      // a page's schemas travel with the page's chunk instead of all of them with the first bundle.
      treeshake: {
        moduleSideEffects: [{ test: /[\\/]src[\\/](contract|domain)[\\/]/, sideEffects: false }],
      },
      output: {
        // An area's chunk is named after its folder (zaken-[hash].js), not after its paginas.ts.
        chunkFileNames: (chunk) => {
          const gebied = chunk.facadeModuleId?.match(/features\/([\w-]+)\/paginas\.ts$/)?.[1];
          return `assets/${gebied ?? "[name]"}-[hash].js`;
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: "http://localhost:3000", changeOrigin: false },
    },
  },
});
