import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import { werktrajectOpZaak } from "../../lib/contract";
import type { Opslaanverzoek } from "../../lib/formulier";

export type Werktraject = z.infer<typeof werktrajectOpZaak>;

export const trajectPad = (zaakId: string, deel = "") =>
  `/zaken/${encodeURIComponent(zaakId)}/werktraject${deel}`;

export function useWerktraject(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "werktraject"],
    queryFn: ({ signal }) => api(trajectPad(zaakId), { schema: werktrajectOpZaak, signal }),
  });
}

/** One change on the zaak's versie (If-Match); afterwards the zaak (versie, termijnen, history) is read again. */
export function useWerktrajectOpslaan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pad, body, versie, methode }: Opslaanverzoek) =>
      api(pad, { method: methode ?? "POST", body, ifMatch: versie, schema: werktrajectOpZaak }),
    onSettled: () => client.invalidateQueries({ queryKey: ["zaken", zaakId] }),
  });
}
