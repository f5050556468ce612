import type { Tx } from "../db/client";

/** Base data of the resultatenplan area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiResultatenplanBasis(_tx: Tx): Promise<void> {}

/** Demo data of the resultatenplan area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiResultatenplanDemo(_tx: Tx): Promise<void> {}
