import {
  Alert,
  Heading2,
  Heading3,
  Paragraph,
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
import type { Schaalvoorstel, Zaak } from "../../lib/contract";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzerondjes,
  keuzesUit,
  Tekstvak,
  Tekstveld,
  useVerzending,
  Verzendknop,
} from "../../lib/formulier";
import { AppLink, datumTijd, LaadFout, Laden } from "../../lib/ui";
import { uitkomstVan } from "../aanbieders/fouten";
import { kortDatum } from "../zaken/weergave";
import { useLevering, useStartLevering, useStelSchalenVoor, useVoorstellenOpZaak } from "./api";
import { LEVERINGSVORM_LABELS, SCHAAL_RICHTING_LABELS, VOORSTEL_STATUS_LABELS } from "./weergave";

const TIJDENS_ONDERSTEUNING = ["besluit", "levering", "evaluatie"];

const START_VELDEN = { datum: { label: "Startdatum van de levering", id: "levering-start-datum" } };

/** PGB: A&O or the consulent records the start, prefilled with the besluit's ingangsdatum. */
function StartLevering({ zaakId, voorgesteld }: { zaakId: string; voorgesteld: string }) {
  const start = useStartLevering(zaakId);
  const [datum, setDatum] = useState(voorgesteld);
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur } = useVerzending(uitkomstVan);
  function verzend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void verstuur(async () => {
      await start.mutateAsync(datum);
      return "De start van de levering is vastgelegd.";
    });
  }
  return (
    <>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzicht} fouten={fouten} melding={uitkomst?.melding} velden={START_VELDEN} />
      <form onSubmit={verzend} noValidate className="voordeur-formulier" aria-label="Start van de levering">
        <Tekstveld
          id={START_VELDEN.datum.id}
          label={START_VELDEN.datum.label}
          type="date"
          verplicht
          beschrijving="Een pgb start op of na de ingangsdatum van het besluit; niet in de toekomst."
          value={datum}
          onChange={(e) => setDatum(e.currentTarget.value)}
          fout={fouten.datum}
        />
        <Verzendknop bezig={bezig}>Start levering vastleggen</Verzendknop>
      </form>
    </>
  );
}

const VOORSTEL_VELDEN = {
  richting: { label: "Voorstel", id: "voorstel-richting" },
  motivering: { label: "Motivering", id: "voorstel-motivering" },
};

/**
 * The consulent proposes op- or afschalen; a buurtteam colleague confirms it in their own session. While a proposal
 * waits no new one can be made: the form goes, the success message stays (it must not vanish with the form).
 */
function SchaalVoorstelFormulier({ zaakId, mogelijk }: { zaakId: string; mogelijk: boolean }) {
  const stelVoor = useStelSchalenVoor(zaakId);
  const [richting, setRichting] = useState("");
  const [motivering, setMotivering] = useState("");
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur, weiger } = useVerzending(uitkomstVan);
  function verzend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!richting) return weiger({ veldfouten: { richting: "Kies opschalen of afschalen" } });
    void verstuur(async () => {
      await stelVoor.mutateAsync({ richting: richting as "opschalen", motivering });
      setRichting("");
      setMotivering("");
      return "Het voorstel staat klaar voor het buurtteam.";
    });
  }
  if (!mogelijk) return <GeluktMelding tekst={gelukt} />;
  return (
    <>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzicht} fouten={fouten} melding={uitkomst?.melding} velden={VOORSTEL_VELDEN} />
      <form onSubmit={verzend} noValidate className="voordeur-formulier" aria-labelledby="voorstel-kop">
        <Keuzerondjes
          id={VOORSTEL_VELDEN.richting.id}
          legenda={VOORSTEL_VELDEN.richting.label}
          keuzes={keuzesUit(SCHAAL_RICHTING_LABELS)}
          waarde={richting}
          onChange={setRichting}
          fout={fouten.richting}
        />
        <Tekstvak
          id={VOORSTEL_VELDEN.motivering.id}
          label={VOORSTEL_VELDEN.motivering.label}
          beschrijving="Welk resultaat is bereikt, en waarom past zwaardere of lichtere ondersteuning?"
          waarde={motivering}
          onChange={setMotivering}
          fout={fouten.motivering}
          rows={4}
        />
        <Verzendknop bezig={bezig}>Voorstel naar het buurtteam sturen</Verzendknop>
      </form>
    </>
  );
}

