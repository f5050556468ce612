import {
  Heading2,
  LinkList,
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
import { MELDING_ONDERWERP, MELDING_STATUS_LABELS } from "../../../../src/domain/protocollen/protocollen";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { heeftRol, useIngelogd } from "../sessie/sessie";
import { useMeldingen, useProtocollen } from "./api";

/** What each protocol is for, in one line under its link (seed 004 §10.5). */
const WAARVOOR: Record<string, string> = {
  alarm: "Wanneer u de alarmknop indrukt, wat er dan gebeurt en wat u moet doen.",
  agressie: "Wat u doet bij agressief of gewelddadig gedrag of een overval.",
  calamiteiten: "Een dreiging van een calamiteit: meld het bij de teamleider.",
  pshi: "Een incident met kans op maatschappelijke onrust: meld het bij de teamleider.",
};

function Meldingen() {
  const sessie = useIngelogd();
  const [params] = useSearchParams();
  const pagina = paginaUit(params.get("pagina"));
  const meldingen = useMeldingen(pagina);
  const teamleider = heeftRol(sessie, "teamleider");
  const kop = teamleider ? "Meldingen bij de teamleider" : "Uw meldingen bij de teamleider";
  if (meldingen.isPending) return <Laden />;
  if (meldingen.isError) return <LaadFout fout={meldingen.error} opnieuw={() => void meldingen.refetch()} />;
  const { items, totaal, perPagina } = meldingen.data;
  if (totaal === 0 && !teamleider) return null;
  return (
    <section aria-labelledby="meldingen-kop">
      <Heading2 id="meldingen-kop">{kop}</Heading2>
      {totaal === 0 ? (
        <Paragraph>Er zijn geen meldingen.</Paragraph>
      ) : (
        <TableContainer>
          <Table>
            <TableCaption className="voordeur-visueel-verborgen">{kop}, open meldingen eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Melding</TableHeaderCell>
                <TableHeaderCell scope="col">Gemeld op</TableHeaderCell>
                <TableHeaderCell scope="col">Door</TableHeaderCell>
                <TableHeaderCell scope="col">Stand van zaken</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <AppLink to={`/veiligheid/meldingen/${m.id}`}>{MELDING_ONDERWERP[m.protocol]}</AppLink>
                  </TableCell>
                  <TableCell>{datumTijd(m.gemeldOp)}</TableCell>
                  <TableCell>{m.melder}</TableCell>
                  <TableCell>{MELDING_STATUS_LABELS[m.status]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Paginering pagina={pagina} perPagina={perPagina} totaal={totaal} />
    </section>
  );
}

/** Veiligheid: the four protocols (one click from every page, the text one more) and the meldingen. */
export function VeiligheidPagina() {
  const protocollen = useProtocollen();
  return (
    <>
      <Kruimelpad kruimels={[{ label: "Start", naar: "/" }, { label: "Veiligheid" }]} />
      <PaginaTitel>Veiligheid en protocollen</PaginaTitel>
      <Paragraph>
        Bij agressie, geweld, een overval of een alarm: open het Agressie- of Alarmprotocol. Een dreiging van
        een calamiteit of een incident met kans op maatschappelijke onrust meldt u bij de teamleider, vanuit
        het Calamiteiten- of PSHI-protocol.
      </Paragraph>
      {protocollen.isPending ? <Laden /> : null}
      {protocollen.isError ? (
        <LaadFout fout={protocollen.error} opnieuw={() => void protocollen.refetch()} />
      ) : null}
      {protocollen.data ? (
        <nav aria-label="Protocollen">
          <LinkList className="voordeur-linklijst voordeur-protocollen">
            {protocollen.data.items.map((p) => (
              <li key={p.soort} className="utrecht-link-list__item">
                <AppLink to={`/veiligheid/${p.soort}`} className="utrecht-link-list__link">
                  <span className="utrecht-link-list__link-text">{p.titel}</span>
                </AppLink>
                <span className="voordeur-protocollen__waarvoor">{WAARVOOR[p.soort]}</span>
              </li>
            ))}
          </LinkList>
        </nav>
      ) : null}
      {protocollen.data?.magWijzigen ? (
        <Paragraph>
          <AppLink to="/beheer/protocollen">De teksten van de protocollen beheren</AppLink>
        </Paragraph>
      ) : null}
      <Meldingen />
    </>
  );
}
