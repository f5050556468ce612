import { Route } from "react-router";
import { lui } from "../../lib/lui";

const pagina = lui(() => import("./paginas"));
const JeugdregistratiesPagina = pagina("JeugdregistratiesPagina");

/** Schoolmaatschappelijk werk and POH-jeugd (issue 15), mounted inside the logged-in layout by app.tsx. */
export function jeugdPaginas() {
  return <Route path="jeugd" element={<JeugdregistratiesPagina />} />;
}
