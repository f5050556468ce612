import { useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
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
import { naarDatum } from "../../../../src/domain/termijnen/kalender";
import { isApiFout } from "../../lib/api";
import { type GelijkgesteldeDagRij, nieuweGelijkgesteldeDag } from "../../lib/contract";
import {
  Foutoverzicht,
  GeluktMelding,
  Tekstveld,
  type Veldfouten,
  Verzendknop,
  veldfoutenUit,
  veldfoutenUitZod,
} from "../../lib/formulier";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useGelijkgesteldeDagen, verwijderGelijkgesteldeDag, voegGelijkgesteldeDagToe } from "./api";

const datumVoluit = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
/** "2026-05-15" → "vrijdag 15 mei 2026". */
const voluit = (datum: string) => datumVoluit.format(naarDatum(datum));

const VELDEN = {
  datum: { label: "Datum", id: "gelijkgesteld-datum" },
  omschrijving: { label: "Omschrijving", id: "gelijkgesteld-omschrijving" },
  bron: { label: "Bron", id: "gelijkgesteld-bron" },
};

interface Uitkomst {
  veldfouten: Veldfouten;
  melding?: string | undefined;
}

function uitkomstVan(fout: unknown): Uitkomst {
  if (isApiFout(fout)) {
    if (fout.errors.length > 0) return { veldfouten: veldfoutenUit(fout.errors), melding: fout.detail };
    return { veldfouten: {}, melding: fout.detail };
  }
  return { veldfouten: {}, melding: "Opslaan is niet gelukt. Probeer het opnieuw." };
}

function DagToevoegen() {
  const queryClient = useQueryClient();
  const [datum, setDatum] = useState("");
  const [omschrijving, setOmschrijving] = useState("");
  const [bron, setBron] = useState("");
  const [uitkomst, setUitkomst] = useState<Uitkomst | undefined>(undefined);
  const [gelukt, setGelukt] = useState<string | undefined>(undefined);
  const [bezig, setBezig] = useState(false);
  const overzichtRef = useRef<HTMLDivElement>(null);
  const datumRef = useRef<HTMLInputElement>(null);

  async function toevoegen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bezig) return;
    setGelukt(undefined);
    const invoer = { datum, omschrijving: omschrijving.trim(), bron: bron.trim() };
    const controle = nieuweGelijkgesteldeDag.safeParse(invoer);
    if (!controle.success) {
      setUitkomst({ veldfouten: veldfoutenUitZod(controle.error) });
      requestAnimationFrame(() => overzichtRef.current?.focus());
      return;
    }
    setBezig(true);
    try {
      const nieuw = await voegGelijkgesteldeDagToe(invoer);
      await queryClient.invalidateQueries({ queryKey: ["gelijkgestelde-dagen"] });
      setUitkomst(undefined);
      setDatum("");
      setOmschrijving("");
      setBron("");
      setGelukt(
        `${voluit(nieuw.datum)} is toegevoegd. Termijnen die nu worden berekend, houden er rekening mee.`,
      );
      datumRef.current?.focus();
    } catch (fout) {
      setUitkomst(uitkomstVan(fout));
      requestAnimationFrame(() => overzichtRef.current?.focus());
    } finally {
      setBezig(false);
    }
  }

  const fouten = uitkomst?.veldfouten ?? {};
  return (
    <section aria-labelledby="gelijkgesteld-toevoegen">
      <Heading2 id="gelijkgesteld-toevoegen">Gelijkgestelde dag toevoegen</Heading2>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzichtRef} fouten={fouten} melding={uitkomst?.melding} velden={VELDEN} />
      <form
        onSubmit={toevoegen}
        noValidate
        className="voordeur-formulier"
        aria-labelledby="gelijkgesteld-toevoegen"
      >
        <Tekstveld
          ref={datumRef}
          id={VELDEN.datum.id}
          name="datum"
          label={VELDEN.datum.label}
          type="date"
          verplicht
          beschrijving="Een gewone werkdag; zaterdagen, zondagen, feestdagen en Goede Vrijdag kent Voordeur al."
          value={datum}
          onChange={(event) => setDatum(event.currentTarget.value)}
          fout={fouten.datum}
        />
        <Tekstveld
          id={VELDEN.omschrijving.id}
          name="omschrijving"
          label={VELDEN.omschrijving.label}
          verplicht
          beschrijving="Bijvoorbeeld: Vrijdag na Hemelvaartsdag"
          autoComplete="off"
          value={omschrijving}
          onChange={(event) => setOmschrijving(event.currentTarget.value)}
          fout={fouten.omschrijving}
        />
        <Tekstveld
          id={VELDEN.bron.id}
          name="bron"
          label={VELDEN.bron.label}
          verplicht
          beschrijving="Het Koninklijk Besluit en de Staatscourant waarin het is geplaatst, bijvoorbeeld: Besluit van 24 oktober 2016, nr. 2016001827 (Stcrt. 2016, 58653)"
          autoComplete="off"
          value={bron}
          onChange={(event) => setBron(event.currentTarget.value)}
          fout={fouten.bron}
        />
        <Verzendknop bezig={bezig}>Dag toevoegen</Verzendknop>
      </form>
    </section>
  );
}

