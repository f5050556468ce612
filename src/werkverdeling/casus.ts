/**
 * A zaak as a casus for the casuïstiekoverleg: the anonymised view (domain/casuistiek/anonimiseer) and,
 * only where the resident consented, the named view. Which part a medewerker sees is the policy's
 * (beleid rule 16, asked with `casusResource`).
 */
import type { Ingelogd } from "../auth/sessies";
import { laatsteToestemming } from "../db/casuistiek";
import type { Executor } from "../db/client";
import { type PersoonVoorCasus, personenVoorCasus } from "../db/werkverdeling";
import type { ZaakRij } from "../db/zaken";
import type { CasusDeel } from "../domain/autorisatie";
import {
  type AnoniemeCasus,
  anonimiseer,
  ordenPersonen,
  verwijderPersoonsgegevens,
} from "../domain/casuistiek/anonimiseer";
import {
  type Toestemming,
  type ToestemmingWijze,
  toetsBenoemdBespreken,
} from "../domain/casuistiek/toestemming";
import { leeftijdOp } from "../domain/persoon/leeftijd";
import { volledigeNaam } from "../domain/persoon/naam";
import { zaakResource } from "../zaken/zaak";

/** The policy's view of a zaak in the overleg: its samenvatting, or its free text. */
export function casusResource(wie: Ingelogd, zaak: Parameters<typeof zaakResource>[1], deel: CasusDeel) {
  return { ...zaakResource(wie, zaak), soort: "casus" as const, deel };
}

export async function toestemmingVanZaak(tx: Executor, zaakId: string): Promise<Toestemming | null> {
  const rij = await laatsteToestemming(tx, zaakId);
  if (!rij) return null;
  return {
    gegevenDoor: rij.toestemming.gegevenDoor,
    op: rij.toestemming.op,
    wijze: rij.toestemming.wijze as ToestemmingWijze,
    ingetrokkenOp: rij.toestemming.ingetrokkenOp,
  };
}

export interface Casus {
  personen: PersoonVoorCasus[];
  anoniem: AnoniemeCasus;
  /** The anonymised question brought in with the agendapunt. */
  vraag: string;
  /** Null when the zaak may be discussed by name on the date, else why not. */
  weigeringBenoemd: string | null;
}

export async function casusVan(
  tx: Executor,
  zaak: Pick<ZaakRij, "id" | "zaaktype" | "omschrijving" | "leefgebieden" | "veiligheid">,
  vraag: string,
  datum: string,
): Promise<Casus> {
  const personen = await personenVoorCasus(tx, zaak.id);
  const anoniem = anonimiseer(zaak, personen, datum);
  return {
    personen,
    anoniem,
    vraag: verwijderPersoonsgegevens(vraag, personen),
    weigeringBenoemd: toetsBenoemdBespreken(await toestemmingVanZaak(tx, zaak.id), datum),
  };
}

/** The named persons of a casus (for the named view only). */
export function benoemdePersonen(casus: Casus, datum: string) {
  return ordenPersonen(casus.personen).map((p) => ({
    naam: volledigeNaam(p),
    rol: p.rol,
    leeftijd: leeftijdOp(p.geboortedatum, datum),
  }));
}
