import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useParams, useSearchParams } from "react-router";
import { paginaUit } from "../../lib/paginering";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useAudit } from "./api";

const ACTIES: Record<string, string> = {
  lezen: "Bekeken",
  zoeken: "Gevonden bij zoeken",
  aanmaken: "Aangemaakt",
  wijzigen: "Gewijzigd",
  exporteren: "Geëxporteerd",
};

/** "Wie heeft dit dossier bekeken": the audit trail of one resident, for the teamleider. */
export function AuditPagina() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const audit = useAudit(id, paginaUit(params.get("pagina")));
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Klantdossier", naar: `/personen/${id}` },
          { label: "Wie heeft dit dossier bekeken" },
        ]}
      />
      <PaginaTitel>Wie heeft dit dossier bekeken</PaginaTitel>
      {audit.isPending ? <Laden /> : null}
      {audit.isError ? <LaadFout fout={audit.error} opnieuw={() => void audit.refetch()} /> : null}
      {audit.data ? (
        <TableContainer>
          <Table>
            <TableCaption className="voordeur-visueel-verborgen">
              Inzage en wijzigingen, nieuwste eerst
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
                <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
                <TableHeaderCell scope="col">Wat</TableHeaderCell>
                <TableHeaderCell scope="col">Gegeven</TableHeaderCell>
                <TableHeaderCell scope="col">Reden</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {audit.data.map((r) => (
                <TableRow key={`${r.tijdstip}-${r.gebruikersnaam}-${r.actie}-${r.resource}-${r.reden}`}>
                  <TableCell>{datumTijd(r.tijdstip)}</TableCell>
                  <TableCell>{r.gebruikersnaam}</TableCell>
                  <TableCell>{ACTIES[r.actie] ?? r.actie}</TableCell>
                  <TableCell>{r.resource}</TableCell>
                  <TableCell>{r.reden}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      <p className="utrecht-paragraph">
        <AppLink to={`/personen/${id}`}>Terug naar het klantdossier</AppLink>
      </p>
    </>
  );
}
