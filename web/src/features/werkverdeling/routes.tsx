import { Route } from "react-router";

import { lui } from "../../lib/lui";

const pagina = lui(() => import("./paginas"));
const CasuistiekPagina = pagina("CasuistiekPagina");
const OverlegPagina = pagina("OverlegPagina");
const RegiegroepPagina = pagina("RegiegroepPagina");

/**
 * Pages of the werkverdeling area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 */
export function werkverdelingPaginas() {
  return (
    <>
      <Route path="werkverdeling/regiegroep" element={<RegiegroepPagina />} />
      <Route path="casuistiek" element={<CasuistiekPagina />} />
      <Route path="casuistiek/:id" element={<OverlegPagina />} />
    </>
  );
}
