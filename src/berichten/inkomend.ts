/**
 * Receiving iWmo/iJw messages (POST /api/berichten/inkomend and the drop-folder import): a message is
 * refused with a reason and nothing stored when it is not well-formed, has a DOCTYPE, is of an unknown
 * type, breaks its XSD or is not addressed to one of our gemeenten; otherwise it is stored once per sender +
 * BerichtIdentificatie and processed in the same transaction, even when its content is rejected (then the
 * retourcodes say why). A batch (import) is processed per gemeente in transactions of PARTIJ messages
 * (partij.ts); when one message breaks such a transaction, its messages are processed one by one instead,
 * so one bad message never holds up the others. Without the XSD of its type a message is not accepted
 * unchecked: the refusal is `nietBeschikbaar` (503, nothing stored) and the sender offers it again later
 * (the drop-folder import leaves it waiting).
 */
import { sql } from "drizzle-orm";
import { type Db, rijen } from "../db/client";
import { alsSysteem, inGemeente } from "../db/tenant";
import { isGemeentecode } from "../domain/berichten/typen";
import { nietBeschikbaar, nietToegestaan } from "../handeling/weigering";
import {
  type Gecontroleerd,
  GelijktijdigOntvangen,
  type Indiener,
  type InkomendResultaat,
  type PartijOpties,
  verwerkPartij,
} from "./partij";
import { BerichtFout, leesBericht, leesKop } from "./xml";
import { valideerXsd, XsdOntbreekt } from "./xsd";

export const MELDING_XSD_ONTBREEKT =
  "Inkomende iWmo/iJw-berichten kunnen nu niet worden gecontroleerd: het XSD van de iStandaard ontbreekt op de server. Er is niets opgeslagen; bied het bericht later opnieuw aan.";

function controleerXsd(...args: Parameters<typeof valideerXsd>) {
  try {
    return valideerXsd(...args);
  } catch (fout) {
    if (fout instanceof XsdOntbreekt) throw nietBeschikbaar(MELDING_XSD_ONTBREEKT);
    throw fout;
  }
}

export type { Indiener, InkomendResultaat } from "./partij";

/** Messages per transaction in a batch: large enough to share the round trips, small enough to redo. */
export const PARTIJ = 200;

/** Parses and checks a message (no database writes); throws BerichtFout (→ 422) when it is refused. */
export async function controleerBericht(db: Db, xml: string, indiener: Indiener): Promise<Gecontroleerd> {
  const gelezen = leesBericht(xml);
  const { type } = gelezen;
  const xsdFouten = controleerXsd(type.standaard, type.type, xml);
  if (xsdFouten.length > 0)
    throw new BerichtFout(
      `Het bericht voldoet niet aan het XSD van ${type.standaard.toUpperCase()} ${type.type}.`,
      xsdFouten,
    );
  const kop = leesKop(gelezen.inhoud);
  const gemeenteCode = type.afzender === "gemeente" ? kop.afzender : kop.ontvanger;
  const tenant = await gemeenteVan(db, gemeenteCode);
  if (!tenant || (indiener.soort === "medewerker" && indiener.wie.gemeente.code !== gemeenteCode)) {
    throw new BerichtFout(
      `Het bericht is niet aan ${indiener.soort === "medewerker" ? "uw gemeente" : "een van onze gemeenten"} gericht.`,
      [
        {
          veld: type.afzender === "gemeente" ? "Header.Afzender" : "Header.Ontvanger",
          melding: `gemeente ${gemeenteCode}`,
        },
      ],
    );
  }
  if (
    indiener.soort === "integratie" &&
    indiener.gemeenten !== "alle" &&
    !indiener.gemeenten.has(gemeenteCode)
  ) {
    throw nietToegestaan(
      `De koppeling '${indiener.naam}' mag geen berichten aanleveren voor gemeente ${gemeenteCode}.`,
    );
  }
  return { xml, type, kop, inhoud: gelezen.inhoud, tenant };
}

