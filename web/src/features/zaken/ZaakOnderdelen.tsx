import type { Zaak } from "../../lib/contract";
import { AanbiedersOpZaak } from "../aanbieders/OpZaak";
import { AanmeldenOpZaak } from "../aanmelden/OpZaak";
import { AfsprakenOpZaak } from "../afspraken/OpZaak";
import { BerichtenOpZaak } from "../berichten/OpZaak";
import { BesluitenOpZaak } from "../besluiten/OpZaak";
import { LeveringOpZaak } from "../levering/OpZaak";
import { ResultatenplanOpZaak } from "../resultatenplan/OpZaak";
import { WerkverdelingOpZaak } from "../werkverdeling/OpZaak";

/**
 * The sections other areas add to the zaak page, in the order of the primary process:
 * aanmelden → werkverdeling → afspraken → resultatenplan → besluiten → levering/op- en afschalen →
 * toewijzingen/berichten.
 * Each area owns its section (features/<area>/OpZaak.tsx) with its own heading.
 */
export function ZaakOnderdelen({ zaak }: { zaak: Zaak }) {
  return (
    <>
      <AanmeldenOpZaak zaak={zaak} />
      <WerkverdelingOpZaak zaak={zaak} />
      <AfsprakenOpZaak zaak={zaak} />
      <ResultatenplanOpZaak zaak={zaak} />
      <BesluitenOpZaak zaak={zaak} />
      <LeveringOpZaak zaak={zaak} />
      <AanbiedersOpZaak zaak={zaak} />
      <BerichtenOpZaak zaak={zaak} />
    </>
  );
}
