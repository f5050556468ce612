import type { ResultatenplanDetail } from "../../lib/contract";

/** Zaaktypen whose support is planned in a resultatenplan. */
export const ZAAKTYPEN_MET_PLAN = ["wmo", "jeugd", "regie", "veilig-opgroeien"];

export const PLAN_STATUS_TEKST: Record<ResultatenplanDetail["status"], string> = {
  concept: "concept",
  definitief: "definitief",
  "ter-ondertekening": "ter ondertekening bij de inwoner",
  ondertekend: "ondertekend",
};

export const REGIEGROEP_ROL_TEKST: Record<string, string> = {
  adviseert: "Regiegroep adviseert (consulent houdt de regie)",
  "sluit-aan": "Een regisseur sluit aan",
  "neemt-over": "De Regiegroep neemt de regie over",
};

/** Euro input ("12,50") → eurocent, or null when empty/invalid. */
export function naarEurocent(tekst: string): number | null {
  const schoon = tekst.trim().replace(/\./g, "").replace(",", ".");
  if (schoon === "") return null;
  const n = Number(schoon);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

export const alsEuro = (cent: number | null | undefined) =>
  cent === null || cent === undefined ? "" : (cent / 100).toFixed(2).replace(".", ",");
