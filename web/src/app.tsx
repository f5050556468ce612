import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { aanbiedersPaginas } from "./features/aanbieders/routes";
import { aanmeldenPaginas } from "./features/aanmelden/routes";
import { afsprakenPaginas } from "./features/afspraken/routes";
import { AlleenBeheerder, BeheerPagina } from "./features/beheer/BeheerPagina";
import { GelijkgesteldeDagenPagina } from "./features/beheer/GelijkgesteldeDagenPagina";
import { MedewerkerBewerkenPagina, MedewerkerToevoegenPagina } from "./features/beheer/MedewerkerPaginas";
import { MedewerkersPagina } from "./features/beheer/MedewerkersPagina";
import { beheerPaginas } from "./features/beheer/routes";
import { VakgroepBewerkenPagina, VakgroepenPagina } from "./features/beheer/VakgroepenPaginas";
import { berichtenPaginas } from "./features/berichten/routes";
import { EnquetePagina } from "./features/besluiten/EnquetePagina";
import { besluitenPaginas } from "./features/besluiten/routes";
import { leveringPaginas } from "./features/levering/routes";
import { AuditPagina } from "./features/personen/AuditPagina";
import { DossierPagina } from "./features/personen/DossierPagina";
import { InzagePagina } from "./features/personen/InzagePagina";
import { ZoekenPagina } from "./features/personen/ZoekenPagina";
import { resultatenplanPaginas } from "./features/resultatenplan/routes";
import { InloggenPagina } from "./features/sessie/InloggenPagina";
import { AlleenIngelogd, SessieBewaking } from "./features/sessie/SessieBewaking";
import { KaleOpmaak, Opmaak } from "./features/shell/Opmaak";
import { NietGevonden, NogNietBeschikbaar, StartPagina } from "./features/shell/Paginas";
import { werkverdelingPaginas } from "./features/werkverdeling/routes";
import { WerkvoorraadPagina } from "./features/zaken/WerkvoorraadPagina";
import { ZaakPagina } from "./features/zaken/ZaakPagina";
import { isApiFout } from "./lib/api";

export function maakQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Only retry what may be temporary (no connection, server errors); never 4xx.
        retry: (pogingen, fout) =>
          pogingen < 2 && (!isApiFout(fout) || fout.status === 0 || fout.status >= 500),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}

function Ingelogd() {
  return (
    <AlleenIngelogd>
      <Opmaak>
        <Outlet />
      </Opmaak>
    </AlleenIngelogd>
  );
}

function Beheer() {
  return (
    <AlleenBeheerder>
      <Outlet />
    </AlleenBeheerder>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessieBewaking />
        <Routes>
          <Route
            path="/enquete/:code?"
            element={
              <KaleOpmaak>
                <EnquetePagina />
              </KaleOpmaak>
            }
          />
          <Route
            path="/inloggen"
            element={
              <KaleOpmaak>
                <InloggenPagina />
              </KaleOpmaak>
            }
          />
          <Route element={<Ingelogd />}>
            <Route index element={<StartPagina />} />
            <Route path="werkvoorraad" element={<WerkvoorraadPagina />} />
            <Route path="zaken/:id/:tab?" element={<ZaakPagina />} />
            <Route path="zoeken" element={<ZoekenPagina />} />
            <Route path="personen/:id" element={<DossierPagina />} />
            <Route path="personen/:id/audit" element={<AuditPagina />} />
            <Route path="personen/:id/inzage" element={<InzagePagina />} />
            <Route
              path="sociale-kaart"
              element={
                <NogNietBeschikbaar
                  titel="Sociale kaart"
                  omschrijving="Hier komen de algemene voorzieningen en het voorliggend veld in uw gemeente."
                />
              }
            />
            <Route
              path="sturing"
              element={
                <NogNietBeschikbaar
                  titel="Sturing"
                  omschrijving="Hier komen de overzichten voor sturing op resultaten, termijnen, kosten en wijken."
                />
              }
            />
            <Route path="beheer" element={<Beheer />}>
              <Route index element={<BeheerPagina />} />
              <Route path="medewerkers" element={<MedewerkersPagina />} />
              <Route path="medewerkers/nieuw" element={<MedewerkerToevoegenPagina />} />
              <Route path="medewerkers/:id" element={<MedewerkerBewerkenPagina />} />
              <Route path="vakgroepen" element={<VakgroepenPagina />} />
              <Route path="vakgroepen/:id" element={<VakgroepBewerkenPagina />} />
              <Route path="gelijkgestelde-dagen" element={<GelijkgesteldeDagenPagina />} />
            </Route>
            {beheerPaginas()}
            {aanmeldenPaginas()}
            {werkverdelingPaginas()}
            {afsprakenPaginas()}
            {resultatenplanPaginas()}
            {besluitenPaginas()}
            {leveringPaginas()}
            {aanbiedersPaginas()}
            {berichtenPaginas()}
            <Route path="*" element={<NietGevonden />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
