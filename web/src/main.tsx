import "@utrecht/component-library-css/dist/index.css";
import "@utrecht/design-tokens/dist/index.css";
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
