/**
 * The residents a partner medewerker works with (policy rule 4a): on a zaak on their name, or on an open zaak in the
 * buurtteam werkvoorraad. As a subquery of persoon ids, so a search is narrowed inside the database.
 */
import { type SQL, sql } from "drizzle-orm";
import { WERKVOORRAAD_BUURTTEAM } from "../domain/routering/routering";
import { type Executor, rijen } from "./client";
import { zaakPersonen, zaken } from "./schema";

export function eigenInwonersVan(medewerkerId: string): SQL {
  return sql`select ${zaakPersonen.persoonId} from ${zaakPersonen} join ${zaken} on ${zaken.id} = ${zaakPersonen.zaakId}
    where ${zaken.behandelaarId} = ${medewerkerId}
       or (${zaken.werkvoorraad} = ${WERKVOORRAAD_BUURTTEAM} and ${zaken.afgeslotenOp} is null)`;
}

export async function isEigenInwoner(
  tx: Executor,
  medewerkerId: string,
  persoonId: string,
): Promise<boolean> {
  const [rij] = await rijen<{ ja: boolean }>(
    tx,
    sql`select exists (select 1 from (${eigenInwonersVan(medewerkerId)}) e where e.persoon_id = ${persoonId}) as ja`,
  );
  return rij?.ja === true;
}
