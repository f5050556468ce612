/**
 * The levering part of the daily job (zaken/signalering): zaken whose ZIN care started on a Begindatum that has
 * now come move to `levering`, zaken whose care ended (a 307's Einddatum reached, the einddatum of the besluit
 * passed) move to `evaluatie`. The candidates are found across gemeenten in one query; each zaak is then handled
 * in its own gemeente transaction by the system actor "dagelijkse-signalering", so one refusal or failure
 * never holds up the others.
 */
import { sql } from "drizzle-orm";
import { type Db, rijen } from "../db/client";
import { alsSysteem, inGemeente } from "../db/tenant";
import { haalZaak } from "../db/zaken";
import { systeemHandeling } from "../handeling/systeem";
import { volgLevering } from "./volgen";

export interface LeveringRonde {
  gestart: number;
  beeindigd: number;
  geweigerd: number;
  /** Zaken whose step failed unexpectedly (rolled back; tried again on the next run). */
  mislukt: number;
}

export const SYSTEEM_DAGELIJKS = "dagelijkse-signalering";

interface Kandidaat {
  id: string;
  gemeente_code: string;
  naam: string;
  verband: string;
}

/** Zaken whose levering may start or end on `vandaag` (the rules decide per zaak). */
function kandidaten(db: Db, vandaag: string) {
  return alsSysteem(db, (tx) =>
    rijen<Kandidaat>(
      tx,
      sql`select z.id, z.gemeente_code, g.naam, g.samenwerkingsverband_code as verband
          from zaken z join gemeenten g on g.code = z.gemeente_code
          where z.afgesloten_op is null and (
            (z.status = 'besluit' and z.feiten->>'besluitSoort' in ('toekenning', 'wijziging')
              and exists (select 1 from toewijzingen t where t.zaak_id = z.id
                          and t.besluit_id::text = z.feiten->>'besluitId' and t.zorg_gestart_op <= ${vandaag}::date))
            or (z.status = 'levering' and (
              (z.feiten->>'leveringEindigtOp') < ${vandaag}
              or exists (select 1 from toewijzingen t where t.zaak_id = z.id
                         and (t.zorg_gestopt_op <= ${vandaag}::date or t.einddatum < ${vandaag}::date)))))
          order by z.gemeente_code, z.id`,
    ),
  );
}

export async function volgLeveringenVanDag(db: Db, vandaag: string): Promise<LeveringRonde> {
  const ronde: LeveringRonde = { gestart: 0, beeindigd: 0, geweigerd: 0, mislukt: 0 };
  const verzoekId = `${SYSTEEM_DAGELIJKS}:${vandaag}`;
  for (const k of await kandidaten(db, vandaag)) {
    const tenant = { gemeenteCode: k.gemeente_code, samenwerkingsverbandCode: k.verband };
    const gemeente = { code: k.gemeente_code, naam: k.naam, samenwerkingsverbandCode: k.verband };
    const uitkomst = await inGemeente(db, tenant, async (tx) => {
      const zaak = await haalZaak(tx, k.id);
      return zaak ? volgLevering(systeemHandeling(tx, gemeente, SYSTEEM_DAGELIJKS, verzoekId), zaak) : null;
    }).catch(() => undefined);
    if (uitkomst === undefined) ronde.mislukt++;
    if (!uitkomst) continue;
    if (uitkomst.weigering) ronde.geweigerd++;
    for (const stap of uitkomst.stappen) {
      if (stap.actie === "start-levering") ronde.gestart++;
      else ronde.beeindigd++;
    }
  }
  return ronde;
}
