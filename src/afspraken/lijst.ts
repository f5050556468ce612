/** The appointments of a zaak, a page at a time (read, audited for every person on the zaak). */
import { afsprakenVanZaak } from "../db/afspraken";
import { personenVanZaak } from "../db/zaken";
import { auditeer, type Handeling } from "../handeling/context";
import { laadZaak } from "../zaken/zaak";
import { afspraakAlsApi } from "./weergave";

export async function bekijkAfspraken(h: Handeling, zaakId: string, pagina: number, perPagina: number) {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const { items, totaal } = await afsprakenVanZaak(h.tx, zaak.id, pagina, perPagina);
  const personen = await personenVanZaak(h.tx, zaak.id);
  await auditeer(
    h,
    [...new Set(personen.map((p) => p.persoonId))].map((persoonId) => ({
      actie: "lezen" as const,
      resource: "afspraak",
      persoonId,
      reden: `afspraken van zaak ${zaak.zaaknummer} bekeken`,
    })),
  );
  return { items: items.map(afspraakAlsApi), totaal, pagina, perPagina };
}
