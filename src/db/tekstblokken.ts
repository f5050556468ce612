import { asc, eq, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import type { Tx } from "./client";
import { tekstblokken } from "./schema";

export interface TekstblokInvoer {
  code: string;
  titel: string;
  tekst: string;
  toelichting?: string;
}

export type Tekstblok = typeof tekstblokken.$inferSelect;

/** The current gemeente's text with this code (row-level security limits it to the gemeente). */
export async function haalTekstblok(tx: Tx, code: string): Promise<Tekstblok | undefined> {
  const [rij] = await tx.select().from(tekstblokken).where(eq(tekstblokken.code, code));
  return rij;
}

export function alleTekstblokken(tx: Tx): Promise<Tekstblok[]> {
  return tx.select().from(tekstblokken).orderBy(asc(tekstblokken.code)).limit(500);
}

/** Seeds a default text for one gemeente unless the gemeente already has one with that code. */
export async function zaaiTekstblok(tx: Tx, gemeenteCode: string, blok: TekstblokInvoer): Promise<void> {
  await tx
    .insert(tekstblokken)
    .values({ gemeenteCode, toelichting: "", ...blok })
    .onConflictDoNothing({ target: [tekstblokken.gemeenteCode, tekstblokken.code] });
}

/** Changes a text if `versie` is still current; returns the new row, or undefined when stale or unknown. */
export async function wijzigTekstblok(
  tx: Tx,
  code: string,
  versie: number,
  wijziging: { titel: string; tekst: string },
  door: string,
): Promise<Tekstblok | undefined> {
  const [rij] = await tx
    .update(tekstblokken)
    .set({
      ...wijziging,
      versie: sql`${tekstblokken.versie} + 1`,
      gewijzigdDoor: door,
      gewijzigdOp: nu(),
    })
    .where(sql`${tekstblokken.code} = ${code} and ${tekstblokken.versie} = ${versie}`)
    .returning();
  return rij;
}
