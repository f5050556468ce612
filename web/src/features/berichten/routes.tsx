import { Route } from "react-router";

import { lui } from "../../lib/lui";

const pagina = lui(() => import("./paginas"));
const BerichtenPagina = pagina("BerichtenPagina");
const BerichtPagina = pagina("BerichtPagina");
const VerzoekenPagina = pagina("VerzoekenPagina");
const VerzoekPagina = pagina("VerzoekPagina");

/**
 * Pages of the berichten area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 */
export function berichtenPaginas() {
  return (
    <>
      <Route path="berichten" element={<BerichtenPagina />} />
      <Route path="berichten/verzoeken" element={<VerzoekenPagina />} />
      <Route path="berichten/verzoeken/:id" element={<VerzoekPagina />} />
      <Route path="berichten/:id" element={<BerichtPagina />} />
    </>
  );
}
