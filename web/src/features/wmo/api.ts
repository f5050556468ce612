import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import { normenkaderBeheer, wmoOpZaak } from "../../lib/contract";
import type { Opslaanverzoek } from "../../lib/formulier";

export type WmoOpZaak = z.infer<typeof wmoOpZaak>;
export type NormenkaderBeheer = z.infer<typeof normenkaderBeheer>;

export const wmoPad = (zaakId: string, deel = "") => `/zaken/${encodeURIComponent(zaakId)}/wmo${deel}`;

/** The Wmo section of a zaak (themes, hours, verstrekkingen, CAK), loaded when its tab opens. */
export function useWmoOpZaak(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "wmo"],
    queryFn: ({ signal }) => api(wmoPad(zaakId), { schema: wmoOpZaak, signal }),
  });
}

/** One change on the zaak's versie (If-Match); afterwards the zaak (versie, history) is read again. */
export function useWmoOpslaan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pad, body, versie, methode }: Opslaanverzoek) =>
      api(pad, { method: methode ?? "POST", body, ifMatch: versie, schema: wmoOpZaak }),
    onSettled: () => client.invalidateQueries({ queryKey: ["zaken", zaakId] }),
  });
}

const NORMENKADER = "/beheer/normenkader-huishoudelijke-hulp";

export function useNormenkader() {
  return useQuery({
    queryKey: ["beheer", "normenkader"],
    queryFn: ({ signal }) => api(NORMENKADER, { schema: normenkaderBeheer, signal }),
  });
}

export function useNormenkaderOpslaan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, versie }: { body: object; versie: number }) =>
      api(NORMENKADER, { method: "PUT", body, ifMatch: versie, schema: normenkaderBeheer }),
    onSettled: () => client.invalidateQueries({ queryKey: ["beheer", "normenkader"] }),
  });
}
