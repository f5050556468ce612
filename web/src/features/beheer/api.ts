import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  gebruiker,
  type nieuweGebruiker,
  pagina,
  vakgroep,
  type wijzigGebruiker,
  type wijzigVakgroep,
} from "../../lib/contract";

export const PER_PAGINA = 25;

const gebruikersPagina = pagina(gebruiker);

export function useGebruikers(paginaNummer: number, zoek: string) {
  return useQuery({
    queryKey: ["gebruikers", { pagina: paginaNummer, zoek }],
    queryFn: ({ signal }) =>
      api(
        `/gebruikers${queryString({ pagina: paginaNummer, perPagina: PER_PAGINA, zoek: zoek || undefined })}`,
        {
          schema: gebruikersPagina,
          signal,
        },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useGebruiker(id: string) {
  return useQuery({
    queryKey: ["gebruiker", id],
    queryFn: ({ signal }) => api(`/gebruikers/${encodeURIComponent(id)}`, { schema: gebruiker, signal }),
  });
}

export function voegGebruikerToe(invoer: z.input<typeof nieuweGebruiker>) {
  return api("/gebruikers", { method: "POST", body: invoer, schema: gebruiker });
}

export function wijzigGebruikerVersie(
  id: string,
  versie: number,
  wijziging: z.input<typeof wijzigGebruiker>,
) {
  return api(`/gebruikers/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: wijziging,
    ifMatch: versie,
    schema: gebruiker,
  });
}

export function voegVakgroepToe(invoer: { code: string; naam: string }) {
  return api("/vakgroepen", { method: "POST", body: invoer, schema: vakgroep });
}

export function wijzigVakgroepVersie(id: string, versie: number, wijziging: z.input<typeof wijzigVakgroep>) {
  return api(`/vakgroepen/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: wijziging,
    ifMatch: versie,
    schema: vakgroep,
  });
}
