/** "Uw gegevens inzien" in Mijn Voordeur (AVG art. 15): ask for an overview and download it when it is ready. */
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { isApiFout } from "../../lib/api";
import { Tekstvak } from "../../lib/formulier";
import { inzageAdres, useMijnInzageverzoeken, useVraagInzage } from "./api";
import { datumVoluit } from "./OpMijnZaak";

export function MijnInzage() {
  const verzoeken = useMijnInzageverzoeken();
  const vraag = useVraagInzage();
  const [open, setOpen] = useState(false);
  const [toelichting, setToelichting] = useState("");

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    vraag.mutate(toelichting, {
      onSuccess: () => {
        setOpen(false);
        setToelichting("");
      },
    });
  }

  const items = verzoeken.data?.items ?? [];
  return (
    <>
      <Heading2>Uw gegevens inzien</Heading2>
      <Paragraph>
        U mag weten welke gegevens de gemeente over u heeft. Vraag een overzicht aan. U krijgt het binnen een
        maand hier in Mijn Voordeur.
      </Paragraph>
      {items.length > 0 ? (
        <ul className="voordeur-mijn-brieven">
          {items.map((v) => (
            <li key={v.id}>
              {v.klaar ? (
                <a className="utrecht-link" href={inzageAdres(v.id)} download>
                  Overzicht van uw gegevens (pdf), gevraagd op {datumVoluit(v.ontvangenOp)}
                </a>
              ) : (
                <>
                  Gevraagd op {datumVoluit(v.ontvangenOp)}. U krijgt het overzicht uiterlijk{" "}
                  {datumVoluit(v.uiterlijk)}.
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {vraag.isSuccess ? (
        <Alert type="ok">
          <Paragraph>We hebben uw verzoek ontvangen.</Paragraph>
        </Alert>
      ) : null}
      {vraag.isError ? (
        <Alert type="error">
          <Paragraph>{isApiFout(vraag.error) ? vraag.error.detail : "Versturen is niet gelukt."}</Paragraph>
        </Alert>
      ) : null}
      {open ? (
        <form onSubmit={verstuur} noValidate className="voordeur-formulier">
          <Tekstvak
            id="inzage-toelichting"
            label="Wilt u iets toelichten? (niet verplicht)"
            beschrijving="Bijvoorbeeld over welke zaak of welke periode u het wilt weten."
            waarde={toelichting}
            onChange={setToelichting}
            rows={3}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={vraag.isPending}>
              Verzoek versturen
            </Button>
          </ButtonGroup>
        </form>
      ) : items.some((v) => !v.klaar) ? null : (
        // One request at a time: the next one once this overview is ready.
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
            Overzicht aanvragen
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}