function Voorstellen({ voorstellen }: { voorstellen: Schaalvoorstel[] }) {
  if (voorstellen.length === 0)
    return <Paragraph>Er is nog geen voorstel tot op- of afschalen gedaan.</Paragraph>;
  return (
    <UnorderedList aria-label="Voorstellen tot op- of afschalen">
      {voorstellen.map((v) => (
        <UnorderedListItem key={v.id}>
          <strong>{SCHAAL_RICHTING_LABELS[v.richting]}</strong>: {VOORSTEL_STATUS_LABELS[v.status]}.
          Voorgesteld door {v.voorgesteldDoor} op {datumTijd(v.voorgesteldOp)}: {v.motivering}
          {v.beoordeeldDoor
            ? ` Beoordeeld door ${v.beoordeeldDoor} op ${datumTijd(v.beoordeeldOp)}${v.toelichting ? `: ${v.toelichting}` : "."}`
            : ""}
          {v.magBeoordelen ? (
            <>
              {" "}
              <AppLink to={`/voorstellen/${v.id}`}>Voorstel beoordelen</AppLink>
            </>
          ) : null}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/**
 * The levering section of the zaak page: when the care started and ends, recording the start of a pgb, what to
 * do when the levering ended, and op- en afschalen with four eyes.
 */
export function LeveringOpZaak({ zaak }: { zaak: Zaak }) {
  const levering = useLevering(zaak.id);
  const voorstellen = useVoorstellenOpZaak(zaak.id);
  const l = levering.data;
  const tonen = TIJDENS_ONDERSTEUNING.includes(zaak.status) || Boolean(l?.gestartOp);
  if (!tonen || (l && !l.leveringsvorm && !l.gestartOp)) return null;
  const bevestigdeAfschaling = voorstellen.data?.voorstellen.some(
    (v) => v.status === "bevestigd" && v.richting === "afschalen-voorliggend-veld",
  );
  return (
    <section aria-labelledby="levering-kop">
      <Heading2 id="levering-kop">Levering en evaluatie</Heading2>
      {levering.isPending ? <Laden /> : null}
      {levering.isError ? <LaadFout fout={levering.error} opnieuw={() => void levering.refetch()} /> : null}
      {l ? (
        <>
          <UnorderedList>
            {l.leveringsvorm ? (
              <UnorderedListItem>
                Leveringsvorm: {LEVERINGSVORM_LABELS[l.leveringsvorm] ?? l.leveringsvorm}
              </UnorderedListItem>
            ) : null}
            <UnorderedListItem>
              {l.gestartOp
                ? `Levering gestart op ${kortDatum(l.gestartOp)}`
                : "De levering is nog niet gestart"}
              {l.gestartOp
                ? l.eindigtOp
                  ? `, loopt tot en met ${kortDatum(l.eindigtOp)}`
                  : ", zonder einddatum"
                : ""}
              .
            </UnorderedListItem>
            {l.beeindigdOp ? (
              <UnorderedListItem>
                Levering beëindigd op {kortDatum(l.beeindigdOp)}: {l.einde}.
              </UnorderedListItem>
            ) : null}
          </UnorderedList>
          {l.start.reden && !l.start.mogelijk ? (
            <Alert type="info">
              <Paragraph>{l.start.reden}</Paragraph>
            </Alert>
          ) : null}
          {l.start.mogelijk && l.start.datum ? (
            <StartLevering zaakId={zaak.id} voorgesteld={l.start.datum} />
          ) : null}
          {zaak.status === "evaluatie" && l.beeindigdOp ? (
            <Alert type="info">
              <Paragraph>
                De levering is beëindigd. Kies bij Evaluatie een herindicatie (nieuwe melding, nieuw plan) of
                sluit de zaak af. Afschalen naar het voorliggend veld gaat via een voorstel dat het buurtteam
                bevestigt.
              </Paragraph>
            </Alert>
          ) : null}
          {l.toewijzingen.length > 0 ? (
            <TableContainer>
              <Table>
                <TableCaption>
                  Start en stop van de zorg per toewijzing (berichten van de aanbieder)
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Toewijzing</TableHeaderCell>
                    <TableHeaderCell scope="col">Periode</TableHeaderCell>
                    <TableHeaderCell scope="col">Start zorg (305)</TableHeaderCell>
                    <TableHeaderCell scope="col">Stop zorg (307)</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {l.toewijzingen.map((t) => (
                    <TableRow key={t.toewijzingnummer}>
                      <TableCell>
                        {t.toewijzingnummer} ({t.productCode ?? "categorie"}, AGB {t.aanbiederAgb})
                      </TableCell>
                      <TableCell>
                        {kortDatum(t.ingangsdatum)} tot{" "}
                        {t.einddatum ? kortDatum(t.einddatum) : "nader bericht"}
                      </TableCell>
                      <TableCell>
                        {t.zorgGestartOp ? kortDatum(t.zorgGestartOp) : "nog niet ontvangen"}
                      </TableCell>
                      <TableCell>{t.zorgGestoptOp ? kortDatum(t.zorgGestoptOp) : "—"}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : null}
        </>
      ) : null}
      <Heading3 id="voorstel-kop">Op- en afschalen (vier ogen)</Heading3>
      <Paragraph>
        Op- of afschalen gebeurt niet zonder overleg met het buurtteam: de consulent doet een voorstel met
        motivering, een collega van het buurtteam bevestigt of weigert het in de eigen sessie. Pas een
        bevestigd voorstel heeft gevolgen: opschalen of afschalen binnen maatwerk start een herindicatie,
        afschalen naar het voorliggend veld maakt afsluiten met die reden mogelijk.
      </Paragraph>
      {voorstellen.isPending ? <Laden /> : null}
      {voorstellen.isError ? (
        <LaadFout fout={voorstellen.error} opnieuw={() => void voorstellen.refetch()} />
      ) : null}
      {voorstellen.data ? (
        <>
          <Voorstellen voorstellen={voorstellen.data.voorstellen} />
          {bevestigdeAfschaling && zaak.status !== "afgesloten" ? (
            <Alert type="ok">
              <Paragraph>
                Het buurtteam bevestigde afschalen naar het voorliggend veld. Sluit de zaak af met de reden
                "De ondersteuning loopt verder in het voorliggend veld" (loopt er nog een toewijzing, neem dan
                eerst een besluit tot beëindiging).
              </Paragraph>
            </Alert>
          ) : null}
          <SchaalVoorstelFormulier zaakId={zaak.id} mogelijk={voorstellen.data.kanVoorstellen.mogelijk} />
        </>
      ) : null}
    </section>
  );
}
