import { Route } from "react-router";
import { lui } from "../../lib/lui";

const pagina = lui(() => import("./paginas"), { voorladenOp: ["/sociale-kaart", "/beheer/sociale-kaart"] });
export const OpenbareKaartPagina = pagina("OpenbareKaartPagina");
const KaartBeheerPagina = pagina("KaartBeheerPagina");
const VoorzieningBeheerPagina = pagina("VoorzieningBeheerPagina");
const TellingPagina = pagina("TellingPagina");

/**
 * The sociale kaart's pages for medewerkers, mounted inside the logged-in layout by app.tsx: keeping the kaart
 * (beheerder and buurtteam, policy rule 26) and the count (teamleider, beheerder). The public kaart itself,
 * /sociale-kaart/{gemeente}, is mounted outside the login (app.tsx).
 */
export function socialeKaartPaginas() {
  return (
    <>
      <Route path="beheer/sociale-kaart" element={<KaartBeheerPagina />} />
      <Route path="beheer/sociale-kaart/telling" element={<TellingPagina />} />
      <Route path="beheer/sociale-kaart/:id" element={<VoorzieningBeheerPagina />} />
    </>
  );
}
