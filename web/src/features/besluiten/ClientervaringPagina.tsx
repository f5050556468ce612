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
import { type FormEvent, useState } from "react";
import { vandaagIso } from "../../lib/datum";
import { Tekstveld } from "../../lib/formulier";
import { LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useClientervaring } from "./api";

const dezeMaand = () => vandaagIso().slice(0, 7);
const jaarTerug = (maand: string) => `${Number(maand.slice(0, 4)) - 1}-${maand.slice(5)}`;

/** Outcomes of the cliëntervaringsonderzoek (teamleider, beheerder): anonymous, per period. */
export function ClientervaringPagina() {
  const [periode, setPeriode] = useState({ van: jaarTerug(dezeMaand()), tot: dezeMaand() });
  const [invoer, setInvoer] = useState(periode);
  const rapport = useClientervaring(periode.van, periode.tot);
  function toon(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPeriode(invoer);
  }
  return (
    <>
      <PaginaTitel>Cliëntervaringsonderzoek</PaginaTitel>
      <form onSubmit={toon} className="voordeur-formulier" noValidate>
        <Tekstveld
          id="rapport-van"
          label="Van (maand)"
          type="month"
          verplicht
          value={invoer.van}
          onChange={(e) => setInvoer({ ...invoer, van: e.currentTarget.value })}
        />
        <Tekstveld
          id="rapport-tot"
          label="Tot en met (maand)"
          type="month"
          verplicht
          value={invoer.tot}
          onChange={(e) => setInvoer({ ...invoer, tot: e.currentTarget.value })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            Toon
          </Button>
        </ButtonGroup>
      </form>
      {rapport.isPending ? <Laden /> : null}
      {rapport.isError ? <LaadFout fout={rapport.error} opnieuw={() => void rapport.refetch()} /> : null}
      {rapport.data ? (
        <>
          <Paragraph>
            {rapport.data.uitnodigingen} uitnodigingen verstuurd, {rapport.data.respondenten} vragenlijsten
            ingevuld.
          </Paragraph>
          {rapport.data.vragen ? (
            <TableContainer>
              <Table>
                <TableCaption>Antwoorden per vraag (schaal 1 tot en met 5)</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Vraag</TableHeaderCell>
                    <TableHeaderCell scope="col">Antwoorden</TableHeaderCell>
                    <TableHeaderCell scope="col">Gemiddeld</TableHeaderCell>
                    <TableHeaderCell scope="col">Eens of helemaal eens</TableHeaderCell>
                    <TableHeaderCell scope="col">Weet niet</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rapport.data.vragen.map((v) => (
                    <TableRow key={v.code}>
                      <TableCell>{v.tekst}</TableCell>
                      <TableCell>{v.aantal}</TableCell>
                      <TableCell>{v.gemiddelde?.toLocaleString("nl-NL") ?? "—"}</TableCell>
                      <TableCell>{v.percentageEens === null ? "—" : `${v.percentageEens}%`}</TableCell>
                      <TableCell>{v.weetNiet}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : (
            <Paragraph>
              Minder dan {rapport.data.minimumRespondenten} ingevulde vragenlijsten in deze periode: de
              uitkomsten worden niet getoond, zodat niemand herkenbaar is.
            </Paragraph>
          )}
        </>
      ) : null}
    </>
  );
}
