/**
 * The gedragswetenschapper (seed 004 §8: "De gedragswetenschapper coacht de casemanagers als het gaat om
 * belangrijke beslissingen in gezinnen"): on an important decision the casemanager asks for advice, the
 * gedragswetenschapper gives it in their own session, and then the decision is recorded. Pure.
 *
 * Which decisions are important is DATA (BESLISSINGEN_MET_ADVIES), each with why:
 *  - the step into the gedwongen kader, the Verzoek tot onderzoek at the Raad (Jeugdwet art. 2.4 lid 1; seed 004
 *    §8 scheme "Gedwongen kader → VTO indienen"): the college asks the Raad to investigate a family;
 *  - proposing a uithuisplaatsing (seed 004 begrippenlijst OTS: the gezag of the parents is limited; a placement
 *    outside the home is the heaviest decision about a child in a family);
 *  - closing the safety trajectory (seed 004 §8 scheme "Afsluiten"): deciding the child is safe enough without it.
 * Rule: such a decision cannot be recorded before the advice on it is recorded.
 */
export const BESLISSINGEN_MET_ADVIES = [
  {
    code: "vto-indienen",
    label: "Verzoek tot onderzoek indienen bij de Raad voor de Kinderbescherming",
    /** The gedwongen-kader step that carries out this decision (traject.ts), if any. */
    stap: "vto-ingediend",
  },
  { code: "uithuisplaatsing-voorstellen", label: "Uithuisplaatsing voorstellen", stap: null },
  { code: "afsluiten-veiligheidstraject", label: "Het veiligheidstraject afsluiten", stap: null },
] as const;

export type BeslissingCode = (typeof BESLISSINGEN_MET_ADVIES)[number]["code"];
export const BESLISSING_CODES = BESLISSINGEN_MET_ADVIES.map((b) => b.code) as [
  BeslissingCode,
  ...BeslissingCode[],
];
export const beslissingLabel = (code: BeslissingCode) =>
  BESLISSINGEN_MET_ADVIES.find((b) => b.code === code)?.label ?? code;

export interface Adviesvraag {
  id: string;
  beslissing: BeslissingCode;
  gevraagdOp: string;
  advies: { op: string } | null;
  besluit: { op: string } | null;
}

export type AdviesUitkomst = { ok: true } | { ok: false; regel: string; veld: string; reden: string };

const nee = (regel: string, veld: string, reden: string): AdviesUitkomst => ({
  ok: false,
  regel,
  veld,
  reden,
});

/** The decision that a step carries out, when the gedragswetenschapper must be heard on it. */
export const beslissingVoorStap = (stap: string): BeslissingCode | null =>
  BESLISSINGEN_MET_ADVIES.find((b) => b.stap === stap)?.code ?? null;

/** A decision that needs advice: only once an advice on it was recorded (and not yet used for a decision). */
export function toetsBeslissingMetAdvies(
  vragen: readonly Adviesvraag[],
  beslissing: BeslissingCode,
): AdviesUitkomst {
  if (vragen.some((v) => v.beslissing === beslissing && v.advies)) return { ok: true };
  return nee(
    "gedragswetenschapper-advies-eerst",
    "beslissing",
    `Voor de beslissing "${beslissingLabel(beslissing).toLowerCase()}" is eerst het advies van de gedragswetenschapper nodig.`,
  );
}

/** A new request: not while a request on the same decision is still open. */
export function toetsAdviesvraag(vragen: readonly Adviesvraag[], beslissing: BeslissingCode): AdviesUitkomst {
  if (vragen.some((v) => v.beslissing === beslissing && !v.besluit))
    return nee(
      "adviesvraag-loopt-al",
      "beslissing",
      "Over deze beslissing loopt al een adviesvraag aan de gedragswetenschapper.",
    );
  return { ok: true };
}

/** The advice: once per request. */
export function toetsAdvies(vraag: Adviesvraag): AdviesUitkomst {
  if (vraag.advies)
    return nee("advies-al-gegeven", "advies", "Op deze adviesvraag is al een advies gegeven.");
  return { ok: true };
}

/** The decision that follows the advice: only after the advice, once. */
export function toetsBesluitOpAdvies(vraag: Adviesvraag): AdviesUitkomst {
  if (!vraag.advies)
    return nee(
      "gedragswetenschapper-advies-eerst",
      "besluit",
      "Leg de beslissing vast nadat de gedragswetenschapper advies heeft gegeven.",
    );
  if (vraag.besluit) return nee("besluit-al-vastgelegd", "besluit", "De beslissing is al vastgelegd.");
  return { ok: true };
}
