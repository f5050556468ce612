import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { foutmelding, isApiFout } from "../../lib/api";
import { vandaagIso } from "../../lib/datum";
import { Tekstveld, veldfoutenUit } from "../../lib/formulier";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { useNieuwOverleg, useOverleggen } from "./api";

/** Casuïstiekoverleggen: the list, and planning a new one. */
export function CasuistiekPagina() {
  const [params] = useSearchParams();
  const overleggen = useOverleggen(paginaUit(params.get("pagina")));
  const nieuw = useNieuwOverleg();
  const navigeer = useNavigate();
  const [datum, setDatum] = useState(vandaagIso());
  const [titel, setTitel] = useState("Casuïstiekoverleg");
  const fouten = isApiFout(nieuw.error) ? veldfoutenUit(nieuw.error.errors) : {};
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    nieuw.mutate({ datum, titel }, { onSuccess: (o) => void navigeer(`/casuistiek/${o.id}`) });
  }
  return (
    <>
      <PaginaTitel>Casuïstiekoverleg</PaginaTitel>
      <Paragraph>
        Zaken worden in het overleg geanonimiseerd besproken: zonder namen, BSN of adressen, alleen leeftijden
        en gezinssamenstelling. Met naam alleen als de inwoner daar toestemming voor gaf.
      </Paragraph>
      <Heading2>Overleggen</Heading2>
      {overleggen.isPending ? <Laden /> : null}
      {overleggen.isError ? (
        <LaadFout fout={overleggen.error} opnieuw={() => void overleggen.refetch()} />
      ) : null}
      {overleggen.data ? (
        overleggen.data.items.length === 0 ? (
          <Paragraph>Er zijn nog geen overleggen gepland.</Paragraph>
        ) : (
          <>
            <UnorderedList>
              {overleggen.data.items.map((o) => (
                <UnorderedListItem key={o.id}>
                  <AppLink to={`/casuistiek/${o.id}`}>
                    {kortDatum(o.datum)}: {o.titel}
                  </AppLink>{" "}
                  ({o.aantalAgendapunten} {o.aantalAgendapunten === 1 ? "casus" : "casussen"})
                </UnorderedListItem>
              ))}
            </UnorderedList>
            <Paginering
              pagina={overleggen.data.pagina}
              perPagina={overleggen.data.perPagina}
              totaal={overleggen.data.totaal}
            />
          </>
        )
      ) : null}
      <Heading2>Overleg plannen</Heading2>
      <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
        {nieuw.isError && Object.keys(fouten).length === 0 ? (
          <Alert type="error">
            <Paragraph>{foutmelding(nieuw.error)}</Paragraph>
          </Alert>
        ) : null}
        <Tekstveld
          id="overleg-datum"
          label="Datum"
          type="date"
          verplicht
          value={datum}
          fout={fouten.datum}
          onChange={(e) => setDatum(e.currentTarget.value)}
        />
        <Tekstveld
          id="overleg-titel"
          label="Titel"
          verplicht
          value={titel}
          fout={fouten.titel}
          onChange={(e) => setTitel(e.currentTarget.value)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={nieuw.isPending}>
            Overleg plannen
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
