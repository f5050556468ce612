import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import type { Gebruiker } from "../../lib/contract";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, KnopLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useRollen, useVakgroepen } from "../shell/Paginas";
import { useGebruikers } from "./api";
import { Bevestiging } from "./BeheerPagina";

/** "(wacht op goedkeuring: Teamleider)" after the roles or vakgroepen a medewerker has now. */
function Wacht({ codes, naam }: { codes: readonly string[] | undefined; naam: (code: string) => string }) {
  if (!codes || codes.length === 0) return null;
  return <span> (wacht op goedkeuring: {codes.map(naam).join(", ")})</span>;
}

export function MedewerkersPagina() {
  const [params, setParams] = useSearchParams();
  const zoek = params.get("zoek") ?? "";
  const paginaNummer = paginaUit(params.get("pagina"));
  const [zoekInvoer, setZoekInvoer] = useState(zoek);
  const gebruikers = useGebruikers(paginaNummer, zoek);
  const rollen = useRollen();
  const vakgroepen = useVakgroepen();

  const rolLabel = (code: string) => rollen.data?.find((rol) => rol.code === code)?.label ?? code;
  const vakgroepNaam = (code: string) => vakgroepen.data?.find((groep) => groep.code === code)?.naam ?? code;

  function zoeken(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const volgende = new URLSearchParams();
    if (zoekInvoer.trim()) volgende.set("zoek", zoekInvoer.trim());
    setParams(volgende);
  }

  const data = gebruikers.data;
  const aantalPaginas = data ? Math.max(1, Math.ceil(data.totaal / data.perPagina)) : 1;

  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Medewerkers" },
        ]}
      />
      <PaginaTitel>Medewerkers</PaginaTitel>
      <Bevestiging />
      <ButtonGroup>
        <KnopLink to="/beheer/medewerkers/nieuw">Medewerker toevoegen</KnopLink>
      </ButtonGroup>

      <search className="voordeur-zoeken">
        <form onSubmit={zoeken} className="voordeur-zoeken__formulier">
          <FormField
            label={
              <FormLabel htmlFor="zoek-medewerker">Zoek op naam, gebruikersnaam of e-mailadres</FormLabel>
            }
            input={
              <Textbox
                id="zoek-medewerker"
                type="search"
                name="zoek"
                value={zoekInvoer}
                onChange={(event) => setZoekInvoer(event.currentTarget.value)}
              />
            }
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button">
              Zoeken
            </Button>
          </ButtonGroup>
        </form>
      </search>

      {gebruikers.isPending ? <Laden /> : null}
      {gebruikers.isError ? (
        <LaadFout fout={gebruikers.error} opnieuw={() => void gebruikers.refetch()} />
      ) : null}

      {data ? (
        <>
          <p className="utrecht-paragraph" role="status">
            {data.totaal === 0
              ? zoek
                ? `Geen medewerkers gevonden voor "${zoek}".`
                : "Er zijn nog geen medewerkers."
              : `${data.totaal} ${data.totaal === 1 ? "medewerker" : "medewerkers"}${zoek ? ` gevonden voor "${zoek}"` : ""}.`}
          </p>
          {data.items.length > 0 ? (
            <TableContainer>
              <Table busy={gebruikers.isFetching}>
                <TableCaption className="voordeur-visueel-verborgen">
                  Medewerkers, pagina {data.pagina} van {aantalPaginas}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Naam</TableHeaderCell>
                    <TableHeaderCell scope="col">Gebruikersnaam</TableHeaderCell>
                    <TableHeaderCell scope="col">Rollen</TableHeaderCell>
                    <TableHeaderCell scope="col">Vakgroepen</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((medewerker: Gebruiker) => (
                    <TableRow key={medewerker.id}>
                      <TableCell>
                        <AppLink to={`/beheer/medewerkers/${medewerker.id}`}>{medewerker.naam}</AppLink>
                      </TableCell>
                      <TableCell>{medewerker.gebruikersnaam}</TableCell>
                      <TableCell>
                        {medewerker.rollen.map(rolLabel).join(", ")}
                        <Wacht codes={medewerker.wachtOpGoedkeuring?.rollen} naam={rolLabel} />
                      </TableCell>
                      <TableCell>
                        {medewerker.vakgroepen.map(vakgroepNaam).join(", ")}
                        <Wacht codes={medewerker.wachtOpGoedkeuring?.vakgroepen} naam={vakgroepNaam} />
                      </TableCell>
                      <TableCell>
                        <StatusBadge status={medewerker.actief ? "active" : "inactive"}>
                          {medewerker.actief ? "Actief" : "Inactief"}
                        </StatusBadge>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : null}
          <Paginering pagina={data.pagina} perPagina={data.perPagina} totaal={data.totaal} />
        </>
      ) : null}
    </>
  );
}
