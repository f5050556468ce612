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

export const VEILIGHEID_LABELS: Record<string, string> = {
  veilig: "Veilig",
  zorgen: "Zorgen",
  onveilig: "Onveilig",
  crisis: "Crisis (nu)",
};
