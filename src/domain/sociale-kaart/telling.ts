/**
 * How many residents were helped in the voorliggend veld (003 §1: "in de afgelopen acht maanden 215 inwoners
 * (meer) in voorliggend veld ondersteund"), per voorziening and per category. Pure.
 *
 * A resident counts for a voorziening when a resultatenplan chose it from the kaart as a voorliggende oplossing
 * for them; an oplossing "voor het hele gezin" (no person) counts every person of the zaak. Each resident counts
 * once per voorziening, once per category and once in the total, however many plans or rows name them. Free-text
 * oplossingen (before the kaart, or not on it) are not counted: they name no voorziening.
 */
import type { Categorie } from "./voorziening";

export interface GekozenOplossing {
  zaakId: string;
  /** null: for the whole family (every person of the zaak). */
  persoonId: string | null;
  voorzieningId: string;
}

export interface Telling {
  totaal: number;
  perVoorziening: { voorzieningId: string; inwoners: number }[];
  perCategorie: { categorie: Categorie; inwoners: number }[];
}

export function telInwoners(
  oplossingen: readonly GekozenOplossing[],
  personenVanZaak: ReadonlyMap<string, readonly string[]>,
  categorieenVan: ReadonlyMap<string, readonly Categorie[]>,
): Telling {
  const alle = new Set<string>();
  const perVoorziening = new Map<string, Set<string>>();
  const perCategorie = new Map<Categorie, Set<string>>();
  const voeg = <K>(m: Map<K, Set<string>>, k: K, p: string) => {
    const set = m.get(k) ?? new Set<string>();
    set.add(p);
    m.set(k, set);
  };
  for (const o of oplossingen) {
    const personen = o.persoonId ? [o.persoonId] : (personenVanZaak.get(o.zaakId) ?? []);
    for (const p of personen) {
      alle.add(p);
      voeg(perVoorziening, o.voorzieningId, p);
      for (const c of categorieenVan.get(o.voorzieningId) ?? []) voeg(perCategorie, c, p);
    }
  }
  const gesorteerd = <K>(m: Map<K, Set<string>>) =>
    [...m]
      .map(([k, s]) => [k, s.size] as const)
      .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  return {
    totaal: alle.size,
    perVoorziening: gesorteerd(perVoorziening).map(([voorzieningId, inwoners]) => ({
      voorzieningId,
      inwoners,
    })),
    perCategorie: gesorteerd(perCategorie).map(([categorie, inwoners]) => ({ categorie, inwoners })),
  };
}
