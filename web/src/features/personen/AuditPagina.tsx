import {
  Button,
  ButtonGroup,
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
import { type FormEvent, useRef, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { AUDIT_ACTIES, actieLabel, gegevensLabel } from "../../../../src/domain/audit/filter";
import { Keuzeveld, keuzesUit, Tekstveld } from "../../lib/formulier";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { type AuditFilters, auditQuery, useAudit, useMedewerkersVoorFilter } from "./api";

const FILTERS = ["medewerkerId", "actie", "van", "tot"] as const;

/** The filters in the URL; on /personen/:id/audit the person comes from the path. */
function filtersUit(params: URLSearchParams, persoonUitPad: string | undefined): AuditFilters {
  const filters: AuditFilters = {};
  const persoonId = persoonUitPad ?? params.get("persoonId") ?? undefined;
  if (persoonId) filters.persoonId = persoonId;
  for (const sleutel of FILTERS) {
    const waarde = params.get(sleutel);
    if (waarde) filters[sleutel] = waarde;
  }
  return filters;
}

/**
 * "Wie las of wijzigde wat" (DOMAIN.md §6): the audit log for the teamleider, filtered by resident, medewerker,
 * period and action, page by page, with a CSV download of exactly the filtered selection.
 */
export function AuditPagina() {
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = filtersUit(params, id);
  const paginaNummer = paginaUit(params.get("pagina"));
  const audit = useAudit(filters, paginaNummer);
  const medewerkers = useMedewerkersVoorFilter();
  const [invoer, setInvoer] = useState({
    medewerkerId: filters.medewerkerId ?? "",
    actie: filters.actie ?? "",
    van: filters.van ?? "",
    tot: filters.tot ?? "",
  });
  const [totFout, setTotFout] = useState<string | undefined>();
  const totRef = useRef<HTMLInputElement>(null);
  const titel = id ? "Wie heeft dit dossier bekeken" : "Auditlog";

  function filter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invoer.van && invoer.tot && invoer.tot < invoer.van) {
      setTotFout("Tot en met ligt vóór de begindatum");
      totRef.current?.focus();
      return;
    }
    setTotFout(undefined);
    const volgende = new URLSearchParams();
    if (!id && filters.persoonId) volgende.set("persoonId", filters.persoonId);
    for (const sleutel of FILTERS) if (invoer[sleutel]) volgende.set(sleutel, invoer[sleutel]);
    setParams(volgende);
  }
  function wis() {
    setInvoer({ medewerkerId: "", actie: "", van: "", tot: "" });
    setTotFout(undefined);
    setParams(new URLSearchParams(!id && filters.persoonId ? { persoonId: filters.persoonId } : {}));
  }

  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          ...(filters.persoonId ? [{ label: "Klantdossier", naar: `/personen/${filters.persoonId}` }] : []),
          { label: titel },
        ]}
      />
      <PaginaTitel>{titel}</PaginaTitel>
      <Paragraph>
        Iedere keer dat iemand persoonsgegevens bekijkt of wijzigt, staat hier wie, wat, wanneer en waarom.
        {filters.persoonId ? " U ziet alleen de regels over deze inwoner." : null}
      </Paragraph>
      {filters.persoonId && !id ? (
        <Paragraph>
          <AppLink to={`/audit${auditQuery({ ...filters, persoonId: undefined })}`}>
            Toon alle inwoners
          </AppLink>
        </Paragraph>
      ) : null}
      <form aria-label="Auditlog filteren" onSubmit={filter} className="voordeur-formulier" noValidate>
        <Keuzeveld
          id="audit-medewerker"
          label="Medewerker"
          leeg="Alle medewerkers"
          waarde={invoer.medewerkerId}
          onChange={(medewerkerId) => setInvoer({ ...invoer, medewerkerId })}
          keuzes={(medewerkers.data?.items ?? []).map((m) => ({ waarde: m.id, label: m.naam }))}
        />
        <Keuzeveld
          id="audit-actie"
          label="Actie"
          leeg="Alle acties"
          waarde={invoer.actie}
          onChange={(actie) => setInvoer({ ...invoer, actie })}
          keuzes={keuzesUit(AUDIT_ACTIES)}
        />
        <Tekstveld
          id="audit-van"
          label="Van"
          type="date"
          value={invoer.van}
          onChange={(e) => setInvoer({ ...invoer, van: e.currentTarget.value })}
        />
        <Tekstveld
          ref={totRef}
          id="audit-tot"
          label="Tot en met"
          type="date"
          value={invoer.tot}
          fout={totFout}
          onChange={(e) => setInvoer({ ...invoer, tot: e.currentTarget.value })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Filteren
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={wis}>
            Filters wissen
          </Button>
        </ButtonGroup>
      </form>
      {audit.isPending ? <Laden /> : null}
      {audit.isError ? <LaadFout fout={audit.error} opnieuw={() => void audit.refetch()} /> : null}
      {audit.data ? (
        <>
          <Paragraph aria-live="polite">
            {audit.data.totaal === 1 ? "1 regel" : `${audit.data.totaal} regels`} gevonden
            {filters.van ? ` vanaf ${kortDatum(filters.van)}` : ""}
            {filters.tot ? ` tot en met ${kortDatum(filters.tot)}` : ""}.{" "}
            <a
              className="utrecht-link utrecht-link--html-a"
              href={`/api/audit.csv${auditQuery(filters)}`}
              download
            >
              Download deze selectie als CSV
            </a>
          </Paragraph>
          <TableContainer>
            <Table>
              <TableCaption className="voordeur-visueel-verborgen">
                Inzage en wijzigingen, nieuwste eerst
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
                  <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
                  <TableHeaderCell scope="col">Wat</TableHeaderCell>
                  <TableHeaderCell scope="col">Gegeven</TableHeaderCell>
                  <TableHeaderCell scope="col">Reden</TableHeaderCell>
                  {filters.persoonId ? null : <TableHeaderCell scope="col">Inwoner</TableHeaderCell>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {audit.data.items.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{datumTijd(r.tijdstip)}</TableCell>
                    <TableCell>{r.gebruikersnaam}</TableCell>
                    <TableCell>{actieLabel(r.actie)}</TableCell>
                    <TableCell>{gegevensLabel(r.resource)}</TableCell>
                    <TableCell>{r.reden}</TableCell>
                    {filters.persoonId ? null : (
                      <TableCell>
                        {r.persoonId ? (
                          <AppLink to={`/audit${auditQuery({ ...filters, persoonId: r.persoonId })}`}>
                            Alleen deze inwoner
                          </AppLink>
                        ) : (
                          "—"
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Paginering pagina={paginaNummer} perPagina={audit.data.perPagina} totaal={audit.data.totaal} />
        </>
      ) : null}
      {filters.persoonId ? (
        <p className="utrecht-paragraph">
          <AppLink to={`/personen/${filters.persoonId}`}>Terug naar het klantdossier</AppLink>
        </p>
      ) : null}
    </>
  );
}
