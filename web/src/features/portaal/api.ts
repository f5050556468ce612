import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api";
import {
  demoInwoners,
  gesprek,
  hulpvraagKeuzes,
  hulpvraagOntvangen,
  type hulpvraagVerzoek,
  inwonerberichtVerstuurd,
  inzageverzoekVoorInwoner,
  mijnBezwaarOntvangen,
  mijnHulpvragen,
  mijnInzageverzoeken,
  mijnPlan,
  mijnZaak,
  mijnZaken,
  portaalInloggen,
  portaalSessie,
  vrijeTijden,
} from "../../lib/contract";

export type PortaalSessie = z.infer<typeof portaalSessie>;
export type HulpvraagInvoer = z.input<typeof hulpvraagVerzoek>;
export type HulpvraagOntvangen = z.infer<typeof hulpvraagOntvangen>;
export type MijnZaak = z.infer<typeof mijnZaak>;
export type MijnPlan = z.infer<typeof mijnPlan>;
export type PlanBlok = MijnPlan["blokken"][number];

export const PORTAAL_SESSIE = ["portaal", "sessie"] as const;

/**
 * Every portal call expects a 401 as an answer (not logged in, or the short session ended): it must never trigger the
 * medewerker's session handling (lib/api.ts), so each says `verwacht401`.
 */
const portaal = <S extends z.ZodType | undefined>(pad: string, opties: Parameters<typeof api<S>>[1] = {}) =>
  api(`/portaal${pad}`, { ...opties, verwacht401: true });

export function usePortaalSessie() {
  return useQuery({
    queryKey: PORTAAL_SESSIE,
    queryFn: ({ signal }) => portaal("/sessie", { schema: portaalSessie, signal }),
    retry: false,
  });
}

export function useInlogmogelijkheden() {
  return useQuery({
    queryKey: ["portaal", "inloggen"],
    queryFn: ({ signal }) => portaal("/inloggen", { schema: portaalInloggen, signal }),
  });
}

export function useDemoInwoners(gemeente: string | null) {
  return useQuery({
    queryKey: ["portaal", "demo-inwoners", gemeente],
    queryFn: ({ signal }) =>
      portaal(`/demo-inwoners?gemeente=${encodeURIComponent(gemeente ?? "")}`, {
        schema: demoInwoners,
        signal,
      }),
    enabled: gemeente !== null,
  });
}

/** After logging in or out, or choosing for whom, nothing read before may linger. */
function useNaWissel() {
  const client = useQueryClient();
  return () => client.removeQueries({ queryKey: ["portaal"] });
}

export function useDemoInlog() {
  const naWissel = useNaWissel();
  return useMutation({
    mutationFn: (persoonId: string) => portaal("/demo-inlog", { method: "POST", body: { persoonId } }),
    onSuccess: naWissel,
  });
}

export function useUitloggen() {
  const naWissel = useNaWissel();
  return useMutation({
    mutationFn: () => portaal("/uitloggen", { method: "POST" }),
    onSettled: naWissel,
  });
}

export function useKiesNamens() {
  const naWissel = useNaWissel();
  return useMutation({
    mutationFn: (persoonId: string) =>
      portaal("/namens", { method: "PUT", body: { persoonId }, schema: portaalSessie }),
    onSuccess: naWissel,
  });
}

export function useMijnZaken() {
  return useQuery({
    queryKey: ["portaal", "zaken"],
    queryFn: ({ signal }) => portaal("/zaken", { schema: mijnZaken, signal }),
  });
}

export function useMijnZaak(id: string) {
  return useQuery({
    queryKey: ["portaal", "zaken", id],
    queryFn: ({ signal }) => portaal(`/zaken/${encodeURIComponent(id)}`, { schema: mijnZaak, signal }),
    retry: false,
  });
}

export function useMijnHulpvragen() {
  return useQuery({
    queryKey: ["portaal", "hulpvragen"],
    queryFn: ({ signal }) => portaal("/hulpvragen", { schema: mijnHulpvragen, signal }),
  });
}

export function useHulpvraagKeuzes() {
  return useQuery({
    queryKey: ["portaal", "hulpvraag-keuzes"],
    queryFn: ({ signal }) => portaal("/hulpvraag-keuzes", { schema: hulpvraagKeuzes, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHulpVragen() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invoer: HulpvraagInvoer) =>
      portaal("/hulpvragen", { method: "POST", body: invoer, schema: hulpvraagOntvangen }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["portaal", "hulpvragen"] }),
  });
}

