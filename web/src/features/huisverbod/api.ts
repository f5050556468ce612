import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import { huisverbodOpZaak, huisverbodWeergave } from "../../lib/contract";
import { uitkomstVanWeigering } from "../../lib/formulier";

export type HuisverbodWeergave = z.infer<typeof huisverbodWeergave>;
export type HuisverbodInhoud = NonNullable<HuisverbodWeergave["inhoud"]>;

/** The huisverbod of a zaak (filled by the werkblad request when the page opens). */
export function useHuisverbodOpZaak(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "huisverbod"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/huisverbod`, { schema: huisverbodOpZaak, signal }),
  });
}

export type HuisverbodWijziging = "verlenging" | "beeindiging" | "ggd-contacten" | "steunzaken";

/** Registering (on the zaak's versie) or one change of the huisverbod (on its own versie), via If-Match. */
export function useHuisverbodOpslaan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pad, body, versie }: { pad: string; body: object; versie: number }) =>
      api(pad, { method: "POST", body, ifMatch: versie, schema: huisverbodWeergave }),
    onSettled: () => client.invalidateQueries({ queryKey: ["zaken", zaakId] }),
  });
}

export const registratiePad = (zaakId: string) => `/zaken/${encodeURIComponent(zaakId)}/huisverbod`;
export const wijzigingPad = (id: string, wat: HuisverbodWijziging) =>
  `/huisverboden/${encodeURIComponent(id)}/${wat}`;

/** A refusal as field errors (by the API's field name) and a message. */
export const huisverbodUitkomst = uitkomstVanWeigering;
