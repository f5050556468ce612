/**
 * The lifecycle of a resultatenplan: concept → definitief → ter-ondertekening → ondertekend (004 §4.3, §12).
 * A change to a definitive, sent or signed plan makes a new concept version (every version is kept);
 * a changed plan must be signed again. Pure.
 */
export const PLAN_STATUSSEN = ["concept", "definitief", "ter-ondertekening", "ondertekend"] as const;
export type PlanStatus = (typeof PLAN_STATUSSEN)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  concept: "Concept",
  definitief: "Definitief",
  "ter-ondertekening": "Ter ondertekening bij de inwoner",
  ondertekend: "Ondertekend",
};

export const PLAN_STAPPEN = ["definitief", "ter-ondertekening", "ondertekend"] as const;
export type PlanStap = (typeof PLAN_STAPPEN)[number];

const VANUIT: Record<PlanStap, readonly PlanStatus[]> = {
  definitief: ["concept"],
  "ter-ondertekening": ["definitief"],
  ondertekend: ["definitief", "ter-ondertekening"],
};

/** The code of the rule "a step is only taken from these statuses", per step. */
export const STAP_REGELS = {
  definitief: "definitief-alleen-vanuit-concept",
  "ter-ondertekening": "ter-ondertekening-alleen-definitief",
  ondertekend: "ondertekenen-alleen-definitief",
} as const satisfies Record<PlanStap, string>;
export type StapRegel = (typeof STAP_REGELS)[PlanStap];

const WEIGERING: Record<PlanStap, string> = {
  definitief: "Alleen een conceptplan kan definitief worden gemaakt.",
  "ter-ondertekening": "Alleen een definitief plan kan ter ondertekening naar de inwoner.",
  ondertekend: "Alleen een definitief plan (eventueel ter ondertekening verstuurd) kan worden ondertekend.",
};

export type StapUitkomst = { ok: true; naar: PlanStatus } | { ok: false; regel: StapRegel; reden: string };

export function zetStap(huidig: PlanStatus, stap: PlanStap): StapUitkomst {
  if (!VANUIT[stap].includes(huidig))
    return {
      ok: false,
      regel: STAP_REGELS[stap],
      reden: `${WEIGERING[stap]} Dit plan is '${PLAN_STATUS_LABELS[huidig]}'.`,
    };
  return { ok: true, naar: stap };
}

/** Saving content always yields a concept. */
export const STATUS_NA_WIJZIGING: PlanStatus = "concept";
