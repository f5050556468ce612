import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, queryString } from "../../lib/api";
import { auditRegel, klantdossier, pagina, persoonSamenvatting } from "../../lib/contract";

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

export function useAudit(persoonId: string, paginaNummer: number) {
  return useQuery({
    queryKey: ["audit", persoonId, paginaNummer],
    queryFn: ({ signal }) =>
      api(`/audit${queryString({ persoonId, pagina: paginaNummer, perPagina: 50 })}`, {
        schema: auditRegel.array(),
        signal,
      }),
  });
}
