import type { Tx } from "../db/client";

/** Base data of the werkverdeling area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiWerkverdelingBasis(_tx: Tx): Promise<void> {}

/** Demo data of the werkverdeling area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiWerkverdelingDemo(_tx: Tx): Promise<void> {}
