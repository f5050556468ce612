/**
 * The conversation with the resident on the zaak page of a medewerker: whoever may read the zaak reads it (rule 1–8
 * via laadZaak); whoever may change the zaak answers. The gesprek itself is gesprek.ts.
 */
import { ongelezen } from "../db/inwonerberichten";
import type { Handeling } from "../handeling/context";
import { laadZaak } from "../zaken/zaak";
import { leesGesprek, plaatsBericht } from "./gesprek";

export async function gesprekOpZaak(
  h: Handeling,
  zaakId: string,
  pagina: { pagina: number; perPagina: number },
) {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  // Counted before opening: what was new for the medewerker this time.
  const nieuw = await ongelezen(h.tx, zaak.id, "inwoner");
  return { ...(await leesGesprek(h, zaak, "medewerker", pagina)), nieuw };
}

export async function stuurAanInwoner(h: Handeling, zaakId: string, tekst: string) {
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen" });
  return plaatsBericht(h, zaak, "medewerker", tekst);
}
