import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  medewerkerKeuze,
  type nietOppakkenVerzoek,
  type oppakkenVerzoek,
  type overdrachtVerzoek,
  overlegDetail,
  overlegSamenvatting,
  pagina,
  type raadplegingVerzoek,
  regiegroepOverzicht,
  type toestemmingVerzoek,
  werkverdelingVanZaak,
  werkverdelingZaak,
} from "../../lib/contract";

const zaakPad = (id: string) => `/zaken/${encodeURIComponent(id)}`;

export function useMedewerkers(werkvoorraad: string | undefined) {
  return useQuery({
    queryKey: ["werkverdeling", "medewerkers", werkvoorraad],
    queryFn: ({ signal }) =>
      api(`/werkverdeling/medewerkers${queryString({ werkvoorraad })}`, {
        schema: medewerkerKeuze.array(),
        signal,
      }),
    enabled: Boolean(werkvoorraad),
    staleTime: 60_000,
  });
}

export function useWerkverdelingVanZaak(id: string) {
  return useQuery({
    queryKey: ["werkverdeling", "zaak", id],
    queryFn: ({ signal }) => api(`${zaakPad(id)}/werkverdeling`, { schema: werkverdelingVanZaak, signal }),
    // Filled by the zaak's werkblad on opening; changes invalidate it.
    staleTime: 30_000,
  });
}

type Stap =
  | { soort: "oppakken"; body: z.input<typeof oppakkenVerzoek> }
  | { soort: "niet-oppakken"; body: z.input<typeof nietOppakkenVerzoek> }
  | { soort: "overdracht"; body: z.input<typeof overdrachtVerzoek> }
  | { soort: "veilig-opgroeien-raadpleging"; body: z.input<typeof raadplegingVerzoek> };

/** A werkverdeling step on a zaak, with optimistic locking (If-Match = the versie shown). */
export function useWerkverdelingStap(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ stap, versie }: { stap: Stap; versie: number }) =>
      api(`${zaakPad(id)}/${stap.soort}`, {
        method: "POST",
        body: stap.body,
        ifMatch: versie,
        schema: werkverdelingZaak,
      }),
    onSuccess: (zaak) => {
      client.setQueryData(["zaken", id], zaak);
      void client.invalidateQueries({ queryKey: ["werkvoorraden"] });
      void client.invalidateQueries({ queryKey: ["werkverdeling"] });
    },
  });
}

export function useToestemmingVastleggen(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof toestemmingVerzoek>) =>
      api(`${zaakPad(id)}/toestemming-benoemd-bespreken`, { method: "POST", body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["werkverdeling", "zaak", id] });
      void client.invalidateQueries({ queryKey: ["zaken", id] });
    },
  });
}

export function useRegiegroep(paginaNummer: number) {
  return useQuery({
    queryKey: ["werkverdeling", "regiegroep", paginaNummer],
    queryFn: ({ signal }) =>
      api(`/werkverdeling/regiegroep${queryString({ pagina: paginaNummer, perPagina: 25 })}`, {
        schema: regiegroepOverzicht,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

const overlegPagina = pagina(overlegSamenvatting);

export function useOverleggen(paginaNummer: number) {
  return useQuery({
    queryKey: ["casuistiek", "overleggen", paginaNummer],
    queryFn: ({ signal }) =>
      api(`/casuistiek/overleggen${queryString({ pagina: paginaNummer, perPagina: 25 })}`, {
        schema: overlegPagina,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useNieuwOverleg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { datum: string; titel: string }) =>
      api("/casuistiek/overleggen", { method: "POST", body, schema: overlegSamenvatting }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["casuistiek"] }),
  });
}

export function useOverleg(id: string, benoemd: boolean, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["casuistiek", "overleg", id, benoemd],
    queryFn: ({ signal }) =>
      api(
        `/casuistiek/overleggen/${encodeURIComponent(id)}${queryString({ benoemd: benoemd ? "true" : undefined })}`,
        {
          schema: overlegDetail,
          signal,
        },
      ),
    retry: false,
  });
}

export function useAgendapuntInbrengen(overlegId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { zaakId: string; vraag?: string }) =>
      api(`/casuistiek/overleggen/${encodeURIComponent(overlegId)}/agendapunten`, { method: "POST", body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["casuistiek"] }),
  });
}

export function useUitkomstVastleggen(overlegId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      agendapuntId,
      versie,
      body,
    }: {
      agendapuntId: string;
      versie: number;
      body: { advies: string; besluiten: string[] };
    }) =>
      api(
        `/casuistiek/overleggen/${encodeURIComponent(overlegId)}/agendapunten/${encodeURIComponent(agendapuntId)}/uitkomst`,
        { method: "POST", body, ifMatch: versie },
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["casuistiek", "overleg", overlegId] }),
  });
}
