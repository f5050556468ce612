/**
 * Closing a zaak (004 §4.7; issue 6 item 10): the reason, whether the resident is invited to the
 * cliëntervaringsonderzoek, and the rule that no toewijzing may still run after the closing date
 * (end it first with a beëindigingsbesluit). Closing with the reason "voorliggend veld" after support was
 * delivered is afschalen, which needs the buurtteam's confirmation (four eyes, DOMAIN §2.5; the caller
 * passes the refusal of domain/opschalen/voorstel#afschalingVereist). Pure.
 */
export const AFSLUIT_REDENEN = [
  "doelen-bereikt",
  "op-verzoek",
  "verhuizing",
  "voorliggend-veld",
  "geen-ondersteuning-nodig",
  "overlijden",
  "overig",
] as const;
export type AfsluitReden = (typeof AFSLUIT_REDENEN)[number];

export const AFSLUIT_REDEN_LABELS: Record<AfsluitReden, string> = {
  "doelen-bereikt": "De doelen zijn bereikt",
  "op-verzoek": "Op verzoek van de inwoner",
  verhuizing: "De inwoner is verhuisd naar een andere gemeente",
  "voorliggend-veld": "De ondersteuning loopt verder in het voorliggend veld",
  "geen-ondersteuning-nodig": "Er is geen ondersteuning (meer) nodig",
  overlijden: "Overlijden",
  overig: "Andere reden",
};

export const ENQUETE_KANALEN = ["link", "papier", "geen"] as const;
export type EnqueteKanaal = (typeof ENQUETE_KANALEN)[number];

export interface AfsluitInvoer {
  datum: string;
  reden: AfsluitReden;
  toelichting: string;
  enquete: EnqueteKanaal;
}

export interface AfsluitOvertreding {
  regel:
    | "datum-niet-in-toekomst"
    | "toewijzingen-beeindigd"
    | "toelichting-nodig"
    | "geen-enquete-na-overlijden"
    | "afschaling-bevestigd";
  veld: string;
  melding: string;
}

export function toetsAfsluiting(
  a: AfsluitInvoer,
  context: {
    vandaag: string;
    lopendeToewijzingen: readonly { toewijzingnummer: number; einddatum: string | null }[];
    /** Why afschalen to the voorliggend veld is not confirmed (null or absent: confirmed or not needed). */
    afschalingNietBevestigd?: string | null;
  },
): AfsluitOvertreding[] {
  const fouten: AfsluitOvertreding[] = [];
  if (a.datum > context.vandaag)
    fouten.push({
      regel: "datum-niet-in-toekomst",
      veld: "datum",
      melding: "De afsluitdatum ligt in de toekomst.",
    });
  const lopend = context.lopendeToewijzingen.filter((t) => t.einddatum === null || t.einddatum > a.datum);
  if (lopend.length > 0)
    fouten.push({
      regel: "toewijzingen-beeindigd",
      veld: "datum",
      melding: `Er ${lopend.length === 1 ? "loopt nog een toewijzing" : `lopen nog ${lopend.length} toewijzingen`} na de afsluitdatum (nummer ${lopend.map((t) => t.toewijzingnummer).join(", ")}). Neem eerst een besluit tot beëindiging.`,
    });
  if (a.reden === "overig" && a.toelichting.trim() === "")
    fouten.push({
      regel: "toelichting-nodig",
      veld: "toelichting",
      melding: "Licht de reden van afsluiten toe.",
    });
  if (a.reden === "overlijden" && a.enquete !== "geen")
    fouten.push({
      regel: "geen-enquete-na-overlijden",
      veld: "enquete",
      melding: "Na een overlijden wordt geen cliëntervaringsonderzoek verstuurd.",
    });
  if (a.reden === "voorliggend-veld" && context.afschalingNietBevestigd)
    fouten.push({ regel: "afschaling-bevestigd", veld: "reden", melding: context.afschalingNietBevestigd });
  return fouten;
}
