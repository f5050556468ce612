/**
 * The cliëntervaringsonderzoek: the public questionnaire behind an invitation code (no login; the code
 * carries the gemeente, the transaction runs inside that gemeente), the anonymous answers, and the
 * rapportage for the teamleider and beheerder.
 */
import { eq } from "drizzle-orm";
import {
  aantalUitnodigingen,
  antwoordenIn,
  markeerBeantwoord,
  uitnodigingOpCode,
  voegAntwoordToe,
} from "../db/besluiten";
import type { Database, Tx } from "../db/client";
import { gemeenten } from "../db/schema";
import { alsSysteem, inGemeente } from "../db/tenant";
import {
  type Antwoorden,
  controleerAntwoorden,
  ENQUETE_VRAGEN,
  gemeenteVanCode,
  MINIMUM_RESPONDENTEN,
  normaliseerCode,
  SCHAAL,
  vatSamen,
} from "../domain/besluiten/enquete";
import { conflict, nietGevonden, ongeldig } from "../handeling/weigering";
import { vandaag } from "../lib/klok";

const ONBEKEND = "Deze code is onbekend. Controleer de code in uw brief.";

/** Runs `werk` inside the gemeente of the code; 404 for a malformed code or unknown gemeente. */
async function inGemeenteVanCode<T>(
  database: Database,
  invoer: string,
  werk: (tx: Tx, code: string, gemeenteNaam: string) => Promise<T>,
): Promise<T> {
  const code = normaliseerCode(invoer);
  if (!code) throw nietGevonden(ONBEKEND);
  const [gemeente] = await alsSysteem(database.db, (tx) =>
    tx
      .select()
      .from(gemeenten)
      .where(eq(gemeenten.code, gemeenteVanCode(code)))
      .limit(1),
  );
  if (!gemeente) throw nietGevonden(ONBEKEND);
  return inGemeente(
    database.db,
    { gemeenteCode: gemeente.code, samenwerkingsverbandCode: gemeente.samenwerkingsverbandCode },
    (tx) => werk(tx, code, gemeente.naam),
  );
}

export function vragenlijst(database: Database, invoer: string) {
  return inGemeenteVanCode(database, invoer, async (tx, code, gemeente) => {
    const uitnodiging = await uitnodigingOpCode(tx, code);
    if (!uitnodiging) throw nietGevonden(ONBEKEND);
    return {
      gemeente,
      beantwoord: uitnodiging.beantwoord,
      vragen: ENQUETE_VRAGEN.map((v) => ({ ...v })),
      schaal: SCHAAL.map((s) => ({ ...s })),
    };
  });
}

/** Stores the answers without any link to the invitation, the zaak or the person; a code answers once. */
export function beantwoord(database: Database, invoer: string, antwoorden: Antwoorden) {
  const fouten = controleerAntwoorden(antwoorden);
  if (fouten.length > 0) throw ongeldig("Niet alle vragen zijn goed beantwoord.", fouten);
  return inGemeenteVanCode(database, invoer, async (tx, code) => {
    const uitnodiging = await uitnodigingOpCode(tx, code);
    if (!uitnodiging) throw nietGevonden(ONBEKEND);
    if (!(await markeerBeantwoord(tx, uitnodiging.id)))
      throw conflict("Met deze code is de vragenlijst al ingevuld. Hartelijk dank!");
    await voegAntwoordToe(tx, {
      zaaktype: uitnodiging.zaaktype,
      periode: vandaag().slice(0, 7),
      antwoorden: Object.fromEntries(ENQUETE_VRAGEN.map((v) => [v.code, antwoorden[v.code] ?? null])),
    });
  });
}

const volgendeMaand = (maand: string) => {
  const [jaar, m] = maand.split("-").map(Number) as [number, number];
  return m === 12 ? `${jaar + 1}-01-01` : `${jaar}-${String(m + 1).padStart(2, "0")}-01`;
};

/** Summary for the months [van, tot]; figures withheld below the minimum number of respondents. */
export async function rapportage(tx: Tx, van: string, tot: string, zaaktype: string | undefined) {
  const rijen = await antwoordenIn(tx, van, tot, zaaktype);
  const samenvatting = vatSamen(rijen.map((r) => ({ antwoorden: r.antwoorden as Antwoorden })));
  return {
    van,
    tot,
    zaaktype: zaaktype ?? null,
    uitnodigingen: await aantalUitnodigingen(tx, `${van}-01`, volgendeMaand(tot), zaaktype),
    respondenten: samenvatting.respondenten,
    minimumRespondenten: MINIMUM_RESPONDENTEN,
    vragen: samenvatting.respondenten >= MINIMUM_RESPONDENTEN ? samenvatting.vragen : null,
  };
}
