import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import { signalenLijst, vroegsignaal } from "../../lib/contract";

export type Signalen = z.infer<typeof signalenLijst>;
export type Vroegsignaal = z.infer<typeof vroegsignaal>;
export const PER_PAGINA = 25;

export function useSignalen(open: boolean, pagina: number) {
  return useQuery({
    queryKey: ["vroegsignalen", { open, pagina }],
    queryFn: ({ signal }) =>
      api(`/vroegsignalen${queryString({ open: open ? "ja" : "nee", pagina, perPagina: PER_PAGINA })}`, {
        schema: signalenLijst,
        signal,
      }),
    // The filter and the page change in place: the previous list stays until the next one is there.
    placeholderData: keepPreviousData,
  });
}

/** Registering a signal (no versie) or one step of its follow-up (on its versie); then the list is read again. */
export function useSignaalOpslaan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pad, body, versie }: { pad: string; body: object; versie?: number }) =>
      api(pad, { method: "POST", body, schema: vroegsignaal, ...(versie ? { ifMatch: versie } : {}) }),
    onSettled: () => client.invalidateQueries({ queryKey: ["vroegsignalen"] }),
  });
}
