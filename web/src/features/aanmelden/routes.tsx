import { Route } from "react-router";

import { lui } from "../../lib/lui";

const pagina = lui(() => import("./AanmeldenPagina"));
const AanmeldenPagina = pagina("AanmeldenPagina");

/**
 * Pages of the aanmelden area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 */
export function aanmeldenPaginas() {
  return <Route path="aanmelden" element={<AanmeldenPagina />} />;
}
