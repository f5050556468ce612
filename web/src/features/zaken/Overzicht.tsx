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
import { ZAAK_ROL_LABELS, type ZaakRol } from "../../../../src/domain/zaak/personen";
import { foutmelding } from "../../lib/api";
import { LEEFGEBIED_LABELS, type ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { Tekstveld } from "../../lib/formulier";
import { AppLink, Uitklapper } from "../../lib/ui";
import { kanaalLabel, VEILIGHEID_LABELS, werkvoorraadLabel } from "../aanmelden/weergave";
import { BrievenOpZaak } from "../brieven/OpZaak";
import { HuisverbodOpZaak } from "../huisverbod/OpZaak";
import { MeldcodeOpZaak } from "../meldcode/OpZaak";
import { RegieOpZaak } from "../regie/OpZaak";
import { SignsOfSafetyOpZaak } from "../signs-of-safety/OpZaak";
import { VeiligOpgroeienOpZaak } from "../veilig-opgroeien/OpZaak";
import { WerkverdelingOpZaak } from "../werkverdeling/OpZaak";
import { useZaakStap } from "./api";
import { kortDatum, leesbaar, TERMIJN_STATUS, termijnLabel } from "./weergave";

function Termijnen({ zaak }: { zaak: ZaakDetail }) {
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
              <TableCell>{termijnLabel(t.soort, zaak.zaaktype)}</TableCell>
              <TableCell className="werkblad-geen-afbreking">{kortDatum(t.uiterlijkeDatum)}</TableCell>
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

const DIRECTE_STAPPEN = ["start-onderzoek", "start-evaluatie", "zet-levering-voort"];

/** The aanvraag with its date: opened on demand, like the other occasional forms; a refused step says why. */
function AanvraagFormulier({
  zaak,
  aanvraag,
  stap,
}: {
  zaak: ZaakDetail;
  aanvraag: ZaakDetail["acties"][number];
  stap: ReturnType<typeof useZaakStap>;
}) {
  const [aanvraagdatum, setAanvraagdatum] = useState(vandaagIso());

  function registreerAanvraag(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    stap.mutate({ stap: { soort: "aanvraag", aanvraagdatum }, versie: zaak.versie });
  }

  return (
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
  );
}

/** The next steps: direct actions as buttons, the aanvraag form on demand; refused steps say why. */
function VolgendeStappen({ zaak }: { zaak: ZaakDetail }) {
  const stap = useZaakStap(zaak.id);
  const direct = zaak.acties.filter((a) => DIRECTE_STAPPEN.includes(a.actie) && a.toegestaan);
  const aanvraag = zaak.acties.find((a) => a.actie === "registreer-aanvraag");

  return (
    <>
      {stap.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(stap.error)}</Paragraph>
        </Alert>
      ) : null}
      {direct.length === 0 && !aanvraag ? (
        <Paragraph>Er is nu geen stap in het verloop van de zaak te zetten vanaf hier.</Paragraph>
      ) : null}
      {direct.length > 0 ? (
        <ButtonGroup>
          {direct.map((a) => (
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
      ) : null}
      {aanvraag ? (
        <Uitklapper titel="Aanvraag registreren">
          <AanvraagFormulier zaak={zaak} aanvraag={aanvraag} stap={stap} />
        </Uitklapper>
      ) : null}
      {zaak.status === "aanvraag" ? (
        <Alert type="info">
          <Paragraph>Besluit nodig: de aanvraag is geregistreerd, de beslistermijn loopt.</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}

/** What the zaak is about, in words: the hulpvraag, how it came in, safety, life areas and why it is here. */
function Samenvatting({ zaak }: { zaak: ZaakDetail }) {
  return (
    <section aria-labelledby="samenvatting-kop">
      <Heading2 id="samenvatting-kop">Samenvatting</Heading2>
      <Paragraph>{zaak.omschrijving}</Paragraph>
      <UnorderedList className="werkblad-feitenlijst">
        <UnorderedListItem>
          Gemeld op {kortDatum(zaak.meldingsdatum)}, via {kanaalLabel(zaak.kanaal).toLowerCase()}
        </UnorderedListItem>
        <UnorderedListItem>Werkvoorraad: {werkvoorraadLabel(zaak.werkvoorraad)}</UnorderedListItem>
        <UnorderedListItem>
          Veiligheid: {VEILIGHEID_LABELS[zaak.veiligheid] ?? leesbaar(zaak.veiligheid)}
        </UnorderedListItem>
        {zaak.leefgebieden.length > 0 ? (
          <UnorderedListItem>
            Leefgebieden:{" "}
            {zaak.leefgebieden
              .map((l) => LEEFGEBIED_LABELS[l as keyof typeof LEEFGEBIED_LABELS] ?? leesbaar(l))
              .join(", ")}
          </UnorderedListItem>
        ) : null}
      </UnorderedList>
      {zaak.routering ? <Paragraph>Routering: {zaak.routering.uitleg}</Paragraph> : null}
      <Heading2>Personen</Heading2>
      <UnorderedList>
        {zaak.personen.map((p) => (
          <UnorderedListItem key={`${p.persoonId}-${p.rol}`}>
            <AppLink to={`/personen/${p.persoonId}`}>{p.naam}</AppLink> (
            {(ZAAK_ROL_LABELS[p.rol as ZaakRol] ?? leesbaar(p.rol)).toLowerCase()})
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

/**
 * The first tab: what to do now (the one action area: next steps, letters, verlenging and opschorting, forms on
 * demand), the terms and the werkverdeling; beside it what the zaak is about and who is on it. Everything here
 * comes with the werkblad request (GET /zaken/{id}/werkblad).
 */
export function Overzicht({ zaak }: { zaak: ZaakDetail }) {
  return (
    <div className="werkblad-overzicht">
      <div className="werkblad-overzicht__hoofd">
        <section aria-labelledby="stappen-kop" className="werkblad-acties">
          <Heading2 id="stappen-kop">Volgende stappen</Heading2>
          <VolgendeStappen zaak={zaak} />
          {/* The onderzoek is finished by sending its verslag (Wmo 2015 art. 2.3.2 lid 8): features/brieven. */}
          <BrievenOpZaak zaak={zaak} />
          <MeldcodeOpZaak zaak={zaak} />
          <HuisverbodOpZaak zaak={zaak} />
          <RegieOpZaak zaak={zaak} />
          <VeiligOpgroeienOpZaak zaak={zaak} />
          <SignsOfSafetyOpZaak zaak={zaak} />
        </section>
        <Heading2>Termijnen</Heading2>
        <Termijnen zaak={zaak} />
        <WerkverdelingOpZaak zaak={zaak} />
      </div>
      <div className="werkblad-overzicht__zij">
        <Samenvatting zaak={zaak} />
      </div>
    </div>
  );
}
