import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { BijgehoudenThema, RegieThema } from "../../../../src/domain/regie/thema";
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

/** Starting a theme (on the zaak's versie) or updating one (on its own versie), via If-Match. */
export function useRegieOpslaan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pad, body, versie }: { pad: string; body: object; versie: number }) =>
      api(pad, { method: "POST", body, ifMatch: versie, schema: regieThemaWeergave }),
    onSettled: () => client.invalidateQueries({ queryKey: ["zaken", zaakId] }),
  });
}

export const startPad = (zaakId: string, thema: RegieThema) =>
  `/zaken/${encodeURIComponent(zaakId)}/regie/${thema}`;
/** Updating a theme kept up to date (nazorg, MDO 23+, Wet verplichte GGZ) on its own versie. */
export const bijwerkPad = (id: string, thema: BijgehoudenThema) =>
  `/regie-themas/${encodeURIComponent(id)}/${thema}`;
