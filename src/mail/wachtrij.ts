import { sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import { mailUitgaand } from "../db/schema";

export interface Bijlage {
  bestandsnaam: string;
  contentType: string;
  inhoud: Buffer;
}

export interface NieuweMail {
  aan: string;
  onderwerp: string;
  tekst: string;
  bijlagen?: readonly Bijlage[];
  /** Why the mail is sent (shown in beheer and logs) — never case content. */
  aanleiding: string;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

export function isEmailadres(waarde: string): boolean {
  return waarde.length <= 254 && EMAIL.test(waarde);
}

/**
 * Queues a mail of the current gemeente in the caller's transaction: it is sent only when that transaction
 * commits (mail/verzender.ts), and never lost when the process stops before sending.
 */
export async function zetMailInWachtrij(tx: Tx, mail: NieuweMail): Promise<{ id: string }> {
  if (!isEmailadres(mail.aan)) throw new Error("ongeldig e-mailadres");
  const [rij] = await tx
    .insert(mailUitgaand)
    .values({
      gemeenteCode: sql`voordeur_gemeente()::bpchar`,
      aan: mail.aan,
      onderwerp: mail.onderwerp,
      tekst: mail.tekst,
      aanleiding: mail.aanleiding,
      bijlagen: (mail.bijlagen ?? []).map((b) => ({
        bestandsnaam: b.bestandsnaam,
        contentType: b.contentType,
        base64: b.inhoud.toString("base64"),
      })),
    })
    .returning({ id: mailUitgaand.id });
  if (!rij) throw new Error("mail niet in de wachtrij gezet");
  return rij;
}
