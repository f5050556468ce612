/**
 * The parts of a zaak in Mijn Voordeur after the onderzoek: the plan to read and sign, the letters to download, and
 * bezwaar maken against the besluit (issue 16). Plain Dutch (B1).
 */
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import { isApiFout } from "../../lib/api";
import { leesBase64 } from "../../lib/bestand";
import { Foutoverzicht, Tekstvak, type Veldfouten, veldfoutenUit } from "../../lib/formulier";
import { KnopLink } from "../../lib/ui";
import { briefAdres, type MijnZaak, useDienBezwaarIn, useStuurDocument } from "./api";

export const datumVoluit = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date(iso));

export function MijnPlanOpZaak({ zaak }: { zaak: MijnZaak }) {
  if (!zaak.plan) return null;
  const teTekenen = zaak.plan.status === "ter-ondertekening";
  return (
    <>
      <Heading2>Uw plan</Heading2>
      <Paragraph>
        {teTekenen
          ? "Uw consulent heeft het plan klaargezet. Lees het plan. Bent u het ermee eens? Dan ondertekent u het hier."
          : "Het plan is ondertekend. U kunt het altijd teruglezen."}
      </Paragraph>
      <ButtonGroup>
        <KnopLink
          to={`/mijn/zaken/${zaak.id}/plan`}
          appearance={teTekenen ? "primary-action-button" : "secondary-action-button"}
        >
          {teTekenen ? "Plan lezen en ondertekenen" : "Plan lezen"}
        </KnopLink>
      </ButtonGroup>
    </>
  );
}

