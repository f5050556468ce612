/**
 * Reading the audit trail (toezicht, DOMAIN.md §6): the teamleider filters it by person, medewerker, period and
 * action, one page at a time, or exports it as CSV. Who may read it is the policy's `auditlog`; the read itself
 * is audited (with the filter, never names or content).
 */
import { type AuditRij, type AuditSelectie, auditBatch, hoogsteAuditId, zoekAuditregels } from "../db/audit";
import { haalPersoon } from "../db/personen";
import {
  AUDIT_CSV_KOPPEN,
  type AuditFilter,
  actieLabel,
  beschrijfFilter,
  csvRegel,
  gegevensLabel,
  nederlandsTijdstip,
  periodeVan,
} from "../domain/audit/filter";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden, ongeldig } from "../handeling/weigering";

async function selectieVan(h: Handeling, filter: AuditFilter): Promise<AuditSelectie> {
  vereis(h.wie, "lezen", { soort: "auditlog", gemeenteCode: h.wie.gemeente.code });
  const periode = periodeVan(filter.van, filter.tot);
  if (!periode.ok) throw ongeldig("De periode klopt niet.", periode.fouten);
  if (filter.persoonId && !(await haalPersoon(h.tx, filter.persoonId))) throw nietGevonden();
  return {
    persoonId: filter.persoonId,
    medewerkerId: filter.medewerkerId,
    actie: filter.actie,
    vanaf: periode.vanaf,
    voor: periode.voor,
  };
}

/** One page of the filtered audit trail, newest first; the read is audited. */
export async function raadpleegAudit(
  h: Handeling,
  filter: AuditFilter,
  pagina: number,
  perPagina: number,
): Promise<{ items: AuditRij[]; totaal: number }> {
  const selectie = await selectieVan(h, filter);
  const gevonden = await zoekAuditregels(h.tx, h.wie.gemeente.code, selectie, pagina, perPagina);
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "auditlog",
      persoonId: filter.persoonId ?? null,
      reden: `toezicht: auditlog bekeken (${beschrijfFilter(filter)})`,
    },
  ]);
  return gevonden;
}

/** The keyset cut an export reads; pass it back to `leesExportBatch` with the cursor. */
export interface AuditExport {
  selectie: AuditSelectie;
}

/**
 * Starts a CSV export: checks the policy and the filter, audits the export and fixes the newest entry it will
 * contain, so the batches read later form one consistent cut (entries written meanwhile are not in it).
 */
export async function beginAuditExport(h: Handeling, filter: AuditFilter): Promise<AuditExport> {
  const selectie = await selectieVan(h, filter);
  const idTotEnMet = await hoogsteAuditId(h.tx, h.wie.gemeente.code);
  await auditeer(h, [
    {
      actie: "exporteren",
      resource: "auditlog",
      persoonId: filter.persoonId ?? null,
      reden: `toezicht: auditlog als CSV (${beschrijfFilter(filter)})`,
    },
  ]);
  return { selectie: { ...selectie, idTotEnMet } };
}

export const EXPORT_BATCH = 1000;

/**
 * The next batch of an export as CSV lines, below the cursor (`undefined` = start at the newest). The policy is
 * asked again for every batch: each batch runs in its own short transaction. `volgende` is undefined at the end.
 */
export async function leesExportBatch(
  h: Handeling,
  exp: AuditExport,
  cursor: number | undefined,
  grootte = EXPORT_BATCH,
): Promise<{ csv: string; volgende: number | undefined }> {
  vereis(h.wie, "lezen", { soort: "auditlog", gemeenteCode: h.wie.gemeente.code });
  const rijen = await auditBatch(h.tx, h.wie.gemeente.code, { ...exp.selectie, idOnder: cursor }, grootte);
  const csv = rijen
    .map((r) =>
      csvRegel([
        nederlandsTijdstip(new Date(r.tijdstip)),
        r.gebruikersnaam,
        r.medewerkerId,
        r.rollen.join(", "),
        actieLabel(r.actie),
        gegevensLabel(r.resource),
        r.persoonId,
        r.reden,
        r.requestId,
      ]),
    )
    .join("");
  return { csv, volgende: rijen.length < grootte ? undefined : rijen.at(-1)?.id };
}

/** The first line of the export: a byte order mark (spreadsheets then read UTF-8) and the Dutch headers. */
export const AUDIT_CSV_KOP = `\uFEFF${csvRegel(AUDIT_CSV_KOPPEN)}`;
