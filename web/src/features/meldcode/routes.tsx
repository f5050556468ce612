import { Route } from "react-router";

import { lui } from "../../lib/lui";

const MeldcodePagina = lui(() => import("./paginas"))("MeldcodePagina");

/** The guided Meldcode page, mounted inside the logged-in layout by app.tsx (/zaken/:id/:tab is the zaak's tabs). */
export function meldcodePaginas() {
  return <Route path="meldcodes/:id" element={<MeldcodePagina />} />;
}
