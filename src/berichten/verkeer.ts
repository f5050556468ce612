/** Starts the outbox sender and the inbox poller of the file transport (main.ts), each in its own loop. */
import type { Config } from "../config";
import type { Db } from "../db/client";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { importeerInbox } from "./ontvanger";
import { BestandBron, BestandVerzender } from "./transport/bestand";
import { verstuurOutbox } from "./verzender";

export function startBerichtenverkeer(
  db: Db,
  config: Pick<Config, "berichten">,
  sleutels: BsnSleutels,
  log: { warn(obj: object, msg: string): void },
  intervalMs = 5000,
): () => void {
  const verzender = new BestandVerzender(config.berichten.uitDir);
  const bron = new BestandBron(config.berichten.inDir);
  let bezig = false;
  const ronde = async () => {
    await verstuurOutbox(db, verzender);
    await importeerInbox(db, bron, sleutels, 200);
    await verstuurOutbox(db, verzender);
  };
  const timer = setInterval(() => {
    if (bezig) return;
    bezig = true;
    ronde()
      .catch((fout: unknown) =>
        log.warn(
          { fout: fout instanceof Error ? fout.message.slice(0, 200) : "onbekend" },
          "berichtenverkeer mislukt",
        ),
      )
      .finally(() => {
        bezig = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
