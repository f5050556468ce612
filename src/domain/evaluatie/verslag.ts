/**
 * The evaluatieverslag (uniform NMD evaluatieformulier, 004 §4.6; issue 6 item 9) and what its outcome
 * does to the zaak. Pure.
 *
 * - The form holds the (ending) indicatie, the result reached in the period, the motivated further need,
 *   satisfaction, and whether the plan should change.
 * - Op- or afschalen is not an outcome the consulent records alone: it needs the four-eyes consultation with
 *   the buurtteam (000 §4: "no op-/afschalen without consultation"), which is a proposal a buurtteam
 *   medewerker confirms in their own session (domain/opschalen/voorstel). The outcomes `opschalen` and
 *   `afschalen` stay known for the verslagen recorded before, but a new verslag with them is refused.
 * - Outcomes map onto the existing zaak state machine: voortzetten → zet-levering-voort, herindicatie →
 *   herindicatie (a new melding cycle on the same zaak, so the family's plan gets a new version), afsluiten →
 *   the zaak stays in evaluatie until the afsluiting is recorded (closing letter, survey, retention date).
 */
import type { ActieCode } from "../zaak/statusmachine";

export const EVALUATIE_UITKOMSTEN = [
  "voortzetten",
  "opschalen",
  "afschalen",
  "herindicatie",
  "afsluiten",
] as const;
export type EvaluatieUitkomst = (typeof EVALUATIE_UITKOMSTEN)[number];

/** The outcomes a new verslag can have (op- and afschalen go through a proposal the buurtteam confirms). */
export const EVALUATIE_KEUZES = [
  "voortzetten",
  "herindicatie",
  "afsluiten",
] as const satisfies readonly EvaluatieUitkomst[];

export const EVALUATIE_UITKOMST_LABELS: Record<EvaluatieUitkomst, string> = {
  voortzetten: "Ondersteuning voortzetten",
  opschalen: "Opschalen (zwaardere ondersteuning)",
  afschalen: "Afschalen (lichtere ondersteuning of voorliggend veld)",
  herindicatie: "Herindicatie (nieuwe melding, nieuw plan)",
  afsluiten: "Afsluiten",
};

export const RESULTAAT_BEREIKT = ["ja", "deels", "nee"] as const;
export type ResultaatBereikt = (typeof RESULTAAT_BEREIKT)[number];

export interface Evaluatieverslag {
  datum: string;
  /** The indicatie under evaluation ends on (null: no end date). */
  indicatieEindigtOp: string | null;
  resultaatBereikt: ResultaatBereikt;
  resultaatToelichting: string;
  /** Motivated further need (empty when none). */
  vervolgbehoefte: string;
  /** Satisfaction of the resident 1–5 (null: not asked / no answer), and of others involved. */
  tevredenheid: number | null;
  tevredenheidToelichting: string;
  planAanpassen: boolean;
  planToelichting: string;
  uitkomst: EvaluatieUitkomst;
}

export type EvaluatieRegel =
  | "datum-niet-in-toekomst"
  | "resultaat-toegelicht"
  | "vervolgbehoefte-gemotiveerd"
  | "schalen-via-voorstel"
  | "plan-toegelicht";

export interface EvaluatieOvertreding {
  regel: EvaluatieRegel;
  veld: string;
  melding: string;
}

const leeg = (t: string) => t.trim().length === 0;

/** Checks the verslag. */
export function toetsEvaluatie(v: Evaluatieverslag, context: { vandaag: string }): EvaluatieOvertreding[] {
  const fouten: EvaluatieOvertreding[] = [];
  if (v.datum > context.vandaag)
    fouten.push({
      regel: "datum-niet-in-toekomst",
      veld: "datum",
      melding: "De evaluatiedatum ligt in de toekomst.",
    });
  if (leeg(v.resultaatToelichting))
    fouten.push({
      regel: "resultaat-toegelicht",
      veld: "resultaatToelichting",
      melding: "Beschrijf welk resultaat in de afgelopen periode is bereikt.",
    });
  const vervolg = v.uitkomst !== "afsluiten" && v.uitkomst !== "afschalen";
  if (vervolg && leeg(v.vervolgbehoefte))
    fouten.push({
      regel: "vervolgbehoefte-gemotiveerd",
      veld: "vervolgbehoefte",
      melding: "Motiveer welke ondersteuning nog nodig is en waarom.",
    });
  if (v.planAanpassen && leeg(v.planToelichting))
    fouten.push({
      regel: "plan-toegelicht",
      veld: "planToelichting",
      melding: "Beschrijf wat er in het plan moet veranderen.",
    });
  if (v.uitkomst === "opschalen" || v.uitkomst === "afschalen")
    fouten.push({
      regel: "schalen-via-voorstel",
      veld: "uitkomst",
      melding:
        "Op- of afschalen gaat via een voorstel dat een medewerker van het buurtteam in de eigen sessie bevestigt (vier ogen). Doe een voorstel op de zaak.",
    });
  return fouten;
}

/** The state machine actions the outcome performs, from the zaak's current status (levering or evaluatie). */
export function actiesVoorUitkomst(status: string, uitkomst: EvaluatieUitkomst): ActieCode[] {
  const start: ActieCode[] = status === "levering" ? ["start-evaluatie"] : [];
  switch (uitkomst) {
    case "voortzetten":
    case "opschalen":
    case "afschalen":
      return [...start, "zet-levering-voort"];
    case "herindicatie":
      return [...start, "herindicatie"];
    case "afsluiten":
      return start;
  }
}
