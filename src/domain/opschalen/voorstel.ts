/**
 * Op- en afschalen with four eyes (DOMAIN §1 buurtteam row, §2.5; 000 §4: "no op-/afschalen without consultation
 * between consulent and buurtteam"). Pure.
 *
 * - The consulent (role toegangsmedewerker) proposes, with a motivation, while the support runs (zaak status
 *   levering or evaluatie): opschalen to heavier support, afschalen to lighter maatwerk, or afschalen to the
 *   voorliggend veld. One open proposal per zaak.
 * - A medewerker of the buurtteam confirms or refuses it in their own session — never the proposer, even
 *   when one person holds both roles. A refusal needs a motivation and changes nothing on the zaak.
 * - Only a confirmed proposal takes effect (`gevolgVanBevestiging`):
 *   · opschalen / afschalen within maatwerk change the maatwerkvoorziening, which needs a new onderzoek,
 *     resultatenplan (the signed plan is the aanvraag) and a wijzigingsbesluit: the zaak goes to herindicatie
 *     (a new melding on the same zaak; the running toewijzingen go on until that besluit replaces them);
 *   · afschalen to the voorliggend veld ends the maatwerk: the zaak goes to evaluatie and the consulent closes
 *     it with the reason "voorliggend veld" (after the beëindigingsbesluit if a toewijzing still runs); that
 *     reason is only accepted with a confirmed proposal (`afschalingVereist`, used by the afsluiting).
 */
import type { ActieCode } from "../zaak/statusmachine";

export const SCHAAL_RICHTINGEN = ["opschalen", "afschalen-maatwerk", "afschalen-voorliggend-veld"] as const;
export type SchaalRichting = (typeof SCHAAL_RICHTINGEN)[number];

export const SCHAAL_RICHTING_LABELS: Record<SchaalRichting, string> = {
  opschalen: "Opschalen naar zwaardere ondersteuning",
  "afschalen-maatwerk": "Afschalen naar lichtere ondersteuning (maatwerk)",
  "afschalen-voorliggend-veld": "Afschalen naar het voorliggend veld",
};

export const VOORSTEL_STATUSSEN = ["voorgesteld", "bevestigd", "geweigerd"] as const;
export type VoorstelStatus = (typeof VOORSTEL_STATUSSEN)[number];

export const VOORSTEL_STATUS_LABELS: Record<VoorstelStatus, string> = {
  voorgesteld: "Wacht op bevestiging door het buurtteam",
  bevestigd: "Bevestigd door het buurtteam",
  geweigerd: "Niet bevestigd door het buurtteam",
};

export const BEOORDELINGEN = ["bevestigen", "weigeren"] as const;
export type Beoordeling = (typeof BEOORDELINGEN)[number];

/** Zaak statuses in which the support runs, so op- or afschalen can be proposed and confirmed. */
export const STATUSSEN_VOOR_SCHALEN = ["levering", "evaluatie"] as const;

/** Who acts (roles as in domain/gebruikers/rollen). */
export interface Medewerker {
  medewerkerId: string;
  rollen: readonly string[];
}

export type VoorstelRegel =
  | "voorstel-door-consulent"
  | "voorstel-tijdens-ondersteuning"
  | "een-open-voorstel"
  | "motivering-nodig"
  | "bevestiging-door-buurtteam"
  | "vier-ogen-niet-de-voorsteller"
  | "voorstel-al-beoordeeld"
  | "weigering-gemotiveerd";

export interface VoorstelOvertreding {
  regel: VoorstelRegel;
  veld?: string;
  melding: string;
}

/** The consulent who proposes (DOMAIN §1: toegangsmedewerker). */
export const isConsulent = (wie: Pick<Medewerker, "rollen">) => wie.rollen.includes("toegangsmedewerker");
/** The four-eyes partner (DOMAIN §1: buurtteam). */
export const isBuurtteam = (wie: Pick<Medewerker, "rollen">) => wie.rollen.includes("buurtteam");

const MINIMALE_MOTIVERING = 10;
const leeg = (tekst: string) => tekst.trim().length === 0;
const tijdensOndersteuning = (status: string) =>
  (STATUSSEN_VOOR_SCHALEN as readonly string[]).includes(status);