export function MijnBrieven({ zaak }: { zaak: MijnZaak }) {
  if (zaak.brieven.length === 0) return null;
  return (
    <>
      <Heading2>Uw brieven</Heading2>
      <ul className="voordeur-mijn-brieven">
        {zaak.brieven.map((b) => (
          <li key={b.id}>
            <a className="utrecht-link" href={briefAdres(zaak.id, b.id)} download>
              {b.naam}
            </a>{" "}
            <span className="voordeur-mijn-klein">(pdf, {datumVoluit(b.datum)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

const VELDEN = { gronden: { label: "Waarom bent u het niet eens?", id: "bezwaar-gronden" } };

export function MijnBezwaar({ zaak }: { zaak: MijnZaak }) {
  const { bezwaar } = zaak;
  const indienen = useDienBezwaarIn(zaak.id);
  const overzicht = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [gronden, setGronden] = useState("");
  const [fouten, setFouten] = useState<Veldfouten>({});

  if (bezwaar.lopend)
    return (
      <>
        <Heading2>Uw bezwaar</Heading2>
        <Paragraph>
          We hebben uw bezwaar ontvangen op {datumVoluit(bezwaar.lopend.ontvangenOp)}.
          {bezwaar.lopend.teLaat
            ? " Het kwam na de bezwaartermijn binnen. Een jurist van de gemeente kijkt of we het toch kunnen behandelen."
            : " Wanneer we beslissen, staat hierboven bij de belangrijke data."}
        </Paragraph>
      </>
    );
  if (!bezwaar.mogelijk || !bezwaar.uiterlijk) return null;

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (gronden.trim().length < 10) {
      setFouten({ gronden: "Schrijf op waarom u het niet eens bent met het besluit (minstens een zin)" });
      requestAnimationFrame(() => overzicht.current?.focus());
      return;
    }
    indienen.mutate(gronden, {
      onSuccess: () => setFouten({}),
      onError: (fout) => {
        setFouten(isApiFout(fout) && fout.status === 400 ? veldfoutenUit(fout.errors) : {});
        requestAnimationFrame(() => overzicht.current?.focus());
      },
    });
  }

  return (
    <>
      <Heading2>Niet eens met het besluit?</Heading2>
      <Paragraph>
        Dan kunt u tot en met {datumVoluit(bezwaar.uiterlijk)} bezwaar maken. Iemand die niet bij het besluit
        betrokken was, bekijkt het dan opnieuw. U kunt ook eerst bellen met uw contactpersoon.
      </Paragraph>
      {!open ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
            Bezwaar maken
          </Button>
        </ButtonGroup>
      ) : (
        <form onSubmit={verstuur} noValidate className="voordeur-formulier">
          <Foutoverzicht
            ref={overzicht}
            fouten={fouten}
            velden={VELDEN}
            melding={
              indienen.isError && !(isApiFout(indienen.error) && indienen.error.status === 400)
                ? isApiFout(indienen.error)
                  ? indienen.error.detail
                  : "Versturen is niet gelukt."
                : undefined
            }
          />
          <Tekstvak
            id={VELDEN.gronden.id}
            label={VELDEN.gronden.label}
            beschrijving="Schrijf in uw eigen woorden wat er volgens u niet klopt aan het besluit. Uw naam, adres en de datum zetten wij erbij."
            waarde={gronden}
            onChange={setGronden}
            rows={6}
            fout={fouten.gronden}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={indienen.isPending}>
              Bezwaar versturen
            </Button>
          </ButtonGroup>
        </form>
      )}
      {indienen.isSuccess ? (
        <Alert type="ok">
          <Paragraph>We hebben uw bezwaar ontvangen.</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}

export function MijnBerichtenOpZaak({ zaak }: { zaak: MijnZaak }) {
  return (
    <>
      <Heading2>Berichten</Heading2>
      <Paragraph>
        {zaak.nieuweBerichten > 0
          ? `Er ${zaak.nieuweBerichten === 1 ? "staat 1 nieuw bericht" : `staan ${zaak.nieuweBerichten} nieuwe berichten`} voor u klaar.`
          : "Heeft u een vraag over uw zaak? Stuur een bericht aan uw consulent."}
      </Paragraph>
      <ButtonGroup>
        <KnopLink
          to={`/mijn/zaken/${zaak.id}/berichten`}
          appearance={zaak.nieuweBerichten > 0 ? "primary-action-button" : "secondary-action-button"}
        >
          {zaak.nieuweBerichten > 0 ? "Berichten lezen" : "Berichten"}
        </KnopLink>
      </ButtonGroup>
    </>
  );
}

const SOORTEN = ["application/pdf", "image/png", "image/jpeg"] as const;

/** One document the consulent asked for: choose the file and send it. */
function GevraagdDocument({
  zaakId,
  verzoek,
}: {
  zaakId: string;
  verzoek: MijnZaak["gevraagdeDocumenten"][number];
}) {
  const stuur = useStuurDocument(zaakId);
  const [bestand, setBestand] = useState<File | null>(null);
  const [fout, setFout] = useState<string>();
  const id = `document-${verzoek.id}`;

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const soort = SOORTEN.find((s) => s === bestand?.type);
    if (!bestand) return setFout("Kies eerst het bestand.");
    if (!soort) return setFout("Stuur een pdf, png of jpeg.");
    if (bestand.size > 5 * 1024 * 1024) return setFout("Het bestand is groter dan 5 MB.");
    setFout(undefined);
    try {
      await stuur.mutateAsync({
        verzoekId: verzoek.id,
        bestand: { bestandsnaam: bestand.name, contentType: soort, inhoudBase64: await leesBase64(bestand) },
      });
    } catch (e) {
      setFout(
        isApiFout(e) ? (e.errors[0]?.melding ?? e.detail) : "Versturen is niet gelukt. Probeer het opnieuw.",
      );
    }
  }

  if (verzoek.aangeleverdOp)
    return (
      <li>
        {verzoek.omschrijving}: u stuurde dit op {datumVoluit(verzoek.aangeleverdOp)}.
      </li>
    );
  return (
    <li>
      <form onSubmit={(e) => void verstuur(e)} noValidate className="voordeur-formulier">
        <div className={`utrecht-form-field${fout ? " utrecht-form-field--invalid" : ""}`}>
          <label className="utrecht-form-label" htmlFor={id}>
            {verzoek.omschrijving}
            {verzoek.uiterlijk ? ` (graag uiterlijk ${datumVoluit(verzoek.uiterlijk)})` : ""}
          </label>
          <p className="utrecht-form-field-description" id={`${id}-uitleg`}>
            Een pdf, of een foto als png of jpeg, van maximaal 5 MB.
          </p>
          {fout ? (
            <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
              {fout}
            </p>
          ) : null}
          <input
            id={id}
            type="file"
            accept={SOORTEN.join(",")}
            aria-describedby={`${id}-uitleg${fout ? ` ${id}-fout` : ""}`}
            aria-invalid={fout ? true : undefined}
            onChange={(e) => setBestand(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={stuur.isPending}>
            Document versturen
          </Button>
        </ButtonGroup>
      </form>
    </li>
  );
}

export function MijnGevraagdeDocumenten({ zaak }: { zaak: MijnZaak }) {
  if (zaak.gevraagdeDocumenten.length === 0) return null;
  return (
    <>
      <Heading2>Gevraagde documenten</Heading2>
      <Paragraph>Uw consulent vraagt u om deze documenten. Stuur ze hier veilig naar de gemeente.</Paragraph>
      <ul className="voordeur-mijn-documenten">
        {zaak.gevraagdeDocumenten.map((v) => (
          <GevraagdDocument key={v.id} zaakId={zaak.id} verzoek={v} />
        ))}
      </ul>
    </>
  );
}

export function MijnEnquete({ zaak }: { zaak: MijnZaak }) {
  if (!zaak.enquete) return null;
  return (
    <>
      <Heading2>Hoe vond u onze hulp?</Heading2>
      <Paragraph>
        Wij willen graag weten wat u van onze hulp vond. De vragenlijst duurt een paar minuten. Uw antwoorden
        zijn anoniem: wij weten niet wat u invult.
      </Paragraph>
      <ButtonGroup>
        <KnopLink
          to={`/enquete/${encodeURIComponent(zaak.enquete.code)}`}
          appearance="secondary-action-button"
        >
          Vragenlijst invullen
        </KnopLink>
      </ButtonGroup>
    </>
  );
}
