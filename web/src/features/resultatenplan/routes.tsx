import { Route } from "react-router";
import { lui } from "../../lib/lui";
import { AlleenBeheerder } from "../beheer/BeheerPagina";

const pagina = lui(() => import("./paginas"));
const CatalogusPagina = pagina("CatalogusPagina");
const PlanPagina = pagina("PlanPagina");

/**
 * Pages of the resultatenplan area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 */
export function resultatenplanPaginas() {
  return (
    <>
      <Route path="zaken/:id/plan" element={<PlanPagina />} />
      <Route
        path="beheer/catalogus"
        element={
          <AlleenBeheerder>
            <CatalogusPagina />
          </AlleenBeheerder>
        }
      />
    </>
  );
}
