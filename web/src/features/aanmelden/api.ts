import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  aanmeldingResultaat,
  aanmeldingVanZaak,
  type aanmeldingVerzoek,
  hulpvraagVoorIag,
  iagPersoon,
  notificatie,
  openHulpvragen,
  pagina,
  type routeringVerzoek,
  triageUitkomst,
  turfOverzicht,
  turfTelling,
} from "../../lib/contract";

export type AanmeldingInvoer = z.input<typeof aanmeldingVerzoek>;
export type RouteringInvoer = z.input<typeof routeringVerzoek>;

/** The IAG screen's view of one resident (one call: basis, gezin, betrokkenheden, contacten, zaakkoppen). */
export function useIagPersoon(id: string | null) {
  return useQuery({
    queryKey: ["aanmelden", "personen", id],
    queryFn: ({ signal }) =>
      api(`/aanmelden/personen/${encodeURIComponent(id ?? "")}`, { schema: iagPersoon, signal }),
    enabled: id !== null,
  });
}

/** The routing proposal for the triage as filled in so far (nothing is stored). */
export function useRouteringsvoorstel(invoer: RouteringInvoer | null) {
  return useQuery({
    queryKey: ["aanmelden", "routering", invoer],
    queryFn: ({ signal }) =>
      api("/aanmelden/routering", { method: "POST", body: invoer, schema: triageUitkomst, signal }),
    enabled: invoer !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useAanmelden() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invoer: AanmeldingInvoer) =>
      api("/aanmelden", { method: "POST", body: invoer, schema: aanmeldingResultaat }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["aanmelden", "personen"] });
      void client.invalidateQueries({ queryKey: ["werkvoorraden"] });
      void client.invalidateQueries({ queryKey: ["hulpvragen"] });
    },
  });
}

export function useTurven() {
  return useQuery({
    queryKey: ["aanmelden", "turven"],
    queryFn: ({ signal }) => api("/contacten/turf", { schema: turfOverzicht, signal }),
  });
}

export function useTurf() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (thema: string) =>
      api("/contacten/turf", { method: "POST", body: { thema }, schema: turfTelling }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["aanmelden", "turven"] }),
  });
}

const notificatiePagina = pagina(notificatie);

export function useNotificaties() {
  return useQuery({
    queryKey: ["notificaties"],
    queryFn: ({ signal }) =>
      api(`/notificaties${queryString({ ongelezen: "true", perPagina: 10 })}`, {
        schema: notificatiePagina,
        signal,
      }),
  });
}

export function useMarkeerGelezen() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(`/notificaties/${encodeURIComponent(id)}/gelezen`, { method: "POST", schema: notificatie }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["notificaties"] }),
  });
}

export function useAanmeldingVanZaak(zaakId: string) {
  return useQuery({
    queryKey: ["aanmelden", "zaken", zaakId],
    queryFn: ({ signal }) =>
      api(`/aanmelden/zaken/${encodeURIComponent(zaakId)}`, { schema: aanmeldingVanZaak, signal }),
  });
}

/** Open hulpvragen from Mijn Voordeur (unsafe and urgent first). */
export function useOpenHulpvragen(pagina: number) {
  return useQuery({
    queryKey: ["hulpvragen", pagina],
    queryFn: ({ signal }) =>
      api(`/hulpvragen${queryString({ pagina, perPagina: 10 })}`, { schema: openHulpvragen, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Takes a hulpvraag on (If-Match); a 409 means a colleague was first. */
export function useHulpvraagOppakken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, versie }: { id: string; versie: number }) =>
      api(`/hulpvragen/${encodeURIComponent(id)}/oppakken`, {
        method: "POST",
        ifMatch: versie,
        schema: hulpvraagVoorIag,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ["hulpvragen"] }),
  });
}
