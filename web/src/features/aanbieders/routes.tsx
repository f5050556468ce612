import { Route } from "react-router";
import { lui } from "../../lib/lui";
import { AlleenBeheerder } from "../beheer/BeheerPagina";

const pagina = lui(() => import("./paginas"), { voorladenOp: ["/aanbieders", "/beheer/aanbieders"] });
const AanbiederPagina = pagina("AanbiederPagina");
const AanbiedersPagina = pagina("AanbiedersPagina");
const BeheerAanbiederPagina = pagina("BeheerAanbiederPagina");
const BeheerAanbiedersPagina = pagina("BeheerAanbiedersPagina");
const OvereenkomstenPagina = pagina("OvereenkomstenPagina");
const SignaalPagina = pagina("SignaalPagina");
const SignalenPagina = pagina("SignalenPagina");

/**
 * Pages of the aanbieders area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 */
export function aanbiedersPaginas() {
  return (
    <>
      <Route path="aanbieders" element={<AanbiedersPagina />} />
      <Route path="aanbieders/signalen" element={<SignalenPagina />} />
      <Route path="aanbieders/signalen/:id" element={<SignaalPagina />} />
      <Route path="aanbieders/overeenkomsten" element={<OvereenkomstenPagina />} />
      <Route path="aanbieders/:id" element={<AanbiederPagina />} />
      <Route
        path="beheer/aanbieders"
        element={
          <AlleenBeheerder>
            <BeheerAanbiedersPagina />
          </AlleenBeheerder>
        }
      />
      <Route
        path="beheer/aanbieders/:id"
        element={
          <AlleenBeheerder>
            <BeheerAanbiederPagina />
          </AlleenBeheerder>
        }
      />
    </>
  );
}
