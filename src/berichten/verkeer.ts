/**
 * Starts the outbox sender and the inbox poller of the file transport (main.ts), in one loop. Each round
 * also looks at the iStandaarden folder: at start, whenever something in it changed and every
 * HERCONTROLE_MS, messages that wait for their XSD are validated (wachtend.ts); without the folder the
 * inbox is left alone (its messages cannot be checked) while already validated messages are still sent.
 */
import type { Config } from "../config";
import type { Db } from "../db/client";
import { foutVoorLog } from "../lib/logger";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { importeerInbox } from "./ontvanger";
import { BestandBron, BestandVerzender } from "./transport/bestand";
import { verstuurOutbox } from "./verzender";
import { valideerWachtendeBerichten } from "./wachtend";
import { type IstandaardenStaat, istandaardenStaat } from "./xsd";

/** Waiting messages are also looked for this often (made by another process while its folder was missing). */
export const HERCONTROLE_MS = 10 * 60 * 1000;

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

const sleutelVan = (s: IstandaardenStaat) =>
  s.ok ? "ok" : JSON.stringify([s.mapOntbreekt, s.ontbreekt, s.onleesbaar]);

/** What the start log and the loop say about the folder: its path and missing schema names, never message content. */
export function meldIstandaarden(log: Log, staat: IstandaardenStaat): void {
  if (staat.ok) log.info({ map: staat.map }, "iStandaarden-XSD's gevonden");
  else if (staat.mapOntbreekt)
    log.warn(
      { map: staat.map },
      "De map met iWmo/iJw-XSD's ontbreekt of is leeg (VOORDEUR_ISTANDAARDEN_DIR): uitgaande berichten wachten op validatie, inkomende worden geweigerd",
    );
  else
    log.warn(
      { map: staat.map, ontbreekt: staat.ontbreekt, onleesbaar: staat.onleesbaar },
      "Niet alle iWmo/iJw-XSD's zijn bruikbaar: berichten van die soorten wachten",
    );
}

/** One round of the berichtenverkeer (exported for tests; the loop below calls it). */
export function maakBerichtenronde(
  db: Db,
  config: Pick<Config, "berichten">,
  sleutels: BsnSleutels,
  log: Log,
  klok: () => number = Date.now,
): () => Promise<void> {
  const verzender = new BestandVerzender(config.berichten.uitDir);
  const bron = new BestandBron(config.berichten.inDir);
  let vorige: string | undefined;
  let laatsteValidatie = Number.NEGATIVE_INFINITY;
  return async () => {
    const staat = istandaardenStaat();
    const sleutel = sleutelVan(staat);
    if (vorige !== undefined && sleutel !== vorige) meldIstandaarden(log, staat);
    const veranderd = sleutel !== vorige;
    vorige = sleutel;
    const mapEr = staat.ok || !staat.mapOntbreekt;
    if (mapEr && (veranderd || klok() - laatsteValidatie >= HERCONTROLE_MS)) {
      laatsteValidatie = klok();
      const v = await valideerWachtendeBerichten(db);
      if (v.klaar + v.afgekeurd > 0) log.info(v, "berichten die op hun XSD wachtten zijn gecontroleerd");
    }
    await verstuurOutbox(db, verzender);
    if (!mapEr) return;
    await importeerInbox(db, bron, sleutels, 200);
    await verstuurOutbox(db, verzender);
  };
}

export function startBerichtenverkeer(
  db: Db,
  config: Pick<Config, "berichten">,
  sleutels: BsnSleutels,
  log: Log,
  intervalMs = 5000,
): () => void {
  const ronde = maakBerichtenronde(db, config, sleutels, log);
  let bezig = false;
  const draai = () => {
    if (bezig) return;
    bezig = true;
    ronde()
      .catch((fout: unknown) => log.warn({ fout: foutVoorLog(fout) }, "berichtenverkeer mislukt"))
      .finally(() => {
        bezig = false;
      });
  };
  const timer = setInterval(draai, intervalMs);
  timer.unref();
  draai(); // at start: waiting messages are validated right away when the folder is there
  return () => clearInterval(timer);
}
