import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, isApiFout } from "../../lib/api";
import { signsOfSafetyOpZaak, signsOfSafetyWeergave } from "../../lib/contract";
import type { Veldfouten } from "../../lib/formulier";

export type SosWeergave = z.infer<typeof signsOfSafetyWeergave>;
export type SosInhoud = NonNullable<SosWeergave["inhoud"]>;

const sleutel = (zaakId: string) => ["zaken", zaakId, "signs-of-safety"];
const pad = (zaakId: string, deel = "") => `/zaken/${encodeURIComponent(zaakId)}/signs-of-safety${deel}`;

/** Signs of Safety of a zaak (filled by the werkblad request when the page opens). */
export function useSignsOfSafety(zaakId: string) {
  return useQuery({
    queryKey: sleutel(zaakId),
    queryFn: ({ signal }) => api(pad(zaakId), { schema: signsOfSafetyOpZaak, signal }),
  });
}

/** One change (start on the zaak's versie, the rest on Signs of Safety's own), via If-Match; the answer is kept. */
export function useSosOpslaan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      deel,
      methode = "POST",
      body = {},
      versie,
    }: {
      deel: string;
      methode?: "POST" | "PUT";
      body?: object;
      versie: number;
    }) => api(pad(zaakId, deel), { method: methode, body, ifMatch: versie, schema: signsOfSafetyWeergave }),
    onSuccess: (weergave) =>
      client.setQueryData(sleutel(zaakId), (oud: z.infer<typeof signsOfSafetyOpZaak> | undefined) =>
        oud ? { signsOfSafety: weergave, kanStarten: { mogelijk: false, reden: null } } : oud,
      ),
    onError: () => client.invalidateQueries({ queryKey: sleutel(zaakId) }),
  });
}

/**
 * A refusal as field errors by the API's full field path ("items.2.gevaarId": the mapping's and the scale's
 * fields are rows of a list, each with its own field) and a message.
 */
export function sosUitkomst(fout: unknown): { veldfouten: Veldfouten; melding?: string | undefined } {
  if (!isApiFout(fout)) return { veldfouten: {}, melding: "Opslaan is niet gelukt. Probeer het opnieuw." };
  if (fout.status === 409)
    return { veldfouten: {}, melding: `${fout.detail} De gegevens zijn bijgewerkt; probeer het opnieuw.` };
  const veldfouten: Veldfouten = {};
  for (const { veld, melding } of fout.errors) if (!(veld in veldfouten)) veldfouten[veld] = melding;
  return { veldfouten, melding: fout.detail };
}
