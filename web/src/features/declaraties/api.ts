import { useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { besteding, type TariefInvoer, tarief, tarievenAntwoord } from "../../lib/contract";

export function useTarieven(aanbiederId: string) {
  return useQuery({
    queryKey: ["tarieven", aanbiederId],
    queryFn: ({ signal }) =>
      api(`/aanbieders/${encodeURIComponent(aanbiederId)}/tarieven`, { schema: tarievenAntwoord, signal }),
  });
}

export function useBesteding(aanbiederId: string, aan: boolean) {
  return useQuery({
    queryKey: ["besteding", aanbiederId],
    queryFn: ({ signal }) =>
      api(`/aanbieders/${encodeURIComponent(aanbiederId)}/besteding`, { schema: besteding, signal }),
    enabled: aan,
  });
}

export const legTariefVast = (aanbiederId: string, invoer: TariefInvoer) =>
  api(`/aanbieders/${encodeURIComponent(aanbiederId)}/tarieven`, {
    method: "POST",
    body: invoer,
    schema: tarief,
  });

export const wijzigTarief = (id: string, versie: number, invoer: TariefInvoer) =>
  api(`/tarieven/${encodeURIComponent(id)}`, {
    method: "PUT",
    body: invoer,
    ifMatch: versie,
    schema: tarief,
  });

/** Eurocent as "€ 65,00". */
export const euro = (cent: number) =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cent / 100);
