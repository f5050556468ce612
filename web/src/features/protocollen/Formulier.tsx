import { Heading2 } from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useId } from "react";
import {
  Foutoverzicht,
  GeluktMelding,
  useVerzending,
  type Veldfouten,
  Verzendknop,
} from "../../lib/formulier";
import { protocolUitkomst } from "./api";

/**
 * One form of this area (melden, a step, closing, a protocol text): its heading, the error summary with focus,
 * the fields and the submit button; `opslaan` returns the success message.
 */
export function ProtocolFormulier({
  kop,
  velden,
  knop,
  opslaan,
  children,
}: {
  kop: string;
  velden: Record<string, { label: string; id: string }>;
  knop: string;
  opslaan: () => Promise<string | undefined>;
  children: (fouten: Veldfouten) => ReactNode;
}) {
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur } = useVerzending(protocolUitkomst);
  const kopId = useId();
  function verzend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void verstuur(opslaan);
  }
  return (
    <section aria-labelledby={kopId}>
      <Heading2 id={kopId}>{kop}</Heading2>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzicht} fouten={fouten} melding={uitkomst?.melding} velden={velden} />
      <form onSubmit={verzend} noValidate className="voordeur-formulier" aria-labelledby={kopId}>
        {children(fouten)}
        <Verzendknop bezig={bezig}>{knop}</Verzendknop>
      </form>
    </section>
  );
}
