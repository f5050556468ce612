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
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useSearchParams } from "react-router";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useIngelogd } from "../sessie/sessie";
import { OppakkenInRij } from "../werkverdeling/Oppakken";
import { useWerkvoorraadZaken, useWerkvoorraden } from "./api";
import { kortDatum, TERMIJN_LABELS, URGENTIE_LABELS } from "./weergave";

/** The werkvoorraden ("bakken") the medewerker may see, and the open zaken of one, nearest deadline first. */
export function WerkvoorraadPagina() {
  const [params] = useSearchParams();
  const bakken = useWerkvoorraden();
  const sessie = useIngelogd();
  // Without a choice: the werkvoorraad of the medewerker's own vakgroep, else the first one visible.
  const eigen = bakken.data?.find((b) => sessie.vakgroepen.includes(b.code));
  const gekozen = params.get("bak") ?? eigen?.code ?? bakken.data?.[0]?.code ?? "";
  const alleenVerlopen = params.get("verlopen") === "1";
  const zaken = useWerkvoorraadZaken(gekozen, paginaUit(params.get("pagina")), alleenVerlopen);
  const naam = bakken.data?.find((b) => b.code === gekozen)?.naam ?? gekozen;

  return (
    <>
      <PaginaTitel>Werkvoorraad</PaginaTitel>
      {bakken.isPending ? <Laden /> : null}
      {bakken.isError ? <LaadFout fout={bakken.error} opnieuw={() => void bakken.refetch()} /> : null}
      {bakken.data && bakken.data.length === 0 ? <Paragraph>U heeft geen werkvoorraden.</Paragraph> : null}
      {bakken.data && bakken.data.length > 0 ? (
        <nav aria-label="Werkvoorraden">
          <UnorderedList className="voordeur-bakken">
            {bakken.data.map((b) => (
              <UnorderedListItem key={b.code}>
                <AppLink to={`?bak=${b.code}`} aria-current={b.code === gekozen ? "page" : undefined}>
                  {b.naam}: {b.aantal} open
                </AppLink>
                {b.verlopen > 0 ? (
                  <>
                    {" "}
                    <AppLink to={`?bak=${b.code}&verlopen=1`}>
                      <StatusBadge status="danger">{b.verlopen} verlopen</StatusBadge>
                    </AppLink>
                  </>
                ) : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </nav>
      ) : null}
      {gekozen ? (
        <>
          <Heading2>
            {naam}
            {alleenVerlopen ? ": alleen verlopen termijnen" : ""}
          </Heading2>
          {gekozen === "regiegroep" ? (
            <Paragraph>
              <AppLink to="/werkverdeling/regiegroep">Verdeelmoment Regiegroep: te verdelen zaken</AppLink>
            </Paragraph>
          ) : null}
          {zaken.isError ? <LaadFout fout={zaken.error} opnieuw={() => void zaken.refetch()} /> : null}
          {zaken.data ? (
            <>
              <p className="utrecht-paragraph" role="status">
                {zaken.data.totaal === 0
                  ? "Geen open zaken."
                  : `${zaken.data.totaal} open ${zaken.data.totaal === 1 ? "zaak" : "zaken"}, eerstvolgende termijn eerst.`}
              </p>
              {zaken.data.items.length > 0 ? (
                <TableContainer>
                  <Table busy={zaken.isFetching}>
                    <TableCaption className="voordeur-visueel-verborgen">Zaken in {naam}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Zaak</TableHeaderCell>
                        <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
                        <TableHeaderCell scope="col">Status</TableHeaderCell>
                        <TableHeaderCell scope="col">Behandelaar</TableHeaderCell>
                        <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                        <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                        <TableHeaderCell scope="col">Actie</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {zaken.data.items.map((z) => {
                        const urgentie = z.termijn ? URGENTIE_LABELS[z.termijn.urgentie] : undefined;
                        return (
                          <TableRow key={z.id}>
                            <TableCell>
                              <AppLink to={`/zaken/${z.id}`}>{z.zaaknummer}</AppLink>
                            </TableCell>
                            <TableCell>{z.hoofdpersoon ?? "Onbekend"}</TableCell>
                            <TableCell>{z.status}</TableCell>
                            <TableCell>{z.behandelaar ?? "Nog niet opgepakt"}</TableCell>
                            <TableCell>
                              {z.termijn
                                ? (TERMIJN_LABELS[z.termijn.soort] ?? z.termijn.soort)
                                : "Geen lopende termijn"}
                            </TableCell>
                            <TableCell>
                              {z.termijn ? (
                                <>
                                  {kortDatum(z.termijn.uiterlijkeDatum)}{" "}
                                  {urgentie ? (
                                    <StatusBadge status={urgentie.status}>{urgentie.tekst}</StatusBadge>
                                  ) : null}
                                </>
                              ) : (
                                "—"
                              )}
                            </TableCell>
                            <TableCell>
                              <OppakkenInRij zaak={z} />
                            </TableCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </TableContainer>
              ) : null}
              <Paginering
                pagina={zaken.data.pagina}
                perPagina={zaken.data.perPagina}
                totaal={zaken.data.totaal}
              />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