/** Checks, stores once and processes one incoming message; throws BerichtFout (→ 422) when refused. */
export async function ontvangBericht(
  db: Db,
  xml: string,
  indiener: Indiener,
  opties: PartijOpties,
): Promise<InkomendResultaat> {
  const bericht = await controleerBericht(db, xml, indiener);
  const [resultaat] = await verwerkApart(db, bericht, indiener, opties);
  if (!resultaat) throw new Error("bericht niet verwerkt");
  return resultaat;
}

/** One message in its own transaction; when the same message was received at the same moment, once more (→ duplicate). */
async function verwerkApart(db: Db, bericht: Gecontroleerd, indiener: Indiener, opties: PartijOpties) {
  const verwerk = () =>
    inGemeente(db, bericht.tenant, (tx) => verwerkPartij(tx, [bericht], indiener, opties));
  try {
    return await verwerk();
  } catch (fout) {
    if (!(fout instanceof GelijktijdigOntvangen)) throw fout;
    return verwerk();
  }
}

/** The outcome of one message of a batch: its result, or why it was refused or failed. */
export type Ontvangst = { resultaat: InkomendResultaat } | { fout: unknown };

const alsOntvangst = (resultaat: InkomendResultaat | undefined): Ontvangst =>
  resultaat ? { resultaat } : { fout: new Error("bericht niet verwerkt") };

/** Receives a batch of messages (import); one outcome per message, in the same order. */
export async function ontvangBerichten(
  db: Db,
  xmls: readonly string[],
  indiener: Indiener,
  opties: PartijOpties,
): Promise<Ontvangst[]> {
  const uitkomsten: Ontvangst[] = [];
  const perGemeente = new Map<string, { i: number; bericht: Gecontroleerd }[]>();
  for (const [i, xml] of xmls.entries()) {
    try {
      const bericht = await controleerBericht(db, xml, indiener);
      const groep = perGemeente.get(bericht.tenant.gemeenteCode) ?? [];
      groep.push({ i, bericht });
      perGemeente.set(bericht.tenant.gemeenteCode, groep);
    } catch (fout) {
      uitkomsten[i] = { fout };
    }
  }
  for (const groep of perGemeente.values()) {
    for (let start = 0; start < groep.length; start += PARTIJ) {
      const deel = groep.slice(start, start + PARTIJ);
      const tenant = deel[0]?.bericht.tenant;
      if (!tenant) continue;
      try {
        const resultaten = await inGemeente(db, tenant, (tx) =>
          verwerkPartij(
            tx,
            deel.map((d) => d.bericht),
            indiener,
            opties,
          ),
        );
        deel.forEach((d, k) => {
          uitkomsten[d.i] = alsOntvangst(resultaten[k]);
        });
      } catch {
        // Rolled back as a whole: each message again in its own transaction, so only the bad one fails.
        for (const d of deel) {
          try {
            const [resultaat] = await verwerkApart(db, d.bericht, indiener, opties);
            uitkomsten[d.i] = alsOntvangst(resultaat);
          } catch (fout) {
            uitkomsten[d.i] = { fout };
          }
        }
      }
    }
  }
  return uitkomsten;
}

/** Our gemeenten (code → samenwerkingsverband), read once per database and refreshed when a code is unknown. */
const gemeentenCache = new WeakMap<Db, Map<string, string>>();

async function gemeenteVan(db: Db, code: string) {
  if (!isGemeentecode(code)) return undefined;
  let bekend = gemeentenCache.get(db);
  if (!bekend?.has(code)) {
    const lijst = await alsSysteem(db, (tx) =>
      rijen<{ code: string; verband: string }>(
        tx,
        sql`select code, samenwerkingsverband_code as verband from gemeenten`,
      ),
    );
    bekend = new Map(lijst.map((g) => [g.code, g.verband]));
    gemeentenCache.set(db, bekend);
  }
  const verband = bekend.get(code);
  return verband ? { gemeenteCode: code, samenwerkingsverbandCode: verband } : undefined;
}
