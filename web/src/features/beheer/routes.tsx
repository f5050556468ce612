import { Route } from "react-router";
import { lui } from "../../lib/lui";
import { AlleenTweedePersoon } from "./TweedePersoon";

const pagina = lui(() => import("./paginas"));
const RolverzoekenPagina = pagina("RolverzoekenPagina");

/**
 * Beheer pages that are not for the beheerder alone, mounted inside the logged-in layout by app.tsx: the
 * requests for access are decided by a teamleider or another beheerder.
 */
export function beheerPaginas() {
  return (
    <Route
      path="beheer/verzoeken-om-toegang"
      element={
        <AlleenTweedePersoon>
          <RolverzoekenPagina />
        </AlleenTweedePersoon>
      }
    />
  );
}
