import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import {
  afsluitingDetail,
  type afsluitVerzoek,
  type beslissingOpBezwaarVerzoek,
  besluitGenomen,
  type besluitVerzoek,
  besluitvorming,
  bezwaarDetail,
  type bezwaarVerzoek,
  clientervaringRapport,
  enqueteVragenlijst,
  type evaluatieVerzoek,
  resultatenplanDetail,
} from "../../lib/contract";

const zaakPad = (id: string) => `/zaken/${encodeURIComponent(id)}`;

export function useBesluitvorming(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "besluitvorming"],
    queryFn: ({ signal }) => api(`${zaakPad(zaakId)}/besluitvorming`, { schema: besluitvorming, signal }),
  });
}

/** The zaak's resultatenplan (to prefill the besluit from the signed plan); null when there is none. */
export function useOndertekendPlan(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "resultatenplan", "voor-besluit"],
    queryFn: async ({ signal }) => {
      try {
        const plan = await api(`${zaakPad(zaakId)}/resultatenplan`, { schema: resultatenplanDetail, signal });
        return plan.status === "ondertekend" ? plan : null;
      } catch {
        return null;
      }
    },
  });
}

export type Stap =
  | { soort: "besluit"; body: z.input<typeof besluitVerzoek> }
  | { soort: "bezwaar"; body: z.input<typeof bezwaarVerzoek> }
  | {
      soort: "beslissing";
      bezwaarId: string;
      versie: number;
      body: z.input<typeof beslissingOpBezwaarVerzoek>;
    }
  | { soort: "adviescommissie"; bezwaarId: string; versie: number; body: { adviescommissie: boolean } }
  | { soort: "evaluatie"; body: z.input<typeof evaluatieVerzoek> }
  | { soort: "afsluiting"; body: z.input<typeof afsluitVerzoek> };

/** One step of the besluitvorming; afterwards the zaak, its documents and the overview are reloaded. */
export function useBesluitStap(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (stap: Stap): Promise<unknown> => {
      // Every step changes the zaak: send the versie of the zaak the medewerker is looking at (If-Match).
      const gezien = client.getQueryData<{ versie: number }>(["zaken", zaakId])?.versie;
      const post = { method: "POST" as const, body: stap.body, ...(gezien ? { ifMatch: gezien } : {}) };
      switch (stap.soort) {
        case "besluit":
          return api(`${zaakPad(zaakId)}/besluiten`, { ...post, schema: besluitGenomen });
        case "bezwaar":
          return api(`${zaakPad(zaakId)}/bezwaren`, { ...post, schema: bezwaarDetail.passthrough() });
        case "beslissing":
          return api(`/bezwaren/${encodeURIComponent(stap.bezwaarId)}/beslissing`, {
            ...post,
            ifMatch: stap.versie,
            schema: bezwaarDetail.passthrough(),
          });
        case "adviescommissie":
          return api(`/bezwaren/${encodeURIComponent(stap.bezwaarId)}/adviescommissie`, {
            method: "PUT",
            body: stap.body,
            ifMatch: stap.versie,
            schema: bezwaarDetail.passthrough(),
          });
        case "evaluatie":
          return api(`${zaakPad(zaakId)}/evaluaties`, post);
        case "afsluiting":
          return api(`${zaakPad(zaakId)}/afsluiting`, { ...post, schema: afsluitingDetail.passthrough() });
      }
    },
    onSuccess: (antwoord) => {
      // The zaak's new versie is known at once, so a next step does not wait for the refetch (If-Match).
      const zaakVersie = (antwoord as { zaakVersie?: unknown } | null)?.zaakVersie;
      if (typeof zaakVersie === "number")
        client.setQueryData<{ versie: number }>(["zaken", zaakId], (z) =>
          z ? { ...z, versie: zaakVersie } : z,
        );
      void client.invalidateQueries({ queryKey: ["zaken", zaakId] });
      void client.invalidateQueries({ queryKey: ["werkvoorraden"] });
      void client.invalidateQueries({ queryKey: ["mijn-termijnen"] });
      // A besluit with ZIN toewijzingen sends a 301: the zaak's message log changes too.
      void client.invalidateQueries({ queryKey: ["berichten"] });
    },
  });
}

export function useVragenlijst(code: string) {
  return useQuery({
    queryKey: ["enquete", code],
    queryFn: ({ signal }) =>
      api(`/enquete/${encodeURIComponent(code)}`, { schema: enqueteVragenlijst, signal }),
    retry: false,
  });
}

export function useBeantwoord(code: string) {
  return useMutation({
    mutationFn: (antwoorden: Record<string, number | null>) =>
      api(`/enquete/${encodeURIComponent(code)}`, { method: "POST", body: { antwoorden } }),
  });
}

export function useClientervaring(van: string, tot: string) {
  return useQuery({
    queryKey: ["rapportage", "clientervaring", van, tot],
    queryFn: ({ signal }) =>
      api(`/rapportage/clientervaring?van=${van}&tot=${tot}`, { schema: clientervaringRapport, signal }),
  });
}
