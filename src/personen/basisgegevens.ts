/**
 * The policy resource for a resident's basisgegevens (rule 4a): for a partner medewerker (the buurtteam) it says
 * whether the resident is one of their own — on a zaak on their name or an open zaak in the buurtteam werkvoorraad
 * (db/eigen-inwoners.ts) — and a search is narrowed to those. For a gemeente medewerker nothing is looked up.
 */
import type { SQL } from "drizzle-orm";
import { eigenInwonersVan, isEigenInwoner } from "../db/eigen-inwoners";
import { type Actie, isPartner, type Resource } from "../domain/autorisatie";
import { type Handeling, vereis } from "../handeling/context";

/** The resource for reading or changing the basisgegevens of one resident. */
export async function basisgegevensVan(h: Handeling, persoonId: string): Promise<Resource> {
  const basis = { soort: "basisgegevens" as const, gemeenteCode: h.wie.gemeente.code };
  if (!isPartner(h.wie)) return basis;
  return { ...basis, inwoner: { eigen: await isEigenInwoner(h.tx, h.wie.medewerkerId, persoonId) } };
}

export async function vereisBasisgegevens(h: Handeling, actie: Actie, persoonId: string): Promise<void> {
  vereis(h.wie, actie, await basisgegevensVan(h, persoonId));
}

/** The persoon ids a search is narrowed to, or undefined: the whole gemeente. */
export const zoekbereikVan = (h: Handeling): SQL | undefined =>
  isPartner(h.wie) ? eigenInwonersVan(h.wie.medewerkerId) : undefined;
