import { Route } from "react-router";

import { lui } from "../../lib/lui";

const pagina = lui(() => import("./paginas"));
const VoorstellenPagina = pagina("VoorstellenPagina");
const VoorstelPagina = pagina("VoorstelPagina");

/**
 * Pages of the levering area, mounted inside the logged-in layout by app.tsx: the buurtteam's list of
 * op- and afschaalvoorstellen to confirm, and one proposal.
 */
export function leveringPaginas() {
  return (
    <>
      <Route path="voorstellen" element={<VoorstellenPagina />} />
      <Route path="voorstellen/:id" element={<VoorstelPagina />} />
    </>
  );
}
