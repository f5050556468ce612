import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/client";
import { casuistiekOverleggen, gebruikers } from "../db/schema";
import { volgendVerdeelmoment } from "../domain/werkverdeling/verdeelmoment";
import { vandaag } from "../lib/klok";

/** Base data of the werkverdeling area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiWerkverdelingBasis(_tx: Tx): Promise<void> {
  // Nothing: verdeelmomenten are computed, overleggen are planned by the Toegang itself.
}

/** Demo data: a casuïstiekoverleg of the Noordenveld Regiegroep on the next verdeelmoment. */
export async function zaaiWerkverdelingDemo(tx: Tx): Promise<void> {
  const [regie] = await tx
    .select({ id: gebruikers.id })
    .from(gebruikers)
    .where(and(eq(gebruikers.gebruikersnaam, "regie"), eq(gebruikers.gemeenteCode, "1699")))
    .limit(1);
  if (!regie) return;
  await tx.insert(casuistiekOverleggen).values({
    gemeenteCode: "1699",
    datum: volgendVerdeelmoment(vandaag()).datum,
    titel: "Casuïstiekoverleg Regiegroep",
    aangemaaktDoor: regie.id,
  });
}
