/**
 * The public sociale kaart (003 Stroom 5: "digitaal ontsluiten (via de sociale kaart) van de voorzieningen in de
 * wijken"): read without a login, so there is no actor and no policy; it holds no personal data, so nothing is
 * audited. The gemeente comes from the URL (its name as a slug, or its CBS code); the transaction runs inside that
 * gemeente (RLS), and archived voorzieningen are left out.
 */
import type { Database, Tx } from "../db/client";
import {
  alleGemeenten,
  type VoorzieningFilter,
  wijkenVanGemeente,
  zoekVoorzieningen,
} from "../db/sociale-kaart";
import { alsSysteem, inGemeente } from "../db/tenant";
import {
  CATEGORIE_LABELS,
  CATEGORIEEN,
  gemeenteSlug,
  SOORT_LABELS,
  SOORTEN,
} from "../domain/sociale-kaart/voorziening";
import { nietGevonden } from "../handeling/weigering";
import { alsOpenbaar } from "./weergave";

const ONBEKEND = "Deze gemeente heeft (nog) geen sociale kaart in Voordeur.";

type Gemeente = Awaited<ReturnType<typeof alleGemeenten>>[number];

/** The gemeenten that have a kaart here, with the name in their URL. */
export async function kaartGemeenten(database: Database) {
  const rijen = await alsSysteem(database.db, (tx) => alleGemeenten(tx));
  return { items: rijen.map((g) => ({ code: g.code, naam: g.naam, slug: gemeenteSlug(g.naam) })) };
}

async function inGemeenteVan<T>(
  database: Database,
  invoer: string,
  werk: (tx: Tx, gemeente: Gemeente) => Promise<T>,
): Promise<T> {
  const sleutel = invoer.trim().toLowerCase();
  const gemeente = (await alsSysteem(database.db, (tx) => alleGemeenten(tx))).find(
    (g) => g.code === sleutel || gemeenteSlug(g.naam) === sleutel,
  );
  if (!gemeente) throw nietGevonden(ONBEKEND);
  return inGemeente(
    database.db,
    { gemeenteCode: gemeente.code, samenwerkingsverbandCode: gemeente.samenwerkingsverbandCode },
    (tx) => werk(tx, gemeente),
  );
}

/** The gemeente's kaart: what it can be filtered on. */
export function openbareKaart(database: Database, invoer: string) {
  return inGemeenteVan(database, invoer, async (tx, gemeente) => ({
    gemeente: { code: gemeente.code, naam: gemeente.naam, slug: gemeenteSlug(gemeente.naam) },
    wijken: await wijkenVanGemeente(tx),
    categorieen: CATEGORIEEN.map((code) => ({ code, label: CATEGORIE_LABELS[code] })),
    soorten: SOORTEN.map((code) => ({ code, label: SOORT_LABELS[code] })),
  }));
}

/** One page of the gemeente's current voorzieningen, filtered by wijk, category, soort and free text. */
export function zoekOpenbaar(
  database: Database,
  invoer: string,
  filter: Omit<VoorzieningFilter, "metGearchiveerd">,
  pagina: { pagina: number; perPagina: number },
) {
  return inGemeenteVan(database, invoer, async (tx) => {
    const wijken = new Map((await wijkenVanGemeente(tx)).map((w) => [w.code, w.naam]));
    const { items, totaal } = await zoekVoorzieningen(tx, { ...filter, metGearchiveerd: false }, pagina);
    return { items: items.map((r) => alsOpenbaar(r, wijken)), totaal, ...pagina };
  });
}
