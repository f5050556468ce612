import {
  Alert,
  Button,
  ButtonGroup,
  Link,
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
import { type FormEvent, useState } from "react";
import { foutmelding } from "../../lib/api";
import type { Afspraak } from "../../lib/contract";
import { Tekstveld } from "../../lib/formulier";
import { useAnnuleerAfspraak } from "./api";
import { datumMetWeekdag, documentUrl, mailStatusTekst } from "./weergave";

function Annuleren({ zaakId, afspraak, klaar }: { zaakId: string; afspraak: Afspraak; klaar: () => void }) {
  const annuleer = useAnnuleerAfspraak(zaakId);
  const [reden, setReden] = useState("");
  const id = `annuleer-${afspraak.id}`;
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    annuleer.mutate({ id: afspraak.id, versie: afspraak.versie, reden }, { onSuccess: klaar });
  }
  return (
    <form onSubmit={verstuur} noValidate className="voordeur-formulier" aria-label="Afspraak annuleren">
      {annuleer.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(annuleer.error)}</Paragraph>
        </Alert>
      ) : null}
      <Tekstveld
        id={id}
        label="Reden van de annulering"
        beschrijving="De inwoner krijgt deze reden per e-mail, met een afmelding voor de agenda."
        verplicht
        value={reden}
        onChange={(e) => setReden(e.currentTarget.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" disabled={annuleer.isPending}>
          Annulering bevestigen
        </Button>
        <Button type="button" appearance="subtle-button" onClick={klaar}>
          Niet annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The appointments of a zaak with their confirmation letter and what happened to the mail. */
export function AfspraakLijst({
  zaakId,
  zaaknummer,
  afspraken,
}: {
  zaakId: string;
  zaaknummer: string;
  afspraken: Afspraak[];
}) {
  const [annuleren, setAnnuleren] = useState<string>();
  if (afspraken.length === 0) return <Paragraph>Er zijn nog geen afspraken gemaakt.</Paragraph>;
  const nu = new Date().toISOString();
  const gekozen = afspraken.find((a) => a.id === annuleren);
  return (
    <>
      <TableContainer>
        <Table>
          <TableCaption className="voordeur-visueel-verborgen">Afspraken bij zaak {zaaknummer}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              <TableHeaderCell scope="col">Waar en met wie</TableHeaderCell>
              <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
              <TableHeaderCell scope="col">Bevestiging</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {afspraken.map((a) => (
              <TableRow key={a.id}>
                <TableCell>
                  {datumMetWeekdag(a.datum)}, {a.begintijd}–{a.eindtijd}
                </TableCell>
                <TableCell>
                  {a.locatie.naam}, {a.medewerker.naam}
                </TableCell>
                <TableCell>{a.onderwerp}</TableCell>
                <TableCell>
                  {a.documentId ? (
                    <Link href={documentUrl(a.documentId)} target="_blank" rel="noopener">
                      Bevestigingsbrief {a.datum} (PDF)
                    </Link>
                  ) : null}{" "}
                  {mailStatusTekst(a)}
                </TableCell>
                <TableCell>
                  {a.status === "geannuleerd" ? (
                    `Geannuleerd: ${a.redenAnnulering ?? ""}`
                  ) : a.begin > nu ? (
                    <>
                      Gepland{" "}
                      <Button
                        appearance="subtle-button"
                        aria-label={`Afspraak van ${datumMetWeekdag(a.datum)} ${a.begintijd} annuleren`}
                        onClick={() => setAnnuleren(a.id)}
                      >
                        Annuleren
                      </Button>
                    </>
                  ) : (
                    "Geweest"
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {gekozen ? (
        <Annuleren zaakId={zaakId} afspraak={gekozen} klaar={() => setAnnuleren(undefined)} />
      ) : null}
    </>
  );
}
