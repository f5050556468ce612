/**
 * The outbox: delivers messages with status `klaar` through the transport port after the transaction that
 * created them committed. A message is locked while it is handed over and marked `verzonden` only after the
 * adapter confirmed; a failure keeps it `klaar` with a later `volgende_poging` (back-off), so nothing is
 * lost when the process stops halfway. Several processes can run this at once (SKIP LOCKED).
 */
import { sql } from "drizzle-orm";
import { type Db, rijen } from "../db/client";
import { alsSysteem } from "../db/tenant";
import { nu } from "../lib/klok";
import { wachttijdMinuten } from "../mail/verzender";
import type { BerichtVerzender } from "./transport/poort";

/** After this many failed attempts the message also becomes a task for A&O (it keeps being retried). */
export const AANDACHT_NA_POGINGEN = 5;

interface Klaar {
  id: string;
  gemeente_code: string;
  ontvanger: string;
  standaard: string;
  berichttype: string;
  identificatie: string;
  xml: string;
  pogingen: number;
}

export function bestandsnaam(
  b: Pick<Klaar, "gemeente_code" | "ontvanger" | "standaard" | "berichttype" | "identificatie">,
) {
  const prefix = b.standaard === "iwmo" ? "WMO" : "JW";
  return `${b.gemeente_code}_${b.ontvanger}_${prefix}${b.berichttype}_${b.identificatie}.xml`;
}

/** Hands over what is due now, one message per transaction; returns how many were sent. */
export async function verstuurOutbox(db: Db, verzender: BerichtVerzender, maximaal = 100): Promise<number> {
  let verzonden = 0;
  for (let i = 0; i < maximaal; i++) {
    // One clock for "due": the application's (lib/klok), which also wrote volgende_poging — not the database's now().
    const moment = nu();
    const uitkomst = await alsSysteem(db, async (tx) => {
      const [b] = await rijen<Klaar>(
        tx,
        sql`select id, gemeente_code, ontvanger, standaard, berichttype, identificatie, xml, pogingen
            from berichten where richting = 'uitgaand' and status = 'klaar' and volgende_poging <= ${moment}
            order by volgende_poging limit 1 for update skip locked`,
      );
      if (!b) return "leeg" as const;
      try {
        const { referentie } = await verzender.verstuur({
          id: b.id,
          gemeenteCode: b.gemeente_code,
          ontvanger: b.ontvanger,
          bestandsnaam: bestandsnaam(b),
          xml: b.xml,
        });
        await tx.execute(
          sql`update berichten set status = 'verzonden', verzonden_op = ${moment}, pogingen = pogingen + 1,
              laatste_fout = null, volgende_poging = null, transport_referentie = ${referentie} where id = ${b.id}`,
        );
        return "verzonden" as const;
      } catch (fout) {
        const pogingen = b.pogingen + 1;
        const melding = fout instanceof Error ? fout.message.slice(0, 300) : "onbekende fout";
        await tx.execute(
          sql`update berichten set pogingen = ${pogingen}, laatste_fout = ${melding},
              volgende_poging = ${moment}::timestamptz + make_interval(mins => ${wachttijdMinuten(pogingen)}),
              aandacht = case when ${pogingen} >= ${AANDACHT_NA_POGINGEN}
                then coalesce(aandacht, 'Versturen lukt niet (' || ${verzender.naam} || '): ' || ${melding}) else aandacht end
              where id = ${b.id}`,
        );
        return "mislukt" as const;
      }
    });
    if (uitkomst === "leeg") break;
    if (uitkomst === "verzonden") verzonden++;
  }
  return verzonden;
}
