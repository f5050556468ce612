import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Keys for BSN protection: AES-256-GCM for encryption at rest, HMAC-SHA256 for the blind index. */
export interface BsnSleutels {
  /** Key id written into every ciphertext, so old ciphertexts stay readable after rotation. */
  huidig: string;
  versleuteling: Map<string, Buffer>;
  index: Buffer;
}

function sleutelUit(base64: string, naam: string): Buffer {
  const sleutel = Buffer.from(base64, "base64");
  if (sleutel.length !== 32)
    throw new Error(`${naam} moet 32 bytes zijn, base64-gecodeerd (openssl rand -base64 32)`);
  return sleutel;
}

/**
 * From env `VOORDEUR_BSN_SLEUTEL` and `VOORDEUR_BSN_INDEX_SLEUTEL` (base64, 32 bytes each; optional
 * `VOORDEUR_BSN_OUDE_SLEUTELS` = "kid:base64,kid:base64" for rotation). Without them, on the embedded
 * database, keys are generated once into `<dataDir>/sleutels.json` (mode 0600). On a PostgreSQL server
 * they must be configured: a generated key on one app host would not be known to the others.
 */
export function laadBsnSleutels(opties: {
  env: Record<string, string | undefined>;
  dataDir: string | null;
}): BsnSleutels {
  const { env, dataDir } = opties;
  if (env.VOORDEUR_BSN_SLEUTEL && env.VOORDEUR_BSN_INDEX_SLEUTEL) {
    const huidig = env.VOORDEUR_BSN_SLEUTEL_ID ?? "k1";
    const versleuteling = new Map<string, Buffer>([
      [huidig, sleutelUit(env.VOORDEUR_BSN_SLEUTEL, "VOORDEUR_BSN_SLEUTEL")],
    ]);
    for (const paar of (env.VOORDEUR_BSN_OUDE_SLEUTELS ?? "").split(",").filter(Boolean)) {
      const [kid, waarde] = paar.split(":");
      if (kid && waarde) versleuteling.set(kid, sleutelUit(waarde, `VOORDEUR_BSN_OUDE_SLEUTELS (${kid})`));
    }
    return {
      huidig,
      versleuteling,
      index: sleutelUit(env.VOORDEUR_BSN_INDEX_SLEUTEL, "VOORDEUR_BSN_INDEX_SLEUTEL"),
    };
  }
  if (dataDir === null || dataDir === "memory") {
    throw new Error(
      "Stel VOORDEUR_BSN_SLEUTEL en VOORDEUR_BSN_INDEX_SLEUTEL in (elk: openssl rand -base64 32): " +
        "op een PostgreSQL-server worden geen sleutels gegenereerd.",
    );
  }
  const bestand = join(dataDir, "sleutels.json");
  if (!existsSync(bestand)) {
    mkdirSync(dataDir, { recursive: true });
    const nieuw = {
      kid: "k1",
      versleuteling: randomBytes(32).toString("base64"),
      index: randomBytes(32).toString("base64"),
    };
    writeFileSync(bestand, JSON.stringify(nieuw, null, 2), { mode: 0o600, flag: "wx" });
  }
  const opgeslagen = JSON.parse(readFileSync(bestand, "utf8")) as {
    kid: string;
    versleuteling: string;
    index: string;
  };
  return {
    huidig: opgeslagen.kid,
    versleuteling: new Map([[opgeslagen.kid, sleutelUit(opgeslagen.versleuteling, bestand)]]),
    index: sleutelUit(opgeslagen.index, bestand),
  };
}
