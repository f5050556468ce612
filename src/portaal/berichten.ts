/**
 * "Berichten" of a zaak in Mijn Voordeur (issue 16; rule 30e): the resident reads and writes the secure conversation
 * with the medewerkers of their zaak, or of the person they act for. The gesprek itself is inwonerberichten/gesprek.ts.
 */

import { ongelezen } from "../db/inwonerberichten";
import type { ZaakRij } from "../db/zaken";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { leesGesprek, plaatsBericht } from "../inwonerberichten/gesprek";
import { laadMijnZaak } from "./zaken";

const gesprek = (h: InwonerHandeling, zaak: ZaakRij) =>
  ({
    soort: "inwonerbericht",
    gemeenteCode: zaak.gemeenteCode,
    hoofdpersoonId: h.inwoner.namensPersoonId,
  }) as const;

/** For the zaak page: how many messages from the gemeente wait unread. */
export async function nieuweBerichtenVan(h: InwonerHandeling, zaak: ZaakRij) {
  return ongelezen(h.tx, zaak.id, "medewerker");
}

export async function mijnGesprek(
  h: InwonerHandeling,
  zaakId: string,
  pagina: { pagina: number; perPagina: number },
) {
  const zaak = await laadMijnZaak(h, zaakId);
  vereisInwoner(h, "lezen", gesprek(h, zaak));
  return leesGesprek(h, zaak, "inwoner", pagina);
}

export async function stuurMijnBericht(h: InwonerHandeling, zaakId: string, tekst: string) {
  const zaak = await laadMijnZaak(h, zaakId);
  vereisInwoner(h, "aanmaken", gesprek(h, zaak));
  return plaatsBericht(h, zaak, "inwoner", tekst, h.inwoner.persoonId);
}
