/**
 * When the IAG overrides the proposed werkvoorraad ("bak"): which bakken may a medewerker fill with a new
 * zaak, and which overrides the veiligheidscheck forbids. The reason for an override is always recorded.
 */
import type { Actor } from "../autorisatie";
import { REGIEGROEP } from "../autorisatie/beleid";
import {
  type Veiligheid,
  WERKVOORRAAD_LABELS,
  WERKVOORRADEN,
  type WerkvoorraadCode,
} from "../routering/routering";

export type Oordeel = { toegestaan: true } | { toegestaan: false; regel: string; reden: string };

/** Bakken where a new melding may land; A&O only receives zaken in the besluit phase. */
export const INSTROOM_WERKVOORRADEN: readonly WerkvoorraadCode[] = WERKVOORRADEN.filter((w) => w !== "ao");

const BUURTTEAM_BAKKEN: readonly WerkvoorraadCode[] = [
  "buurtteam",
  "wmo",
  "jeugd",
  REGIEGROEP as WerkvoorraadCode,
];

export function isWerkvoorraad(code: string): code is WerkvoorraadCode {
  return (WERKVOORRADEN as readonly string[]).includes(code);
}

/**
 * May this medewerker put a new zaak in `bak`? The IAG/aanmeldteam and the teamleider fill every
 * instroom-bak; a buurtteam professional the buurtteam, Wmo, Jeugd and the Regiegroep; a consulent their own
 * vakgroep, the Regiegroep (sharing is always allowed) and the IAG (back to triage).
 */
export function magWerkvoorraadVullen(actor: Pick<Actor, "rollen" | "vakgroepen">, bak: string): Oordeel {
  const naam = isWerkvoorraad(bak) ? WERKVOORRAAD_LABELS[bak] : bak;
  if (!isWerkvoorraad(bak))
    return { toegestaan: false, regel: "werkvoorraad-onbekend", reden: `Werkvoorraad ${bak} bestaat niet.` };
  if (!INSTROOM_WERKVOORRADEN.includes(bak)) {
    return {
      toegestaan: false,
      regel: "werkvoorraad-geen-instroom",
      reden: `Een nieuwe melding kan niet in de werkvoorraad ${naam}: die ontvangt zaken pas in de besluitfase.`,
    };
  }
  const rollen = actor.rollen;
  if (rollen.includes("iag") || rollen.includes("teamleider")) return { toegestaan: true };
  if (rollen.includes("buurtteam") && BUURTTEAM_BAKKEN.includes(bak)) return { toegestaan: true };
  if (
    rollen.includes("toegangsmedewerker") &&
    (actor.vakgroepen.includes(bak) || bak === REGIEGROEP || bak === "iag")
  )
    return { toegestaan: true };
  return {
    toegestaan: false,
    regel: "werkvoorraad-niet-toegestaan",
    reden: `U mag geen nieuwe zaken in de werkvoorraad ${naam} zetten. Kies de voorgestelde werkvoorraad of vraag de IAG.`,
  };
}

/** Onveilig or crisis: the zaak belongs with the Regiegroep (or the casemanagers Veilig Opgroeien). */
const VEILIGE_BAKKEN_BIJ_ONVEILIG: readonly string[] = [REGIEGROEP, "veilig-opgroeien"];

/** Checks an override of the proposed werkvoorraad. */
export function beoordeelOverschrijving(
  actor: Pick<Actor, "rollen" | "vakgroepen">,
  keuze: { van: WerkvoorraadCode; naar: string; veiligheid: Veiligheid },
): Oordeel {
  if (keuze.van === keuze.naar) return { toegestaan: true };
  if (
    (keuze.veiligheid === "onveilig" || keuze.veiligheid === "crisis") &&
    !VEILIGE_BAKKEN_BIJ_ONVEILIG.includes(keuze.naar)
  ) {
    return {
      toegestaan: false,
      regel: "veiligheid-regiegroep",
      reden: `Bij de veiligheidscheck "${keuze.veiligheid}" gaat de zaak naar de Regiegroep (004 §4.1.2 stap 2); een andere werkvoorraad is niet toegestaan.`,
    };
  }
  return magWerkvoorraadVullen(actor, keuze.naar);
}
