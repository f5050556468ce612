import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import type { z } from "zod";
import { foutmelding } from "../../lib/api";
import type { agendapunt } from "../../lib/contract";
import { Tekstvak } from "../../lib/formulier";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { useOverleg, useUitkomstVastleggen } from "./api";

type Agendapunt = z.infer<typeof agendapunt>;

type VrijeTekst = NonNullable<Agendapunt["vrijeTekst"]>;

function UitkomstFormulier({
  overlegId,
  punt,
  tekst,
}: {
  overlegId: string;
  punt: Agendapunt;
  tekst: VrijeTekst;
}) {
  const vastleggen = useUitkomstVastleggen(overlegId);
  const [advies, setAdvies] = useState(tekst.advies);
  const [besluiten, setBesluiten] = useState(tekst.besluiten.join("\n"));
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    vastleggen.mutate({
      agendapuntId: punt.id,
      versie: punt.versie,
      body: {
        advies,
        besluiten: besluiten
          .split("\n")
          .map((b) => b.trim())
          .filter(Boolean),
      },
    });
  }
  return (
    <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
      {vastleggen.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(vastleggen.error)}</Paragraph>
        </Alert>
      ) : null}
      {vastleggen.isSuccess ? (
        <p className="utrecht-paragraph" role="status">
          De uitkomst is vastgelegd en op de zaak gezet.
        </p>
      ) : null}
      <Tekstvak
        id={`advies-${punt.id}`}
        label={`Advies (${punt.referentie})`}
        waarde={advies}
        onChange={setAdvies}
      />
      <Tekstvak
        id={`besluiten-${punt.id}`}
        label={`Besluiten (${punt.referentie})`}
        beschrijving="Eén besluit per regel."
        waarde={besluiten}
        onChange={setBesluiten}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={vastleggen.isPending}>
          Uitkomst vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Casus({ overlegId, punt }: { overlegId: string; punt: Agendapunt }) {
  const c = punt.casus;
  const tekst = punt.vrijeTekst;
  return (
    <section aria-labelledby={`casus-${punt.id}`}>
      <Heading2 id={`casus-${punt.id}`}>
        {punt.referentie}
        {punt.benoemd ? `: zaak ${punt.benoemd.zaaknummer}` : ""}
      </Heading2>
      {punt.benoemd ? (
        <Paragraph>
          <AppLink to={`/zaken/${punt.benoemd.zaakId}`}>Naar zaak {punt.benoemd.zaaknummer}</AppLink>.
          Personen: {punt.benoemd.personen.map((p) => `${p.naam} (${p.rol}, ${p.leeftijd} jaar)`).join(", ")}.
        </Paragraph>
      ) : null}
      <UnorderedList>
        <UnorderedListItem>Zaaktype: {c.zaaktype}</UnorderedListItem>
        <UnorderedListItem>Gezinssamenstelling: {c.gezinssamenstelling}</UnorderedListItem>
        <UnorderedListItem>
          Leeftijden: {c.leeftijden.map((l) => `${l.aanduiding} ${l.leeftijd} jaar`).join(", ") || "onbekend"}
        </UnorderedListItem>
        <UnorderedListItem>Leefgebieden: {c.leefgebieden.join(", ") || "geen"}</UnorderedListItem>
        <UnorderedListItem>Veiligheid: {c.veiligheid}</UnorderedListItem>
        {tekst ? <UnorderedListItem>Omschrijving: {tekst.omschrijving}</UnorderedListItem> : null}
        {tekst?.vraag ? <UnorderedListItem>Vraag: {tekst.vraag}</UnorderedListItem> : null}
        <UnorderedListItem>
          Toestemming om met naam te bespreken: {punt.toestemmingBenoemd ? "ja" : "nee"}
        </UnorderedListItem>
      </UnorderedList>
      {punt.vrijeTekstNiet ? <Paragraph>{punt.vrijeTekstNiet}</Paragraph> : null}
      <Heading3>Uitkomst</Heading3>
      {punt.uitkomst ? (
        <Paragraph>
          Vastgelegd door {punt.uitkomst.door ?? "onbekend"}.
          {tekst
            ? ` Advies: ${tekst.advies || "geen"}. Besluiten: ${tekst.besluiten.join("; ") || "geen"}.`
            : ""}
        </Paragraph>
      ) : (
        <Paragraph>Nog niet besproken.</Paragraph>
      )}
      {tekst ? <UitkomstFormulier key={punt.versie} overlegId={overlegId} punt={punt} tekst={tekst} /> : null}
    </section>
  );
}

/** The meeting view: every casus anonymised, or by name when every resident consented. */
export function OverlegPagina() {
  const { id = "" } = useParams();
  const [benoemd, setBenoemd] = useState(false);
  const anoniem = useOverleg(id, false);
  const metNamen = useOverleg(id, true, benoemd);
  const weergave = benoemd && metNamen.data ? metNamen.data : anoniem.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Casuïstiek", naar: "/casuistiek" },
          { label: "Overleg" },
        ]}
      />
      <PaginaTitel titel={weergave ? `${weergave.titel} ${weergave.datum}` : "Overleg"}>
        {weergave ? `${weergave.titel}, ${kortDatum(weergave.datum)}` : "Overleg"}
      </PaginaTitel>
      {anoniem.isPending ? <Laden /> : null}
      {anoniem.isError ? <LaadFout fout={anoniem.error} opnieuw={() => void anoniem.refetch()} /> : null}
      {weergave ? (
        <>
          <Paragraph>
            {benoemd && metNamen.data
              ? "U ziet de casussen met namen: voor elke casus is toestemming van de inwoner vastgelegd."
              : "U ziet de casussen geanonimiseerd."}
          </Paragraph>
          {benoemd && metNamen.isError ? (
            <Alert type="error">
              <Paragraph>{foutmelding(metNamen.error)}</Paragraph>
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              aria-pressed={benoemd}
              onClick={() => setBenoemd(!benoemd)}
            >
              Met namen tonen
            </Button>
          </ButtonGroup>
          {weergave.agendapunten.length === 0 ? (
            <Paragraph>
              Er staan nog geen zaken op de agenda. Breng een zaak in vanaf de zaakpagina.
            </Paragraph>
          ) : null}
          {weergave.agendapunten.map((punt) => (
            <Casus key={punt.id} overlegId={weergave.id} punt={punt} />
          ))}
        </>
      ) : null}
    </>
  );
}
