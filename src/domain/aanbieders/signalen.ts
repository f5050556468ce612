/**
 * Kwaliteitssignalen (from the kwaliteitsteam: complaints, calamities, inspection findings) and
 * contractsignalen (from the contract team: a provider not keeping agreements) about a provider,
 * on a signal list with an assigned kwaliteitsmanager (DOMAIN.md §7). Each signal walks
 * nieuw → in behandeling → maatregel → afgesloten; every step carries a follow-up note.
 */

export const SIGNAALSOORTEN = ["kwaliteit", "contract"] as const;
export type Signaalsoort = (typeof SIGNAALSOORTEN)[number];

export const SIGNAALSTATUSSEN = ["nieuw", "in-behandeling", "maatregel", "afgesloten"] as const;
export type Signaalstatus = (typeof SIGNAALSTATUSSEN)[number];

export const SIGNAALSTATUS_LABELS: Record<Signaalstatus, string> = {
  nieuw: "Nieuw",
  "in-behandeling": "In behandeling",
  maatregel: "Maatregel genomen",
  afgesloten: "Afgesloten",
};

/** Allowed next statuses. A measure can be evaluated again (back to in behandeling); afgesloten is final. */
const OVERGANGEN: Record<Signaalstatus, readonly Signaalstatus[]> = {
  nieuw: ["in-behandeling", "afgesloten"],
  "in-behandeling": ["maatregel", "afgesloten"],
  maatregel: ["in-behandeling", "afgesloten"],
  afgesloten: [],
};

export function volgendeStatussen(status: Signaalstatus): readonly Signaalstatus[] {
  return OVERGANGEN[status];
}

export interface Opvolging {
  /** New status, or null for a note without a status change. */
  naarStatus: Signaalstatus | null;
  notitie: string;
  /** Kwaliteitsmanager to (re)assign; undefined = unchanged. */
  kwaliteitsmanagerId?: string | null;
}

export type OpvolgingUitkomst =
  | { ok: true; status: Signaalstatus }
  | { ok: false; regel: string; veld: string; melding: string };

/**
 * Judges a follow-up step on a signal. Rules: a note is required; a closed signal takes no more
 * steps; only the transitions above; taking it in behandeling or naming a maatregel needs a
 * kwaliteitsmanager (already assigned or assigned in this step).
 */
export function beoordeelOpvolging(
  huidig: { status: Signaalstatus; kwaliteitsmanagerId: string | null },
  stap: Opvolging,
): OpvolgingUitkomst {
  if (stap.notitie.trim().length === 0)
    return { ok: false, regel: "notitie-verplicht", veld: "notitie", melding: "Beschrijf de opvolging" };
  if (huidig.status === "afgesloten")
    return {
      ok: false,
      regel: "signaal-afgesloten",
      veld: "naarStatus",
      melding: "Dit signaal is afgesloten; registreer een nieuw signaal",
    };
  if (stap.naarStatus === null || stap.naarStatus === huidig.status)
    return { ok: true, status: huidig.status };
  if (!OVERGANGEN[huidig.status].includes(stap.naarStatus))
    return {
      ok: false,
      regel: "statusovergang",
      veld: "naarStatus",
      melding: `Van '${SIGNAALSTATUS_LABELS[huidig.status]}' kan een signaal niet naar '${SIGNAALSTATUS_LABELS[stap.naarStatus]}'`,
    };
  const manager =
    stap.kwaliteitsmanagerId === undefined ? huidig.kwaliteitsmanagerId : stap.kwaliteitsmanagerId;
  if ((stap.naarStatus === "in-behandeling" || stap.naarStatus === "maatregel") && !manager)
    return {
      ok: false,
      regel: "kwaliteitsmanager-verplicht",
      veld: "kwaliteitsmanagerId",
      melding: "Wijs eerst een kwaliteitsmanager toe",
    };
  return { ok: true, status: stap.naarStatus };
}
