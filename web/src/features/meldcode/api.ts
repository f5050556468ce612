import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, isApiFout } from "../../lib/api";
import { meldcodesOpZaak, meldcodeWeergave } from "../../lib/contract";
import type { Veldfouten } from "../../lib/formulier";

export type MeldcodeWeergave = z.infer<typeof meldcodeWeergave>;

const meldcodePad = (id: string) => `/meldcodes/${encodeURIComponent(id)}`;

export function useMeldcodesOpZaak(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "meldcodes"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/meldcodes`, { schema: meldcodesOpZaak, signal }),
  });
}

export function useMeldcode(id: string) {
  return useQuery({
    queryKey: ["meldcodes", id],
    queryFn: ({ signal }) => api(meldcodePad(id), { schema: meldcodeWeergave, signal }),
  });
}

const startOp = (zaakId: string, zaakVersie: number) =>
  api(`/zaken/${encodeURIComponent(zaakId)}/meldcodes`, {
    method: "POST",
    ifMatch: zaakVersie,
    schema: meldcodeWeergave,
  });

function useGestart() {
  const client = useQueryClient();
  return (meldcode: MeldcodeWeergave) => {
    client.setQueryData(["meldcodes", meldcode.id], meldcode);
    void client.invalidateQueries({ queryKey: ["zaken", meldcode.zaakId] });
  };
}

/** Starts a Meldcode on the zaak (If-Match: the zaak's versie as shown). */
export function useStartMeldcode(zaakId: string) {
  const gestart = useGestart();
  return useMutation({
    mutationFn: (zaakVersie: number) => startOp(zaakId, zaakVersie),
    onSuccess: gestart,
  });
}

/**
 * Starts a Meldcode on a zaak chosen on the IAG screen, where only the zaak's headline is shown: the zaak's
 * current versie is read first (a refusal names why, e.g. a zaak of another vakgroep).
 */
export function useStartMeldcodeOpGekozenZaak() {
  const gestart = useGestart();
  return useMutation({
    // The IAG may start one on a zaak it cannot read: the versie comes from the IAG screen, not from the zaak.
    mutationFn: ({ zaakId, versie }: { zaakId: string; versie: number }) => startOp(zaakId, versie),
    onSuccess: gestart,
  });
}

export type Wijziging = "stappen" | "melding" | "kennisgeving" | "afsluiting";

/** One change on the Meldcode (a step, the melding, closing), on the versie shown (If-Match). */
export function useWijzigMeldcode(meldcode: MeldcodeWeergave) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ wat, body }: { wat: Wijziging; body: object }) =>
      api(`${meldcodePad(meldcode.id)}/${wat}`, {
        method: "POST",
        body,
        ifMatch: meldcode.versie,
        schema: meldcodeWeergave,
      }),
    onSuccess: (bijgewerkt) => {
      client.setQueryData(["meldcodes", bijgewerkt.id], bijgewerkt);
      void client.invalidateQueries({ queryKey: ["zaken", bijgewerkt.zaakId] });
    },
    onError: (fout) => {
      if (isApiFout(fout) && fout.status === 409)
        void client.invalidateQueries({ queryKey: ["meldcodes", meldcode.id] });
    },
  });
}

/** Field errors by their full name ("signalen.0.bron"): the steps have lists, each item with its own fields. */
export function meldcodeUitkomst(fout: unknown): { veldfouten: Veldfouten; melding?: string | undefined } {
  if (!isApiFout(fout)) return { veldfouten: {}, melding: "Opslaan is niet gelukt. Probeer het opnieuw." };
  if (fout.status === 409)
    return {
      veldfouten: {},
      melding:
        "Iemand anders heeft deze Meldcode intussen gewijzigd. De pagina is bijgewerkt; probeer het opnieuw.",
    };
  const veldfouten: Veldfouten = {};
  for (const { veld, melding } of fout.errors) if (!(veld in veldfouten)) veldfouten[veld] = melding;
  return { veldfouten, melding: fout.detail };
}
