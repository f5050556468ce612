import {
  Heading2,
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
import { LaadFout, Laden } from "../../lib/ui";
import { WET_LABELS } from "../aanbieders/weergave";
import { euro, useBesteding } from "./api";

const TERMIJN: Record<string, string> = {
  gehaald: "Op tijd beantwoord",
  verlopen: "Te laat",
  lopend: "Nog te beantwoorden",
};
const STATUS: Record<string, string> = {
  goedgekeurd: "Goedgekeurd",
  "deels-goedgekeurd": "Deels goedgekeurd",
  afgekeurd: "Afgekeurd",
};
const datum = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const toegewezen = (cent: number | null) => (cent === null ? "Niet te berekenen" : euro(cent));

/** Declared against granted for this aanbieder in the medewerker's gemeente (A&O, teamleider, beheerder). */
export function Besteding({ aanbiederId, gemeente }: { aanbiederId: string; gemeente: string }) {
  const b = useBesteding(aanbiederId, true);
  return (
    <section aria-labelledby="besteding">
      <Heading2 id="besteding">Besteding in {gemeente}</Heading2>
      {b.isPending ? (
        <Laden />
      ) : b.isError ? (
        <LaadFout fout={b.error} opnieuw={() => b.refetch()} />
      ) : b.data.perToewijzing.length === 0 ? (
        <Paragraph>Deze aanbieder heeft geen toewijzingen in {gemeente}.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Toegewezen (verwachte kosten) {euro(b.data.totaal.toegewezen ?? 0)}, gedeclareerd en goedgekeurd{" "}
            {euro(b.data.totaal.gedeclareerd)}.
            {b.data.totaal.zonderBedrag > 0
              ? ` Van ${b.data.totaal.zonderBedrag} toewijzing(en) zijn de kosten niet te berekenen (geen tarief of geen einddatum).`
              : ""}
          </Paragraph>
          <TableContainer>
            <Table>
              <TableCaption>Gedeclareerd tegenover toegewezen per product</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Product</TableHeaderCell>
                  <TableHeaderCell scope="col">Toewijzingen</TableHeaderCell>
                  <TableHeaderCell scope="col">Toegewezen</TableHeaderCell>
                  <TableHeaderCell scope="col">Gedeclareerd</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {b.data.perProduct.map((p) => (
                  <TableRow key={`${p.wet}-${p.productCode}`}>
                    <TableCell>
                      {WET_LABELS[p.wet]} {p.productCode}
                    </TableCell>
                    <TableCell>{p.aantal}</TableCell>
                    <TableCell>{toegewezen(p.toegewezen)}</TableCell>
                    <TableCell>{euro(p.gedeclareerd)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TableContainer>
            <Table>
              <TableCaption>Gedeclareerd tegenover toegewezen per toewijzing</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Toewijzing</TableHeaderCell>
                  <TableHeaderCell scope="col">Product</TableHeaderCell>
                  <TableHeaderCell scope="col">Toegewezen</TableHeaderCell>
                  <TableHeaderCell scope="col">Gedeclareerd</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {b.data.perToewijzing.map((t) => (
                  <TableRow key={`${t.wet}-${t.toewijzingnummer}`}>
                    <TableCell>{t.toewijzingnummer}</TableCell>
                    <TableCell>{t.productCode ?? ""}</TableCell>
                    <TableCell title={t.uitleg}>{toegewezen(t.toegewezen)}</TableCell>
                    <TableCell>{euro(t.gedeclareerd)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {b.data && b.data.declaraties.length > 0 ? (
        <TableContainer>
          <Table>
            <TableCaption>Ontvangen declaraties (antwoord binnen 10 werkdagen)</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Declaratie</TableHeaderCell>
                <TableHeaderCell scope="col">Periode</TableHeaderCell>
                <TableHeaderCell scope="col">Ingediend</TableHeaderCell>
                <TableHeaderCell scope="col">Toegekend</TableHeaderCell>
                <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
                <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {b.data.declaraties.map((d) => (
                <TableRow key={`${d.wet}-${d.declaratienummer}-${d.ontvangenOp}`}>
                  <TableCell>{d.declaratienummer}</TableCell>
                  <TableCell>
                    {datum(d.periodeVan)} t/m {datum(d.periodeTot)}
                  </TableCell>
                  <TableCell>{euro(d.ingediend)}</TableCell>
                  <TableCell>{euro(d.toegekend)}</TableCell>
                  <TableCell>{STATUS[d.status] ?? d.status}</TableCell>
                  <TableCell>
                    {TERMIJN[d.termijn]}
                    {d.beantwoordOp
                      ? ` (${datum(d.beantwoordOp)})`
                      : ` (uiterlijk ${datum(d.antwoordUiterlijk)})`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </section>
  );
}
