import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Suspense } from "react";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { aanbiedersPaginas } from "./features/aanbieders/routes";
import { aanmeldenPaginas } from "./features/aanmelden/routes";
import { afsprakenPaginas } from "./features/afspraken/routes";
import { AlleenBeheerder } from "./features/beheer/BeheerPagina";
import { beheerPaginas } from "./features/beheer/routes";
import { berichtenPaginas } from "./features/berichten/routes";
import { besluitenPaginas } from "./features/besluiten/routes";
import { jeugdPaginas } from "./features/leerplicht/routes";
import { leveringPaginas } from "./features/levering/routes";
import { meldcodePaginas } from "./features/meldcode/routes";
import { protocollenPaginas } from "./features/protocollen/routes";
import { resultatenplanPaginas } from "./features/resultatenplan/routes";
import { InloggenPagina } from "./features/sessie/InloggenPagina";
import { AlleenIngelogd, SessieBewaking } from "./features/sessie/SessieBewaking";
import { KaleOpmaak, Opmaak } from "./features/shell/Opmaak";
import { NietGevonden, NogNietBeschikbaar, StartPagina } from "./features/shell/Paginas";
import { OpenbareKaartPagina, socialeKaartPaginas } from "./features/sociale-kaart/routes";
import { veiligOpgroeienPaginas } from "./features/veilig-opgroeien/routes";
import { vroegsignaleringPaginas } from "./features/vroegsignalering/routes";
import { werkverdelingPaginas } from "./features/werkverdeling/routes";
import { wmoPaginas } from "./features/wmo/routes";
import { isApiFout } from "./lib/api";
import { lui } from "./lib/lui";
import { Laden } from "./lib/ui";

// Route-level code splitting: the login page, the shell and the start page are in the first bundle; every
// other area is fetched when first visited (one chunk per feature, lib/lui.tsx).
const beheer = lui(() => import("./features/beheer/paginas"));
const BeheerPagina = beheer("BeheerPagina");
const MedewerkersPagina = beheer("MedewerkersPagina");
const MedewerkerToevoegenPagina = beheer("MedewerkerToevoegenPagina");
const MedewerkerBewerkenPagina = beheer("MedewerkerBewerkenPagina");
const VakgroepenPagina = beheer("VakgroepenPagina");
const VakgroepBewerkenPagina = beheer("VakgroepBewerkenPagina");
const GelijkgesteldeDagenPagina = beheer("GelijkgesteldeDagenPagina");
const RouteringsmodelPagina = beheer("RouteringsmodelPagina");
const ProtocollenBeheerPagina = beheer("ProtocollenBeheerPagina");
const ProtocolBewerkenPagina = beheer("ProtocolBewerkenPagina");
const personen = lui(() => import("./features/personen/paginas"), {
  voorladenOp: ["/zoeken", "/personen/", "/audit", "/inzageverzoeken"],
});
const ZoekenPagina = personen("ZoekenPagina");
const DossierPagina = personen("DossierPagina");
const AuditPagina = personen("AuditPagina");
const InzagePagina = personen("InzagePagina");
const InzageverzoekenPagina = personen("InzageverzoekenPagina");
const zaken = lui(() => import("./features/zaken/paginas"), {
  voorladenOp: ["/werkvoorraad", "/zaken/"],
  alsRustig: true,
});
const WerkvoorraadPagina = zaken("WerkvoorraadPagina");
const ZaakPagina = zaken("ZaakPagina");
/** Mijn Voordeur, the resident portal (issue 16): its own chunk, like the survey. */
const mijn = lui(() => import("./features/portaal/paginas"), { voorladenOp: ["/mijn"] });
const MijnInloggenPagina = mijn("MijnInloggenPagina");
const MijnOverzichtPagina = mijn("MijnOverzichtPagina");
const MijnZaakPagina = mijn("MijnZaakPagina");
const HulpVragenPagina = mijn("HulpVragenPagina");
const MijnPlanPagina = mijn("MijnPlanPagina");
const MijnBerichtenPagina = mijn("MijnBerichtenPagina");
/** The public survey: its own small chunk, so a resident does not fetch the besluiten area. */
const EnquetePagina = lui(() => import("./features/besluiten/EnquetePagina"))("EnquetePagina");

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
        <Suspense fallback={<Laden />}>
          <Outlet />
        </Suspense>
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
                <Suspense fallback={<Laden />}>
                  <EnquetePagina />
                </Suspense>
              </KaleOpmaak>
            }
          />
          <Route
            path="/sociale-kaart/:gemeente?"
            element={
              <KaleOpmaak>
                <Suspense fallback={<Laden />}>
                  <OpenbareKaartPagina />
                </Suspense>
              </KaleOpmaak>
            }
          />
          <Route
            path="/mijn"
            element={
              <KaleOpmaak>
                <Suspense fallback={<Laden />}>
                  <Outlet />
                </Suspense>
              </KaleOpmaak>
            }
          >
            <Route index element={<MijnOverzichtPagina />} />
            <Route path="inloggen" element={<MijnInloggenPagina />} />
            <Route path="zaken/:id" element={<MijnZaakPagina />} />
            <Route path="zaken/:id/plan" element={<MijnPlanPagina />} />
            <Route path="zaken/:id/berichten" element={<MijnBerichtenPagina />} />
            <Route path="hulp-vragen" element={<HulpVragenPagina />} />
          </Route>
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
            <Route path="audit" element={<AuditPagina />} />
            <Route path="inzageverzoeken" element={<InzageverzoekenPagina />} />
            <Route path="personen/:id/inzage" element={<InzagePagina />} />
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
              <Route path="routering" element={<RouteringsmodelPagina />} />
              <Route path="protocollen" element={<ProtocollenBeheerPagina />} />
              <Route path="protocollen/:soort" element={<ProtocolBewerkenPagina />} />
            </Route>
            {beheerPaginas()}
            {socialeKaartPaginas()}
            {aanmeldenPaginas()}
            {werkverdelingPaginas()}
            {afsprakenPaginas()}
            {resultatenplanPaginas()}
            {besluitenPaginas()}
            {leveringPaginas()}
            {aanbiedersPaginas()}
            {berichtenPaginas()}
            {meldcodePaginas()}
            {protocollenPaginas()}
            {jeugdPaginas()}
            {wmoPaginas()}
            {vroegsignaleringPaginas()}
            {veiligOpgroeienPaginas()}
            <Route path="*" element={<NietGevonden />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
