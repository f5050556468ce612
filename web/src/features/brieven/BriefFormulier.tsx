import { Button, ButtonGroup, Heading3, Link, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { zaakDetail } from "../../lib/contract";
import {
  Foutoverzicht,
  GeluktMelding,
  useVerzending,
  type Veldfouten,
  Verzendknop,
} from "../../lib/formulier";
import { uitkomstVan as standaardUitkomst } from "../aanbieders/fouten";
import { type Brief, haalVoorbeeld, useGeadresseerden, useVerstuurBrief, type Voorbeeld } from "./api";

export type ZaakDetail = z.infer<typeof zaakDetail>;

/**
 * A letter the law requires, in two steps: "Voorbeeld bekijken" renders the PDF exactly as it will be sent (nothing
 * is stored), then the send button stores it in the dossier and mails or posts it. Changing a field after the
 * preview asks for a new preview first. Refusals show next to the field (`children` gets the field errors) and
 * in the summary above the form, which receives focus. `haal` fetches the previews, `stuur` sends and answers with
 * the success message; `sleutel` is what the letter is made of (a change asks for a new preview).
 */
export function Briefvoorbeeld({
  zaakId,
  id,
  titel,
  uitleg,
  sleutel,
  haal,
  stuur: versturen,
  velden,
  knop,
  uitkomstVan = standaardUitkomst,
  children,
}: {
  zaakId: string;
  id: string;
  titel: string;
  uitleg?: ReactNode;
  sleutel: string;
  haal: () => Promise<Voorbeeld>;
  stuur: () => Promise<string>;
  velden: Record<string, { label: string; id: string }>;
  knop: string;
  uitkomstVan?: (fout: unknown) => { veldfouten: Veldfouten; melding?: string | undefined };
  children?: (fouten: Veldfouten) => ReactNode;
}) {
  const geadresseerden = useGeadresseerden(zaakId);
  const { uitkomst, fouten, gelukt: melding, bezig, overzicht, verstuur } = useVerzending(uitkomstVan);
  const [voorbeeld, setVoorbeeld] = useState<{ sleutel: string; urls: string[] }>();
  const urls = useRef<string[]>([]);
  const actueel = voorbeeld?.sleutel === sleutel ? voorbeeld : undefined;

  // After a refusal the summary gets focus once it is rendered (it appears only with errors).
  useEffect(() => {
    if (uitkomst) overzicht.current?.focus();
  }, [uitkomst, overzicht]);

  // The object URLs of the PDFs live as long as the form.
  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  function bekijk(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    return verstuur(async () => {
      const nieuw = await haal();
      for (const url of urls.current) URL.revokeObjectURL(url);
      urls.current = nieuw.urls;
      setVoorbeeld({ sleutel, urls: nieuw.urls });
      return nieuw.urls.length > 1
        ? `Er staan ${nieuw.urls.length} voorbeelden klaar, één per adres. Controleer ze en verstuur de brieven.`
        : "Het voorbeeld staat klaar. Controleer de brief en verstuur hem.";
    });
  }

  function stuur() {
    return verstuur(async () => {
      const tekst = await versturen();
      setVoorbeeld(undefined);
      return tekst;
    });
  }

  const brieven = geadresseerden.data?.brieven ?? [];
  return (
    <section aria-labelledby={`${id}-kop`} className="voordeur-brief">
      <Heading3 id={`${id}-kop`}>{titel}</Heading3>
      {uitleg}
      <GeluktMelding tekst={melding} />
      <Foutoverzicht ref={overzicht} fouten={fouten} velden={velden} melding={uitkomst?.melding} />
      <form onSubmit={bekijk} noValidate className="voordeur-formulier" aria-labelledby={`${id}-kop`}>
        {children?.(fouten)}
        <Verzendknop bezig={bezig && !actueel} appearance="secondary-action-button">
          Voorbeeld bekijken
        </Verzendknop>
      </form>
      {actueel ? (
        <div className="voordeur-brief__voorbeeld">
          <ul className="utrecht-unordered-list">
            {actueel.urls.map((url, i) => {
              const aan = brieven[i];
              const namen = aan?.aan.map((p) => p.naam).join(" en ");
              return (
                <li key={url} className="utrecht-unordered-list__item">
                  <Link href={url} target="_blank" rel="noopener">
                    {actueel.urls.length > 1 && namen
                      ? `Voorbeeld van de brief aan ${namen} openen (PDF)`
                      : "Voorbeeld van de brief openen (PDF)"}
                  </Link>
                  {aan ? ` — gaat per ${aan.wijze === "e-mail" ? "e-mail" : `post naar ${aan.adres}`}` : ""}
                </li>
              );
            })}
          </ul>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={bezig} disabled={bezig} onClick={stuur}>
              {knop}
            </Button>
          </ButtonGroup>
        </div>
      ) : voorbeeld ? (
        <Paragraph>U heeft iets gewijzigd: bekijk eerst het nieuwe voorbeeld.</Paragraph>
      ) : null}
    </section>
  );
}

/** A letter of the zaak itself (ontvangstbevestiging, onderzoeksverslag, verdaging), sent on the zaak's versie. */
export function BriefFormulier({
  zaak,
  brief,
  gelukt,
  ...rest
}: {
  zaak: ZaakDetail;
  id: string;
  titel: string;
  uitleg?: ReactNode;
  brief: Brief;
  velden: Record<string, { label: string; id: string }>;
  knop: string;
  gelukt: (zaak: ZaakDetail) => string;
  children?: (fouten: Veldfouten) => ReactNode;
}) {
  const versturen = useVerstuurBrief(zaak.id);
  return (
    <Briefvoorbeeld
      {...rest}
      zaakId={zaak.id}
      sleutel={JSON.stringify(brief)}
      haal={() => haalVoorbeeld(zaak.id, brief)}
      stuur={async () => gelukt(await versturen.mutateAsync({ brief, versie: zaak.versie }))}
    />
  );
}