function DagenTabel({ dagen }: { dagen: GelijkgesteldeDagRij[] }) {
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<{ soort: "ok" | "error"; tekst: string } | undefined>(undefined);
  const [bezig, setBezig] = useState<string | undefined>(undefined);

  async function verwijder(dag: GelijkgesteldeDagRij) {
    if (bezig) return;
    setBezig(dag.id);
    setMelding(undefined);
    try {
      await verwijderGelijkgesteldeDag(dag.id, dag.versie);
      setMelding({ soort: "ok", tekst: `${voluit(dag.datum)} is verwijderd.` });
    } catch (fout) {
      setMelding({
        soort: "error",
        tekst: isApiFout(fout) ? fout.detail : "Verwijderen is niet gelukt. Probeer het opnieuw.",
      });
    } finally {
      setBezig(undefined);
      await queryClient.invalidateQueries({ queryKey: ["gelijkgestelde-dagen"] });
    }
  }

  const laatsteJaar = dagen.at(-1)?.datum.slice(0, 4);
  return (
    <>
      <div role="status">
        {melding ? (
          <Alert type={melding.soort} role="none">
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {laatsteJaar ? (
        <Paragraph>
          De lijst loopt tot en met {laatsteJaar}. Voer het volgende besluit in zodra het in de Staatscourant
          staat.
        </Paragraph>
      ) : null}
      <TableContainer>
        <Table>
          <TableCaption className="voordeur-visueel-verborgen">Gelijkgestelde dagen</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Datum</TableHeaderCell>
              <TableHeaderCell scope="col">Omschrijving</TableHeaderCell>
              <TableHeaderCell scope="col">Bron</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="voordeur-visueel-verborgen">Acties</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {dagen.map((dag) => (
              <TableRow key={dag.id}>
                <TableCell>{voluit(dag.datum)}</TableCell>
                <TableCell>{dag.omschrijving}</TableCell>
                <TableCell>{dag.bron}</TableCell>
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    busy={bezig === dag.id}
                    disabled={bezig !== undefined}
                    onClick={() => void verwijder(dag)}
                    aria-label={`Verwijder ${voluit(dag.datum)}`}
                  >
                    Verwijderen
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

/** Beheer: the days equated with an algemeen erkende feestdag by Koninklijk Besluit (Atw art. 3 lid 3). */
export function GelijkgesteldeDagenPagina() {
  const dagen = useGelijkgesteldeDagen();
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Gelijkgestelde feestdagen" },
        ]}
      />
      <PaginaTitel>Gelijkgestelde feestdagen</PaginaTitel>
      <Paragraph>
        Een wettelijke termijn die op een zaterdag, zondag of algemeen erkende feestdag eindigt, loopt door
        tot en met de eerstvolgende dag die dat niet is (Algemene termijnenwet, artikel 1). De feestdagen uit
        de wet en Goede Vrijdag kent Voordeur zelf. Dagen die de Koning bij Koninklijk Besluit met een
        feestdag gelijkstelt (artikel 3, derde lid; meestal voor drie jaar tegelijk, in de Staatscourant),
        voert u hier in, met het besluit als bron. De lijst geldt voor alle gemeenten.
      </Paragraph>
      <Paragraph>
        Voor werkdagen (agenda&apos;s, antwoordtermijnen in werkdagen) blijven deze dagen gewone werkdagen.
      </Paragraph>
      {dagen.isPending ? <Laden /> : null}
      {dagen.isError ? <LaadFout fout={dagen.error} opnieuw={() => void dagen.refetch()} /> : null}
      {dagen.data ? (
        dagen.data.length === 0 ? (
          <Paragraph>Er zijn nog geen gelijkgestelde dagen ingevoerd.</Paragraph>
        ) : (
          <DagenTabel dagen={dagen.data} />
        )
      ) : null}
      <DagToevoegen />
    </>
  );
}
