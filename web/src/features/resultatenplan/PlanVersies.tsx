import {
  Heading3,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { datumTijd, LaadFout, Laden } from "../../lib/ui";
import { usePlanVersies } from "./api";

/** Every version of the plan (every change is kept), newest first. */
export function PlanVersies({ planId, versie }: { planId: string; versie: number }) {
  const versies = usePlanVersies(planId, versie);
  return (
    <section aria-labelledby="plan-versies-kop">
      <Heading3 id="plan-versies-kop">Versies</Heading3>
      {versies.isPending ? <Laden /> : null}
      {versies.isError ? <LaadFout fout={versies.error} opnieuw={() => void versies.refetch()} /> : null}
      {versies.data ? (
        <TableContainer>
          <Table>
            <TableCaption className="voordeur-visueel-verborgen">Versies van het resultatenplan</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Versie</TableHeaderCell>
                <TableHeaderCell scope="col">Wat</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Door</TableHeaderCell>
                <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {versies.data.items.map((v) => (
                <TableRow key={v.versie}>
                  <TableCell>{v.versie}</TableCell>
                  <TableCell>{v.gebeurtenis}</TableCell>
                  <TableCell>{v.status}</TableCell>
                  <TableCell>{v.gewijzigdDoor ?? ""}</TableCell>
                  <TableCell>{datumTijd(v.gewijzigdOp)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </section>
  );
}
