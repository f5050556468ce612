/**
 * The content of a resultatenplan ("plan wat", 004 §4.3): what the resident and the consulent agree on.
 * Plain types; the API's zod schema (src/contract/resultatenplan.ts) produces values of these shapes.
 */
import type { Domein } from "../catalogus/resultatenmatrix";

export const LEVERINGSVORMEN = ["zin", "pgb"] as const;
export type Leveringsvorm = (typeof LEVERINGSVORMEN)[number];

export const REGIEGROEP_ROLLEN = ["adviseert", "sluit-aan", "neemt-over"] as const;
export type RegiegroepRol = (typeof REGIEGROEP_ROLLEN)[number];

export const PGB_UITVOERDERS = ["sociaal-netwerk", "professioneel"] as const;
export type PgbUitvoerder = (typeof PGB_UITVOERDERS)[number];

export const TARIEF_EENHEDEN = ["uur", "dagdeel", "etmaal"] as const;
export type TariefEenheid = (typeof TARIEF_EENHEDEN)[number];

export interface Vraagverheldering {
  leefgebied: string;
  /** 1 (grote zorgen) … 5 (gaat goed); null = not scored, the beoordeling says it. */
  score: number | null;
  beoordeling: string;
  eigenKracht: string;
  gewensteResultaten: string;
}

export interface PlanResultaat {
  persoonId: string;
  domein: Domein;
  hoofdresultaat: string;
  subresultaat: string | null;
  toelichting: string;
}

export interface VoorliggendeOplossing {
  omschrijving: string;
  persoonId: string | null;
  /**
   * The voorziening chosen from the sociale kaart (domain/sociale-kaart), so the residents helped in the
   * voorliggend veld can be counted per voorziening; null or absent: free text (plans from before the kaart).
   */
  voorzieningId?: string | null;
}

export interface KortdurendeOndersteuning {
  omschrijving: string;
  persoonId: string | null;
  startdatum: string;
  einddatum: string;
  /** Long-term low-frequency support: up to 12 months instead of 6. */
  laagfrequent: boolean;
}

export interface Omvang {
  volume: number;
  eenheid: string;
  frequentie: string;
}

export interface Voorwaarde {
  voldaan: boolean;
  toelichting: string;
}

/** The check of the resident's pgb-plan against the three conditions (004 §4.3). */
export interface PgbToets {
  bekwaamheid: Voorwaarde;
  motivering: Voorwaarde;
  kwaliteit: Voorwaarde;
  uitvoerder: PgbUitvoerder;
  /** Professional youth provider: its Inspectieloket registration was checked. */
  inspectieloketGecontroleerd: boolean;
  /** Tariff in eurocent per unit (required for the social network). */
  tarief: { bedrag: number; per: TariefEenheid } | null;
}

export interface Maatwerkvoorziening {
  persoonId: string;
  wet: "wmo" | "jeugd";
  productCode: string;
  leveringsvorm: Leveringsvorm;
  aanbiederAgb: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  omvang: Omvang | null;
  /** Eurocent. */
  budget: number | null;
  pgbToets: PgbToets | null;
}

export interface Evaluatiemoment {
  datum: string;
  wijze: string;
}

/** How the Regiegroep is involved (multi-problem cases, several providers, interventieniveau 6). */
export interface RegiegroepBetrokkenheid {
  rol: RegiegroepRol;
  datum: string;
  toelichting: string;
}

/** The Omgekeerde Toets (Stimulansz, 004 §10) as four recorded steps, with an optional deviation. */
export interface OmgekeerdeToets {
  effect: string;
  grondwaarde: string;
  ethiek: string;
  randvoorwaarden: string;
  /** The decision deviates from this rule (null: no deviation). */
  afwijking: { regel: string; motivering: string } | null;
  /** Consultation with the juridisch kwaliteitsmedewerker (required with a deviation). */
  juridischOverleg: { juristId: string; datum: string; advies: string } | null;
}

/** Contracted care doesn't fit and a PGB is not wanted/possible: ask the teamleider for an IO. */
export interface IoVerzoek {
  motivering: string;
  aanbiederAgb: string;
  productCode: string;
}

export interface PlanInhoud {
  hulpvraag: string;
  leefgebieden: string[];
  vraagverheldering: Vraagverheldering[];
  systeem: string;
  historie: string;
  watWerkt: string;
  watWerktNiet: string;
  netwerk: string;
  resultaten: PlanResultaat[];
  voorliggendeOplossingen: VoorliggendeOplossing[];
  kortdurendeOndersteuning: KortdurendeOndersteuning[];
  maatwerkvoorzieningen: Maatwerkvoorziening[];
  evaluatiemomenten: Evaluatiemoment[];
  regiegroep: RegiegroepBetrokkenheid | null;
  omgekeerdeToets: OmgekeerdeToets | null;
  individueleOvereenkomst: IoVerzoek | null;
}

export const LEGE_INHOUD: PlanInhoud = {
  hulpvraag: "",
  leefgebieden: [],
  vraagverheldering: [],
  systeem: "",
  historie: "",
  watWerkt: "",
  watWerktNiet: "",
  netwerk: "",
  resultaten: [],
  voorliggendeOplossingen: [],
  kortdurendeOndersteuning: [],
  maatwerkvoorzieningen: [],
  evaluatiemomenten: [],
  regiegroep: null,
  omgekeerdeToets: null,
  individueleOvereenkomst: null,
};
