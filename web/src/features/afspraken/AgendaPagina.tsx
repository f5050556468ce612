import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
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
import { useState } from "react";
import { vandaag } from "../../../../src/lib/klok";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useAgendaAfspraken, useMij, useWerktijden } from "./api";
import { WerktijdenFormulier } from "./WerktijdenFormulier";
import { datumMetWeekdag, maandagVan, verschuif, WEEKDAGEN } from "./weergave";

function Week({ medewerkerId }: { medewerkerId: string }) {
  const [maandag, setMaandag] = useState(() => maandagVan(vandaag()));
  const zondag = verschuif(maandag, 6);
  const afspraken = useAgendaAfspraken(medewerkerId, maandag, zondag);
  return (
    <>
      <Heading2>
        Week van {datumMetWeekdag(maandag)} tot en met {datumMetWeekdag(zondag)}
      </Heading2>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => setMaandag(verschuif(maandag, -7))}>
          Vorige week
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setMaandag(maandagVan(vandaag()))}>
          Deze week
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setMaandag(verschuif(maandag, 7))}>
          Volgende week
        </Button>
      </ButtonGroup>
      {afspraken.isPending ? <Laden /> : null}
      {afspraken.isError ? (
        <LaadFout fout={afspraken.error} opnieuw={() => void afspraken.refetch()} />
      ) : null}
      {afspraken.data && afspraken.data.items.length === 0 ? (
        <Paragraph>Geen afspraken in deze week.</Paragraph>
      ) : null}
      {afspraken.data && afspraken.data.items.length > 0 ? (
        <TableContainer>
          <Table>
            <TableCaption className="voordeur-visueel-verborgen">Mijn afspraken deze week</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Dag</TableHeaderCell>
                <TableHeaderCell scope="col">Tijd</TableHeaderCell>
                <TableHeaderCell scope="col">Locatie</TableHeaderCell>
                <TableHeaderCell scope="col">Zaak</TableHeaderCell>
                <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {afspraken.data.items.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{datumMetWeekdag(a.datum)}</TableCell>
                  <TableCell>
                    {a.begintijd}–{a.eindtijd}
                  </TableCell>
                  <TableCell>{a.locatie}</TableCell>
                  <TableCell>
                    {a.zaak ? (
                      <>
                        <AppLink to={`/zaken/${a.zaak.id}`}>{a.zaak.zaaknummer}</AppLink>
                        {a.zaak.hoofdpersoon ? `, ${a.zaak.hoofdpersoon}` : ""}
                      </>
                    ) : (
                      "Bezet"
                    )}
                  </TableCell>
                  <TableCell>{a.onderwerp ?? ""}</TableCell>
                  <TableCell>{a.status === "geannuleerd" ? "Geannuleerd" : "Gepland"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </>
  );
}

function Werktijden({ medewerkerId }: { medewerkerId: string }) {
  const agenda = useWerktijden(medewerkerId);
  const [wijzigen, setWijzigen] = useState(false);
  const [opgeslagen, setOpgeslagen] = useState(false);
  if (agenda.isPending) return <Laden />;
  if (agenda.isError) return <LaadFout fout={agenda.error} opnieuw={() => void agenda.refetch()} />;
  const a = agenda.data;
  return (
    <>
      {opgeslagen ? (
        <Alert type="ok" role="status">
          <Paragraph>Uw werktijden zijn opgeslagen.</Paragraph>
        </Alert>
      ) : null}
      {a.werktijden.length === 0 ? (
        <Paragraph>
          Er zijn geen werktijden ingesteld; er kunnen dan geen afspraken met u worden gemaakt.
        </Paragraph>
      ) : (
        <TableContainer>
          <Table>
            <TableCaption className="voordeur-visueel-verborgen">Mijn werktijden</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Dag</TableHeaderCell>
                <TableHeaderCell scope="col">Van</TableHeaderCell>
                <TableHeaderCell scope="col">Tot</TableHeaderCell>
                <TableHeaderCell scope="col">Locatie</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {a.werktijden.map((w) => (
                <TableRow key={`${w.weekdag}-${w.van}`}>
                  <TableCell>{WEEKDAGEN[w.weekdag as keyof typeof WEEKDAGEN]}</TableCell>
                  <TableCell>{w.van}</TableCell>
                  <TableCell>{w.tot}</TableCell>
                  <TableCell>{w.locatie ?? "Wisselend"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {wijzigen ? (
        <WerktijdenFormulier
          agenda={a}
          klaar={(gelukt) => {
            setWijzigen(false);
            setOpgeslagen(gelukt);
          }}
        />
      ) : (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setOpgeslagen(false);
              setWijzigen(true);
            }}
          >
            Werktijden wijzigen
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}

/** "Mijn agenda": this week's appointments and the weekly working hours (editable). */
export function AgendaPagina() {
  const mij = useMij();
  return (
    <>
      <Kruimelpad kruimels={[{ label: "Start", naar: "/" }, { label: "Agenda" }]} />
      <PaginaTitel>Mijn agenda</PaginaTitel>
      {mij.isPending ? <Laden /> : null}
      {mij.isError ? <LaadFout fout={mij.error} opnieuw={() => void mij.refetch()} /> : null}
      {mij.data ? (
        <>
          <Week medewerkerId={mij.data.id} />
          <Heading2>Mijn werktijden</Heading2>
          <Paragraph>Afspraken kunnen alleen binnen uw werktijden worden gemaakt.</Paragraph>
          <Werktijden medewerkerId={mij.data.id} />
        </>
      ) : null}
    </>
  );
}
