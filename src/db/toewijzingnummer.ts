import { sql } from "drizzle-orm";
import { rijen, type Tx } from "./client";

/**
 * The next ToewijzingNummer of the current gemeente for a law: unique per gemeente per law, never
 * reused, at most 9 digits (iWmo/iJw). Runs inside the caller's transaction (row lock on the counter).
 */
export async function nieuwToewijzingnummer(tx: Tx, wet: "wmo" | "jeugd"): Promise<number> {
  const [rij] = await rijen<{ laatste: number }>(
    tx,
    sql`insert into toewijzingnummers (gemeente_code, wet, laatste)
        values (voordeur_gemeente()::bpchar, ${wet}, 1)
        on conflict (gemeente_code, wet) do update set laatste = toewijzingnummers.laatste + 1
        returning laatste`,
  );
  if (!rij) throw new Error("geen toewijzingnummer");
  if (rij.laatste > 999_999_999) throw new Error("toewijzingnummers op");
  return rij.laatste;
}
