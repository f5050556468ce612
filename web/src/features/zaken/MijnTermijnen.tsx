import { useQuery } from "@tanstack/react-query";
import {
  Heading2,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { api } from "../../lib/api";
import { mijnTermijn } from "../../lib/contract";
import { AppLink, LaadFout, Laden } from "../../lib/ui";
import { kortDatum, termijnLabel, URGENTIE_LABELS } from "./weergave";

/** Zaken on the medewerker's name with a deadline within 5 working days or overdue. */
export function MijnTermijnen() {
  const termijnen = useQuery({
    queryKey: ["mijn-termijnen"],
    queryFn: ({ signal }) => api("/mijn-termijnen", { schema: mijnTermijn.array(), signal }),
  });
  return (
    <section aria-labelledby="mijn-termijnen">
      <Heading2 id="mijn-termijnen">Mijn termijnen</Heading2>
      {termijnen.isPending ? <Laden /> : null}
      {termijnen.isError ? (
        <LaadFout fout={termijnen.error} opnieuw={() => void termijnen.refetch()} />
      ) : null}
      {termijnen.data && termijnen.data.length === 0 ? (
        <Paragraph>Geen termijnen die binnen 5 werkdagen aflopen op zaken op uw naam.</Paragraph>
      ) : null}
      {termijnen.data && termijnen.data.length > 0 ? (
        <TableContainer>
          <Table>
            <TableCaption className="voordeur-visueel-verborgen">
              Termijnen die binnen 5 werkdagen aflopen of verlopen zijn
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Zaak</TableHeaderCell>
                <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
                <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {termijnen.data.map((t) => {
                const u = URGENTIE_LABELS[t.termijn.urgentie];
                return (
                  <TableRow key={t.id}>
                    <TableCell>
                      <AppLink to={`/zaken/${t.id}`}>{t.zaaknummer}</AppLink>
                    </TableCell>
                    <TableCell>{t.hoofdpersoon ?? "Onbekend"}</TableCell>
                    <TableCell>{termijnLabel(t.termijn.soort, t.zaaktype)}</TableCell>
                    <TableCell>
                      {kortDatum(t.termijn.uiterlijkeDatum)}{" "}
                      {u ? <StatusBadge status={u.status}>{u.tekst}</StatusBadge> : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </section>
  );
}
