import { Button, ButtonGroup } from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { CATEGORIE_LABELS, CATEGORIEEN } from "../../../../src/domain/sociale-kaart/voorziening";
import { Keuzeveld, keuzesUit, Tekstveld } from "../../lib/formulier";

/** The filter of the kaart in the URL (?zoek=&wijk=&categorie=&pagina=), so a search can be shared and paged. */
export function useKaartFilter() {
  const [params, setParams] = useSearchParams();
  const filter = {
    zoek: params.get("zoek") ?? "",
    wijk: params.get("wijk") ?? "",
    categorie: params.get("categorie") ?? "",
  };
  const pagina = Math.max(1, Number(params.get("pagina")) || 1);
  const zet = (nieuw: typeof filter) =>
    setParams(Object.fromEntries(Object.entries(nieuw).filter(([, w]) => w !== "")));
  return { filter, pagina, zet };
}

/** Free text, wijk and category; applied with the button (no request per keystroke). */
export function KaartFilter({
  wijken,
  filter,
  zet,
}: {
  wijken: readonly { code: string; naam: string }[];
  filter: { zoek: string; wijk: string; categorie: string };
  zet: (f: { zoek: string; wijk: string; categorie: string }) => void;
}) {
  const [concept, setConcept] = useState(filter);
  function zoek(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    zet(concept);
  }
  return (
    <form
      aria-label="Zoeken in de sociale kaart"
      onSubmit={zoek}
      className="voordeur-formulier voordeur-kaartfilter"
      noValidate
    >
      <Tekstveld
        id="kaart-zoek"
        label="Zoek op naam of onderwerp"
        verplicht
        type="search"
        value={concept.zoek}
        onChange={(e) => setConcept({ ...concept, zoek: e.currentTarget.value })}
      />
      <Keuzeveld
        id="kaart-wijk"
        label="Wijk"
        leeg="Alle wijken"
        keuzes={wijken.map((w) => ({ waarde: w.code, label: w.naam }))}
        waarde={concept.wijk}
        onChange={(wijk) => setConcept({ ...concept, wijk })}
      />
      <Keuzeveld
        id="kaart-categorie"
        label="Categorie"
        leeg="Alle categorieën"
        keuzes={keuzesUit(CATEGORIE_LABELS, CATEGORIEEN)}
        waarde={concept.categorie}
        onChange={(categorie) => setConcept({ ...concept, categorie })}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
      </ButtonGroup>
    </form>
  );
}
