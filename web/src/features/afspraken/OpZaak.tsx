import { Heading2 } from "@utrecht/component-library-react";
import type { Zaak } from "../../lib/contract";
import { LaadFout, Laden } from "../../lib/ui";
import { AfspraakFormulier } from "./AfspraakFormulier";
import { AfspraakLijst } from "./AfspraakLijst";
import { useOntvanger, useZaakAfspraken } from "./api";
import { Verwijsindex } from "./Verwijsindex";

/** The afspraken section of the zaak page: appointments, booking one, and the Verwijsindex for youth. */
export function AfsprakenOpZaak({ zaak }: { zaak: Zaak }) {
  const afspraken = useZaakAfspraken(zaak.id);
  const ontvanger = useOntvanger(zaak.id);
  if (afspraken.isError && "status" in afspraken.error && afspraken.error.status === 403) return null;
  return (
    <section aria-labelledby="afspraken-kop">
      <Heading2 id="afspraken-kop">Afspraken</Heading2>
      {afspraken.isPending ? <Laden /> : null}
      {afspraken.isError ? (
        <LaadFout fout={afspraken.error} opnieuw={() => void afspraken.refetch()} />
      ) : null}
      {afspraken.data ? (
        <AfspraakLijst zaakId={zaak.id} zaaknummer={zaak.zaaknummer} afspraken={afspraken.data.items} />
      ) : null}
      <AfspraakFormulier zaakId={zaak.id} />
      {ontvanger.data?.jeugd ? <Verwijsindex zaak={zaak} /> : null}
    </section>
  );
}
