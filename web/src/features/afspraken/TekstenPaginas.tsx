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
import { type FormEvent, useRef, useState } from "react";
import { useParams } from "react-router";
import { isApiFout } from "../../lib/api";
import type { Tekstblok } from "../../lib/contract";
import { Foutoverzicht, Tekstvak, Tekstveld, type Veldfouten, veldfoutenUit } from "../../lib/formulier";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useTekstblok, useTekstblokken, useTekstblokOpslaan } from "./api";

const kruimels = [
  { label: "Start", naar: "/" },
  { label: "Beheer", naar: "/beheer" },
];

/** Beheer › Teksten: folder texts and letter templates of the gemeente. */
export function TekstenPagina() {
  const teksten = useTekstblokken();
  return (
    <>
      <Kruimelpad kruimels={[...kruimels, { label: "Teksten" }]} />
      <PaginaTitel>Teksten en briefsjablonen</PaginaTitel>
      <Paragraph>
        Deze teksten gaan mee in brieven en e-mails aan inwoners, zoals de folder over onafhankelijke
        cliëntondersteuning en het Infoblad Jeugd bij de bevestiging van een afspraak.
      </Paragraph>
      {teksten.isPending ? <Laden /> : null}
      {teksten.isError ? <LaadFout fout={teksten.error} opnieuw={() => void teksten.refetch()} /> : null}
      {teksten.data ? (
        <TableContainer>
          <Table>
            <TableCaption className="voordeur-visueel-verborgen">Teksten</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Titel</TableHeaderCell>
                <TableHeaderCell scope="col">Code</TableHeaderCell>
                <TableHeaderCell scope="col">Laatst gewijzigd</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {teksten.data.map((t) => (
                <TableRow key={t.code}>
                  <TableCell>
                    <AppLink to={`/beheer/teksten/${encodeURIComponent(t.code)}`}>{t.titel}</AppLink>
                  </TableCell>
                  <TableCell>{t.code}</TableCell>
                  <TableCell>{datumTijd(t.gewijzigdOp)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </>
  );
}

const VELDEN = {
  titel: { label: "Titel", id: "tekst-titel" },
  tekst: { label: "Tekst", id: "tekst-tekst" },
};

function TekstFormulier({ blok }: { blok: Tekstblok }) {
  const opslaan = useTekstblokOpslaan(blok.code);
  const [titel, setTitel] = useState(blok.titel);
  const [tekst, setTekst] = useState(blok.tekst);
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [melding, setMelding] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await opslaan.mutateAsync({ titel, tekst, versie: blok.versie });
      setFouten({});
      setMelding(undefined);
      setConflict(false);
    } catch (fout) {
      setConflict(isApiFout(fout) && fout.status === 409);
      setFouten(isApiFout(fout) ? veldfoutenUit(fout.errors) : {});
      setMelding(isApiFout(fout) ? fout.detail : "Opslaan is niet gelukt.");
      requestAnimationFrame(() => overzicht.current?.focus());
    }
  }

  return (
    <>
      {opslaan.isSuccess && !melding ? (
        <Alert type="ok" role="status">
          <Paragraph>De tekst is opgeslagen (versie {blok.versie}).</Paragraph>
        </Alert>
      ) : null}
      <Foutoverzicht ref={overzicht} fouten={fouten} velden={VELDEN} melding={melding} />
      {conflict ? (
        <Paragraph>
          Iemand anders heeft deze tekst intussen gewijzigd. Laad de pagina opnieuw om de nieuwste versie te
          zien.
        </Paragraph>
      ) : null}
      <form onSubmit={verstuur} noValidate className="voordeur-formulier" aria-label="Tekst wijzigen">
        <Tekstveld
          id={VELDEN.titel.id}
          label="Titel"
          verplicht
          value={titel}
          onChange={(e) => setTitel(e.currentTarget.value)}
          fout={fouten.titel}
        />
        <Tekstvak
          id={VELDEN.tekst.id}
          label="Tekst"
          beschrijving="Laat een lege regel tussen alinea's."
          waarde={tekst}
          onChange={setTekst}
          fout={fouten.tekst}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={opslaan.isPending}>
            Tekst opslaan
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** Beheer › Teksten › one text: edit title and text (optimistic locking with the versie). */
export function TekstBewerkenPagina() {
  const { code = "" } = useParams();
  const blok = useTekstblok(code);
  return (
    <>
      <Kruimelpad
        kruimels={[
          ...kruimels,
          { label: "Teksten", naar: "/beheer/teksten" },
          { label: blok.data?.titel ?? code },
        ]}
      />
      <PaginaTitel titel={`Tekst ${blok.data?.titel ?? code}`}>Tekst wijzigen</PaginaTitel>
      {blok.isPending ? <Laden /> : null}
      {blok.isError ? <LaadFout fout={blok.error} opnieuw={() => void blok.refetch()} /> : null}
      {blok.data ? (
        <>
          <Heading2>Toelichting</Heading2>
          <Paragraph>{blok.data.toelichting || "Geen toelichting."}</Paragraph>
          <TekstFormulier key={blok.data.code} blok={blok.data} />
        </>
      ) : null}
    </>
  );
}
