import { useQueryClient } from "@tanstack/react-query";
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
} from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { isApiFout } from "../../lib/api";
import { nieuweVakgroep, type Vakgroep, wijzigVakgroep } from "../../lib/contract";
import {
  Foutoverzicht,
  GeluktMelding,
  Tekstveld,
  type Veldfouten,
  Verzendknop,
  Vinkje,
  veldfoutenUit,
  veldfoutenUitZod,
} from "../../lib/formulier";
import { AppLink, KnopLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useVakgroepen } from "../shell/Paginas";
import { voegVakgroepToe, wijzigVakgroepVersie } from "./api";
import { Bevestiging } from "./BeheerPagina";

interface Uitkomst {
  veldfouten: Veldfouten;
  melding?: string | undefined;
  conflict?: boolean;
}

function uitkomstVan(fout: unknown): Uitkomst {
  if (isApiFout(fout)) {
    if (fout.errors.length > 0) return { veldfouten: veldfoutenUit(fout.errors), melding: fout.detail };
    if (fout.status === 409) return { veldfouten: {}, conflict: true };
    return { veldfouten: {}, melding: fout.detail };
  }
  return { veldfouten: {}, melding: "Opslaan is niet gelukt. Probeer het opnieuw." };
}

function VakgroepToevoegen() {
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const [naam, setNaam] = useState("");
  const [uitkomst, setUitkomst] = useState<Uitkomst | undefined>(undefined);
  const [gelukt, setGelukt] = useState<string | undefined>(undefined);
  const [bezig, setBezig] = useState(false);
  const overzichtRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  async function toevoegen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bezig) return;
    setGelukt(undefined);
    const invoer = { code: code.trim(), naam: naam.trim() };
    const controle = nieuweVakgroep.safeParse(invoer);
    if (!controle.success) {
      setUitkomst({ veldfouten: veldfoutenUitZod(controle.error) });
      requestAnimationFrame(() => overzichtRef.current?.focus());
      return;
    }
    setBezig(true);
    try {
      const nieuw = await voegVakgroepToe(invoer);
      await queryClient.invalidateQueries({ queryKey: ["vakgroepen"] });
      setUitkomst(undefined);
      setCode("");
      setNaam("");
      setGelukt(`Vakgroep ${nieuw.naam} is toegevoegd.`);
      codeRef.current?.focus();
    } catch (fout) {
      setUitkomst(uitkomstVan(fout));
      requestAnimationFrame(() => overzichtRef.current?.focus());
    } finally {
      setBezig(false);
    }
  }

  const fouten = uitkomst?.veldfouten ?? {};
  return (
    <section aria-labelledby="vakgroep-toevoegen">
      <Heading2 id="vakgroep-toevoegen">Vakgroep toevoegen</Heading2>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht
        ref={overzichtRef}
        fouten={fouten}
        melding={uitkomst?.melding}
        velden={{
          code: { label: "Code", id: "vakgroep-code" },
          naam: { label: "Naam", id: "vakgroep-naam" },
        }}
      />
      <form
        onSubmit={toevoegen}
        noValidate
        className="voordeur-formulier"
        aria-labelledby="vakgroep-toevoegen"
      >
        <Tekstveld
          ref={codeRef}
          id="vakgroep-code"
          name="code"
          label="Code"
          verplicht
          beschrijving="Kleine letters, cijfers en streepjes, bijvoorbeeld: wmo-noord. Kan later niet worden gewijzigd."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          fout={fouten.code}
        />
        <Tekstveld
          id="vakgroep-naam"
          name="naam"
          label="Naam"
          verplicht
          autoComplete="off"
          value={naam}
          onChange={(event) => setNaam(event.currentTarget.value)}
          fout={fouten.naam}
        />
        <Verzendknop bezig={bezig}>Vakgroep toevoegen</Verzendknop>
      </form>
    </section>
  );
}

