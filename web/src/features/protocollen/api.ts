import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { ProtocolSoort } from "../../../../src/domain/protocollen/protocollen";
import { api, isApiFout, queryString } from "../../lib/api";
import {
  protocollenLijst,
  protocolmeldingenPagina,
  protocolmeldingWeergave,
  protocoltekstWeergave,
  protocolversies,
} from "../../lib/contract";
import { type Veldfouten, veldfoutenUit } from "../../lib/formulier";

export type Protocoltekst = z.infer<typeof protocoltekstWeergave>;
export type Protocolmelding = z.infer<typeof protocolmeldingWeergave>;

const protocolPad = (soort: ProtocolSoort) => `/protocollen/${encodeURIComponent(soort)}`;
const meldingPad = (id: string) => `/protocolmeldingen/${encodeURIComponent(id)}`;

export function useProtocollen() {
  return useQuery({
    queryKey: ["protocollen"],
    queryFn: ({ signal }) => api("/protocollen", { schema: protocollenLijst, signal }),
  });
}

export function useProtocol(soort: ProtocolSoort) {
  return useQuery({
    queryKey: ["protocollen", soort],
    queryFn: ({ signal }) => api(protocolPad(soort), { schema: protocoltekstWeergave, signal }),
  });
}

export function useProtocolversies(soort: ProtocolSoort) {
  return useQuery({
    queryKey: ["protocollen", soort, "versies"],
    queryFn: ({ signal }) => api(`${protocolPad(soort)}/versies`, { schema: protocolversies, signal }),
  });
}

/** The beheerder saves a new version on the one shown (If-Match). */
export function useWijzigProtocol(soort: ProtocolSoort) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ versie, titel, tekst }: { versie: number; titel: string; tekst: string }) =>
      api(protocolPad(soort), {
        method: "PUT",
        body: { titel, tekst },
        ifMatch: versie,
        schema: protocoltekstWeergave,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ["protocollen"] }),
  });
}

export function useMeldingen(pagina = 1) {
  return useQuery({
    queryKey: ["protocolmeldingen", "lijst", pagina],
    queryFn: ({ signal }) =>
      api(`/protocolmeldingen${queryString({ pagina, perPagina: 25 })}`, {
        schema: protocolmeldingenPagina,
        signal,
      }),
  });
}

export function useMelding(id: string) {
  return useQuery({
    queryKey: ["protocolmeldingen", id],
    queryFn: ({ signal }) => api(meldingPad(id), { schema: protocolmeldingWeergave, signal }),
  });
}

export function useMeld() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      api("/protocolmeldingen", { method: "POST", body, schema: protocolmeldingWeergave }),
    onSuccess: (melding) => {
      client.setQueryData(["protocolmeldingen", melding.id], melding);
      void client.invalidateQueries({ queryKey: ["protocolmeldingen", "lijst"] });
    },
  });
}

/** One act of the teamleider on the melding shown (If-Match with its versie). */
export function useProtocolActie(melding: Protocolmelding) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ wat, body }: { wat: "opstarten" | "stappen" | "afsluiting"; body?: object }) =>
      api(`${meldingPad(melding.id)}/${wat}`, {
        method: "POST",
        ...(body ? { body } : {}),
        ifMatch: melding.versie,
        schema: protocolmeldingWeergave,
      }),
    onSuccess: (bijgewerkt) => {
      client.setQueryData(["protocolmeldingen", bijgewerkt.id], bijgewerkt);
      void client.invalidateQueries({ queryKey: ["protocolmeldingen", "lijst"] });
    },
    onError: (fout) => {
      if (isApiFout(fout) && fout.status === 409)
        void client.invalidateQueries({ queryKey: ["protocolmeldingen", melding.id] });
    },
  });
}

/** "Waar: vul dit in." → "Vul dit in.": the form shows the label itself, beside the field and in the summary. */
const zonderLabel = (melding: string) => {
  const zonder = melding.replace(/^[^:]{1,80}: /, "");
  return zonder.charAt(0).toUpperCase() + zonder.slice(1);
};

/** A refusal as field errors (the summary lists them, so no repeated message) or as a message. */
export function protocolUitkomst(fout: unknown): { veldfouten: Veldfouten; melding?: string | undefined } {
  if (!isApiFout(fout)) return { veldfouten: {}, melding: "Opslaan is niet gelukt. Probeer het opnieuw." };
  const veldfouten = veldfoutenUit(fout.errors.map((e) => ({ ...e, melding: zonderLabel(e.melding) })));
  return Object.keys(veldfouten).length > 0 ? { veldfouten } : { veldfouten, melding: fout.detail };
}

/** "2026-03-10T14:30" (datetime-local, the browser's time) ⇄ an ISO moment. */
export const alsMoment = (lokaal: string) => (lokaal ? new Date(lokaal).toISOString() : "");
export function lokaalNu(): string {
  const d = new Date();
  const twee = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}T${twee(d.getHours())}:${twee(d.getMinutes())}`;
}
