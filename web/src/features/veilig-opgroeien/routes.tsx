import { Route } from "react-router";
import { lui } from "../../lib/lui";

const AdviesvragenPagina = lui(() => import("./paginas"))("AdviesvragenPagina");

/** The gedragswetenschapper's Adviesvragen, mounted inside the logged-in layout by app.tsx. */
export function veiligOpgroeienPaginas() {
  return <Route path="adviesvragen" element={<AdviesvragenPagina />} />;
}
