import { Route } from "react-router";
import { AlleenBeheerder } from "../beheer/BeheerPagina";
import { AgendaPagina } from "./AgendaPagina";
import { TekstBewerkenPagina, TekstenPagina } from "./TekstenPaginas";

/**
 * Pages of the afspraken area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 */
export function afsprakenPaginas() {
  return (
    <>
      <Route path="agenda" element={<AgendaPagina />} />
      <Route
        path="beheer/teksten"
        element={
          <AlleenBeheerder>
            <TekstenPagina />
          </AlleenBeheerder>
        }
      />
      <Route
        path="beheer/teksten/:code"
        element={
          <AlleenBeheerder>
            <TekstBewerkenPagina />
          </AlleenBeheerder>
        }
      />
    </>
  );
}
