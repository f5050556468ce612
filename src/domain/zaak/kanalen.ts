/** How a melding reached the Toegang (DOMAIN.md §2.1). */
export const AANMELDKANALEN = [
  "balie",
  "telefoon",
  "email",
  "webformulier",
  "portaal",
  "vindplaats",
  "verwijzer",
  "politie-zorgmelding",
  "veilig-thuis",
  "raad-kinderbescherming",
  "werk-nl",
] as const;
export type Aanmeldkanaal = (typeof AANMELDKANALEN)[number];

export const AANMELDKANAAL_LABELS: Record<Aanmeldkanaal, string> = {
  balie: "Balie gemeentehuis",
  telefoon: "Telefoon",
  email: "E-mail",
  webformulier: "Webformulier",
  portaal: "Digitaal portaal",
  vindplaats: "Vindplaats (school, huisarts, dorp)",
  verwijzer: "Externe verwijzer (huisarts, jeugdarts, GI, medisch specialist, rechter)",
  "politie-zorgmelding": "Zorgmelding politie",
  "veilig-thuis": "Veilig Thuis",
  "raad-kinderbescherming": "Raad voor de Kinderbescherming",
  "werk-nl": "Werk.nl",
};
