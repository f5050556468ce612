import { Route } from "react-router";
import { lui } from "../../lib/lui";

const pagina = lui(() => import("./paginas"));
const VeiligheidPagina = pagina("VeiligheidPagina");
const ProtocolPagina = pagina("ProtocolPagina");
const MeldingPagina = pagina("MeldingPagina");

/** Veiligheid (seed 004 §10.5), for every logged-in medewerker, mounted inside the logged-in layout by app.tsx. */
export function protocollenPaginas() {
  return (
    <>
      <Route path="veiligheid" element={<VeiligheidPagina />} />
      <Route path="veiligheid/meldingen/:id" element={<MeldingPagina />} />
      <Route path="veiligheid/:soort" element={<ProtocolPagina />} />
    </>
  );
}
