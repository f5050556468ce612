import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  afspraak,
  afspraakInAgenda,
  agenda,
  agendaMedewerker,
  bevestigingOntvanger,
  locatie,
  type nieuweAfspraak,
  pagina,
  tekstblok,
  verwijsindexRegistratie,
  type werktijd,
} from "../../lib/contract";

export function useMij() {
  return useQuery({
    queryKey: ["agenda", "mijn"],
    queryFn: ({ signal }) => api("/agenda/mijn", { schema: agendaMedewerker, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useLocaties() {
  return useQuery({
    queryKey: ["locaties"],
    queryFn: ({ signal }) => api("/locaties?perPagina=200", { schema: pagina(locatie), signal }),
    staleTime: 5 * 60_000,
  });
}

export function useAgendaMedewerkers() {
  return useQuery({
    queryKey: ["agenda", "medewerkers"],
    queryFn: ({ signal }) => api("/agenda/medewerkers", { schema: agendaMedewerker.array(), signal }),
    staleTime: 5 * 60_000,
  });
}

export function useWerktijden(medewerkerId: string | undefined) {
  return useQuery({
    queryKey: ["agenda", medewerkerId, "werktijden"],
    queryFn: ({ signal }) =>
      api(`/agenda/${encodeURIComponent(medewerkerId ?? "")}/werktijden`, { schema: agenda, signal }),
    enabled: Boolean(medewerkerId),
  });
}

export function useWerktijdenOpslaan(medewerkerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ werktijden, versie }: { werktijden: z.input<typeof werktijd>[]; versie: number }) =>
      api(`/agenda/${encodeURIComponent(medewerkerId)}/werktijden`, {
        method: "PUT",
        body: { werktijden },
        ifMatch: versie,
        schema: agenda,
      }),
    onSuccess: (nieuw) => client.setQueryData(["agenda", medewerkerId, "werktijden"], nieuw),
  });
}

export function useAgendaAfspraken(medewerkerId: string | undefined, van: string, tot: string) {
  return useQuery({
    queryKey: ["agenda", medewerkerId, "afspraken", van, tot],
    queryFn: ({ signal }) =>
      api(
        `/agenda/${encodeURIComponent(medewerkerId ?? "")}/afspraken${queryString({ van, tot, perPagina: 200 })}`,
        { schema: pagina(afspraakInAgenda), signal },
      ),
    enabled: Boolean(medewerkerId),
  });
}

export function useZaakAfspraken(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "afspraken"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/afspraken?perPagina=100`, {
        schema: pagina(afspraak),
        signal,
      }),
  });
}

export function useOntvanger(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "afspraken", "ontvanger"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/afspraken/ontvanger`, {
        schema: bevestigingOntvanger,
        signal,
      }),
  });
}

function useVernieuwZaak(zaakId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ["zaken", zaakId] });
    void client.invalidateQueries({ queryKey: ["agenda"] });
  };
}

export function useBoekAfspraak(zaakId: string) {
  const vernieuw = useVernieuwZaak(zaakId);
  return useMutation({
    mutationFn: (invoer: z.input<typeof nieuweAfspraak>) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/afspraken`, {
        method: "POST",
        body: invoer,
        schema: afspraak,
      }),
    onSuccess: vernieuw,
  });
}

export function useAnnuleerAfspraak(zaakId: string) {
  const vernieuw = useVernieuwZaak(zaakId);
  return useMutation({
    mutationFn: ({ id, versie, reden }: { id: string; versie: number; reden: string }) =>
      api(`/afspraken/${encodeURIComponent(id)}/annuleren`, {
        method: "POST",
        body: { reden },
        ifMatch: versie,
        schema: afspraak,
      }),
    onSuccess: vernieuw,
  });
}

export function useVerwijsindex(zaakId: string, actief: boolean) {
  return useQuery({
    queryKey: ["zaken", zaakId, "verwijsindex"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/verwijsindex`, {
        schema: verwijsindexRegistratie.array(),
        signal,
      }),
    enabled: actief,
  });
}

export function useVerwijsindexRegistreren(zaakId: string) {
  const vernieuw = useVernieuwZaak(zaakId);
  return useMutation({
    mutationFn: (invoer: { persoonId: string; geregistreerdOp: string }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/verwijsindex`, {
        method: "POST",
        body: invoer,
        schema: verwijsindexRegistratie,
      }),
    onSuccess: vernieuw,
  });
}

export function useTekstblokken() {
  return useQuery({
    queryKey: ["tekstblokken"],
    queryFn: ({ signal }) => api("/tekstblokken", { schema: tekstblok.array(), signal }),
  });
}

export function useTekstblok(code: string) {
  return useQuery({
    queryKey: ["tekstblokken", code],
    queryFn: ({ signal }) => api(`/tekstblokken/${encodeURIComponent(code)}`, { schema: tekstblok, signal }),
  });
}

export function useTekstblokOpslaan(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ titel, tekst, versie }: { titel: string; tekst: string; versie: number }) =>
      api(`/tekstblokken/${encodeURIComponent(code)}`, {
        method: "PUT",
        body: { titel, tekst },
        ifMatch: versie,
        schema: tekstblok,
      }),
    onSuccess: (nieuw) => {
      client.setQueryData(["tekstblokken", code], nieuw);
      void client.invalidateQueries({ queryKey: ["tekstblokken"], exact: true });
    },
  });
}
