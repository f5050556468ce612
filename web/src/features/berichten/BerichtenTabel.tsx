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
import type { BerichtSamenvatting } from "../../lib/contract";
import { AppLink, datumTijd } from "../../lib/ui";
import { BerichtStatus, berichtNaam } from "./weergave";

/** The message log as a table: when, which message, with whom, status and retourcodes. */
export function BerichtenTabel({
  berichten,
  bijschrift,
}: {
  berichten: BerichtSamenvatting[];
  bijschrift: string;
}) {
  return (
    <TableContainer>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Bericht</TableHeaderCell>
            <TableHeaderCell scope="col">Richting</TableHeaderCell>
            <TableHeaderCell scope="col">Aanbieder (AGB)</TableHeaderCell>
            <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Retourcodes</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {berichten.map((b) => (
            <TableRow key={b.id}>
              <TableCell>
                <AppLink to={`/berichten/${b.id}`}>{berichtNaam(b)}</AppLink>
              </TableCell>
              <TableCell>{b.richting === "uitgaand" ? "Verstuurd" : "Ontvangen"}</TableCell>
              <TableCell>{b.aanbiederAgb ?? "—"}</TableCell>
              <TableCell>{datumTijd(b.aangemaaktOp)}</TableCell>
              <TableCell>
                <BerichtStatus status={b.status} />
                {b.aandacht && !b.afgehandeldOp ? <> (taak voor A&amp;O)</> : null}
              </TableCell>
              <TableCell>{b.retouren.length > 0 ? b.retouren.map((r) => r.code).join(", ") : "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
