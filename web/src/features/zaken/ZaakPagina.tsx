import {
  Alert,
  Button,
  ButtonGroup,
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
import { useParams } from "react-router";
import { foutmelding } from "../../lib/api";
import type { Zaak } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { Tekstveld } from "../../lib/formulier";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { BrievenOpZaak } from "../brieven/OpZaak";
import { useZaak, useZaakStap } from "./api";
import { Documenten } from "./Documenten";
import { Journaal } from "./Journaal";
import { kortDatum, TERMIJN_LABELS, TERMIJN_STATUS } from "./weergave";
import { ZaakOnderdelen } from "./ZaakOnderdelen";

function Termijnen({ zaak }: { zaak: Zaak }) {
  if (zaak.termijnen.length === 0) return <Paragraph>Er loopt geen wettelijke termijn.</Paragraph>;
  return (
    <TableContainer>
      <Table>
        <TableCaption className="voordeur-visueel-verborgen">
          Termijnen van zaak {zaak.zaaknummer}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Termijn</TableHeaderCell>
            <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Berekening</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {zaak.termijnen.map((t) => (
            <TableRow key={t.soort}>
              <TableCell>{TERMIJN_LABELS[t.soort] ?? t.soort}</TableCell>
              <TableCell>{kortDatum(t.uiterlijkeDatum)}</TableCell>
              <TableCell>
                <StatusBadge
                  status={t.status === "verlopen" ? "danger" : t.status === "gehaald" ? "safe" : "neutral"}
                >
                  {TERMIJN_STATUS[t.status] ?? t.status}
                </StatusBadge>
              </TableCell>
              <TableCell>
                {t.uitleg} <span className="voordeur-bron">({t.bron})</span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The next steps: direct actions as buttons, the aanvraag with its date; refused steps say why. */
function VolgendeStappen({
  zaak,
}: {
  zaak: Zaak & { acties: { actie: string; label: string; toegestaan: boolean; reden: string | null }[] };
}) {
  const stap = useZaakStap(zaak.id);
  const [aanvraagdatum, setAanvraagdatum] = useState(vandaagIso());
  const direct = zaak.acties.filter((a) =>
    ["start-onderzoek", "start-evaluatie", "zet-levering-voort"].includes(a.actie),
  );
  const aanvraag = zaak.acties.find((a) => a.actie === "registreer-aanvraag");

  function registreerAanvraag(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    stap.mutate({ stap: { soort: "aanvraag", aanvraagdatum }, versie: zaak.versie });
  }

  return (
    <>
      {stap.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(stap.error)}</Paragraph>
        </Alert>
      ) : null}
      <ButtonGroup>
        {direct
          .filter((a) => a.toegestaan)
          .map((a) => (
            <Button
              key={a.actie}
              appearance="primary-action-button"
              disabled={stap.isPending}
              onClick={() =>
                stap.mutate({
                  stap: { soort: "actie", body: { actie: a.actie as "start-onderzoek" } },
                  versie: zaak.versie,
                })
              }
            >
              {a.label}
            </Button>
          ))}
      </ButtonGroup>
      {aanvraag ? (
        <form onSubmit={registreerAanvraag} className="voordeur-formulier" noValidate>
          <Tekstveld
            id="aanvraagdatum"
            label="Datum van de aanvraag"
            type="date"
            verplicht
            value={aanvraagdatum}
            onChange={(e) => setAanvraagdatum(e.currentTarget.value)}
            beschrijving={aanvraag.toegestaan ? undefined : (aanvraag.reden ?? undefined)}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" disabled={stap.isPending}>
              Aanvraag registreren
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
      {zaak.status === "aanvraag" ? (
        <Alert type="info">
          <Paragraph>Besluit nodig: de aanvraag is geregistreerd, de beslistermijn loopt.</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}

export function ZaakPagina() {
  const { id = "" } = useParams();
  const zaak = useZaak(id);
  const z = zaak.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Werkvoorraad", naar: "/werkvoorraad" },
          { label: z?.zaaknummer ?? "Zaak" },
        ]}
      />
      {zaak.isPending ? (
        <>
          <PaginaTitel>Zaak</PaginaTitel>
          <Laden />
        </>
      ) : null}
      {zaak.isError ? (
        <>
          <PaginaTitel>Zaak</PaginaTitel>
          <LaadFout fout={zaak.error} opnieuw={() => void zaak.refetch()} />
        </>
      ) : null}
      {z ? (
        <>
          <PaginaTitel titel={`Zaak ${z.zaaknummer}`}>
            Zaak {z.zaaknummer} ({z.zaaktype})
          </PaginaTitel>
          <Paragraph appearance="lead">
            Status: <strong>{z.status}</strong>. Werkvoorraad {z.werkvoorraad}; behandelaar{" "}
            {z.behandelaar?.naam ?? "nog niet bekend"}.
          </Paragraph>
          <Paragraph>{z.omschrijving}</Paragraph>
          {z.routering ? <Paragraph>Routering: {z.routering.uitleg}</Paragraph> : null}
          <Heading2>Volgende stappen</Heading2>
          <VolgendeStappen zaak={z} />
          {/* The onderzoek is finished by sending its verslag (Wmo 2015 art. 2.3.2 lid 8): features/brieven. */}
          <BrievenOpZaak zaak={z} />
          <Heading2>Termijnen</Heading2>
          <Termijnen zaak={z} />
          <Heading2>Personen</Heading2>
          <UnorderedList>
            {z.personen.map((p) => (
              <UnorderedListItem key={`${p.persoonId}-${p.rol}`}>
                <AppLink to={`/personen/${p.persoonId}`}>{p.naam}</AppLink> ({p.rol})
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <ZaakOnderdelen zaak={z} />
          <Heading2>Documenten</Heading2>
          <Documenten zaakId={z.id} />
          <Heading2>Journaal</Heading2>
          <Journaal zaakId={z.id} />
          <Heading2>Verloop</Heading2>
          <UnorderedList>
            {z.historie.map((h) => (
              <UnorderedListItem key={`${h.tijdstip}-${h.soort}`}>
                {datumTijd(h.tijdstip)}: {h.soort}
                {h.naarStatus && h.naarStatus !== h.vanStatus ? ` → ${h.naarStatus}` : ""}
                {h.door ? ` door ${h.door}` : ""}
                {h.toelichting ? `. ${h.toelichting}` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </>
  );
}