/** The download address of a letter (the portal cookie goes along: same origin, path /api/portaal). */
export const briefAdres = (zaakId: string, documentId: string) =>
  `/api/portaal/zaken/${encodeURIComponent(zaakId)}/brieven/${encodeURIComponent(documentId)}`;

export function useMijnPlan(zaakId: string) {
  return useQuery({
    queryKey: ["portaal", "zaken", zaakId, "plan"],
    queryFn: ({ signal }) =>
      portaal(`/zaken/${encodeURIComponent(zaakId)}/plan`, { schema: mijnPlan, signal }),
    retry: false,
  });
}

/** Signing changes the zaak too (it is now the aanvraag): both are read again. */
export function useOndertekenPlan(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { versie: number; hash: string; akkoord: boolean }) =>
      portaal(`/zaken/${encodeURIComponent(zaakId)}/plan/ondertekening`, {
        method: "POST",
        body: v,
        schema: mijnPlan,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ["portaal", "zaken", zaakId] }),
  });
}

export function useDienBezwaarIn(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (gronden: string) =>
      portaal(`/zaken/${encodeURIComponent(zaakId)}/bezwaar`, {
        method: "POST",
        body: { gronden },
        schema: mijnBezwaarOntvangen,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["portaal", "zaken", zaakId] }),
  });
}

export function useMijnGesprek(zaakId: string, pagina: number, perPagina: number) {
  return useQuery({
    queryKey: ["portaal", "zaken", zaakId, "berichten", pagina],
    queryFn: ({ signal }) =>
      portaal(`/zaken/${encodeURIComponent(zaakId)}/berichten?pagina=${pagina}&perPagina=${perPagina}`, {
        schema: gesprek,
        signal,
      }),
    retry: false,
  });
}

export function useStuurMijnBericht(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tekst: string) =>
      portaal(`/zaken/${encodeURIComponent(zaakId)}/berichten`, {
        method: "POST",
        body: { tekst },
        schema: inwonerberichtVerstuurd,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["portaal", "zaken", zaakId] }),
  });
}

export function useMijnInzageverzoeken() {
  return useQuery({
    queryKey: ["portaal", "inzageverzoeken"],
    queryFn: ({ signal }) => portaal("/inzageverzoeken", { schema: mijnInzageverzoeken, signal }),
  });
}

export function useVraagInzage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (toelichting: string) =>
      portaal("/inzageverzoeken", {
        method: "POST",
        body: { toelichting },
        schema: inzageverzoekVoorInwoner,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["portaal", "inzageverzoeken"] }),
  });
}

export const inzageAdres = (verzoekId: string) =>
  `/api/portaal/inzageverzoeken/${encodeURIComponent(verzoekId)}/pdf`;

export function useStuurDocument(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      verzoekId: string;
      bestand: {
        bestandsnaam: string;
        contentType: "application/pdf" | "image/png" | "image/jpeg";
        inhoudBase64: string;
      };
    }) =>
      portaal(
        `/zaken/${encodeURIComponent(zaakId)}/documentverzoeken/${encodeURIComponent(v.verzoekId)}/document`,
        { method: "POST", body: v.bestand },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["portaal", "zaken", zaakId] }),
  });
}

export function useVrijeTijden(zaakId: string, afspraakId: string | null) {
  return useQuery({
    queryKey: ["portaal", "zaken", zaakId, "afspraken", afspraakId, "vrije-tijden"],
    queryFn: ({ signal }) =>
      portaal(
        `/zaken/${encodeURIComponent(zaakId)}/afspraken/${encodeURIComponent(afspraakId ?? "")}/vrije-tijden`,
        { schema: vrijeTijden, signal },
      ),
    enabled: afspraakId !== null,
    retry: false,
  });
}

export function useVerzetAfspraak(zaakId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { afspraakId: string; versie: number; datum: string; begintijd: string }) =>
      portaal(
        `/zaken/${encodeURIComponent(zaakId)}/afspraken/${encodeURIComponent(v.afspraakId)}/verzetten`,
        {
          method: "POST",
          body: { versie: v.versie, datum: v.datum, begintijd: v.begintijd },
        },
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ["portaal", "zaken", zaakId] }),
  });
}
