/**
 * What the berichten area needs from the running app outside a request: where the iStandaarden XSDs are
 * (config.istandaardenDir) and the BSN keys (a 301 carries the client's BSN). Set once when the berichten
 * routes are registered (one app per process); code called from other areas (maak301) reads it here.
 */
import { laadConfig } from "../config";
import type { BsnSleutels } from "../privacy/bsn-sleutels";

interface Omgeving {
  istandaardenDir: string;
  bsnSleutels: BsnSleutels | undefined;
}

const omgeving: Omgeving = { istandaardenDir: laadConfig().istandaardenDir, bsnSleutels: undefined };

export function stelBerichtenIn(waarden: Partial<Omgeving>): void {
  Object.assign(omgeving, waarden);
}

export function istandaardenDir(): string {
  return omgeving.istandaardenDir;
}

export function bsnSleutels(): BsnSleutels {
  if (!omgeving.bsnSleutels) throw new Error("BSN-sleutels voor berichten zijn niet ingesteld");
  return omgeving.bsnSleutels;
}
