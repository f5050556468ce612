// Filtered to the components the app uses at build time (scripts/utrecht-css.ts).
import "@utrecht/component-library-css/dist/index.css";
// The light theme only (.utrecht-theme): not the dark-mode, media-query and viewport-scale variants of index.css.
import "@utrecht/design-tokens/dist/theme.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, maakQueryClient } from "./app";

const root = document.getElementById("root");
if (!root) throw new Error("Element #root ontbreekt in index.html");

createRoot(root).render(
  <StrictMode>
    <App queryClient={maakQueryClient()} />
  </StrictMode>,
);
