import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, queryString } from "../../lib/api";
import { auditRegel, gebruiker, klantdossier, pagina, persoonSamenvatting } from "../../lib/contract";

export const PER_PAGINA = 25;
const personenPagina = pagina(persoonSamenvatting);

export function usePersonen(zoek: string, paginaNummer: number) {
  return useQuery({
    queryKey: ["personen", { zoek, pagina: paginaNummer }],
    queryFn: ({ signal }) =>
      api(`/personen${queryString({ zoek, pagina: paginaNummer, perPagina: PER_PAGINA })}`, {
        schema: personenPagina,
        signal,
      }),
    enabled: zoek.trim().length >= 2,
    placeholderData: keepPreviousData,
    // Every search is audited; do not repeat it in the background.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useKlantdossier(id: string) {
  return useQuery({
    queryKey: ["personen", id],
    queryFn: ({ signal }) => api(`/personen/${encodeURIComponent(id)}`, { schema: klantdossier, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const auditPagina = pagina(auditRegel);
export const AUDIT_PER_PAGINA = 50;

/** The audit page's filters as they live in the URL (empty = not filtered). */
export interface AuditFilters {
  persoonId?: string | undefined;
  medewerkerId?: string | undefined;
  actie?: string | undefined;
  van?: string | undefined;
  tot?: string | undefined;
}

/** The filters as a query string, shared by the list and the CSV link (so the download is what is shown). */
export const auditQuery = (filters: AuditFilters, extra: Record<string, number> = {}) =>
  queryString({ ...filters, ...extra });

export function useAudit(filters: AuditFilters, paginaNummer: number) {
  return useQuery({
    queryKey: ["audit", filters, paginaNummer],
    queryFn: ({ signal }) =>
      api(`/audit${auditQuery(filters, { pagina: paginaNummer, perPagina: AUDIT_PER_PAGINA })}`, {
        schema: auditPagina,
        signal,
      }),
    placeholderData: keepPreviousData,
    // Every read of the audit log is itself audited; do not repeat it in the background.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The medewerkers of the gemeente to filter the audit log by (the teamleider may list them). */
export function useMedewerkersVoorFilter() {
  return useQuery({
    queryKey: ["gebruikers", "auditfilter"],
    queryFn: ({ signal }) => api("/gebruikers?perPagina=200", { schema: pagina(gebruiker), signal }),
    staleTime: 5 * 60_000,
  });
}