/** What stands in the way of `wie` proposing op- or afschalen on the zaak now (role, status, open proposal). */
export function voorstelBeletsels(
  wie: Medewerker,
  zaak: { status: string; heeftOpenVoorstel: boolean },
): VoorstelOvertreding[] {
  const fouten: VoorstelOvertreding[] = [];
  if (!isConsulent(wie))
    fouten.push({
      regel: "voorstel-door-consulent",
      melding: "Alleen een consulent (toegangsmedewerker) stelt op- of afschalen voor.",
    });
  if (!tijdensOndersteuning(zaak.status))
    fouten.push({
      regel: "voorstel-tijdens-ondersteuning",
      melding: "Op- of afschalen kan alleen als de ondersteuning loopt (status levering of evaluatie).",
    });
  if (zaak.heeftOpenVoorstel)
    fouten.push({
      regel: "een-open-voorstel",
      melding: "Er staat al een voorstel open dat het buurtteam nog moet beoordelen.",
    });
  return fouten;
}

/** May `wie` make this proposal on the zaak? Every rule that is broken (the motivation included). */
export function toetsVoorstel(
  wie: Medewerker,
  zaak: { status: string; heeftOpenVoorstel: boolean },
  invoer: { motivering: string },
): VoorstelOvertreding[] {
  const fouten = voorstelBeletsels(wie, zaak);
  if (invoer.motivering.trim().length < MINIMALE_MOTIVERING)
    fouten.push({
      regel: "motivering-nodig",
      veld: "motivering",
      melding:
        "Motiveer het voorstel: welk resultaat is bereikt en waarom past zwaardere of lichtere ondersteuning.",
    });
  return fouten;
}

/** May `wie` confirm or refuse the proposal? Never the proposer; only a buurtteam medewerker; only once. */
export function toetsBeoordeling(
  wie: Medewerker,
  voorstel: { status: string; voorgesteldDoor: string },
  zaak: { status: string },
  invoer: { beoordeling: Beoordeling; toelichting: string },
): VoorstelOvertreding[] {
  const fouten: VoorstelOvertreding[] = [];
  if (wie.medewerkerId === voorstel.voorgesteldDoor)
    fouten.push({
      regel: "vier-ogen-niet-de-voorsteller",
      melding:
        "U heeft dit voorstel zelf gedaan. Een collega van het buurtteam moet het beoordelen (vier ogen).",
    });
  if (!isBuurtteam(wie))
    fouten.push({
      regel: "bevestiging-door-buurtteam",
      melding: "Alleen een medewerker van het buurtteam bevestigt of weigert op- of afschalen.",
    });
  if (voorstel.status !== "voorgesteld")
    fouten.push({ regel: "voorstel-al-beoordeeld", melding: "Dit voorstel is al beoordeeld." });
  else if (!tijdensOndersteuning(zaak.status))
    fouten.push({
      regel: "voorstel-tijdens-ondersteuning",
      melding:
        "De ondersteuning loopt niet meer (de zaak is niet in levering of evaluatie); het voorstel kan niet meer worden beoordeeld.",
    });
  if (invoer.beoordeling === "weigeren" && leeg(invoer.toelichting))
    fouten.push({
      regel: "weigering-gemotiveerd",
      veld: "toelichting",
      melding: "Licht toe waarom het buurtteam het voorstel niet bevestigt.",
    });
  return fouten;
}

/** The state machine actions a confirmed proposal performs from the zaak's status (levering or evaluatie). */
export function gevolgVanBevestiging(richting: SchaalRichting, zaakStatus: string): ActieCode[] {
  const evaluatie: ActieCode[] = zaakStatus === "levering" ? ["start-evaluatie"] : [];
  return richting === "afschalen-voorliggend-veld" ? evaluatie : [...evaluatie, "herindicatie"];
}

/**
 * Closing a zaak with the reason "voorliggend veld" after support was delivered is afschalen: it needs a
 * proposal the buurtteam confirmed after the levering started. Null when allowed, else the Dutch reason.
 */
export function afschalingVereist(invoer: {
  leveringGestartOp: string | null;
  /** Dutch calendar dates on which the buurtteam confirmed an afschaling to the voorliggend veld. */
  bevestigdeAfschalingen: readonly string[];
}): string | null {
  const start = invoer.leveringGestartOp;
  if (!start || invoer.bevestigdeAfschalingen.some((op) => op >= start)) return null;
  return "Afschalen naar het voorliggend veld kan alleen na een voorstel dat een medewerker van het buurtteam heeft bevestigd (vier ogen).";
}
