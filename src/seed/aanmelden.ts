import type { Tx } from "../db/client";

/** Base data of the aanmelden area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiAanmeldenBasis(_tx: Tx): Promise<void> {}

/** Demo data of the aanmelden area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiAanmeldenDemo(_tx: Tx): Promise<void> {}
