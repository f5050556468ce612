import { useQuery } from "@tanstack/react-query";
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api } from "../../lib/api";
import { rolOptie, vakgroep } from "../../lib/contract";
import { AppLink, PaginaTitel } from "../../lib/ui";
import { Notificaties } from "../aanmelden/Notificaties";
import { OpenRolverzoeken } from "../beheer/TweedePersoon";
import { useIngelogd } from "../sessie/sessie";
import { MijnTermijnen } from "../zaken/MijnTermijnen";

/** Labels of the roles (reference data, the same for every medewerker). */
export function useRollen() {
  return useQuery({
    queryKey: ["rollen"],
    queryFn: () => api("/rollen", { schema: rolOptie.array() }),
    staleTime: 10 * 60_000,
  });
}

/** The vakgroepen of the medewerker's gemeente. */
export function useVakgroepen() {
  return useQuery({
    queryKey: ["vakgroepen"],
    queryFn: () => api("/vakgroepen", { schema: vakgroep.array() }),
  });
}

export function StartPagina() {
  const sessie = useIngelogd();
  const rollen = useRollen();
  const vakgroepen = useVakgroepen();
  const rolLabel = (code: string) => rollen.data?.find((rol) => rol.code === code)?.label ?? code;
  const vakgroepNaam = (code: string) => vakgroepen.data?.find((groep) => groep.code === code)?.naam ?? code;

  return (
    <>
      <PaginaTitel titel="Start">Welkom, {sessie.naam}</PaginaTitel>
      <Paragraph appearance="lead">U werkt in Voordeur voor de Toegang van {sessie.gemeente.naam}.</Paragraph>
      <Notificaties />
      <OpenRolverzoeken />
      {sessie.rollen.some((rol) => rol !== "beheerder") ? <MijnTermijnen /> : null}

      <Heading2>Uw rollen</Heading2>
      {sessie.rollen.length > 0 ? (
        <UnorderedList>
          {sessie.rollen.map((rol) => (
            <UnorderedListItem key={rol}>{rolLabel(rol)}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>U heeft nog geen rol.</Paragraph>
      )}

      <Heading2>Uw vakgroepen</Heading2>
      {sessie.vakgroepen.length > 0 ? (
        <UnorderedList>
          {sessie.vakgroepen.map((code) => (
            <UnorderedListItem key={code}>{vakgroepNaam(code)}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>U bent geen lid van een vakgroep.</Paragraph>
      )}
    </>
  );
}

/** An area of Voordeur that is not built yet: says so honestly, without example data. */
export function NogNietBeschikbaar({ titel, omschrijving }: { titel: string; omschrijving: string }) {
  return (
    <>
      <PaginaTitel>{titel}</PaginaTitel>
      <Paragraph>{omschrijving}</Paragraph>
      <Paragraph>Dit onderdeel is nog niet beschikbaar.</Paragraph>
    </>
  );
}

export function NietGevonden() {
  return (
    <>
      <PaginaTitel>Pagina niet gevonden</PaginaTitel>
      <Paragraph>Deze pagina bestaat niet. Controleer het adres of ga naar de startpagina.</Paragraph>
      <Paragraph>
        <AppLink to="/">Naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}