export function VakgroepenPagina() {
  const vakgroepen = useVakgroepen();
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Vakgroepen" },
        ]}
      />
      <PaginaTitel>Vakgroepen</PaginaTitel>
      <Bevestiging />
      {vakgroepen.isPending ? <Laden /> : null}
      {vakgroepen.isError ? (
        <LaadFout fout={vakgroepen.error} opnieuw={() => void vakgroepen.refetch()} />
      ) : null}
      {vakgroepen.data ? (
        vakgroepen.data.length === 0 ? (
          <Paragraph>Er zijn nog geen vakgroepen.</Paragraph>
        ) : (
          <TableContainer>
            <Table busy={vakgroepen.isFetching}>
              <TableCaption className="voordeur-visueel-verborgen">Vakgroepen</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">Code</TableHeaderCell>
                  <TableHeaderCell scope="col">Leden</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {vakgroepen.data.map((groep: Vakgroep) => (
                  <TableRow key={groep.id}>
                    <TableCell>
                      <AppLink to={`/beheer/vakgroepen/${groep.id}`}>{groep.naam}</AppLink>
                    </TableCell>
                    <TableCell>{groep.code}</TableCell>
                    <TableCell>{groep.aantalLeden}</TableCell>
                    <TableCell>
                      <StatusBadge status={groep.actief ? "active" : "inactive"}>
                        {groep.actief ? "Actief" : "Inactief"}
                      </StatusBadge>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )
      ) : null}
      <VakgroepToevoegen />
    </>
  );
}

function VakgroepFormulier({ groep, opnieuwLaden }: { groep: Vakgroep; opnieuwLaden: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [naam, setNaam] = useState(groep.naam);
  const [actief, setActief] = useState(groep.actief);
  const [uitkomst, setUitkomst] = useState<Uitkomst | undefined>(undefined);
  const [bezig, setBezig] = useState(false);
  const overzichtRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  async function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bezig) return;
    const wijziging = { naam: naam.trim(), actief };
    const controle = wijzigVakgroep.safeParse(wijziging);
    if (!controle.success) {
      setUitkomst({ veldfouten: veldfoutenUitZod(controle.error) });
      requestAnimationFrame(() => overzichtRef.current?.focus());
      return;
    }
    setBezig(true);
    try {
      const opgeslagen = await wijzigVakgroepVersie(groep.id, groep.versie, wijziging);
      await queryClient.invalidateQueries({ queryKey: ["vakgroepen"] });
      navigate("/beheer/vakgroepen", { state: { melding: `Vakgroep ${opgeslagen.naam} is opgeslagen.` } });
    } catch (fout) {
      const nieuw = uitkomstVan(fout);
      setUitkomst(nieuw);
      requestAnimationFrame(() => (nieuw.conflict ? conflictRef : overzichtRef).current?.focus());
    } finally {
      setBezig(false);
    }
  }

  const fouten = uitkomst?.veldfouten ?? {};
  return (
    <>
      {uitkomst?.conflict ? (
        <div ref={conflictRef} tabIndex={-1} className="voordeur-focusdoel">
          <Alert type="error">
            <Heading2>Iemand anders heeft deze vakgroep intussen gewijzigd</Heading2>
            <Paragraph>
              Uw wijzigingen zijn niet opgeslagen. Laad de nieuwste gegevens en voer uw wijziging opnieuw in.
            </Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={opnieuwLaden}>
                Nieuwste gegevens laden
              </Button>
            </ButtonGroup>
          </Alert>
        </div>
      ) : (
        <Foutoverzicht
          ref={overzichtRef}
          fouten={fouten}
          melding={uitkomst?.melding}
          velden={{
            naam: { label: "Naam", id: "vakgroep-naam" },
            actief: { label: "Actief", id: "vakgroep-actief" },
          }}
        />
      )}
      <form onSubmit={opslaan} noValidate className="voordeur-formulier" aria-label="Vakgroep wijzigen">
        <Tekstveld
          id="vakgroep-naam"
          name="naam"
          label="Naam"
          verplicht
          autoComplete="off"
          value={naam}
          onChange={(event) => setNaam(event.currentTarget.value)}
          fout={fouten.naam}
        />
        <Vinkje
          id="vakgroep-actief"
          label="Actief: medewerkers kunnen in deze vakgroep werken"
          beschrijving="Een inactieve vakgroep telt niet meer mee voor de toegang van haar leden."
          aan={actief}
          onChange={setActief}
          fout={fouten.actief}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig}>
            Wijzigingen opslaan
          </Button>
          <KnopLink to="/beheer/vakgroepen" appearance="secondary-action-button">
            Annuleren
          </KnopLink>
        </ButtonGroup>
      </form>
    </>
  );
}

export function VakgroepBewerkenPagina() {
  const { id = "" } = useParams();
  const vakgroepen = useVakgroepen();
  const groep = vakgroepen.data?.find((g) => g.id === id);
  const kruimels = [
    { label: "Start", naar: "/" },
    { label: "Beheer", naar: "/beheer" },
    { label: "Vakgroepen", naar: "/beheer/vakgroepen" },
    { label: groep?.naam ?? "Vakgroep" },
  ];
  return (
    <>
      <Kruimelpad kruimels={kruimels} />
      <PaginaTitel titel={groep ? `Vakgroep ${groep.naam} wijzigen` : "Vakgroep wijzigen"}>
        Vakgroep wijzigen
      </PaginaTitel>
      {vakgroepen.isPending ? <Laden /> : null}
      {vakgroepen.isError ? (
        <LaadFout fout={vakgroepen.error} opnieuw={() => void vakgroepen.refetch()} />
      ) : null}
      {vakgroepen.data && !groep ? <Paragraph>Deze vakgroep bestaat niet.</Paragraph> : null}
      {groep ? (
        <>
          <Paragraph>
            Code: <strong>{groep.code}</strong>. Leden: {groep.aantalLeden}.
          </Paragraph>
          <VakgroepFormulier
            key={groep.versie}
            groep={groep}
            opnieuwLaden={() => void vakgroepen.refetch()}
          />
        </>
      ) : null}
    </>
  );
}
