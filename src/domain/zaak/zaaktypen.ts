/**
 * Zaaktypen and zaakstatussen of the Toegang (DOMAIN §2, §4).
 * Which statuses a zaaktype uses is data: the status machine only offers transitions into statuses
 * the zaaktype lists.
 */

export const ZAAKTYPEN = [
  "wmo",
  "jeugd",
  "werk",
  "schuldhulp",
  "leerplicht",
  "veilig-opgroeien",
  "regie",
] as const;
export type Zaaktype = (typeof ZAAKTYPEN)[number];

export const ZAAK_STATUSSEN = [
  "melding",
  "onderzoek",
  "plan",
  "aanvraag",
  "besluit",
  "levering",
  "evaluatie",
  "afgesloten",
  "niet-opgepakt",
  "bezwaar",
  "beroep",
] as const;
export type ZaakStatus = (typeof ZAAK_STATUSSEN)[number];

/** Statuses that end a zaak. Only the actions in `ACTIES_VANUIT_EINDSTATUS` (statusmachine) leave them. */
export const EINDSTATUSSEN = ["afgesloten", "niet-opgepakt"] as const satisfies readonly ZaakStatus[];
export type EindStatus = (typeof EINDSTATUSSEN)[number];

export const STATUS_LABELS: Record<ZaakStatus, string> = {
  melding: "Melding",
  onderzoek: "Onderzoek (vraagverheldering)",
  plan: "Resultatenplan",
  aanvraag: "Aanvraag",
  besluit: "Besluit",
  levering: "Levering",
  evaluatie: "Evaluatie",
  afgesloten: "Afgesloten",
  "niet-opgepakt": "Niet opgepakt",
  bezwaar: "Bezwaar",
  beroep: "Beroep",
};

export const ZAAKTYPE_LABELS: Record<Zaaktype, string> = {
  wmo: "Wmo",
  jeugd: "Jeugd",
  werk: "Werk en inkomen",
  schuldhulp: "Schuldhulp",
  leerplicht: "Leerplicht",
  "veilig-opgroeien": "Veilig Opgroeien",
  regie: "Regie",
};

export interface ZaaktypeConfig {
  zaaktype: Zaaktype;
  /** Statuses this zaaktype uses; always includes `melding` and the final statuses. */
  statussen: readonly ZaakStatus[];
  /** A besluit may be taken without a (signed) aanvraag, e.g. Jeugdwet (no statutory aanvraag procedure). */
  besluitZonderAanvraag: boolean;
  /** Support may start without a besluit (regie, voluntary help by the casemanager itself). */
  leveringZonderBesluit: boolean;
  /**
   * An aanvraag is only valid after the onderzoek, unless the caller injects `aanvraagToegestaan`
   * (Wmo 2015 art. 2.3.2 lid 9: also when 6 weeks passed without an onderzoek).
   */
  aanvraagPasNaOnderzoek: boolean;
  /**
   * The onderzoek ends with a written verslag to the resident, recorded as its own step (Wmo 2015 art. 2.3.2
   * lid 8; for the Jeugdwet the NMD verordening follows the same steps).
   */
  onderzoeksverslag: boolean;
  /** Zaaktype-specific status names for the UI. */
  statusLabels?: Partial<Record<ZaakStatus, string>>;
}

const VOLLEDIG: readonly ZaakStatus[] = ZAAK_STATUSSEN;
const ZONDER_BESLUIT: readonly ZaakStatus[] = [
  "melding",
  "onderzoek",
  "plan",
  "levering",
  "evaluatie",
  "afgesloten",
  "niet-opgepakt",
];

export type ZaaktypeConfigs = Record<Zaaktype, ZaaktypeConfig>;

export const ZAAKTYPE_CONFIG: ZaaktypeConfigs = {
  wmo: {
    zaaktype: "wmo",
    statussen: VOLLEDIG,
    besluitZonderAanvraag: false,
    leveringZonderBesluit: false,
    aanvraagPasNaOnderzoek: true,
    onderzoeksverslag: true,
  },
  jeugd: {
    zaaktype: "jeugd",
    statussen: VOLLEDIG,
    besluitZonderAanvraag: true,
    leveringZonderBesluit: false,
    aanvraagPasNaOnderzoek: false,
    onderzoeksverslag: true,
  },
  werk: {
    zaaktype: "werk",
    statussen: VOLLEDIG,
    besluitZonderAanvraag: false,
    leveringZonderBesluit: false,
    aanvraagPasNaOnderzoek: false,
    onderzoeksverslag: false,
    statusLabels: { plan: "Plan van aanpak", levering: "Traject" },
  },
  schuldhulp: {
    zaaktype: "schuldhulp",
    statussen: VOLLEDIG,
    besluitZonderAanvraag: false,
    leveringZonderBesluit: false,
    aanvraagPasNaOnderzoek: false,
    onderzoeksverslag: false,
    statusLabels: {
      onderzoek: "Eerste gesprek en onderzoek",
      plan: "Plan van aanpak",
      levering: "Schuldhulptraject",
    },
  },
  // Leerplicht: verzuimmelding → onderzoek (contact school, waarschuwingsgesprek, officiële waarschuwing,
  // MPO, HALT / proces-verbaal) → afgesloten. No Awb-besluit, so no bezwaar/beroep.
  leerplicht: {
    zaaktype: "leerplicht",
    statussen: ["melding", "onderzoek", "afgesloten", "niet-opgepakt"],
    besluitZonderAanvraag: false,
    leveringZonderBesluit: false,
    aanvraagPasNaOnderzoek: false,
    onderzoeksverslag: false,
    statusLabels: { melding: "Verzuimmelding", onderzoek: "Verzuimaanpak" },
  },
  "veilig-opgroeien": {
    zaaktype: "veilig-opgroeien",
    statussen: ZONDER_BESLUIT,
    besluitZonderAanvraag: true,
    leveringZonderBesluit: true,
    aanvraagPasNaOnderzoek: false,
    onderzoeksverslag: false,
    statusLabels: { plan: "Veiligheidsplan", levering: "Uitvoering" },
  },
  regie: {
    zaaktype: "regie",
    statussen: ZONDER_BESLUIT,
    besluitZonderAanvraag: false,
    leveringZonderBesluit: true,
    aanvraagPasNaOnderzoek: false,
    onderzoeksverslag: false,
    statusLabels: { plan: "Gezinsplan", levering: "Uitvoering regie" },
  },
};

export function isZaaktype(waarde: unknown): waarde is Zaaktype {
  return typeof waarde === "string" && (ZAAKTYPEN as readonly string[]).includes(waarde);
}

export function isZaakStatus(waarde: unknown): waarde is ZaakStatus {
  return typeof waarde === "string" && (ZAAK_STATUSSEN as readonly string[]).includes(waarde);
}

export function isEindStatus(status: ZaakStatus): status is EindStatus {
  return (EINDSTATUSSEN as readonly ZaakStatus[]).includes(status);
}

/** The Dutch label of a status, with the zaaktype's own name where it has one. */
export function statusLabel(
  status: ZaakStatus,
  zaaktype?: Zaaktype,
  configs: ZaaktypeConfigs = ZAAKTYPE_CONFIG,
) {
  return (zaaktype && configs[zaaktype]?.statusLabels?.[status]) ?? STATUS_LABELS[status];
}
