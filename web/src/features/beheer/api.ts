import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  gebruiker,
  gelijkgesteldeDag,
  type nieuweGebruiker,
  type nieuweGelijkgesteldeDag,
  pagina,
  type ROLVERZOEK_STATUSSEN,
  rolverzoek,
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

const gelijkgesteldeDagen = gelijkgesteldeDag.array();

/** The days equated with a feestdag by Koninklijk Besluit (Algemene termijnenwet art. 3 lid 3). */
export function useGelijkgesteldeDagen() {
  return useQuery({
    queryKey: ["gelijkgestelde-dagen"],
    queryFn: ({ signal }) => api("/kalender/gelijkgestelde-dagen", { schema: gelijkgesteldeDagen, signal }),
  });
}

export function voegGelijkgesteldeDagToe(invoer: z.input<typeof nieuweGelijkgesteldeDag>) {
  return api("/kalender/gelijkgestelde-dagen", { method: "POST", body: invoer, schema: gelijkgesteldeDag });
}

export function verwijderGelijkgesteldeDag(id: string, versie: number) {
  return api(`/kalender/gelijkgestelde-dagen/${encodeURIComponent(id)}`, {
    method: "DELETE",
    ifMatch: versie,
  });
}

const rolverzoekenPagina = pagina(rolverzoek);

/** Requests for access (roles, vakgroepen) that wait for a second person, or the decided ones. */
export function useRolverzoeken(
  status: (typeof ROLVERZOEK_STATUSSEN)[number],
  paginaNummer: number,
  ingeschakeld = true,
) {
  return useQuery({
    queryKey: ["rolverzoeken", { status, pagina: paginaNummer }],
    queryFn: ({ signal }) =>
      api(`/rolverzoeken${queryString({ status, pagina: paginaNummer, perPagina: PER_PAGINA })}`, {
        schema: rolverzoekenPagina,
        signal,
      }),
    enabled: ingeschakeld,
    placeholderData: keepPreviousData,
  });
}

/** Approve ("goedkeuring") or refuse / withdraw ("weigering") on the versie the medewerker saw. */
export function beslisOverRolverzoek(id: string, versie: number, pad: "goedkeuring" | "weigering") {
  return api(`/rolverzoeken/${encodeURIComponent(id)}/${pad}`, {
    method: "POST",
    ifMatch: versie,
    schema: rolverzoek,
  });
}
