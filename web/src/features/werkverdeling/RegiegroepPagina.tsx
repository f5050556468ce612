import {
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
import { useSearchParams } from "react-router";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { useRegiegroep } from "./api";
import { OppakkenInRij } from "./Oppakken";

/** The Regiegroep's verdeelmoment (Tuesday/Thursday; crises at once) with the zaken still to distribute. */
export function RegiegroepPagina() {
  const [params] = useSearchParams();
  const overzicht = useRegiegroep(paginaUit(params.get("pagina")));
  const d = overzicht.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Werkvoorraad", naar: "/werkvoorraad" },
          { label: "Verdeelmoment" },
        ]}
      />
      <PaginaTitel>Verdeelmoment Regiegroep</PaginaTitel>
      {overzicht.isPending ? <Laden /> : null}
      {overzicht.isError ? (
        <LaadFout fout={overzicht.error} opnieuw={() => void overzicht.refetch()} />
      ) : null}
      {d ? (
        <>
          <Paragraph appearance="lead">
            {d.verdeelmoment.uitleg} De Regiegroep verdeelt op dinsdag en donderdag; crises worden direct
            opgepakt.
          </Paragraph>
          <p className="utrecht-paragraph" role="status">
            {d.totaal === 0
              ? "Er zijn geen zaken te verdelen."
              : `${d.totaal} ${d.totaal === 1 ? "zaak" : "zaken"} te verdelen, crises eerst.`}
          </p>
          {d.items.length > 0 ? (
            <TableContainer>
              <Table busy={overzicht.isFetching}>
                <TableCaption className="voordeur-visueel-verborgen">Te verdelen zaken</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Zaak</TableHeaderCell>
                    <TableHeaderCell scope="col">Zaaktype</TableHeaderCell>
                    <TableHeaderCell scope="col">Melding</TableHeaderCell>
                    <TableHeaderCell scope="col">Veiligheid</TableHeaderCell>
                    <TableHeaderCell scope="col">Leefgebieden</TableHeaderCell>
                    <TableHeaderCell scope="col">Verdelen</TableHeaderCell>
                    <TableHeaderCell scope="col">Actie</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {d.items.map((z) => (
                    <TableRow key={z.id}>
                      <TableCell>
                        <AppLink to={`/zaken/${z.id}`}>{z.zaaknummer}</AppLink>
                      </TableCell>
                      <TableCell>{z.zaaktype}</TableCell>
                      <TableCell>{kortDatum(z.meldingsdatum)}</TableCell>
                      <TableCell>{z.veiligheid}</TableCell>
                      <TableCell>{z.leefgebieden.join(", ") || "—"}</TableCell>
                      <TableCell>
                        {z.verdeelmoment.soort === "direct" ? (
                          <StatusBadge status="danger">Direct (crisis)</StatusBadge>
                        ) : (
                          kortDatum(z.verdeelmoment.datum)
                        )}
                      </TableCell>
                      <TableCell>
                        <OppakkenInRij zaak={{ ...z, behandelaar: null }} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : null}
          <Paginering pagina={d.pagina} perPagina={d.perPagina} totaal={d.totaal} />
        </>
      ) : null}
    </>
  );
}
