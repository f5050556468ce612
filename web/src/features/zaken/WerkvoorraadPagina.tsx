import {
  Alert,
  Button,
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
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { EINDSTATUSSEN, STATUS_LABELS } from "../../../../src/domain/zaak/zaaktypen";
import { WERKVOORRAAD_LABELS, werkvoorraadFilters } from "../../lib/contract";
import { bedragTekst } from "../../lib/euro";
import { Keuzeveld, Tekstveld, Vinkje } from "../../lib/formulier";
import { paginaUit, SleutelPaginering } from "../../lib/paginering";
import { AppLink, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useIngelogd } from "../sessie/sessie";
import { useMedewerkers } from "../werkverdeling/api";
import { OppakkenInRij } from "../werkverdeling/Oppakken";
import {
  MIJN_ZAKEN,
  useWerkvoorraadZaken,
  useWerkvoorraden,
  useWijken,
  type WerkvoorraadFilterWaarden,
} from "./api";
import { kortDatum, TERMIJN_LABELS, URGENTIE_LABELS } from "./weergave";

const OPEN_STATUSSEN = Object.keys(STATUS_LABELS).filter(
  (s) => !(EINDSTATUSSEN as readonly string[]).includes(s),
);

/** The filters as they stand in the URL, so a view can be bookmarked and shared. */
function filtersUit(params: URLSearchParams): WerkvoorraadFilterWaarden {
  return {
    wijk: params.get("wijk") ?? undefined,
    behandelaar: params.get("behandelaar") ?? undefined,
    status: params.get("status") ?? undefined,
    termijnBinnen: params.get("termijnBinnen") ?? undefined,
    spoed: params.get("spoed") === "1",
    verlopen: params.get("verlopen") === "1",
  };
}

/**
 * The werkvoorraden ("bakken") the medewerker may see and "Mijn zaken": open zaken with crisis and spoed on
 * top (text and icon, never colour alone), then the nearest deadline; filters in the URL (?bak=&wijk=…).
 */
export function WerkvoorraadPagina() {
  const [params] = useSearchParams();
  const bakken = useWerkvoorraden();
  const sessie = useIngelogd();
  // Without a choice: the werkvoorraad of the medewerker's own vakgroep, else the first one visible.
  const eigen = bakken.data?.find((b) => sessie.vakgroepen.includes(b.code));
  const gekozen = params.get("bak") ?? eigen?.code ?? bakken.data?.[0]?.code ?? "";
  const mijn = gekozen === MIJN_ZAKEN;
  const filters = filtersUit(params);
  const zaken = useWerkvoorraadZaken(
    gekozen,
    { pagina: paginaUit(params.get("pagina")), na: params.get("na") ?? undefined },
    filters,
  );
  const wijken = useWijken();
  const naam = mijn ? "Mijn zaken" : (bakken.data?.find((b) => b.code === gekozen)?.naam ?? gekozen);
  const wijkNaam = (code: string | null) =>
    code ? (wijken.data?.find((w) => w.code === code)?.naam ?? code) : "Onbekend";
  const aantalSpoed = zaken.data?.items.filter((z) => z.spoed).length ?? 0;

  return (
    <>
      <PaginaTitel>Werkvoorraad</PaginaTitel>
      {bakken.isPending ? <Laden /> : null}
      {bakken.isError ? <LaadFout fout={bakken.error} opnieuw={() => void bakken.refetch()} /> : null}
      {bakken.data ? (
        <nav aria-label="Werkvoorraden">
          <UnorderedList className="voordeur-bakken">
            <UnorderedListItem>
              <AppLink to={`?bak=${MIJN_ZAKEN}`} aria-current={mijn ? "page" : undefined}>
                Mijn zaken
              </AppLink>
            </UnorderedListItem>
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
      {bakken.data && bakken.data.length === 0 && !mijn ? (
        <Paragraph>U heeft geen werkvoorraden; uw eigen zaken staan onder Mijn zaken.</Paragraph>
      ) : null}
      {gekozen ? (
        <>
          <Heading2>
            {naam}
            {filters.verlopen ? ": alleen verlopen termijnen" : ""}
          </Heading2>
          {gekozen === "regiegroep" ? (
            <Paragraph>
              <AppLink to="/werkverdeling/regiegroep">Verdeelmoment Regiegroep: te verdelen zaken</AppLink>
            </Paragraph>
          ) : null}
          <Filters key={params.toString()} bak={gekozen} filters={filters} wijken={wijken.data ?? []} />
          {zaken.isError ? <LaadFout fout={zaken.error} opnieuw={() => void zaken.refetch()} /> : null}
          {zaken.data ? (
            <>
              <p className="utrecht-paragraph" role="status">
                {zaken.data.totaal === 0
                  ? "Geen open zaken."
                  : `${zaken.data.totaal} open ${zaken.data.totaal === 1 ? "zaak" : "zaken"}: crisis en spoed eerst, dan de eerstvolgende termijn.`}
              </p>
              {aantalSpoed > 0 ? (
                <Alert type="warning">
                  <Paragraph>
                    <span aria-hidden="true">⚠ </span>
                    {aantalSpoed === 1
                      ? "1 zaak met crisis of spoed staat bovenaan."
                      : `${aantalSpoed} zaken met crisis of spoed staan bovenaan.`}{" "}
                    Pak deze eerst op.
                  </Paragraph>
                </Alert>
              ) : null}
              {zaken.data.items.length > 0 ? (
                <TableContainer>
                  <Table busy={zaken.isFetching}>
                    <TableCaption className="voordeur-visueel-verborgen">Zaken in {naam}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Zaak</TableHeaderCell>
                        <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
                        {mijn ? <TableHeaderCell scope="col">Werkvoorraad</TableHeaderCell> : null}
                        <TableHeaderCell scope="col">Wijk</TableHeaderCell>
                        <TableHeaderCell scope="col">Status</TableHeaderCell>
                        {mijn ? null : <TableHeaderCell scope="col">Behandelaar</TableHeaderCell>}
                        <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                        <TableHeaderCell scope="col">Uiterlijke datum</TableHeaderCell>
                        {mijn ? null : <TableHeaderCell scope="col">Actie</TableHeaderCell>}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {zaken.data.items.map((z) => {
                        const urgentie = z.termijn ? URGENTIE_LABELS[z.termijn.urgentie] : undefined;
                        return (
                          <TableRow key={z.id} className={z.spoed ? "voordeur-rij-spoed" : undefined}>
                            <TableCell>
                              {z.spoed ? (
                                <span className="voordeur-spoed">
                                  <span aria-hidden="true">⚠ </span>
                                  {z.veiligheid === "crisis" ? "Crisis" : "Spoed"}
                                </span>
                              ) : null}
                              <AppLink to={`/zaken/${z.id}`}>{z.zaaknummer}</AppLink>
                            </TableCell>
                            <TableCell>{z.hoofdpersoon ?? "Onbekend"}</TableCell>
                            {mijn ? (
                              <TableCell>
                                {WERKVOORRAAD_LABELS[z.werkvoorraad as keyof typeof WERKVOORRAAD_LABELS] ??
                                  z.werkvoorraad}
                              </TableCell>
                            ) : null}
                            <TableCell>{wijkNaam(z.wijk)}</TableCell>
                            <TableCell>
                              {STATUS_LABELS[z.status as keyof typeof STATUS_LABELS] ?? z.status}
                            </TableCell>
                            {mijn ? null : <TableCell>{z.behandelaar ?? "Nog niet opgepakt"}</TableCell>}
                            <TableCell>
                              {z.termijn
                                ? (TERMIJN_LABELS[z.termijn.soort] ?? z.termijn.soort)
                                : "Geen lopende termijn"}
                              {z.dwangsom ? (
                                <span className="voordeur-spoed voordeur-dwangsom">
                                  <span aria-hidden="true">⚠ </span>
                                  {z.dwangsom.stand === "loopt"
                                    ? `Dwangsom loopt: ${bedragTekst(z.dwangsom.bedrag * 100)} (+ ${bedragTekst(z.dwangsom.bedragPerDagNu * 100)} per dag)`
                                    : `Dwangsom maximaal: ${bedragTekst(z.dwangsom.bedrag * 100)}`}
                                </span>
                              ) : null}
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
                            {mijn ? null : (
                              <TableCell>
                                <OppakkenInRij zaak={z} />
                              </TableCell>
                            )}
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </TableContainer>
              ) : null}
              <SleutelPaginering
                pagina={zaken.data.pagina}
                perPagina={zaken.data.perPagina}
                totaal={zaken.data.totaal}
                volgende={zaken.data.volgende}
              />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** The filter form; applying it writes the filters into the URL (and starts at page 1). */
function Filters({
  bak,
  filters,
  wijken,
}: {
  bak: string;
  filters: WerkvoorraadFilterWaarden;
  wijken: readonly { code: string; naam: string }[];
}) {
  const [, setParams] = useSearchParams();
  const [wijk, setWijk] = useState(filters.wijk ?? "");
  const [behandelaar, setBehandelaar] = useState(filters.behandelaar ?? "");
  const [status, setStatus] = useState(filters.status ?? "");
  const [termijnBinnen, setTermijnBinnen] = useState(filters.termijnBinnen ?? "");
  const [spoed, setSpoed] = useState(filters.spoed ?? false);
  const [verlopen, setVerlopen] = useState(filters.verlopen ?? false);
  const [fout, setFout] = useState<string>();
  const mijn = bak === MIJN_ZAKEN;
  const medewerkers = useMedewerkers(mijn ? undefined : bak);

  const toepassen = (e: FormEvent) => {
    e.preventDefault();
    const dagen = werkvoorraadFilters.shape.termijnBinnen.safeParse(termijnBinnen.trim() || undefined);
    if (!dagen.success) {
      setFout(dagen.error.issues[0]?.message);
      document.getElementById("filter-termijn")?.focus();
      return;
    }
    const volgende = new URLSearchParams({ bak });
    if (wijk) volgende.set("wijk", wijk);
    if (behandelaar && !mijn) volgende.set("behandelaar", behandelaar);
    if (status) volgende.set("status", status);
    if (dagen.data !== undefined) volgende.set("termijnBinnen", String(dagen.data));
    if (spoed) volgende.set("spoed", "1");
    if (verlopen) volgende.set("verlopen", "1");
    setParams(volgende);
  };

  return (
    <form aria-label="Filters" onSubmit={toepassen} noValidate>
      <div className="voordeur-filters">
        <Keuzeveld
          id="filter-wijk"
          label="Wijk"
          leeg="Alle wijken"
          keuzes={wijken.map((w) => ({ waarde: w.code, label: w.naam }))}
          waarde={wijk}
          onChange={setWijk}
        />
        {mijn || !medewerkers.data ? null : (
          <Keuzeveld
            id="filter-behandelaar"
            label="Behandelaar"
            leeg="Alle behandelaars"
            keuzes={medewerkers.data.map((m) => ({
              waarde: m.id,
              label: m.ikZelf ? `${m.naam} (ik)` : m.naam,
            }))}
            waarde={behandelaar}
            onChange={setBehandelaar}
          />
        )}
        <Keuzeveld
          id="filter-status"
          label="Status"
          leeg="Alle statussen"
          keuzes={OPEN_STATUSSEN.map((s) => ({
            waarde: s,
            label: STATUS_LABELS[s as keyof typeof STATUS_LABELS],
          }))}
          waarde={status}
          onChange={setStatus}
        />
        <Tekstveld
          id="filter-termijn"
          label="Termijn binnen (dagen)"
          inputMode="numeric"
          value={termijnBinnen}
          onChange={(e) => setTermijnBinnen(e.currentTarget.value)}
          fout={fout}
          size={5}
          verplicht
        />
        <Vinkje id="filter-spoed" label="Alleen crisis en spoed" aan={spoed} onChange={setSpoed} />
        <Vinkje
          id="filter-verlopen"
          label="Alleen verlopen termijnen"
          aan={verlopen}
          onChange={setVerlopen}
        />
      </div>
      <div className="voordeur-filters">
        <Button type="submit" appearance="secondary-action-button">
          Filters toepassen
        </Button>
        <AppLink to={`?bak=${bak}`}>Filters wissen</AppLink>
      </div>
    </form>
  );
}
