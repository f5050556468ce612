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
