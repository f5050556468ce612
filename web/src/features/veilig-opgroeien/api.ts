import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import { adviesvragenLijst, veiligOpgroeienOpZaak, veiligOpgroeienWeergave } from "../../lib/contract";
import { huisverbodUitkomst } from "../huisverbod/api";

export type VoWeergave = z.infer<typeof veiligOpgroeienWeergave>;
export type VoInhoud = NonNullable<VoWeergave["inhoud"]>;
export type VoOpZaak = z.infer<typeof veiligOpgroeienOpZaak>;
export type Adviesvraag = VoInhoud["adviesvragen"][number];

/** Veilig Opgroeien on a zaak (filled by the werkblad request when the page opens). */
export function useVeiligOpgroeienOpZaak(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "veilig-opgroeien"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/veilig-opgroeien`, { schema: veiligOpgroeienOpZaak, signal }),
  });
}

/** The gedragswetenschapper's list of advice requests. */
export function useAdviesvragen() {
  return useQuery({
    queryKey: ["adviesvragen"],
    queryFn: ({ signal }) => api("/adviesvragen", { schema: adviesvragenLijst, signal }),
  });
}

/** Starting (on the zaak's versie) or one change of the traject (on its own versie), via If-Match. */
export function useVeiligOpgroeienOpslaan(zaakId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pad, body, versie }: { pad: string; body: object; versie: number }) =>
      api(pad, { method: "POST", body, ifMatch: versie, schema: veiligOpgroeienWeergave }),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ["adviesvragen"] });
      if (zaakId) await client.invalidateQueries({ queryKey: ["zaken", zaakId] });
    },
  });
}

export const startPad = (zaakId: string) => `/zaken/${encodeURIComponent(zaakId)}/veilig-opgroeien`;
export const trajectPad = (id: string, wat: string) => `/veilig-opgroeien/${encodeURIComponent(id)}/${wat}`;

/** Refusals look the same as the huisverbod's: field errors by the API's field name, and a message. */
export const voUitkomst = huisverbodUitkomst;
