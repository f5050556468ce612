import { Route } from "react-router";

import { lui } from "../../lib/lui";

const pagina = lui(() => import("./ClientervaringPagina"));
const ClientervaringPagina = pagina("ClientervaringPagina");

/**
 * Pages of the besluiten area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 * The public survey page (/enquete/:code) is mounted outside that layout in app.tsx.
 */
export function besluitenPaginas() {
  return <Route path="rapportage/clientervaring" element={<ClientervaringPagina />} />;
}
