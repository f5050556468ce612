/**
 * The letter a verlenging or opschorting of a term must bring the resident: the notice before the term ends with
 * the new date and the reason (Awb art. 4:14 lid 1 and 3; Awb 7:10 lid 3 for bezwaar), or the confirmation of
 * the suspension with its reason (Awb art. 4:15). Built from the term before and after the change, as computed
 * by domain/termijnen; sent by zaken/verdaging.ts in the same transaction as the change.
 */
import type { ZaakRij } from "../db/zaken";
import {
  opschortingBron,
  opschortingInhoud,
  verlengingBron,
  verlengingInhoud,
} from "../domain/brieven/inhoud";
import { BRIEF_CODES } from "../domain/brieven/sjablonen";
import { volledigeNaam } from "../domain/persoon/naam";
import type { Opschorting, Verlenging } from "../domain/termijnen";
import type { Zaaktype } from "../domain/zaak/zaaktypen";
import type { Handeling } from "../handeling/context";
import { regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { termijnenVan } from "../zaken/termijnen";
import { type Geadresseerden, geadresseerdenVan } from "./geadresseerden";
import { briefTekst } from "./teksten";
import type { Briefontwerp } from "./verzenden";

export type Verdaging =
  | { soort: "verlenging"; verlenging: Verlenging }
  | { soort: "opschorting"; opschorting: Opschorting };

export async function verdagingsbrief(
  h: Handeling,
  voor: ZaakRij,
  na: OpgeslagenFeiten,
  verdaging: Verdaging,
): Promise<{ ontwerp: Briefontwerp } & Geadresseerden> {
  const datum = vandaag();
  const soort = verdaging.soort === "verlenging" ? verdaging.verlenging.soort : verdaging.opschorting.soort;
  const oud = termijnenVan(voor, datum).find((t) => t.soort === soort);
  // A term that has not started (no aanvraag yet) or is already met cannot be extended or suspended: the letter
  // would announce a date that does not exist.
  if (!oud || oud.status === "gehaald") {
    const reden = oud
      ? "Deze termijn is al gehaald; er valt niets te verlengen of op te schorten."
      : "Deze termijn loopt nog niet (bijvoorbeeld omdat er nog geen aanvraag is); er valt niets te verlengen of op te schorten.";
    throw regelOvertreden(reden, [{ veld: "soort", melding: reden }], "termijn-loopt");
  }
  const nieuw = termijnenVan({ ...voor, feiten: na }, datum).find((t) => t.soort === soort);
  if (!nieuw) throw new Error(`termijn ${soort} verdween na de toets`);
  const geadresseerden = await geadresseerdenVan(h.tx, voor.id, datum);
  const basis = {
    soort,
    gemeente: h.wie.gemeente.naam,
    zaaknummer: voor.zaaknummer,
    clientNaam: volledigeNaam(geadresseerden.client),
  };
  const inhoud =
    verdaging.soort === "verlenging"
      ? verlengingInhoud(
          {
            ...basis,
            ontvangenOp: oud.startdatum,
            oudeDatum: oud.uiterlijkeDatum,
            nieuweDatum: nieuw.uiterlijkeDatum,
            weken: verdaging.verlenging.weken,
            reden: verdaging.verlenging.reden,
            bron: verlengingBron(soort, oud.bron),
          },
          await briefTekst(h.tx, BRIEF_CODES.verlenging),
        )
      : opschortingInhoud(
          {
            ...basis,
            van: verdaging.opschorting.van,
            tot: verdaging.opschorting.tot,
            nieuweDatum: verdaging.opschorting.tot ? nieuw.uiterlijkeDatum : null,
            reden: verdaging.opschorting.reden,
            bron: opschortingBron(soort, voor.zaaktype as Zaaktype),
          },
          await briefTekst(h.tx, BRIEF_CODES.opschorting),
        );
  return {
    ...geadresseerden,
    ontwerp: {
      zaak: voor,
      soort: verdaging.soort,
      titel: `${verdaging.soort === "verlenging" ? "Verlenging" : "Opschorting"} termijn ${voor.zaaknummer}`,
      kenmerk: voor.zaaknummer,
      datum,
      inhoud,
    },
  };
}
