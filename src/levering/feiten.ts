/** What the levering rules (domain/levering) read of a zaak: the besluit in force and the toewijzingen. */
import { geldigBesluit, toewijzingenVanZaak } from "../db/besluiten";
import type { Executor } from "../db/client";
import type { LeveringBesluit, LeveringToewijzing } from "../domain/levering/levering";

export interface Leveringsfeiten {
  besluit: LeveringBesluit | null;
  toewijzingen: LeveringToewijzing[];
}

export async function leveringsfeiten(tx: Executor, zaakId: string): Promise<Leveringsfeiten> {
  const besluit = await geldigBesluit(tx, zaakId);
  const toewijzingen = await toewijzingenVanZaak(tx, zaakId);
  return {
    besluit: besluit
      ? {
          id: besluit.id,
          soort: besluit.soort,
          leveringsvorm: besluit.leveringsvorm,
          producten: (besluit.producten as { ingangsdatum: string; einddatum: string | null }[]).map((p) => ({
            ingangsdatum: p.ingangsdatum,
            einddatum: p.einddatum ?? null,
          })),
        }
      : null,
    toewijzingen: toewijzingen.map((t) => ({
      besluitId: t.besluitId,
      ingangsdatum: t.ingangsdatum,
      einddatum: t.einddatum,
      redenWijziging: t.redenWijziging,
      zorgGestartOp: t.zorgGestartOp,
      zorgGestoptOp: t.zorgGestoptOp,
    })),
  };
}
