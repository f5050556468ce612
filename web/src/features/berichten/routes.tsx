import { Route } from "react-router";
import { BerichtenPagina } from "./BerichtenPagina";
import { BerichtPagina } from "./BerichtPagina";
import { VerzoekenPagina } from "./VerzoekenPagina";
import { VerzoekPagina } from "./VerzoekPagina";

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
