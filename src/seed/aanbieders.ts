import type { Tx } from "../db/client";

/** Base data of the aanbieders area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiAanbiedersBasis(_tx: Tx): Promise<void> {}

/** Demo data of the aanbieders area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiAanbiedersDemo(_tx: Tx): Promise<void> {}
