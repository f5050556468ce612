import { useQueryClient } from "@tanstack/react-query";
import {
  Button,
  NavBar,
  NavList,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from "@utrecht/component-library-react";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { Link, NavLink, useLocation, useNavigate } from "react-router";
import { SessieVerloopt } from "../sessie/SessieVerloopt";
import {
  heeftRol,
  type InlogStatus,
  logUit,
  mag,
  SESSIE_SLEUTEL,
  useIngelogd,
  zetEindeSessie,
} from "../sessie/sessie";

/** The main areas of Voordeur, in the order of the main navigation. */
export const HOOFDONDERDELEN: readonly {
  pad: string;
  label: string;
  rollen?: readonly string[];
  /** Shown to members of one of these vakgroepen too (next to `rollen`). */
  vakgroepen?: readonly string[];
  /** Shown only with this right from the policy (GET /api/sessie `rechten`). */
  recht?: string;
}[] = [
  { pad: "/werkvoorraad", label: "Werkvoorraad" },
  { pad: "/aanmelden", label: "Aanmelden" },
  { pad: "/zoeken", label: "Zoeken" },
  { pad: "/agenda", label: "Agenda" },
  { pad: "/casuistiek", label: "Casuïstiek" },
  { pad: "/aanbieders", label: "Aanbieders" },
  { pad: "/berichten", label: "Berichten", recht: "berichten" },
  { pad: "/voorstellen", label: "Voorstellen", rollen: ["buurtteam"] },
  { pad: "/adviesvragen", label: "Adviesvragen", rollen: ["gedragswetenschapper"] },
  {
    pad: "/jeugd",
    label: "SMW en POH-jeugd",
    rollen: ["teamleider"],
    vakgroepen: ["schoolmaatschappelijk-werk", "poh-jeugd"],
  },
  { pad: "/vroegsignalering", label: "Vroegsignalering", rollen: ["teamleider"], vakgroepen: ["schuldhulp"] },
  { pad: "/sociale-kaart", label: "Sociale kaart" },
  { pad: "/sturing", label: "Sturing" },
  { pad: "/audit", label: "Auditlog", recht: "auditlog" },
  { pad: "/inzageverzoeken", label: "Inzage", recht: "inzage" },
  { pad: "/beheer", label: "Beheer", rollen: ["beheerder"] },
];

/**
 * Moves focus to the main content after client-side navigation, so screen readers start there. A link within a
 * page (a tab of the zaak workspace) passes `state={{ behoudFocus: true }}`: focus stays on the link.
 */
function useFocusNaNavigatie(mainRef: React.RefObject<HTMLElement | null>) {
  const { pathname, state } = useLocation();
  const vorige = useRef(pathname);
  const behoudFocus = (state as { behoudFocus?: boolean } | null)?.behoudFocus === true;
  useEffect(() => {
    // Only on a real page change, not on first load or when just the query string changes.
    if (vorige.current === pathname) return;
    vorige.current = pathname;
    if (!behoudFocus) mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname, mainRef, behoudFocus]);
}

function Merk({ onderschrift }: { onderschrift?: string | undefined }) {
  return (
    <div className="voordeur-merk">
      <Link to="/" className="voordeur-merk__naam">
        Voordeur
      </Link>
      {onderschrift ? <span className="voordeur-merk__gemeente">{onderschrift}</span> : null}
    </div>
  );
}

function Voet() {
  return (
    <PageFooter className="voordeur-voet">
      <div className="voordeur-voet__inhoud">
        <Paragraph>Voordeur: het zaaksysteem voor de Toegang in het sociaal domein.</Paragraph>
      </div>
    </PageFooter>
  );
}

/** Layout for pages without a logged-in medewerker (login). */
export function KaleOpmaak({ children }: { children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  useFocusNaNavigatie(mainRef);
  return (
    <div className="voordeur-pagina">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="voordeur-kop">
        <div className="voordeur-kop__inhoud">
          <Merk />
        </div>
      </PageHeader>
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="utrecht-page-content voordeur-inhoud">
        {children}
      </main>
      <Voet />
    </div>
  );
}

/** Layout of every page for a logged-in medewerker: header, main navigation, content, footer. */
export function Opmaak({ children }: { children: ReactNode }) {
  const sessie = useIngelogd();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const [bezig, setBezig] = useState(false);
  useFocusNaNavigatie(mainRef);

  async function uitloggen() {
    setBezig(true);
    try {
      await logUit();
    } catch {
      // Logged out locally anyway; the server session ends by itself.
    }
    const status: InlogStatus = { reden: "uitgelogd" };
    zetEindeSessie(status);
    navigate("/inloggen", { replace: true, state: status });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSIE_SLEUTEL[0] });
    queryClient.setQueryData(SESSIE_SLEUTEL, null);
  }

  const onderdelen = HOOFDONDERDELEN.filter(
    (onderdeel) =>
      (!onderdeel.rollen ||
        onderdeel.rollen.some((rol) => heeftRol(sessie, rol)) ||
        onderdeel.vakgroepen?.some((v) => sessie.vakgroepen.includes(v))) &&
      (!onderdeel.recht || mag(sessie, onderdeel.recht, "lezen")),
  );

  return (
    <div className="voordeur-pagina">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="voordeur-kop">
        <div className="voordeur-kop__inhoud">
          <Merk onderschrift={sessie.gemeente.naam} />
          <div className="voordeur-gebruiker">
            <NavLink to="/veiligheid" className="utrecht-link utrecht-link--html-a voordeur-veiligheid-link">
              Veiligheid
            </NavLink>
            <span className="voordeur-gebruiker__naam">
              <span className="voordeur-visueel-verborgen">Ingelogd als </span>
              {sessie.naam}
            </span>
            <Button appearance="secondary-action-button" onClick={uitloggen} busy={bezig}>
              Uitloggen
            </Button>
          </div>
        </div>
      </PageHeader>
      <NavBar aria-label="Hoofdnavigatie" className="voordeur-hoofdnavigatie">
        <NavList>
          {onderdelen.map((onderdeel) => (
            <li key={onderdeel.pad} className="utrecht-nav-list__item">
              <NavLink
                to={onderdeel.pad}
                className="utrecht-link utrecht-link--html-a utrecht-nav-list__link"
              >
                {onderdeel.label}
              </NavLink>
            </li>
          ))}
        </NavList>
      </NavBar>
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="utrecht-page-content voordeur-inhoud">
        {children}
      </main>
      <Voet />
      <SessieVerloopt />
    </div>
  );
}
