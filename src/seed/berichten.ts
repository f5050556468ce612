import type { Tx } from "../db/client";

/** Base data of the berichten area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiBerichtenBasis(_tx: Tx): Promise<void> {}

/** Demo data of the berichten area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiBerichtenDemo(_tx: Tx): Promise<void> {}
