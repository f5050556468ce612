/**
 * When the levering (the care granted by the besluit) starts and ends (DOMAIN §2.4–2.5; issue "De werkplek",
 * part "The cycle, closed"). Pure: the caller passes the zaak's status, the besluit in force, the toewijzingen
 * with what the provider reported (iWmo/iJw 305 start zorg, 307 stop zorg) and today.
 *
 * - ZIN: the levering starts with the provider's 305 (start zorg) for a toewijzing of the besluit in force, on
 *   the Begindatum it reports. It ends when no toewijzing of the zaak runs any more: each one is stopped by a
 *   307 whose Einddatum (the last day of care) has come, or its einddatum has passed.
 * - PGB: there is no provider message; A&O or the consulent records the start, on or after the besluit's
 *   ingangsdatum (`toetsStartLevering`). It ends when the einddatum of every granted product has passed.
 * - The end of the levering starts the evaluatie (`start-evaluatie`): the consulent then decides on a
 *   herindicatie (a new melding on the same zaak) or closes the zaak (`sluit-af` with a reason). Continuing
 *   the levering as it was is no longer possible (state machine condition `levering-loopt`).
 */

/** What the levering needs of a toewijzing (table `toewijzingen`). */
export interface LeveringToewijzing {
  besluitId: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  /** JZ002/WMO002 reden wijziging; "13" = verwijderd (ended on or before its start). */
  redenWijziging: string | null;
  /** Begindatum of the provider's 305. */
  zorgGestartOp: string | null;
  /** Einddatum of the provider's 307 (the last day of care). */
  zorgGestoptOp: string | null;
}

/** What the levering needs of the besluit in force. */
export interface LeveringBesluit {
  id: string;
  soort: string;
  leveringsvorm: string | null;
  producten: readonly { ingangsdatum: string; einddatum: string | null }[];
}

export type LeveringEinde = "stopbericht" | "einddatum";

export type LeveringStap =
  | { actie: "start-levering"; datum: string; eindigtOp: string | null; toelichting: string }
  | { actie: "start-evaluatie"; datum: string; einde: LeveringEinde; toelichting: string };

const KENT_TOE = new Set(["toekenning", "wijziging"]);
const VERWIJDERD = "13";

const vroegste = (datums: readonly string[]) => [...datums].sort()[0];
const laatste = (datums: readonly string[]) => [...datums].sort().at(-1);

/** The latest einddatum of a set of periods; null when one of them is open-ended (or there are none). */
export function geplandEinde(perioden: readonly { einddatum: string | null }[]): string | null {
  if (perioden.length === 0 || perioden.some((p) => p.einddatum === null)) return null;
  return laatste(perioden.map((p) => p.einddatum as string)) ?? null;
}

/** The first day the besluit grants (the earliest ingangsdatum of its products). */
export function ingangsdatumVan(besluit: Pick<LeveringBesluit, "producten">): string | null {
  return vroegste(besluit.producten.map((p) => p.ingangsdatum)) ?? null;
}

export const isPgb = (besluit: Pick<LeveringBesluit, "leveringsvorm">) => besluit.leveringsvorm === "pgb";

/** How a toewijzing ended on `vandaag`, or null while it runs (or may still start). */
function eindeVan(t: LeveringToewijzing, vandaag: string): { datum: string; einde: LeveringEinde } | null {
  if (t.zorgGestoptOp !== null && t.zorgGestoptOp <= vandaag)
    return { datum: t.zorgGestoptOp, einde: "stopbericht" };
  if (t.einddatum !== null && t.einddatum < vandaag) return { datum: t.einddatum, einde: "einddatum" };
  return null;
}

const TOELICHTING_EINDE: Record<LeveringEinde, string> = {
  stopbericht:
    "De aanbieder meldde het einde van de zorg (stopbericht 307) voor de laatste lopende toewijzing",
  einddatum: "De einddatum van het besluit is verstreken",
};

/**
 * The step the levering takes now, or null: a zaak in `besluit` whose ZIN care the provider started moves to
 * `levering`; a zaak in `levering` whose care has ended moves to `evaluatie`. Any other status: null.
 */
