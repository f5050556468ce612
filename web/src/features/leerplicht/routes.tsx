import { Route } from "react-router";
import { lui } from "../../lib/lui";

const pagina = lui(() => import("./paginas"));
const JeugdregistratiesPagina = pagina("JeugdregistratiesPagina");
const ScholenPagina = pagina("ScholenPagina");

/** Schoolmaatschappelijk werk and POH-jeugd, and the schools' beheer (issue 15), mounted inside the logged-in layout by app.tsx. */
export function jeugdPaginas() {
  return (
    <>
      <Route path="jeugd" element={<JeugdregistratiesPagina />} />
      <Route path="beheer/scholen" element={<ScholenPagina />} />
    </>
  );
}
