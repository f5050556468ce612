/**
 * Toestemming benoemd bespreken (DOMAIN §2.2): a zaak is discussed in the casuïstiekoverleg anonymously,
 * by name only when the resident (or their representative) consented. The consent is recorded per zaak:
 * who gave it, when and how; it can be withdrawn.
 */
export const TOESTEMMING_WIJZEN = ["mondeling", "schriftelijk", "digitaal"] as const;
export type ToestemmingWijze = (typeof TOESTEMMING_WIJZEN)[number];

export interface Toestemming {
  gegevenDoor: string;
  /** ISO date on which the consent was given. */
  op: string;
  wijze: ToestemmingWijze;
  /** ISO date of withdrawal, null while in force. */
  ingetrokkenOp: string | null;
}

export const REGEL_BENOEMD = "toestemming-benoemd-bespreken";

/** Null when the zaak may be discussed by name on `datum`, else the Dutch reason naming the rule. */
export function toetsBenoemdBespreken(
  toestemming: Toestemming | null | undefined,
  datum: string,
): string | null {
  if (!toestemming)
    return `Er is geen toestemming van de inwoner vastgelegd om deze zaak met naam te bespreken (regel: ${REGEL_BENOEMD}). Bespreek de zaak geanonimiseerd.`;
  if (toestemming.op > datum)
    return `De toestemming om met naam te bespreken geldt pas vanaf ${toestemming.op} (regel: ${REGEL_BENOEMD}).`;
  if (toestemming.ingetrokkenOp !== null && toestemming.ingetrokkenOp <= datum)
    return `De inwoner heeft de toestemming om met naam te bespreken op ${toestemming.ingetrokkenOp} ingetrokken (regel: ${REGEL_BENOEMD}).`;
  return null;
}

/** Checks the dates of a consent to record; Dutch field errors (empty = fine). */
export function toetsToestemming(
  t: { op: string },
  grenzen: { meldingsdatum: string; vandaag: string },
): { veld: string; melding: string }[] {
  if (t.op > grenzen.vandaag) return [{ veld: "op", melding: "De datum ligt in de toekomst." }];
  if (t.op < grenzen.meldingsdatum) return [{ veld: "op", melding: "De datum ligt vóór de melding." }];
  return [];
}
