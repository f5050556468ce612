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
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useTeBevestigen } from "./api";
import { SCHAAL_RICHTING_LABELS } from "./weergave";

/** /voorstellen: the buurtteam's list of open op- and afschaalvoorstellen to confirm or refuse, oldest first. */
export function VoorstellenPagina() {
  const [params] = useSearchParams();
  const lijst = useTeBevestigen(paginaUit(params.get("pagina")));
  return (
    <>
      <Kruimelpad kruimels={[{ label: "Start", naar: "/" }, { label: "Voorstellen om te bevestigen" }]} />
      <PaginaTitel>Voorstellen om te bevestigen</PaginaTitel>
      <Paragraph>
        Consulenten stellen op- of afschalen voor; een medewerker van het buurtteam bevestigt of weigert het
        (vier ogen). Uw eigen voorstellen kunt u niet zelf beoordelen.
      </Paragraph>
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} /> : null}
      {lijst.data && lijst.data.items.length === 0 ? (
        <Paragraph>Er staan geen voorstellen open.</Paragraph>
      ) : null}
      {lijst.data && lijst.data.items.length > 0 ? (
        <>
          <TableContainer>
            <Table>
              <TableCaption>{lijst.data.totaal} open voorstellen</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
                  <TableHeaderCell scope="col">Voorstel</TableHeaderCell>
                  <TableHeaderCell scope="col">Zaak</TableHeaderCell>
                  <TableHeaderCell scope="col">Voorgesteld door</TableHeaderCell>
                  <TableHeaderCell scope="col">Sinds</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.items.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>
                      <AppLink to={`/voorstellen/${v.id}`}>
                        {v.hoofdpersoon ?? `Zaak ${v.zaak.zaaknummer}`}
                      </AppLink>
                    </TableCell>
                    <TableCell>
                      {SCHAAL_RICHTING_LABELS[v.richting]}
                      {v.magBeoordelen ? "" : " (uw eigen voorstel)"}
                    </TableCell>
                    <TableCell>{v.zaak.zaaknummer}</TableCell>
                    <TableCell>{v.voorgesteldDoor}</TableCell>
                    <TableCell>{datumTijd(v.voorgesteldOp)}</TableCell>
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
