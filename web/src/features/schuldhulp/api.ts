import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import { dwangsomOpZaak, schuldhulpOpZaak, voorschottenOpZaak } from "../../lib/contract";

export type SchuldhulpOpZaak = z.infer<typeof schuldhulpOpZaak>;
export type DwangsomOpZaak = z.infer<typeof dwangsomOpZaak>;
export type VoorschottenOpZaak = z.infer<typeof voorschottenOpZaak>;

const SECTIES = {
  schuldhulp: schuldhulpOpZaak,
  dwangsom: dwangsomOpZaak,
  voorschotten: voorschottenOpZaak,
} as const;
type Sectie = keyof typeof SECTIES;

const pad = (zaakId: string, deel: string) => `/zaken/${encodeURIComponent(zaakId)}/${deel}`;

/** One section of a zaak (schuldhulp, dwangsom, voorschotten), loaded when its tab opens. */
export function useSectie<S extends Sectie>(zaakId: string, sectie: S) {
  return useQuery({
    queryKey: ["zaken", zaakId, sectie],
    queryFn: ({ signal }) =>
      api(pad(zaakId, sectie), { schema: SECTIES[sectie] as (typeof SECTIES)[S], signal }),
  });
}

/** One change on the zaak's versie (If-Match); afterwards the zaak (header, termijnen, versie) is read again. */
export function useSectieOpslaan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      deel,
      methode,
      body,
      versie,
    }: {
      deel: string;
      methode: "POST" | "PUT";
      body: object;
      versie: number;
    }) => api(pad(zaakId, deel), { method: methode, body, ifMatch: versie }),
    onSettled: () => client.invalidateQueries({ queryKey: ["zaken", zaakId] }),
  });
}
