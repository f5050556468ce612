import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  berichtSamenvatting,
  pagina,
  verzoekAntwoordResultaat,
  type verzoekAntwoordVerzoek,
  verzoekDetail,
} from "../../lib/contract";

const berichtenPagina = pagina(berichtSamenvatting);
const verzoekenPagina = pagina(verzoekDetail);

export interface BerichtenFilter {
  richting?: "uitgaand" | "inkomend" | undefined;
  zaakId?: string | undefined;
  aanbiederAgb?: string | undefined;
  aandacht?: "ja" | undefined;
  pagina: number;
  perPagina?: number;
}

export function useBerichten(filter: BerichtenFilter, ingeschakeld = true) {
  return useQuery({
    queryKey: ["berichten", filter],
    queryFn: ({ signal }) =>
      api(`/berichten${queryString({ perPagina: 25, ...filter })}`, { schema: berichtenPagina, signal }),
    placeholderData: keepPreviousData,
    enabled: ingeschakeld,
    retry: false,
  });
}

export function useBericht(id: string) {
  return useQuery({
    queryKey: ["berichten", "bericht", id],
    queryFn: ({ signal }) =>
      api(`/berichten/${encodeURIComponent(id)}`, { schema: berichtSamenvatting, signal }),
  });
}

/** The exact XML as stored (not JSON, so plain fetch). */
export function useBerichtXml(id: string, ingeschakeld = true) {
  return useQuery({
    queryKey: ["berichten", "xml", id],
    enabled: ingeschakeld,
    queryFn: async ({ signal }) => {
      const res = await fetch(`/api/berichten/${encodeURIComponent(id)}/xml`, {
        credentials: "same-origin",
        signal,
      });
      if (!res.ok) throw new Error(`Het bericht kon niet worden geladen (status ${res.status}).`);
      return res.text();
    },
  });
}

export function useTaakAfhandelen(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api(`/berichten/${encodeURIComponent(id)}/afgehandeld`, {
        method: "POST",
        schema: berichtSamenvatting,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["berichten"] }),
  });
}

export function useVerzoeken(paginaNummer: number, zaakId?: string, ingeschakeld = true) {
  return useQuery({
    queryKey: ["berichten", "verzoeken", { paginaNummer, zaakId }],
    queryFn: ({ signal }) =>
      api(`/berichten/verzoeken${queryString({ pagina: paginaNummer, perPagina: 25, zaakId })}`, {
        schema: verzoekenPagina,
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled: ingeschakeld,
    retry: false,
  });
}

export function useVerzoek(id: string) {
  return useQuery({
    queryKey: ["berichten", "verzoeken", id],
    queryFn: ({ signal }) =>
      api(`/berichten/verzoeken/${encodeURIComponent(id)}`, { schema: verzoekDetail, signal }),
  });
}

export function useVerzoekBeantwoorden(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      antwoord,
      versie,
    }: {
      antwoord: z.input<typeof verzoekAntwoordVerzoek>;
      versie: number;
    }) =>
      api(`/berichten/verzoeken/${encodeURIComponent(id)}/antwoord`, {
        method: "POST",
        body: antwoord,
        ifMatch: versie,
        schema: verzoekAntwoordResultaat,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["berichten"] }),
  });
}
