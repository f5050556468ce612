import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, isApiFout, queryString } from "../../lib/api";
import {
  catalogusOverzicht,
  catalogusProduct,
  matrixVersie,
  matrixVersieDetail,
  type nieuwCatalogusProduct,
  type nieuweMatrixVersie,
  type ondertekeningVerzoek,
  type PlanInhoudInvoer,
  pagina,
  planVersieRegel,
  type ResultatenplanDetail,
  resultatenplanDetail,
} from "../../lib/contract";

const planPad = (zaakId: string) => `/zaken/${encodeURIComponent(zaakId)}/resultatenplan`;
const planSleutel = (zaakId: string) => ["resultatenplan", zaakId];

export function useCatalogusOverzicht() {
  return useQuery({
    queryKey: ["catalogus", "overzicht"],
    queryFn: ({ signal }) => api("/catalogus/overzicht", { schema: catalogusOverzicht, signal }),
    staleTime: 5 * 60_000,
  });
}

/** The zaak's plan, or null when it has none yet. */
export function usePlan(zaakId: string) {
  return useQuery({
    queryKey: planSleutel(zaakId),
    queryFn: async ({ signal }) => {
      try {
        return await api(planPad(zaakId), { schema: resultatenplanDetail, signal });
      } catch (fout) {
        if (isApiFout(fout) && fout.status === 404) return null;
        throw fout;
      }
    },
  });
}

type PlanActie =
  | { soort: "maak" }
  | { soort: "opslaan"; inhoud: PlanInhoudInvoer }
  | { soort: "definitief" | "ter-ondertekening" }
  | { soort: "ondertekening"; verzoek: z.input<typeof ondertekeningVerzoek> }
  | { soort: "goedkeuring"; body: { soort: "afwijking" | "individuele-overeenkomst"; motivering: string } };

/** Every change to the plan; the answer is the new plan, stored in the query cache. */
export function usePlanActie(zaakId: string, plan: ResultatenplanDetail | null | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (actie: PlanActie) => {
      const pad = plan ? `/resultatenplannen/${encodeURIComponent(plan.id)}` : "";
      const metVersie = { ifMatch: plan?.versie ?? 0, schema: resultatenplanDetail };
      switch (actie.soort) {
        case "maak":
          return api(planPad(zaakId), { method: "POST", body: {}, schema: resultatenplanDetail });
        case "opslaan":
          return api(pad, { method: "PUT", body: actie.inhoud, ...metVersie });
        case "ondertekening":
          return api(`${pad}/ondertekening`, { method: "POST", body: actie.verzoek, ...metVersie });
        case "goedkeuring":
          return api(`${pad}/goedkeuringen`, {
            method: "POST",
            body: actie.body,
            schema: resultatenplanDetail,
          });
        default:
          return api(`${pad}/${actie.soort}`, { method: "POST", ...metVersie });
      }
    },
    onSuccess: (nieuw) => {
      client.setQueryData(planSleutel(zaakId), nieuw);
      void client.invalidateQueries({ queryKey: ["zaken", zaakId] });
    },
  });
}

/** The version list; keyed on the plan's current versie, so it follows every change. */
export function usePlanVersies(planId: string, huidigeVersie: number) {
  return useQuery({
    queryKey: ["resultatenplan-versies", planId, huidigeVersie],
    queryFn: ({ signal }) =>
      api(`/resultatenplannen/${encodeURIComponent(planId)}/versies?perPagina=50`, {
        schema: pagina(planVersieRegel),
        signal,
      }),
  });
}

export function useMatrixVersies() {
  return useQuery({
    queryKey: ["catalogus", "matrixversies"],
    queryFn: ({ signal }) => api("/catalogus/matrix/versies", { schema: matrixVersie.array(), signal }),
  });
}

export function useProducten(wet: string, zoek: string, paginaNummer: number) {
  return useQuery({
    queryKey: ["catalogus", "producten", { wet, zoek, paginaNummer }],
    queryFn: ({ signal }) =>
      api(
        `/catalogus/producten${queryString({ wet: wet || undefined, zoek: zoek || undefined, pagina: paginaNummer, perPagina: 50 })}`,
        {
          schema: pagina(catalogusProduct),
          signal,
        },
      ),
  });
}

export function usePubliceerMatrix() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof nieuweMatrixVersie>) =>
      api("/catalogus/matrix/versies", { method: "POST", body, schema: matrixVersieDetail }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["catalogus"] }),
  });
}

export function useVoegProductToe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof nieuwCatalogusProduct>) =>
      api("/catalogus/producten", { method: "POST", body, schema: catalogusProduct }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["catalogus", "producten"] }),
  });
}
