import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  sleutelPagina,
  werkvoorraadTelling,
  wijk,
  type zaakActieVerzoek,
  zaakDetail,
  zaakInWerkvoorraad,
  zaakWerkblad,
} from "../../lib/contract";

const werkvoorraadPagina = sleutelPagina(zaakInWerkvoorraad);

export function useWerkvoorraden() {
  return useQuery({
    queryKey: ["werkvoorraden"],
    queryFn: ({ signal }) => api("/werkvoorraden", { schema: werkvoorraadTelling.array(), signal }),
  });
}

/** The filters of a werkvoorraad view as they stand in the URL (?wijk=&behandelaar=&status=&termijnBinnen=&spoed=1). */
export interface WerkvoorraadFilterWaarden {
  wijk?: string | undefined;
  behandelaar?: string | undefined;
  status?: string | undefined;
  termijnBinnen?: string | undefined;
  spoed?: boolean | undefined;
  verlopen?: boolean | undefined;
}

/** The view code ?bak=mijn: "Mijn zaken", the open zaken on the caller's own name across werkvoorraden. */
export const MIJN_ZAKEN = "mijn";

/** One page of a werkvoorraad: page 1, or the page after key `na` (the previous page's `volgende`). */
export function useWerkvoorraadZaken(
  code: string,
  plek: { pagina: number; na: string | undefined },
  filters: WerkvoorraadFilterWaarden,
) {
  const pad = code === MIJN_ZAKEN ? "/mijn-zaken" : `/werkvoorraden/${encodeURIComponent(code)}/zaken`;
  // Without a key the list starts at page 1 (an offset page is only for API clients that ask for one).
  const pagina = plek.na ? plek.pagina : 1;
  return useQuery({
    queryKey: ["werkvoorraden", code, { pagina, na: plek.na, ...filters }],
    queryFn: ({ signal }) =>
      api(
        `${pad}${queryString({
          pagina,
          na: plek.na,
          perPagina: 25,
          wijk: filters.wijk,
          behandelaar: code === MIJN_ZAKEN ? undefined : filters.behandelaar,
          status: filters.status,
          termijnBinnen: filters.termijnBinnen,
          spoed: filters.spoed ? "true" : undefined,
          verlopen: filters.verlopen ? "true" : undefined,
        })}`,
        { schema: werkvoorraadPagina, signal },
      ),
    enabled: code !== "",
    placeholderData: keepPreviousData,
  });
}

export function useWijken() {
  return useQuery({
    queryKey: ["wijken"],
    queryFn: ({ signal }) => api("/wijken", { schema: wijk.array(), signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useZaak(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ["zaken", id],
    queryFn: ({ signal }) => api(`/zaken/${encodeURIComponent(id)}`, { schema: zaakDetail, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/**
 * The zaak workspace in one request (GET /zaken/{id}/werkblad): it fills the caches the header and the Overzicht
 * tab read (the zaak, its werkverdeling, who the letters go to), so those parts ask nothing more on opening.
 * Fetched again each time the page opens; changes afterwards update the zaak's own cache entry.
 */
export function useWerkblad(id: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ["werkblad", id],
    queryFn: async ({ signal }) => {
      const werkblad = await api(`/zaken/${encodeURIComponent(id)}/werkblad`, {
        schema: zaakWerkblad,
        signal,
      });
      client.setQueryData(["zaken", id], werkblad.zaak);
      if (werkblad.werkverdeling) client.setQueryData(["werkverdeling", "zaak", id], werkblad.werkverdeling);
      if (werkblad.geadresseerden)
        client.setQueryData(["zaken", id, "geadresseerden"], werkblad.geadresseerden);
      if (werkblad.meldcodes) client.setQueryData(["zaken", id, "meldcodes"], werkblad.meldcodes);
      if (werkblad.huisverbod) client.setQueryData(["zaken", id, "huisverbod"], werkblad.huisverbod);
      if (werkblad.regie) client.setQueryData(["zaken", id, "regie"], werkblad.regie);
      if (werkblad.veiligOpgroeien)
        client.setQueryData(["zaken", id, "veilig-opgroeien"], werkblad.veiligOpgroeien);
      if (werkblad.signsOfSafety)
        client.setQueryData(["zaken", id, "signs-of-safety"], werkblad.signsOfSafety);
      return werkblad;
    },
    enabled: id !== "",
    // Opening the page reads (and audits) it again; returning to the browser window does not.
    refetchOnWindowFocus: false,
  });
}

type Stap =
  | { soort: "actie"; body: z.input<typeof zaakActieVerzoek> }
  | { soort: "aanvraag"; aanvraagdatum: string };

/** Performs a step on the zaak with optimistic locking (If-Match = the versie shown). */
export function useZaakStap(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ stap, versie }: { stap: Stap; versie: number }) => {
      const pad = `/zaken/${encodeURIComponent(id)}`;
      if (stap.soort === "actie")
        return api(`${pad}/acties`, { method: "POST", body: stap.body, ifMatch: versie, schema: zaakDetail });
      return api(`${pad}/aanvraag`, {
        method: "POST",
        body: { aanvraagdatum: stap.aanvraagdatum },
        ifMatch: versie,
        schema: zaakDetail,
      });
    },
    onSuccess: (zaak) => {
      client.setQueryData(["zaken", id], zaak);
      void client.invalidateQueries({ queryKey: ["werkvoorraden"] });
    },
  });
}
