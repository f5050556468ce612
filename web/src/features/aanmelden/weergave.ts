import {
  isZaakStatus,
  isZaaktype,
  statusLabel,
  ZAAKTYPE_LABELS,
} from "../../../../src/domain/zaak/zaaktypen";
import {
  AANMELDKANAAL_LABELS,
  CONTACT_THEMA_LABELS,
  CONTACT_UITKOMST_LABELS,
  WERKVOORRAAD_LABELS,
} from "../../lib/contract";

const label = (labels: Record<string, string>) => (code: string) => labels[code] ?? code;

export const kanaalLabel = label(AANMELDKANAAL_LABELS);
export const themaLabel = label(CONTACT_THEMA_LABELS);
export const uitkomstLabel = label(CONTACT_UITKOMST_LABELS);
export const werkvoorraadLabel = label(WERKVOORRAAD_LABELS);
export const zaaktypeLabel = label(ZAAKTYPE_LABELS);

/** The status of a zaak in words, with the zaaktype's own name where it has one. */
export const zaakStatusLabel = (status: string, zaaktype: string) =>
  isZaakStatus(status) ? statusLabel(status, isZaaktype(zaaktype) ? zaaktype : undefined) : status;

export const VEILIGHEID_LABELS: Record<string, string> = {
  veilig: "Veilig",
  zorgen: "Zorgen",
  onveilig: "Onveilig",
  crisis: "Crisis (nu)",
};
