import "./berichten.css";
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useParams } from "react-router";
import { foutmelding } from "../../lib/api";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { mag, useIngelogd } from "../sessie/sessie";
import { useBericht, useBerichtXml, useTaakAfhandelen } from "./api";
import { BerichtStatus, berichtNaam } from "./weergave";

/** /berichten/:id: metadata, processing outcome, retourcodes, the A&O task, and the exact XML. */
export function BerichtPagina() {
  const { id = "" } = useParams();
  const bericht = useBericht(id);
  // The XML names the client (BSN, name, address): only for who may see a resident's basisgegevens.
  const magXml = mag(useIngelogd(), "basisgegevens", "lezen");
  const xml = useBerichtXml(id, magXml);
  const afhandelen = useTaakAfhandelen(id);
  if (bericht.isPending) return <Laden />;
  if (bericht.isError) return <LaadFout fout={bericht.error} opnieuw={() => bericht.refetch()} />;
  const b = bericht.data;
  return (
    <>
      <Kruimelpad kruimels={[{ naar: "/berichten", label: "Berichten" }, { label: berichtNaam(b) }]} />
      <PaginaTitel>{berichtNaam(b)}</PaginaTitel>
      {b.aandacht ? (
        <Alert type={b.afgehandeldOp ? "info" : "warning"}>
          <Paragraph>
            {b.afgehandeldOp ? `Taak afgehandeld op ${datumTijd(b.afgehandeldOp)}: ` : "Taak voor A&O: "}
            {b.aandacht}
          </Paragraph>
          {b.afgehandeldOp ? null : (
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                onClick={() => afhandelen.mutate()}
                disabled={afhandelen.isPending}
              >
                Taak afgehandeld
              </Button>
            </ButtonGroup>
          )}
          {afhandelen.isError ? <Paragraph>{foutmelding(afhandelen.error)}</Paragraph> : null}
        </Alert>
      ) : null}
      <DataList>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>
            <BerichtStatus status={b.status} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Richting</DataListKey>
          <DataListValue>
            {b.richting === "uitgaand" ? "Verstuurd door de gemeente" : "Ontvangen"}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Afzender → ontvanger</DataListKey>
          <DataListValue>
            {b.afzender} → {b.ontvanger}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Identificatie en dagtekening</DataListKey>
          <DataListValue>
            {b.identificatie} van {b.dagtekening}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Aangemaakt</DataListKey>
          <DataListValue>{datumTijd(b.aangemaaktOp)}</DataListValue>
        </DataListItem>
        {b.richting === "uitgaand" ? (
          <DataListItem>
            <DataListKey>Verzonden</DataListKey>
            <DataListValue>
              {b.verzondenOp
                ? datumTijd(b.verzondenOp)
                : `Nog niet (${b.pogingen} pogingen${b.laatsteFout ? `, laatste fout: ${b.laatsteFout}` : ""})`}
            </DataListValue>
          </DataListItem>
        ) : null}
        {b.zaakId ? (
          <DataListItem>
            <DataListKey>Zaak</DataListKey>
            <DataListValue>
              <AppLink to={`/zaken/${b.zaakId}/berichten`}>Naar de berichten van de zaak</AppLink>
            </DataListValue>
          </DataListItem>
        ) : null}
        {b.heenberichtId ? (
          <DataListItem>
            <DataListKey>Antwoord op</DataListKey>
            <DataListValue>
              <AppLink to={`/berichten/${b.heenberichtId}`}>Het oorspronkelijke bericht</AppLink>
            </DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      <Heading2>Verwerking en retourcodes</Heading2>
      {b.retouren.length === 0 && b.meldingen.length === 0 ? (
        <Paragraph>Geen opmerkingen: alle berichtklassen zijn in orde of nog niet beoordeeld.</Paragraph>
      ) : (
        <UnorderedList>
          {b.retouren.map((r) => (
            <UnorderedListItem key={`${r.klasse}-${r.code}`}>
              Retourcode {r.code} ({r.klasse}): {r.omschrijving}
            </UnorderedListItem>
          ))}
          {b.meldingen.map((m) => (
            <UnorderedListItem key={m}>{m}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Heading2>Bericht (XML zoals verzonden of ontvangen)</Heading2>
      {magXml ? null : (
        <Paragraph>
          Het bericht bevat het BSN, de naam en het adres van de cliënt. Die ziet alleen wie de gegevens van
          inwoners mag inzien.
        </Paragraph>
      )}
      {magXml && xml.isPending ? <Laden /> : null}
      {xml.isError ? <LaadFout fout={xml.error} /> : null}
      {xml.data ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable XML must be reachable by keyboard.
        <section className="voordeur-xml" aria-label="XML van het bericht" tabIndex={0}>
          <pre>{xml.data}</pre>
        </section>
      ) : null}
    </>
  );
}
