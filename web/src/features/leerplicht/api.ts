import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import {
  leerplichtOpZaak,
  leerplichtWeergave,
  pohOverzicht,
  scholenOverzicht,
  schoolWeergave,
  smwOverzicht,
} from "../../lib/contract";
import { huisverbodUitkomst } from "../huisverbod/api";

export type LpOpZaak = z.infer<typeof leerplichtOpZaak>;
export type LpWeergave = z.infer<typeof leerplichtWeergave>;
export type LpInhoud = NonNullable<LpWeergave["inhoud"]>;

/** The verzuimaanpak on a zaak, loaded when the Leerplicht tab opens. */
export function useLeerplichtOpZaak(zaakId: string) {
  return useQuery({
    queryKey: ["zaken", zaakId, "leerplicht"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/leerplicht`, { schema: leerplichtOpZaak, signal }),
  });
}

/** Starting (on the zaak's versie) or one change of the verzuimaanpak (on its own versie), via If-Match. */
export function useLeerplichtOpslaan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pad, body, versie }: { pad: string; body: object; versie: number }) =>
      api(pad, { method: "POST", body, ifMatch: versie, schema: leerplichtWeergave }),
    onSettled: () => client.invalidateQueries({ queryKey: ["zaken", zaakId] }),
  });
}

export const startPad = (zaakId: string) => `/zaken/${encodeURIComponent(zaakId)}/leerplicht`;
export const trajectPad = (id: string, wat: string) => `/leerplicht/${encodeURIComponent(id)}/${wat}`;

/** Refusals look the same as the huisverbod's: field errors by the API's field name, and a message. */
export const lpUitkomst = huisverbodUitkomst;

export function useSmwOverzicht() {
  return useQuery({
    queryKey: ["jeugd", "smw"],
    queryFn: ({ signal }) => api("/schoolmaatschappelijk-werk", { schema: smwOverzicht, signal }),
  });
}

export function usePohOverzicht() {
  return useQuery({
    queryKey: ["jeugd", "poh"],
    queryFn: ({ signal }) => api("/poh-jeugd", { schema: pohOverzicht, signal }),
  });
}

/** A registration of SMW or POH-jeugd; the answer is the new overview. */
export function useJeugdRegistreren(wat: "smw" | "poh") {
  const client = useQueryClient();
  const pad = wat === "smw" ? "/schoolmaatschappelijk-werk" : "/poh-jeugd";
  const schema = wat === "smw" ? smwOverzicht : pohOverzicht;
  return useMutation({
    mutationFn: (body: object) => api(pad, { method: "POST", body, schema }),
    onSettled: () => client.invalidateQueries({ queryKey: ["jeugd", wat] }),
  });
}

/** The schools with their SMW'ers (beheer, policy rule 25b). */
export function useScholen() {
  return useQuery({
    queryKey: ["jeugd", "scholen"],
    queryFn: ({ signal }) => api("/scholen", { schema: scholenOverzicht, signal }),
  });
}

/** Adding a school (no versie) or changing one (its versie, If-Match). */
export function useSchoolOpslaan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, versie }: { id?: string; body: object; versie?: number }) =>
      id
        ? api(`/scholen/${encodeURIComponent(id)}`, {
            method: "PUT",
            body,
            ifMatch: versie,
            schema: schoolWeergave,
          })
        : api("/scholen", { method: "POST", body, schema: schoolWeergave }),
    onSettled: () => client.invalidateQueries({ queryKey: ["jeugd"] }),
  });
}
