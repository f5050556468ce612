/**
 * The audit trail's hash chain. Every entry's hash covers its own content and the previous entry's hash
 * (per gemeente), so changing, inserting or deleting an entry anywhere breaks every later link.
 * Pure: persistence lives in src/db/audit.ts, the check in scripts/audit-verifieer.ts.
 */
import { createHash } from "node:crypto";

export const BEGIN_HASH = "0".repeat(64);

export interface AuditInhoud {
  gemeenteCode: string;
  /** ISO 8601 with milliseconds, UTC (`Date#toISOString`). */
  tijdstip: string;
  medewerkerId: string | null;
  gebruikersnaam: string;
  rollen: readonly string[];
  actie: string;
  resource: string;
  persoonId: string | null;
  reden: string;
  requestId: string | null;
}

export interface AuditRegel extends AuditInhoud {
  id: number;
  vorigeHash: string;
  hash: string;
}

/** Canonical form: a JSON array in fixed field order, so the hash does not depend on key order. */
export function auditHash(vorigeHash: string, inhoud: AuditInhoud): string {
  const canoniek = JSON.stringify([
    vorigeHash,
    inhoud.gemeenteCode,
    new Date(inhoud.tijdstip).toISOString(),
    inhoud.medewerkerId,
    inhoud.gebruikersnaam,
    [...inhoud.rollen],
    inhoud.actie,
    inhoud.resource,
    inhoud.persoonId,
    inhoud.reden,
    inhoud.requestId,
  ]);
  return createHash("sha256").update(canoniek).digest("hex");
}

/** Links a batch of new entries onto the chain that ends in `vorigeHash`. */
export function ketenAan<T extends AuditInhoud>(
  vorigeHash: string,
  inhoud: readonly T[],
): (T & { vorigeHash: string; hash: string })[] {
  let vorige = vorigeHash;
  return inhoud.map((regel) => {
    const hash = auditHash(vorige, regel);
    const geschakeld = { ...regel, vorigeHash: vorige, hash };
    vorige = hash;
    return geschakeld;
  });
}

export type Ketenfout = { id: number; reden: string };

/**
 * Checks a gemeente's chain incrementally (entries in id order, fed in batches), so millions of entries
 * can be verified without holding them in memory.
 */
export class KetenControle {
  private vorige = BEGIN_HASH;
  aantal = 0;

  controleer(regel: AuditRegel): Ketenfout | null {
    this.aantal++;
    if (regel.vorigeHash !== this.vorige) {
      const fout = {
        id: regel.id,
        reden:
          "De schakel naar de vorige regel klopt niet: er is een regel verwijderd, ingevoegd of gewijzigd.",
      };
      this.vorige = regel.hash;
      return fout;
    }
    const verwacht = auditHash(regel.vorigeHash, regel);
    this.vorige = regel.hash;
    if (verwacht !== regel.hash) return { id: regel.id, reden: "De inhoud van deze regel is gewijzigd." };
    return null;
  }
}
