import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import { regieOpZaak, regieThemaWeergave } from "../../lib/contract";

export type RegieThemaWeergave = z.infer<typeof regieThemaWeergave>;

/** The Regiegroep themes of a zaak (filled by the werkblad request when the page opens). */
export function useRegieOpZaak(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "regie"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/regie`, { schema: regieOpZaak, signal }),
  });
}

/** Starting a theme (on the zaak's versie) or updating the nazorg (on its own versie), via If-Match. */
export function useRegieOpslaan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pad, body, versie }: { pad: string; body: object; versie: number }) =>
      api(pad, { method: "POST", body, ifMatch: versie, schema: regieThemaWeergave }),
    onSettled: () => client.invalidateQueries({ queryKey: ["zaken", zaakId] }),
  });
}

export const startPad = (zaakId: string, thema: "spoed-jeugd" | "nazorg") =>
  `/zaken/${encodeURIComponent(zaakId)}/regie/${thema}`;
export const nazorgPad = (id: string) => `/regie-themas/${encodeURIComponent(id)}/nazorg`;
