import {
  Button,
  ButtonGroup,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { Keuzegroep, Tekstveld } from "../../lib/formulier";
import { LaadFout } from "../../lib/ui";
import { useVoorziening, useVoorzieningen, type Voorziening } from "./api";
import { categorieTekst } from "./Lijst";

/**
 * Choosing a voorliggende oplossing from the sociale kaart (issue 16) instead of free text: search by name or
 * subject, then "Kiezen". The chosen one is shown with its aanbieder; it can be replaced or let go (the row then is
 * free text again, as plans from before the kaart are).
 */
export function VoorzieningKiezer({
  id,
  gekozen,
  fout,
  onKies,
}: {
  id: string;
  gekozen: string | null | undefined;
  fout?: string | undefined;
  onKies: (v: Voorziening | null) => void;
}) {
  const [zoek, setZoek] = useState("");
  const [gezocht, setGezocht] = useState<string>();
  const [wijzigen, setWijzigen] = useState(false);
  const huidig = useVoorziening(gekozen ?? undefined);
  const lijst = useVoorzieningen({ zoek: gezocht, perPagina: 8 }, gezocht !== undefined);
  if (gekozen && !wijzigen)
    return (
      <div className="voordeur-kiezer" id={id}>
        <Paragraph>
          Gekozen uit de sociale kaart: <strong>{huidig.data ? huidig.data.naam : "…"}</strong>
          {huidig.data?.aanbieder ? ` (${huidig.data.aanbieder})` : ""}
          {huidig.data?.gearchiveerd ? " — staat niet meer op de kaart" : ""}
        </Paragraph>
        {fout ? <Paragraph className="utrecht-form-field-error-message">{fout}</Paragraph> : null}
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setWijzigen(true)}>
            Andere voorziening kiezen
          </Button>
          <Button appearance="secondary-action-button" onClick={() => onKies(null)}>
            Niet uit de kaart
          </Button>
        </ButtonGroup>
      </div>
    );
  return (
    <Keuzegroep id={id} legenda="Voorziening uit de sociale kaart" fout={fout} className="voordeur-kiezer">
      <Paragraph>
        Zoek de voorziening op de kaart, of beschrijf de oplossing hieronder in eigen woorden.
      </Paragraph>
      <Tekstveld
        id={`${id}-zoek`}
        label="Zoek in de sociale kaart"
        verplicht
        type="search"
        value={zoek}
        onChange={(e) => setZoek(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            setGezocht(zoek.trim());
          }
        }}
      />
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => setGezocht(zoek.trim())}>
          Zoeken
        </Button>
        {wijzigen ? (
          <Button appearance="secondary-action-button" onClick={() => setWijzigen(false)}>
            Annuleren
          </Button>
        ) : null}
      </ButtonGroup>
      {lijst.isError ? <LaadFout fout={lijst.error} /> : null}
      {lijst.data ? (
        <div aria-live="polite">
          <Paragraph>
            {lijst.data.totaal === 0
              ? "Niets gevonden op de sociale kaart."
              : `${lijst.data.totaal} gevonden${lijst.data.totaal > lijst.data.items.length ? `; de eerste ${lijst.data.items.length}` : ""}:`}
          </Paragraph>
          <UnorderedList className="voordeur-kiezer__lijst">
            {lijst.data.items.map((v) => (
              <UnorderedListItem key={v.id}>
                <span>
                  <strong>{v.naam}</strong> — {categorieTekst(v.categorieen)}
                  {v.wijken.length > 0 ? `, ${v.wijken.join(", ")}` : ""}
                </span>{" "}
                <Button
                  appearance="secondary-action-button"
                  aria-label={`${v.naam} kiezen`}
                  onClick={() => {
                    setWijzigen(false);
                    setGezocht(undefined);
                    onKies(v);
                  }}
                >
                  Kiezen
                </Button>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      ) : null}
    </Keuzegroep>
  );
}
