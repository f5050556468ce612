/**
 * Anchors of the audit chains (issue "Vertrouwen" item 11). The hash chain (keten.ts) shows every change,
 * insertion or deletion *inside* a chain, but not the deletion of its newest rows: what is left is still a
 * valid chain. So the heads are anchored: a checkpoint records per gemeente per chain the last id, its hash
 * and the number of rows up to it, signed with an HMAC key, and is written outside the database (an
 * append-only file an operator puts on WORM storage). The verifier then demands that every anchored head is
 * still there, unchanged, with exactly that many rows up to it.
 * Pure: the checkpoint job and the file live in src/audit/anker.ts.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Ketenfout } from "./keten";

export const ANKER_VERSIE = 1;

/** The anchored head of one chain. */
export interface Ketenkop {
  gemeenteCode: string;
  keten: number;
  laatsteId: number;
  hash: string;
  /** Rows of this chain up to and including the row laatsteId, in chain order. */
  aantal: number;
}

export interface AnkerInhoud {
  versie: number;
  /** ISO 8601, UTC. */
  tijdstip: string;
  ketens: Ketenkop[];
}

export interface Anker extends AnkerInhoud {
  /** HMAC-SHA256 (hex) over the canonical form. */
  hmac: string;
}

const opKeten = (a: Ketenkop, b: Ketenkop) =>
  a.gemeenteCode < b.gemeenteCode ? -1 : a.gemeenteCode > b.gemeenteCode ? 1 : a.keten - b.keten;

/** Canonical form: a JSON array in fixed order, so the signature does not depend on key order or line layout. */
export function canoniekAnker(a: AnkerInhoud): string {
  return JSON.stringify([
    a.versie,
    new Date(a.tijdstip).toISOString(),
    [...a.ketens].sort(opKeten).map((k) => [k.gemeenteCode, k.keten, k.laatsteId, k.hash, k.aantal]),
  ]);
}

export function onderteken(a: AnkerInhoud, sleutel: Buffer): Anker {
  const inhoud = { versie: a.versie, tijdstip: a.tijdstip, ketens: [...a.ketens].sort(opKeten) };
  return { ...inhoud, hmac: createHmac("sha256", sleutel).update(canoniekAnker(inhoud)).digest("hex") };
}

/** True when the signature is the key's own (constant-time comparison). */
export function echtAnker(a: Anker, sleutel: Buffer): boolean {
  const verwacht = createHmac("sha256", sleutel).update(canoniekAnker(a)).digest();
  const gegeven = Buffer.from(typeof a.hmac === "string" ? a.hmac : "", "hex");
  return gegeven.length === verwacht.length && timingSafeEqual(gegeven, verwacht);
}

/** A line of the anchor file read back; undefined when it is not an anchor at all. */
export function leesAnkerregel(regel: string): Anker | undefined {
  let waarde: unknown;
  try {
    waarde = JSON.parse(regel);
  } catch {
    return undefined;
  }
  if (typeof waarde !== "object" || waarde === null) return undefined;
  const a = waarde as Partial<Anker>;
  const kopGoed = (k: Partial<Ketenkop>) =>
    typeof k?.gemeenteCode === "string" &&
    Number.isInteger(k.keten) &&
    Number.isInteger(k.laatsteId) &&
    typeof k.hash === "string" &&
    Number.isInteger(k.aantal);
  if (
    a.versie !== ANKER_VERSIE ||
    typeof a.tijdstip !== "string" ||
    Number.isNaN(new Date(a.tijdstip).getTime()) ||
    !Array.isArray(a.ketens) ||
    !a.ketens.every(kopGoed) ||
    typeof a.hmac !== "string"
  )
    return undefined;
  return a as Anker;
}

/** What the verifier saw of one chain, measured against its anchored head. */
export interface KopWaarneming {
  /** Rows of the chain up to and including the anchored laatsteId, in chain order (all rows when it is gone). */
  aantalTotKop: number;
  /** Hash of the row with id = laatsteId, or null when that row is gone. */
  hashOpKop: string | null;
  /** The id of the chain's last row now, or null when the chain has no rows left. */
  hoogsteId: number | null;
}

/** The faults of one chain against its anchored head (empty: the anchored part is all there). */
export function toetsKop(kop: Ketenkop, w: KopWaarneming): Ketenfout[] {
  const fouten: Ketenfout[] = [];
  if (w.hoogsteId === null) {
    fouten.push({
      id: kop.laatsteId,
      reden: `Keten ${kop.keten} is leeg, maar het anker telt ${kop.aantal} regel(s) tot en met regel ${kop.laatsteId}: de regels zijn verwijderd.`,
    });
    return fouten;
  }
  if (w.hashOpKop === null) {
    fouten.push({
      id: kop.laatsteId,
      reden:
        w.hoogsteId < kop.laatsteId
          ? `Keten ${kop.keten} is afgekapt: het verankerde einde (regel ${kop.laatsteId}) en de regels na ${w.hoogsteId} ontbreken.`
          : `Keten ${kop.keten}: het verankerde einde (regel ${kop.laatsteId}) ontbreekt.`,
    });
  } else if (w.hashOpKop !== kop.hash) {
    fouten.push({
      id: kop.laatsteId,
      reden: `Keten ${kop.keten}: regel ${kop.laatsteId} heeft een andere hash dan het anker vastlegde.`,
    });
  }
  if (w.aantalTotKop !== kop.aantal) {
    fouten.push({
      id: kop.laatsteId,
      reden: `Keten ${kop.keten}: tot en met regel ${kop.laatsteId} staan ${w.aantalTotKop} regel(s), het anker telt er ${kop.aantal}.`,
    });
  }
  return fouten;
}
