import type { Tx } from "../db/client";

/** Base data of the afspraken area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiAfsprakenBasis(_tx: Tx): Promise<void> {}

/** Demo data of the afspraken area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiAfsprakenDemo(_tx: Tx): Promise<void> {}
