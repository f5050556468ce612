import type { ReactNode } from "react";
import { Foutoverzicht, GeluktMelding, useVerzending, Verzendformulier } from "../../lib/formulier";
import { useVeiligOpgroeienOpslaan, voUitkomst } from "./api";

export type Velden = Record<string, { label: string; id: string }>;

/** One form that saves to Veilig Opgroeien: error summary, the fields, the button, the success message. */
export function VoFormulier(props: {
  zaakId: string | null;
  label: string;
  knop: string;
  velden: Velden;
  gelukt: string;
  verzoek: () => { pad: string; body: object; versie: number };
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  const opslaan = useVeiligOpgroeienOpslaan(props.zaakId);
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur } = useVerzending(voUitkomst);
  return (
    <>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzicht} fouten={fouten} velden={props.velden} melding={uitkomst?.melding} />
      <Verzendformulier
        label={props.label}
        knop={props.knop}
        bezig={bezig}
        verstuur={() =>
          void verstuur(async () => {
            await opslaan.mutateAsync(props.verzoek());
            return props.gelukt;
          })
        }
      >
        {props.children(fouten)}
      </Verzendformulier>
    </>
  );
}
