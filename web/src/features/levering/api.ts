import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  type beoordelingVerzoek,
  leveringOverzicht,
  pagina,
  schaalvoorstel,
  type schaalvoorstelVerzoek,
  teBevestigenVoorstel,
  voorstellenOpZaak,
  voorstelMetZaak,
  zaakDetail,
} from "../../lib/contract";

const zaakPad = (id: string) => `/zaken/${encodeURIComponent(id)}`;
const teBevestigenPagina = pagina(teBevestigenVoorstel);
const voorstelGemaakt = schaalvoorstel.extend({ zaakVersie: zaakDetail.shape.versie });

export function useLevering(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "levering"],
    queryFn: ({ signal }) => api(`${zaakPad(zaakId)}/levering`, { schema: leveringOverzicht, signal }),
  });
}

export function useVoorstellenOpZaak(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "schaalvoorstellen"],
    queryFn: ({ signal }) =>
      api(`${zaakPad(zaakId)}/schaalvoorstellen`, { schema: voorstellenOpZaak, signal }),
  });
}

/** The versie of the zaak the medewerker is looking at (If-Match), from the cached zaak. */
function useGezieneVersie(zaakId: string) {
  const client = useQueryClient();
  return () => client.getQueryData<{ versie: number }>(["zaken", zaakId])?.versie;
}

/** After a change on the zaak: its new versie at once, then the zaak and its sections reloaded. */
function useNaZaakwijziging(zaakId: string) {
  const client = useQueryClient();
  return (versie: number) => {
    client.setQueryData<{ versie: number }>(["zaken", zaakId], (z) => (z ? { ...z, versie } : z));
    void client.invalidateQueries({ queryKey: ["zaken", zaakId] });
    void client.invalidateQueries({ queryKey: ["werkvoorraden"] });
    void client.invalidateQueries({ queryKey: ["schaalvoorstellen"] });
  };
}

/** Records the start of a PGB levering (If-Match: the zaak's versie). */
export function useStartLevering(zaakId: string) {
  const versie = useGezieneVersie(zaakId);
  const na = useNaZaakwijziging(zaakId);
  return useMutation({
    mutationFn: (datum: string) =>
      api(`${zaakPad(zaakId)}/levering/start`, {
        method: "POST",
        body: { datum },
        ...(versie() !== undefined ? { ifMatch: versie() } : {}),
        schema: zaakDetail,
      }),
    onSuccess: (zaak) => na(zaak.versie),
  });
}

export function useStelSchalenVoor(zaakId: string) {
  const versie = useGezieneVersie(zaakId);
  const na = useNaZaakwijziging(zaakId);
  return useMutation({
    mutationFn: (body: z.input<typeof schaalvoorstelVerzoek>) =>
      api(`${zaakPad(zaakId)}/schaalvoorstellen`, {
        method: "POST",
        body,
        ...(versie() !== undefined ? { ifMatch: versie() } : {}),
        schema: voorstelGemaakt,
      }),
    onSuccess: (voorstel) => na(voorstel.zaakVersie),
  });
}

export function useTeBevestigen(paginaNummer: number) {
  return useQuery({
    queryKey: ["schaalvoorstellen", { pagina: paginaNummer }],
    queryFn: ({ signal }) =>
      api(`/schaalvoorstellen${queryString({ pagina: paginaNummer, perPagina: 25 })}`, {
        schema: teBevestigenPagina,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useVoorstel(id: string) {
  return useQuery({
    queryKey: ["schaalvoorstellen", "voorstel", id],
    queryFn: ({ signal }) =>
      api(`/schaalvoorstellen/${encodeURIComponent(id)}`, { schema: voorstelMetZaak, signal }),
  });
}

/** Confirms or refuses a proposal (If-Match: the proposal's versie as shown). */
export function useBeoordeel(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, versie }: { body: z.input<typeof beoordelingVerzoek>; versie: number }) =>
      api(`/schaalvoorstellen/${encodeURIComponent(id)}/beoordeling`, {
        method: "POST",
        body,
        ifMatch: versie,
        schema: voorstelMetZaak,
      }),
    onSuccess: (voorstel) => {
      client.setQueryData(["schaalvoorstellen", "voorstel", id], voorstel);
      void client.invalidateQueries({ queryKey: ["schaalvoorstellen"] });
      void client.invalidateQueries({ queryKey: ["zaken", voorstel.zaakId] });
    },
  });
}
