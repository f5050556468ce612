import { Route } from "react-router";
import { lui } from "../../lib/lui";

const NormenkaderPagina = lui(() => import("./paginas"))("NormenkaderPagina");

/** The beheer of the Wmo themes (issue 15), mounted inside the logged-in layout by app.tsx. */
export function wmoPaginas() {
  return <Route path="beheer/normenkader-huishoudelijke-hulp" element={<NormenkaderPagina />} />;
}
