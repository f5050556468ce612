import { Route } from "react-router";
import { AlleenBeheerder } from "../beheer/BeheerPagina";
import { AanbiederPagina } from "./AanbiederPagina";
import { AanbiedersPagina } from "./AanbiedersPagina";
import { BeheerAanbiederPagina, BeheerAanbiedersPagina } from "./BeheerAanbiederPaginas";
import { OvereenkomstenPagina } from "./OvereenkomstenPagina";
import { SignaalPagina } from "./SignaalPagina";
import { SignalenPagina } from "./SignalenPagina";

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
