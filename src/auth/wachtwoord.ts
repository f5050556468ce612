import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended minimum parameters (19 MiB, 2 iterations).
const opties = { memoryCost: 19_456, timeCost: 2, parallelism: 1 }; // algorithm: argon2id is the default

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord, opties);
}

export async function controleerWachtwoord(opgeslagen: string, wachtwoord: string): Promise<boolean> {
  try {
    return await verify(opgeslagen, wachtwoord);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashWachtwoord("voordeur-bestaat-niet-0000");
  return dummy;
}
