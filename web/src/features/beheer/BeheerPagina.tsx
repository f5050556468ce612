import { Alert, LinkList, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { GeenToegangMelding, Kruimelpad, PaginaTitel } from "../../lib/ui";
import { heeftRol, useIngelogd } from "../sessie/sessie";

/** Beheer is for the role beheerder only; others see "Geen toegang" (the API refuses them too). */
export function AlleenBeheerder({ children }: { children: ReactNode }) {
  const sessie = useIngelogd();
  if (!heeftRol(sessie, "beheerder")) return <GeenToegangMelding />;
  return <>{children}</>;
}

/** A confirmation passed to the next page through the router state ("Medewerker … is toegevoegd."). */
export function Bevestiging() {
  const location = useLocation();
  const melding = (location.state as { melding?: unknown } | null)?.melding;
  if (typeof melding !== "string") return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>{melding}</Paragraph>
    </Alert>
  );
}

export function BeheerPagina() {
  return (
    <>
      <Kruimelpad kruimels={[{ label: "Start", naar: "/" }, { label: "Beheer" }]} />
      <PaginaTitel>Beheer</PaginaTitel>
      <Paragraph>Beheer de medewerkers en vakgroepen van uw gemeente.</Paragraph>
      <LinkList className="voordeur-linklijst">
        <li className="utrecht-link-list__item">
          <Link
            to="/beheer/medewerkers"
            className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
          >
            <span className="utrecht-link-list__link-text">Medewerkers</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link to="/beheer/vakgroepen" className="utrecht-link utrecht-link--html-a utrecht-link-list__link">
            <span className="utrecht-link-list__link-text">Vakgroepen</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link
            to="/beheer/verzoeken-om-toegang"
            className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
          >
            <span className="utrecht-link-list__link-text">Verzoeken om toegang (vier ogen)</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link to="/beheer/aanbieders" className="utrecht-link utrecht-link--html-a utrecht-link-list__link">
            <span className="utrecht-link-list__link-text">Aanbieders en contracten</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link to="/beheer/scholen" className="utrecht-link utrecht-link--html-a utrecht-link-list__link">
            <span className="utrecht-link-list__link-text">Scholen en schoolmaatschappelijk werkers</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link
            to="/beheer/normenkader-huishoudelijke-hulp"
            className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
          >
            <span className="utrecht-link-list__link-text">Normenkader huishoudelijke hulp</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link to="/beheer/catalogus" className="utrecht-link utrecht-link--html-a utrecht-link-list__link">
            <span className="utrecht-link-list__link-text">Catalogus (Resultatenmatrix en producten)</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link to="/beheer/teksten" className="utrecht-link utrecht-link--html-a utrecht-link-list__link">
            <span className="utrecht-link-list__link-text">Teksten en briefsjablonen</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link
            to="/beheer/gelijkgestelde-dagen"
            className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
          >
            <span className="utrecht-link-list__link-text">Gelijkgestelde feestdagen (termijnen)</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link
            to="/beheer/protocollen"
            className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
          >
            <span className="utrecht-link-list__link-text">Veiligheidsprotocollen</span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link to="/beheer/routering" className="utrecht-link utrecht-link--html-a utrecht-link-list__link">
            <span className="utrecht-link-list__link-text">
              Routering van nieuwe aanmeldingen (buurtteam eerst)
            </span>
          </Link>
        </li>
        <li className="utrecht-link-list__item">
          <Link
            to="/beheer/sociale-kaart"
            className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
          >
            <span className="utrecht-link-list__link-text">Sociale kaart</span>
          </Link>
        </li>
      </LinkList>
    </>
  );
}
