import { Route } from "react-router";
import { AlleenBeheerder } from "../beheer/BeheerPagina";
import { CatalogusPagina } from "./CatalogusPagina";
import { PlanPagina } from "./PlanPagina";

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
