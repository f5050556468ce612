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
import { useSearchParams } from "react-router";
import type { VerzoekDetail } from "../../lib/contract";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { useVerzoeken } from "./api";
import { BerichtStatus, KLOK_LABELS } from "./weergave";

/** The nearest open answer clock of a verzoek, in words. */
export function Klok({ verzoek }: { verzoek: VerzoekDetail }) {
  const klok = verzoek.termijnen.find((t) => t.status === "lopend" || t.status === "verlopen");
  if (!klok) return <>—</>;
  return (
    <>
      {KLOK_LABELS[klok.soort] ?? klok.soort}: uiterlijk {kortDatum(klok.uiterlijkeDatum)}{" "}
      <BerichtStatus status={klok.status} />
    </>
  );
}

/** /berichten/verzoeken: A&O's werkvoorraad of open verzoeken om toewijzing/wijziging, oldest first. */
export function VerzoekenPagina() {
  const [params] = useSearchParams();
  const lijst = useVerzoeken(paginaUit(params.get("pagina")));
  return (
    <>
      <Kruimelpad kruimels={[{ naar: "/berichten", label: "Berichten" }, { label: "Verzoeken" }]} />
      <PaginaTitel>Verzoeken om toewijzing of wijziging</PaginaTitel>
      <Paragraph>
        Aanbieders vragen een toewijzing aan na een externe verwijzing (315) of vragen een wijziging (317).
        Beantwoord binnen 5 werkdagen met een toewijzing (301) of een antwoord (319); na "in onderzoek" binnen
        8 weken definitief.
      </Paragraph>
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => lijst.refetch()} /> : null}
      {lijst.data && lijst.data.items.length === 0 ? (
        <Paragraph>Er staan geen verzoeken open.</Paragraph>
      ) : null}
      {lijst.data && lijst.data.items.length > 0 ? (
        <>
          <TableContainer>
            <Table>
              <TableCaption>{lijst.data.totaal} openstaande verzoeken</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Cliënt</TableHeaderCell>
                  <TableHeaderCell scope="col">Verzoek</TableHeaderCell>
                  <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
                  <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Antwoordklok</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.items.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>
                      <AppLink to={`/berichten/verzoeken/${v.id}`}>{v.client}</AppLink>
                    </TableCell>
                    <TableCell>
                      Om {v.soort} ({v.wet === "wmo" ? "Wmo" : "Jeugdwet"}), zaak {v.zaaknummer}
                    </TableCell>
                    <TableCell>{v.aanbieder ?? v.aanbiederAgb}</TableCell>
                    <TableCell>{kortDatum(v.ontvangenOp)}</TableCell>
                    <TableCell>
                      <BerichtStatus status={v.status} />
                    </TableCell>
                    <TableCell>
                      <Klok verzoek={v} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Paginering
            pagina={lijst.data.pagina}
            perPagina={lijst.data.perPagina}
            totaal={lijst.data.totaal}
          />
        </>
      ) : null}
    </>
  );
}
