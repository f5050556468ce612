import type { Tx } from "../db/client";

/** Base data of the besluiten area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiBesluitenBasis(_tx: Tx): Promise<void> {}

/** Demo data of the besluiten area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiBesluitenDemo(_tx: Tx): Promise<void> {}
