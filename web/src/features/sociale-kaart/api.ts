import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  importUitkomst,
  kaartGemeenten,
  openbareKaart,
  openbareKaartPagina,
  tellingWeergave,
  voorzieningenPagina,
  voorzieningWeergave,
} from "../../lib/contract";

export type Voorziening = z.infer<typeof voorzieningWeergave>;
export type OpenbareVoorziening = z.infer<typeof openbareKaartPagina>["items"][number];

export interface KaartFilter {
  zoek?: string | undefined;
  wijk?: string | undefined;
  categorie?: string | undefined;
  soort?: string | undefined;
  pagina?: number | undefined;
  perPagina?: number | undefined;
  gearchiveerd?: "ja" | undefined;
}

const publiek = (gemeente: string) => `/publiek/sociale-kaart/${encodeURIComponent(gemeente)}`;

export function useKaartGemeenten() {
  return useQuery({
    queryKey: ["sociale-kaart", "publiek"],
    queryFn: ({ signal }) =>
      api("/publiek/sociale-kaart", { schema: kaartGemeenten, signal, verwacht401: true }),
  });
}

export function useOpenbareKaart(gemeente: string) {
  return useQuery({
    queryKey: ["sociale-kaart", "publiek", gemeente],
    queryFn: ({ signal }) => api(publiek(gemeente), { schema: openbareKaart, signal, verwacht401: true }),
  });
}

export function useOpenbareVoorzieningen(gemeente: string, filter: KaartFilter) {
  return useQuery({
    queryKey: ["sociale-kaart", "publiek", gemeente, filter],
    queryFn: ({ signal }) =>
      api(`${publiek(gemeente)}/voorzieningen${queryString({ ...filter })}`, {
        schema: openbareKaartPagina,
        signal,
        verwacht401: true,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The kaart of the own gemeente for medewerkers (the picker, beheer). */
export function useVoorzieningen(filter: KaartFilter, aan = true) {
  return useQuery({
    queryKey: ["sociale-kaart", "voorzieningen", filter],
    queryFn: ({ signal }) =>
      api(`/sociale-kaart/voorzieningen${queryString({ ...filter })}`, {
        schema: voorzieningenPagina,
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled: aan,
  });
}

export function useVoorziening(id: string | undefined) {
  return useQuery({
    queryKey: ["sociale-kaart", "voorziening", id],
    queryFn: ({ signal }) =>
      api(`/sociale-kaart/voorzieningen/${encodeURIComponent(id ?? "")}`, {
        schema: voorzieningWeergave,
        signal,
      }),
    enabled: Boolean(id),
  });
}

export function useBewaarVoorziening() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      versie,
      body,
    }: {
      id?: string | undefined;
      versie?: number | undefined;
      body: object;
    }) =>
      id
        ? api(`/sociale-kaart/voorzieningen/${encodeURIComponent(id)}`, {
            method: "PUT",
            body,
            ...(versie !== undefined ? { ifMatch: versie } : {}),
            schema: voorzieningWeergave,
          })
        : api("/sociale-kaart/voorzieningen", { method: "POST", body, schema: voorzieningWeergave }),
    onSuccess: (v) => client.setQueryData(["sociale-kaart", "voorziening", v.id], v),
    onSettled: () => client.invalidateQueries({ queryKey: ["sociale-kaart", "voorzieningen"] }),
  });
}

export function useArchiveer(voorziening: Voorziening | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (gearchiveerd: boolean) =>
      api(`/sociale-kaart/voorzieningen/${encodeURIComponent(voorziening?.id ?? "")}/archivering`, {
        method: "POST",
        body: { gearchiveerd },
        ...(voorziening ? { ifMatch: voorziening.versie } : {}),
        schema: voorzieningWeergave,
      }),
    onSuccess: (v) => client.setQueryData(["sociale-kaart", "voorziening", v.id], v),
    onSettled: () => client.invalidateQueries({ queryKey: ["sociale-kaart", "voorzieningen"] }),
  });
}

export function useImporteer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { formaat: "csv" | "json"; inhoud: string }) =>
      api("/sociale-kaart/import", { method: "POST", body, schema: importUitkomst }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["sociale-kaart", "voorzieningen"] }),
  });
}

export function useTelling(van: string, tot: string) {
  return useQuery({
    queryKey: ["sociale-kaart", "telling", van, tot],
    queryFn: ({ signal }) =>
      api(`/sociale-kaart/telling${queryString({ van, tot })}`, { schema: tellingWeergave, signal }),
  });
}

/** A refusal as field errors (labels shown by the form) or as a message, as in the other beheer forms. */
export { protocolUitkomst as kaartUitkomst } from "../protocollen/api";
