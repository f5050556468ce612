import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, apiBestand } from "../../lib/api";
import {
  briefVerzonden,
  geadresseerdenAntwoord,
  type onderzoeksverslagVerzoek,
  type opschortingVerzoek,
  type verlengingVerzoek,
  zaakDetail,
} from "../../lib/contract";

const zaakPad = (id: string) => `/zaken/${encodeURIComponent(id)}`;

/** Who the letters of the zaak go to and who signs (minors: the gezaghebbenden). */
export function useGeadresseerden(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "geadresseerden"],
    queryFn: ({ signal }) =>
      api(`${zaakPad(zaakId)}/geadresseerden`, { schema: geadresseerdenAntwoord, signal }),
    enabled: zaakId !== "",
    // Filled by the zaak's werkblad on opening.
    staleTime: 30_000,
  });
}

export type Brief =
  | { soort: "ontvangstbevestiging" }
  | { soort: "onderzoeksverslag"; body: z.input<typeof onderzoeksverslagVerzoek> }
  | { soort: "verlengingen"; body: z.input<typeof verlengingVerzoek> }
  | { soort: "opschortingen"; body: z.input<typeof opschortingVerzoek> };

const body = (brief: Brief) => ("body" in brief ? brief.body : undefined);

export interface Voorbeeld {
  /** Object URLs of the PDFs, one per letter (revoked when a new preview replaces them). */
  urls: string[];
}

/** The preview PDFs at `pad` (one per addressee group, the count in a header); nothing is stored or sent. */
export async function haalVoorbeelden(pad: string, body: object): Promise<Voorbeeld> {
  const eerste = await apiBestand(pad, { method: "POST", body });
  const aantal = Number(eerste.headers.get("X-Voordeur-Brieven") ?? 1);
  const bestanden = [eerste.bestand];
  for (let n = 2; n <= aantal; n++)
    bestanden.push((await apiBestand(`${pad}?brief=${n}`, { method: "POST", body })).bestand);
  return { urls: bestanden.map((b) => URL.createObjectURL(b)) };
}

/** The preview PDFs of a letter of the zaak. */
export function haalVoorbeeld(zaakId: string, brief: Brief): Promise<Voorbeeld> {
  return haalVoorbeelden(`${zaakPad(zaakId)}/${brief.soort}/voorbeeld`, body(brief) ?? {});
}

/**
 * Sends the letter (If-Match = the versie shown): the ontvangstbevestiging and the onderzoeksverslag answer with
 * the zaak and the letters; a verlenging or opschorting with the zaak. The zaak, its documents and its history
 * are refreshed.
 */
export function useVerstuurBrief(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ brief, versie }: { brief: Brief; versie: number }) => {
      const pad = `${zaakPad(zaakId)}/${brief.soort}`;
      if (brief.soort === "verlengingen" || brief.soort === "opschortingen")
        return api(pad, { method: "POST", body: brief.body, ifMatch: versie, schema: zaakDetail });
      return (
        await api(pad, {
          method: "POST",
          body: body(brief) ?? {},
          ifMatch: versie,
          schema: briefVerzonden,
        })
      ).zaak;
    },
    onSuccess: (zaak) => {
      client.setQueryData(["zaken", zaakId], zaak);
      void client.invalidateQueries({ queryKey: ["zaken", zaakId, "documenten"] });
      void client.invalidateQueries({ queryKey: ["werkvoorraden"] });
    },
  });
}