export function volgendeLeveringsstap(invoer: {
  status: string;
  besluit: LeveringBesluit | null;
  toewijzingen: readonly LeveringToewijzing[];
  vandaag: string;
}): LeveringStap | null {
  const { status, besluit, vandaag } = invoer;
  const toewijzingen = invoer.toewijzingen.filter((t) => t.redenWijziging !== VERWIJDERD);
  if (status === "besluit") {
    if (!besluit || !KENT_TOE.has(besluit.soort) || isPgb(besluit)) return null;
    const eigen = toewijzingen.filter((t) => t.besluitId === besluit.id);
    const gestart = eigen.map((t) => t.zorgGestartOp).filter((d): d is string => d !== null && d <= vandaag);
    const datum = vroegste(gestart);
    if (!datum) return null;
    return {
      actie: "start-levering",
      datum,
      eindigtOp: geplandEinde(eigen),
      toelichting: "De aanbieder meldde de start van de zorg (startbericht 305).",
    };
  }
  if (status !== "levering") return null;
  if (toewijzingen.length > 0 && (!besluit || !isPgb(besluit))) {
    const einden = toewijzingen.map((t) => eindeVan(t, vandaag));
    if (einden.some((e) => e === null)) return null;
    const ended = einden as { datum: string; einde: LeveringEinde }[];
    const datum = laatste(ended.map((e) => e.datum)) as string;
    // On the same day a 307 weighs more than a passed einddatum: the provider reported it.
    const einde = ended.some((e) => e.datum === datum && e.einde === "stopbericht")
      ? "stopbericht"
      : "einddatum";
    return { actie: "start-evaluatie", datum, einde, toelichting: `${TOELICHTING_EINDE[einde]}.` };
  }
  if (!besluit) return null;
  const eind = geplandEinde(besluit.producten);
  if (eind === null || eind >= vandaag) return null;
  return {
    actie: "start-evaluatie",
    datum: eind,
    einde: "einddatum",
    toelichting: `${TOELICHTING_EINDE.einddatum}.`,
  };
}

export type StartOvertreding = {
  regel:
    | "besluit-in-kracht"
    | "zin-start-met-305"
    | "start-vanaf-ingangsdatum"
    | "start-voor-einddatum"
    | "datum-niet-in-toekomst";
  veld: string;
  melding: string;
};

const datumNl = (iso: string) => `${Number(iso.slice(8, 10))}-${Number(iso.slice(5, 7))}-${iso.slice(0, 4)}`;

/**
 * May A&O or the consulent record the start of the levering on `datum`? Only for a PGB (ZIN starts with the
 * provider's 305), not before the besluit's ingangsdatum, not after its einddatum, not in the future.
 * Returns the planned end of the levering when allowed.
 */
export function toetsStartLevering(invoer: {
  besluit: LeveringBesluit | null;
  datum: string;
  vandaag: string;
}): { ok: true; eindigtOp: string | null } | { ok: false; overtreding: StartOvertreding } {
  const { besluit, datum, vandaag } = invoer;
  const nee = (regel: StartOvertreding["regel"], melding: string) => ({
    ok: false as const,
    overtreding: { regel, veld: "datum", melding },
  });
  if (!besluit || !KENT_TOE.has(besluit.soort))
    return nee("besluit-in-kracht", "Er is geen besluit in kracht dat ondersteuning toekent.");
  if (!isPgb(besluit))
    return nee(
      "zin-start-met-305",
      "Bij zorg in natura start de levering met het startbericht (305) van de aanbieder; dat hoeft u niet zelf vast te leggen.",
    );
  if (datum > vandaag) return nee("datum-niet-in-toekomst", "De startdatum ligt in de toekomst.");
  const ingang = ingangsdatumVan(besluit);
  if (ingang && datum < ingang)
    return nee(
      "start-vanaf-ingangsdatum",
      `De levering kan niet starten vóór de ingangsdatum van het besluit (${datumNl(ingang)}).`,
    );
  const eind = geplandEinde(besluit.producten);
  if (eind !== null && datum > eind)
    return nee(
      "start-voor-einddatum",
      `De startdatum ligt na de einddatum van het besluit (${datumNl(eind)}).`,
    );
  return { ok: true, eindigtOp: eind };
}
