import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api, queryString } from "../../lib/api";
import {
  type AanbiederInvoer,
  aanbiederDetail,
  aanbiederSamenvatting,
  type BeoordelingInvoer,
  type ClientenstopInvoer,
  type ContractInvoer,
  clientenstop,
  contract,
  gemeenteVanVerband,
  medewerkerKort,
  type OpvolgingInvoer,
  type OvereenkomstInvoer,
  overeenkomst,
  pagina,
  type SignaalInvoer,
  signaal,
  verwijzing,
} from "../../lib/contract";

export const PER_PAGINA = 25;

export function useAanbieders(zoek: string, paginaNummer: number) {
  return useQuery({
    queryKey: ["aanbieders", { zoek, pagina: paginaNummer }],
    queryFn: ({ signal }) =>
      api(
        `/aanbieders${queryString({ zoek: zoek || undefined, pagina: paginaNummer, perPagina: PER_PAGINA })}`,
        {
          schema: pagina(aanbiederSamenvatting),
          signal,
        },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAanbieder(id: string) {
  return useQuery({
    queryKey: ["aanbieders", id],
    queryFn: ({ signal }) =>
      api(`/aanbieders/${encodeURIComponent(id)}`, { schema: aanbiederDetail, signal }),
  });
}

export interface Zoekvraag {
  wet: string;
  productCode: string;
  resultaat: string;
  peildatum: string;
}

export function useVerwijzingswijzer(vraag: Zoekvraag | null, paginaNummer: number) {
  return useQuery({
    queryKey: ["verwijzingswijzer", vraag, paginaNummer],
    queryFn: ({ signal }) =>
      api(
        `/verwijzingswijzer${queryString({
          wet: vraag?.wet || undefined,
          productCode: vraag?.productCode.trim().toUpperCase() || undefined,
          resultaat: vraag?.resultaat.trim() || undefined,
          peildatum: vraag?.peildatum || undefined,
          pagina: paginaNummer,
          perPagina: PER_PAGINA,
        })}`,
        { schema: pagina(verwijzing), signal },
      ),
    enabled: vraag !== null,
    placeholderData: keepPreviousData,
  });
}

export function useClientenstops() {
  return useQuery({
    queryKey: ["clientenstops"],
    queryFn: ({ signal }) => api("/clientenstops", { schema: z.array(clientenstop), signal }),
  });
}

export function useSignalen(filter: { soort: string; open: boolean }, paginaNummer: number) {
  return useQuery({
    queryKey: ["signalen", filter, paginaNummer],
    queryFn: ({ signal }) =>
      api(
        `/signalen${queryString({
          soort: filter.soort || undefined,
          open: filter.open ? "ja" : undefined,
          pagina: paginaNummer,
          perPagina: PER_PAGINA,
        })}`,
        { schema: pagina(signaal), signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSignaal(id: string) {
  return useQuery({
    queryKey: ["signalen", id],
    queryFn: ({ signal }) => api(`/signalen/${encodeURIComponent(id)}`, { schema: signaal, signal }),
  });
}

export function useKwaliteitsmanagers() {
  return useQuery({
    queryKey: ["kwaliteitsmanagers"],
    queryFn: ({ signal }) => api("/signalen/kwaliteitsmanagers", { schema: z.array(medewerkerKort), signal }),
    staleTime: 5 * 60_000,
  });
}

export const voegAanbiederToe = (invoer: AanbiederInvoer) =>
  api("/aanbieders", { method: "POST", body: invoer, schema: aanbiederDetail });

export const wijzigAanbieder = (id: string, versie: number, invoer: AanbiederInvoer) =>
  api(`/aanbieders/${encodeURIComponent(id)}`, {
    method: "PUT",
    body: invoer,
    ifMatch: versie,
    schema: aanbiederDetail,
  });

export function useGemeenten() {
  return useQuery({
    queryKey: ["gemeenten"],
    queryFn: ({ signal }) => api("/gemeenten", { schema: z.array(gemeenteVanVerband), signal }),
    staleTime: 60 * 60_000,
  });
}

export function useZaakOvereenkomsten(zaakId: string) {
  return useQuery({
    queryKey: ["overeenkomsten", "zaak", zaakId],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/individuele-overeenkomsten`, {
        schema: z.array(overeenkomst),
        signal,
      }),
  });
}

export function useOvereenkomstenWachtrij(paginaNummer: number) {
  return useQuery({
    queryKey: ["overeenkomsten", "wachtrij", paginaNummer],
    queryFn: ({ signal }) =>
      api(
        `/individuele-overeenkomsten${queryString({ status: "aangevraagd", pagina: paginaNummer, perPagina: PER_PAGINA })}`,
        { schema: pagina(overeenkomst), signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export const vraagOvereenkomstAan = (invoer: OvereenkomstInvoer) =>
  api("/individuele-overeenkomsten", { method: "POST", body: invoer, schema: overeenkomst });

export const beoordeelOvereenkomst = (id: string, versie: number, invoer: BeoordelingInvoer) =>
  api(`/individuele-overeenkomsten/${encodeURIComponent(id)}/beoordeling`, {
    method: "POST",
    body: invoer,
    ifMatch: versie,
    schema: overeenkomst,
  });

export const wijzigContract = (id: string, versie: number, invoer: ContractInvoer) =>
  api(`/contracten/${encodeURIComponent(id)}`, {
    method: "PUT",
    body: invoer,
    ifMatch: versie,
    schema: contract,
  });

export const voegContractToe = (aanbiederId: string, invoer: ContractInvoer) =>
  api(`/aanbieders/${encodeURIComponent(aanbiederId)}/contracten`, {
    method: "POST",
    body: invoer,
    schema: contract,
  });

export const kondigStopAf = (aanbiederId: string, invoer: ClientenstopInvoer) =>
  api(`/aanbieders/${encodeURIComponent(aanbiederId)}/clientenstops`, {
    method: "POST",
    body: invoer,
    schema: clientenstop,
  });

export const wijzigStop = (id: string, versie: number, invoer: ClientenstopInvoer) =>
  api(`/clientenstops/${encodeURIComponent(id)}`, {
    method: "PUT",
    body: invoer,
    ifMatch: versie,
    schema: clientenstop,
  });

export const registreerSignaal = (invoer: SignaalInvoer) =>
  api("/signalen", { method: "POST", body: invoer, schema: signaal });

export const volgSignaalOp = (id: string, versie: number, invoer: OpvolgingInvoer) =>
  api(`/signalen/${encodeURIComponent(id)}/opvolging`, {
    method: "POST",
    body: invoer,
    ifMatch: versie,
    schema: signaal,
  });
