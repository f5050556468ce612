/**
 * Outgoing messages that were made while their XSD was missing (`wacht-op-validatie`, uitgaand.ts) are
 * validated here once the iStandaarden folder is there: the XSD versions go into the header, then the
 * XSD decides. Valid → `klaar` (the outbox sends it, in the order the messages were made); invalid →
 * `afgekeurd` with the reasons and a task for A&O. Never sent unvalidated. Run by the berichtenverkeer at
 * start and whenever the folder (re)appears; several processes may run it at once (SKIP LOCKED).
 */
import { sql } from "drizzle-orm";
import { type Db, rijen } from "../db/client";
import { alsSysteem } from "../db/tenant";
import { type Standaard, typeVan } from "../domain/berichten/typen";
import { WACHT_OP_VALIDATIE } from "./uitgaand";
import { metXsdVersies, valideerXsd, XsdOntbreekt, xsdVersies } from "./xsd";

export interface Validatieresultaat {
  klaar: number;
  afgekeurd: number;
  /** Still waiting: their XSD is still missing. */
  wachtend: number;
}

const NA_WACHTEN_GOED =
  "Gecontroleerd tegen het XSD van de iStandaard toen de map met XSD's er was: goed; het bericht wordt verstuurd.";

interface Wachtend {
  id: string;
  standaard: Standaard;
  berichttype: string;
  identificatie: string;
  xml: string;
}

/** Validates what waits, PARTIJ messages per transaction; stops when an XSD is still missing. */
export async function valideerWachtendeBerichten(db: Db, partij = 100): Promise<Validatieresultaat> {
  const resultaat: Validatieresultaat = { klaar: 0, afgekeurd: 0, wachtend: 0 };
  const overgeslagen = new Set<string>();
  for (;;) {
    const gedaan = await alsSysteem(db, async (tx) => {
      const wachtend = await rijen<Wachtend>(
        tx,
        sql`select id, standaard, berichttype, identificatie, xml from berichten
            where richting = 'uitgaand' and status = ${WACHT_OP_VALIDATIE}
              and not (id = any(${sql.param([...overgeslagen])}::uuid[]))
            order by aangemaakt_op, id limit ${partij} for update skip locked`,
      );
      for (const b of wachtend) {
        let versies: ReturnType<typeof xsdVersies>;
        try {
          versies = xsdVersies(b.standaard, b.berichttype);
        } catch (fout) {
          if (!(fout instanceof XsdOntbreekt)) throw fout;
          overgeslagen.add(b.id);
          resultaat.wachtend++;
          continue;
        }
        const retour = typeVan(b.standaard, b.berichttype)?.retourOp !== undefined;
        const xml = metXsdVersies(b.xml, versies, retour);
        const fouten = valideerXsd(b.standaard, b.berichttype, xml);
        if (fouten.length === 0) {
          // Due at the moment it was made: the outbox keeps the order in which the messages arose.
          await tx.execute(
            sql`update berichten set status = 'klaar', xml = ${xml}, volgende_poging = aangemaakt_op,
                verwerking = verwerking || jsonb_build_object('meldingen', ${JSON.stringify([NA_WACHTEN_GOED])}::jsonb)
                where id = ${b.id}`,
          );
          resultaat.klaar++;
        } else {
          const redenen = fouten.map((f) => `${f.veld}: ${f.melding}`);
          const meldingen = [
            `Het bericht ${b.berichttype} voldoet niet aan het XSD van de iStandaard en is niet verstuurd.`,
            ...redenen,
          ];
          await tx.execute(
            sql`update berichten set status = 'afgekeurd', xml = ${xml}, volgende_poging = null,
                verwerking = verwerking || jsonb_build_object('meldingen', ${JSON.stringify(meldingen)}::jsonb,
                  'xsdFouten', ${JSON.stringify(fouten)}::jsonb),
                aandacht = coalesce(aandacht, ${`Bericht ${b.berichttype} (${b.identificatie}) voldoet niet aan het XSD van de iStandaard en is niet verstuurd: ${redenen.slice(0, 3).join("; ")}. Herstel de gegevens en verstuur opnieuw.`})
                where id = ${b.id}`,
          );
          resultaat.afgekeurd++;
        }
      }
      return wachtend.length;
    });
    if (gedaan < partij) return resultaat;
  }
}
