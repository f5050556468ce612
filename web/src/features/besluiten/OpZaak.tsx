import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
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
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { AFSLUIT_REDEN_LABELS } from "../../../../src/domain/besluiten/afsluiten";
import { EVALUATIE_UITKOMST_LABELS } from "../../../../src/domain/evaluatie/verslag";
import type { Besluitvorming, Zaak } from "../../lib/contract";
import { LaadFout, Laden, Uitklapper } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { useBesluitStap, useBesluitvorming } from "./api";
import { BesluitFormulier } from "./BesluitFormulier";
import {
  AfsluitFormulier,
  BeslissingOpBezwaarFormulier,
  BezwaarFormulier,
  EvaluatieFormulier,
} from "./VerloopFormulieren";
import { BESLUIT_SOORT_LABELS, BESLUIT_STATUS_LABELS } from "./weergave";

const MET_BESLUIT = ["aanvraag", "plan", "besluit", "levering", "evaluatie"];
const AF_TE_SLUITEN = ["onderzoek", "plan", "besluit", "levering", "evaluatie"];
const pdfLink = (id: string) => `/api/documenten/${encodeURIComponent(id)}/inhoud`;

function Besluiten({ b }: { b: Besluitvorming }) {
  if (b.besluiten.length === 0) return <Paragraph>Er is nog geen besluit genomen.</Paragraph>;
  return (
    <TableContainer>
      <Table>
        <TableCaption className="voordeur-visueel-verborgen">Besluiten op deze zaak</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Besluitdatum</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Bezwaar uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col">Beschikking</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {b.besluiten.map((x) => (
            <TableRow key={x.id}>
              <TableCell>{x.kenmerk}</TableCell>
              <TableCell>{BESLUIT_SOORT_LABELS[x.soort] ?? x.soort}</TableCell>
              <TableCell>{kortDatum(x.besluitdatum)}</TableCell>
              <TableCell>{BESLUIT_STATUS_LABELS[x.status] ?? x.status}</TableCell>
              <TableCell>{x.bezwaarUiterlijk ? kortDatum(x.bezwaarUiterlijk) : "—"}</TableCell>
              <TableCell>
                <Link href={pdfLink(x.documentId)} target="_blank" rel="noopener">
                  Beschikking {x.kenmerk} (PDF)
                </Link>{" "}
                (per {x.verzending.wijze})
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Toewijzingen({ b }: { b: Besluitvorming }) {
  if (b.toewijzingen.length === 0) return null;
  // Every toewijzing comes from a product of a besluit, which knows the provider's name and the product's text.
  const producten = b.besluiten.flatMap((x) => x.producten);
  const aanbieder = (agb: string) =>
    producten.find((p) => p.aanbiederAgb === agb && p.aanbiederNaam)?.aanbiederNaam ??
    `de aanbieder met AGB-code ${agb}`;
  const product = (code: string | null, categorie: string) =>
    (code ? producten.find((p) => p.productcode === code)?.omschrijving : undefined) ??
    `product ${code ?? categorie}`;
  return (
    <>
      <Heading3>Toewijzingen</Heading3>
      <UnorderedList>
        {b.toewijzingen.map((t) => (
          <UnorderedListItem key={t.id}>
            Nummer {t.toewijzingnummer}: {product(t.productCode, t.productCategorie)} bij{" "}
            {aanbieder(t.aanbiederAgb)}, {kortDatum(t.ingangsdatum)} tot{" "}
            {t.einddatum ? kortDatum(t.einddatum) : "nader bericht"}
            {t.redenWijziging ? ` (gewijzigd, reden ${t.redenWijziging})` : ""}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

/** The jurist decides whether the bezwaaradviescommissie advises (Awb 7:13): the beslistermijn is 6 or 12 weeks. */
function Adviescommissie({
  zaakId,
  bezwaar,
}: {
  zaakId: string;
  bezwaar: Besluitvorming["bezwaren"][number];
}) {
  const stap = useBesluitStap(zaakId);
  const naar = !bezwaar.adviescommissie;
  return (
    <ButtonGroup>
      <Button
        appearance="secondary-action-button"
        disabled={stap.isPending}
        onClick={() =>
          stap.mutate({
            soort: "adviescommissie",
            bezwaarId: bezwaar.id,
            versie: bezwaar.versie,
            body: { adviescommissie: naar },
          })
        }
      >
        {naar ? "De bezwaaradviescommissie adviseert (12 weken)" : "Zonder bezwaaradviescommissie (6 weken)"}
      </Button>
    </ButtonGroup>
  );
}

function Bezwaren({ b, zaak }: { b: Besluitvorming; zaak: Zaak }) {
  const geldig = b.besluiten.find((x) => x.status === "geldig" && x.bezwaarUiterlijk);
  const open = b.bezwaren.find((x) => x.uitkomst === null);
  const kanIndienen = geldig && !open && ["besluit", "levering", "afgesloten"].includes(zaak.status);
  if (!geldig && b.bezwaren.length === 0) return null;
  return (
    <>
      <Heading3>Bezwaar</Heading3>
      {b.bezwaren.length === 0 ? <Paragraph>Er is geen bezwaar ingediend.</Paragraph> : null}
      <UnorderedList>
        {b.bezwaren.map((x) => (
          <UnorderedListItem key={x.id}>
            Ontvangen op {kortDatum(x.ontvangenOp)}
            {x.ingediendVia === "portaal" ? " via Mijn Voordeur" : ""}
            {x.teLaat ? " (na de bezwaartermijn)" : ""}: {x.gronden}.{" "}
            {x.uitkomst ? `Beslist op ${kortDatum(x.beslistOp ?? "")}: ${x.uitkomst}.` : "Nog niet beslist."}{" "}
            {x.adviescommissie ? "De bezwaaradviescommissie adviseert." : "Zonder bezwaaradviescommissie."}
            {x.documentId ? (
              <>
                {" "}
                <Link href={pdfLink(x.documentId)} target="_blank" rel="noopener">
                  Beslissing op bezwaar (PDF)
                </Link>
              </>
            ) : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {open ? <Adviescommissie zaakId={zaak.id} bezwaar={open} /> : null}
      {open ? <BeslissingOpBezwaarFormulier zaakId={zaak.id} bezwaar={open} /> : null}
      {kanIndienen ? <BezwaarFormulier zaakId={zaak.id} /> : null}
    </>
  );
}

function Evaluatie({ b, zaak }: { b: Besluitvorming; zaak: Zaak }) {
  const kan = zaak.status === "levering" || zaak.status === "evaluatie";
  if (!kan && b.evaluatiemomenten.length === 0 && b.evaluaties.length === 0) return null;
  return (
    <>
      <Heading3>Evaluatie</Heading3>
      {b.evaluatiemomenten.length > 0 ? (
        <UnorderedList aria-label="Geplande evaluatiemomenten">
          {b.evaluatiemomenten.map((m) => (
            <UnorderedListItem key={m.id}>
              Evaluatiemoment {kortDatum(m.datum)}: {m.wijze} ({m.afgerond ? "geëvalueerd" : "gepland"})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {b.evaluaties.length > 0 ? (
        <UnorderedList aria-label="Evaluatieverslagen">
          {b.evaluaties.map((e) => (
            <UnorderedListItem key={e.id}>
              {kortDatum(e.datum)} door {e.ingevuldDoor}:{" "}
              {EVALUATIE_UITKOMST_LABELS[e.uitkomst as "voortzetten"] ?? e.uitkomst}. Resultaat bereikt:{" "}
              {e.resultaatBereikt}. {e.resultaatToelichting}
              {e.vierOgen
                ? ` Vierogenoverleg met ${e.vierOgen.medewerker} op ${kortDatum(e.vierOgen.datum)}.`
                : ""}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {kan ? <EvaluatieFormulier zaakId={zaak.id} /> : null}
    </>
  );
}

function Afsluiting({ b, zaak }: { b: Besluitvorming; zaak: Zaak }) {
  const laatste = b.afsluitingen[0];
  return (
    <>
      <Heading3>Afsluiten</Heading3>
      {laatste && zaak.status === "afgesloten" ? (
        <UnorderedList>
          <UnorderedListItem>
            Afgesloten op {kortDatum(laatste.datum)}:{" "}
            {AFSLUIT_REDEN_LABELS[laatste.reden as "overig"] ?? laatste.reden}.{" "}
            <Link href={pdfLink(laatste.documentId)} target="_blank" rel="noopener">
              Afsluitbrief (PDF)
            </Link>
          </UnorderedListItem>
          <UnorderedListItem>
            Dossier bewaren tot {kortDatum(laatste.bewarenTot)} ({laatste.bewaarBron}).
          </UnorderedListItem>
          <UnorderedListItem>
            {laatste.enquete
              ? `Uitnodiging cliëntervaringsonderzoek verstuurd (${laatste.enquete.kanaal}), code ${laatste.enquete.code}${laatste.enquete.beantwoord ? ", ingevuld" : ""}.`
              : "Geen uitnodiging voor het cliëntervaringsonderzoek verstuurd."}
          </UnorderedListItem>
        </UnorderedList>
      ) : null}
      {AF_TE_SLUITEN.includes(zaak.status) ? (
        <Uitklapper titel="Zaak afsluiten">
          <AfsluitFormulier zaakId={zaak.id} />
        </Uitklapper>
      ) : null}
    </>
  );
}

/** The besluiten section of the zaak page: beschikkingen, toewijzingen, bezwaar, evaluatie and afsluiten. */
export function BesluitenOpZaak({ zaak }: { zaak: Zaak }) {
  const b = useBesluitvorming(zaak.id);
  const toonFormulier = MET_BESLUIT.includes(zaak.status);
  if (zaak.status === "melding" || zaak.status === "niet-opgepakt") return null;
  return (
    <section aria-labelledby="besluiten-kop">
      <Heading2 id="besluiten-kop">Besluiten</Heading2>
      {b.isPending ? <Laden /> : null}
      {b.isError ? <LaadFout fout={b.error} opnieuw={() => void b.refetch()} /> : null}
      {b.data ? (
        <>
          <Besluiten b={b.data} />
          {toonFormulier ? (
            <>
              <Heading3>Besluit nemen</Heading3>
              <BesluitFormulier zaakId={zaak.id} />
            </>
          ) : null}
          <Toewijzingen b={b.data} />
          <Bezwaren b={b.data} zaak={zaak} />
          <Evaluatie b={b.data} zaak={zaak} />
          <Afsluiting b={b.data} zaak={zaak} />
        </>
      ) : null}
    </section>
  );
}
