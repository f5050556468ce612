import { Route } from "react-router";
import { lui } from "../../lib/lui";

const VroegsignaleringPagina = lui(() => import("./paginas"))("VroegsignaleringPagina");

/** Vroegsignalering of payment arrears (issue 15), mounted inside the logged-in layout by app.tsx. */
export function vroegsignaleringPaginas() {
  return <Route path="vroegsignalering" element={<VroegsignaleringPagina />} />;
}
