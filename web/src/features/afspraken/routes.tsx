import { Route } from "react-router";
import { lui } from "../../lib/lui";
import { AlleenBeheerder } from "../beheer/BeheerPagina";

const pagina = lui(() => import("./paginas"));
const AgendaPagina = pagina("AgendaPagina");
const TekstBewerkenPagina = pagina("TekstBewerkenPagina");
const TekstenPagina = pagina("TekstenPagina");

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
