/**
 * The secure conversation of a zaak, as both sides see it (issue 16): the medewerker on the zaak page, the resident in
 * Mijn Voordeur. Newest first, each message with its sender and time; one's own messages say whether the other side
 * has read them. The form sends one message; an empty one is refused next to the field.
 */
import { Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { isApiFout } from "../../lib/api";
import type { inwonerbericht } from "../../lib/contract";
import { Tekstvak } from "../../lib/formulier";
import { datumTijd } from "../../lib/ui";
import "./gesprek.css";

export type Inwonerbericht = z.infer<typeof inwonerbericht>;
type Kant = Inwonerbericht["van"];

export function GesprekLijst({ items, eigenKant }: { items: readonly Inwonerbericht[]; eigenKant: Kant }) {
  return (
    <ol className="voordeur-gesprek">
      {items.map((b) => (
        <li
          key={b.id}
          className={b.van === eigenKant ? "voordeur-gesprek__eigen" : "voordeur-gesprek__ander"}
        >
          <Paragraph className="voordeur-gesprek__kop">
            <strong>{b.afzender}</strong>, {datumTijd(b.verzondenOp)}
            {b.van === eigenKant ? (b.gelezenOp ? " · gelezen" : " · nog niet gelezen") : ""}
          </Paragraph>
          <Paragraph className="voordeur-gesprek__tekst">{b.tekst}</Paragraph>
        </li>
      ))}
    </ol>
  );
}

export function BerichtFormulier({
  id,
  label,
  beschrijving,
  knop,
  verstuur,
}: {
  id: string;
  label: string;
  beschrijving: string;
  knop: string;
  verstuur: (tekst: string) => Promise<unknown>;
}) {
  const [tekst, setTekst] = useState("");
  const [fout, setFout] = useState<string>();
  const [bezig, setBezig] = useState(false);
  const [verstuurd, setVerstuurd] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setVerstuurd(false);
    if (!tekst.trim()) {
      setFout("Schrijf eerst uw bericht.");
      return;
    }
    setBezig(true);
    try {
      await verstuur(tekst);
      setTekst("");
      setFout(undefined);
      setVerstuurd(true);
    } catch (e) {
      setFout(
        isApiFout(e) ? (e.errors[0]?.melding ?? e.detail) : "Versturen is niet gelukt. Probeer het opnieuw.",
      );
    } finally {
      setBezig(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="voordeur-formulier">
      <Tekstvak
        id={id}
        label={label}
        beschrijving={beschrijving}
        waarde={tekst}
        onChange={setTekst}
        rows={4}
        fout={fout}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={bezig}>
          {knop}
        </Button>
      </ButtonGroup>
      <p role="status" className="voordeur-gesprek__status">
        {verstuurd ? "Uw bericht is verstuurd." : ""}
      </p>
    </form>
  );
}
