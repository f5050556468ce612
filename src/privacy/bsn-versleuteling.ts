import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { BsnSleutels } from "./bsn-sleutels";

/** "v1:<kid>:<iv>:<tag>:<ciphertext>" (base64 parts), AES-256-GCM with a random 96-bit IV. */
export function versleutelBsn(sleutels: BsnSleutels, bsn: string): string {
  const sleutel = sleutels.versleuteling.get(sleutels.huidig);
  if (!sleutel) throw new Error("De huidige BSN-sleutel ontbreekt");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sleutel, iv);
  const geheim = Buffer.concat([cipher.update(bsn, "utf8"), cipher.final()]);
  return [
    "v1",
    sleutels.huidig,
    iv.toString("base64"),
    cipher.getAuthTag().toString("base64"),
    geheim.toString("base64"),
  ].join(":");
}

/** Decrypts; throws when the value was tampered with or the key is unknown. */
export function ontsleutelBsn(sleutels: BsnSleutels, waarde: string): string {
  const [versie, kid, iv, tag, geheim] = waarde.split(":");
  if (versie !== "v1" || !kid || !iv || !tag || !geheim)
    throw new Error("Onbekend formaat van versleuteld BSN");
  const sleutel = sleutels.versleuteling.get(kid);
  if (!sleutel) throw new Error(`Onbekende BSN-sleutel ${kid}`);
  const decipher = createDecipheriv("aes-256-gcm", sleutel, Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(geheim, "base64")), decipher.final()]).toString("utf8");
}

/** Blind index: the same BSN always gives the same value, without the key it reveals nothing. */
export function bsnIndex(sleutels: BsnSleutels, bsn: string): string {
  return createHmac("sha256", sleutels.index).update(bsn).digest("hex");
}
