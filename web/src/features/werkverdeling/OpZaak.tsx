import { Heading2, Paragraph } from "@utrecht/component-library-react";
import type { Zaak } from "../../lib/contract";
import { LaadFout, Laden, Uitklapper } from "../../lib/ui";
import { useWerkverdelingVanZaak } from "./api";
import { CasuistiekOpZaak } from "./CasuistiekOpZaak";
import { OppakkenFormulier } from "./Oppakken";
import {
  NietOppakkenFormulier,
  OverdrachtFormulier,
  RaadplegingFormulier,
  VeiligOpgroeienStatus,
} from "./ZaakFormulieren";

/** The werkverdeling section of the zaak page: oppakken, niet oppakken, overdracht, Veilig Opgroeien, casuïstiek. */
export function WerkverdelingOpZaak({ zaak }: { zaak: Zaak }) {
  const wv = useWerkverdelingVanZaak(zaak.id);
  const open = zaak.status !== "afgesloten" && zaak.status !== "niet-opgepakt";
  return (
    <>
      <Heading2>Werkverdeling</Heading2>
      {wv.isPending ? <Laden /> : null}
      {wv.isError ? <LaadFout fout={wv.error} opnieuw={() => void wv.refetch()} /> : null}
      {wv.data ? (
        <>
          {wv.data.verdeelmoment ? <Paragraph>{wv.data.verdeelmoment.uitleg}</Paragraph> : null}
          <VeiligOpgroeienStatus check={wv.data.veiligOpgroeien} />
          {open && wv.data.veiligOpgroeien.open ? <RaadplegingFormulier zaak={zaak} /> : null}
          {open && zaak.behandelaar === null ? (
            // On demand: the form asks for the medewerkers who may handle the zaak only when opened.
            <Uitklapper titel="Oppakken, op eigen naam of voor een collega">
              <OppakkenFormulier
                zaakId={zaak.id}
                werkvoorraad={zaak.werkvoorraad}
                versie={zaak.versie}
                idPrefix="wv-oppakken"
              />
            </Uitklapper>
          ) : null}
          {zaak.status === "melding" ? (
            <Uitklapper titel="Niet oppakken">
              <NietOppakkenFormulier zaak={zaak} />
            </Uitklapper>
          ) : null}
          {open ? (
            <Uitklapper titel="Overdragen aan een andere werkvoorraad">
              <OverdrachtFormulier zaak={zaak} />
            </Uitklapper>
          ) : null}
          <CasuistiekOpZaak zaak={zaak} data={wv.data} open={open} />
        </>
      ) : null}
    </>
  );
}
