/**
 * Delivers queued mail (mail_uitgaand) over SMTP after the transaction that queued it committed.
 * At least once: a row is locked while it is sent and marked `verzonden` only after the SMTP server accepted
 * it; a failure is retried with back-off and ends as `mislukt` after MAX_POGINGEN. Without an SMTP URL the
 * queue is left alone (the beheerder sees unsent mail).
 */
import { sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { type Db, rijen } from "../db/client";
import { alsSysteem } from "../db/tenant";
import { foutVoorLog } from "../lib/logger";

export const MAX_POGINGEN = 8;

/** Minutes until the next attempt after `pogingen` failures: 1, 2, 4 … at most 6 hours. */
export function wachttijdMinuten(pogingen: number): number {
  return Math.min(2 ** Math.max(pogingen - 1, 0), 360);
}

interface WachtendeMail {
  id: string;
  aan: string;
  onderwerp: string;
  tekst: string;
  bijlagen: { bestandsnaam: string; contentType: string; base64: string }[];
  pogingen: number;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  van: string;
}

/** Sends what is due now, one transaction per mail; returns how many were sent. */
export async function verstuurWachtrij(db: Db, config: MailConfig, maximaal = 50): Promise<number> {
  if (!config.smtpUrl) return 0;
  const transport = nodemailer.createTransport(config.smtpUrl);
  let verzonden = 0;
  try {
    for (let i = 0; i < maximaal; i++) {
      const gelukt = await alsSysteem(db, async (tx) => {
        const [mail] = await rijen<WachtendeMail>(
          tx,
          sql`select id, aan, onderwerp, tekst, bijlagen, pogingen from mail_uitgaand
              where status = 'wachtrij' and volgende_poging <= now()
              order by volgende_poging limit 1 for update skip locked`,
        );
        if (!mail) return undefined;
        try {
          await transport.sendMail({
            from: config.van,
            to: mail.aan,
            subject: mail.onderwerp,
            text: mail.tekst,
            attachments: mail.bijlagen.map((b) => ({
              filename: b.bestandsnaam,
              contentType: b.contentType,
              content: Buffer.from(b.base64, "base64"),
            })),
          });
          await tx.execute(
            sql`update mail_uitgaand set status = 'verzonden', verzonden_op = now(), pogingen = pogingen + 1,
                laatste_fout = null where id = ${mail.id}`,
          );
          return true;
        } catch (fout) {
          const pogingen = mail.pogingen + 1;
          const melding = fout instanceof Error ? fout.message.slice(0, 300) : "onbekende fout";
          await tx.execute(
            sql`update mail_uitgaand set pogingen = ${pogingen}, laatste_fout = ${melding},
                status = ${pogingen >= MAX_POGINGEN ? "mislukt" : "wachtrij"},
                volgende_poging = now() + make_interval(mins => ${wachttijdMinuten(pogingen)})
                where id = ${mail.id}`,
          );
          return false;
        }
      });
      if (gelukt === undefined) break;
      if (gelukt) verzonden++;
    }
  } finally {
    transport.close();
  }
  return verzonden;
}

/** Polls the queue every `intervalMs` (one process at a time per mail thanks to SKIP LOCKED). */
export function startMailVerzender(
  db: Db,
  config: MailConfig,
  log: { warn(obj: object, msg: string): void },
  intervalMs = 2000,
): () => void {
  if (!config.smtpUrl) return () => {};
  let bezig = false;
  const timer = setInterval(() => {
    if (bezig) return;
    bezig = true;
    verstuurWachtrij(db, config)
      .catch((fout: unknown) => log.warn({ fout: foutVoorLog(fout) }, "mail verzenden mislukt"))
      .finally(() => {
        bezig = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
