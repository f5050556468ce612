import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { z } from "zod";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import type { termijn } from "../../lib/contract";
import { TERMIJN_LABELS, TERMIJN_STATUS } from "./weergave";

type Termijn = z.infer<typeof termijn>;

/** The terms in a table: which, by when, how it stands, and on what ground. */
export function Termijnen({ termijnen, titel }: { termijnen: readonly Termijn[]; titel: string }) {
  if (termijnen.length === 0) return <Paragraph>Er loopt nog geen termijn.</Paragraph>;
  return (
    <TableContainer>
      <Table>
        <TableCaption>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Termijn</TableHeaderCell>
            <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col">Stand</TableHeaderCell>
            <TableHeaderCell scope="col">Hoe berekend</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {termijnen.map((t) => (
            <TableRow key={t.soort}>
              <TableCell>{TERMIJN_LABELS[t.soort] ?? t.soort}</TableCell>
              <TableCell>{datumVoluit(t.uiterlijkeDatum)}</TableCell>
              <TableCell className="voordeur-termijnstand">{TERMIJN_STATUS[t.status] ?? t.status}</TableCell>
              <TableCell>
                {t.uitleg} ({t.bron})
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
