/**
 * Delivery status of a toewijzing as reported by the provider: 305 start zorg and 307 stop zorg
 * (iStandaarden 3.2, key = Bsn + ToewijzingNummer + Begindatum). A stop only after a start; one current
 * start per product; corrections are StatusAanlevering 3 (delete) followed by a new 1; 2 is not allowed.
 */
import type { Retourcode } from "./retourcodes";

export interface Levering {
  zorgGestartOp: string | null;
  zorgGestoptOp: string | null;
  redenBeeindiging: string | null;
}

export interface StartRegel {
  begindatum: string;
  statusAanlevering: string;
}

export interface StopRegel extends StartRegel {
  einddatum: string;
  redenBeeindiging: string;
}

export type Uitkomst = { ok: true; levering: Levering } | { ok: false; code: Retourcode; melding: string };

const fout = (code: Retourcode, melding: string): Uitkomst => ({ ok: false, code, melding });

const GEEN_WIJZIGING =
  "StatusAanlevering 2 (gewijzigde aanlevering) is niet toegestaan; verwijder met 3 en lever opnieuw aan met 1.";

export function verwerkStart(huidig: Levering, regel: StartRegel): Uitkomst {
  switch (regel.statusAanlevering) {
    case "1":
      if (huidig.zorgGestartOp === regel.begindatum && huidig.zorgGestoptOp === null)
        return fout("9074", "Deze start zorg is al eerder ontvangen.");
      if (huidig.zorgGestartOp !== null && huidig.zorgGestoptOp === null)
        return fout("9326", "De zorg is al gestart en nog niet gestopt.");
      return {
        ok: true,
        levering: { zorgGestartOp: regel.begindatum, zorgGestoptOp: null, redenBeeindiging: null },
      };
    case "3":
      if (huidig.zorgGestartOp !== regel.begindatum)
        return fout("9063", "Er is geen start zorg met deze begindatum om te verwijderen.");
      if (huidig.zorgGestoptOp !== null)
        return fout("9071", "De start kan niet worden verwijderd: de zorg is al gestopt.");
      return { ok: true, levering: { zorgGestartOp: null, zorgGestoptOp: null, redenBeeindiging: null } };
    case "2":
      return fout("0001", GEEN_WIJZIGING);
    default:
      return fout("0001", `Onbekende StatusAanlevering ${regel.statusAanlevering}.`);
  }
}

export function verwerkStop(huidig: Levering, regel: StopRegel): Uitkomst {
  switch (regel.statusAanlevering) {
    case "1":
      if (huidig.zorgGestartOp === null || huidig.zorgGestartOp !== regel.begindatum)
        return fout("9069", "Stop zorg zonder een actuele start zorg met deze begindatum.");
      if (huidig.zorgGestoptOp !== null) return fout("9074", "De zorg is al gestopt.");
      if (regel.einddatum < regel.begindatum)
        return fout("9414", "De einddatum ligt voor de begindatum van de zorg.");
      return {
        ok: true,
        levering: {
          zorgGestartOp: huidig.zorgGestartOp,
          zorgGestoptOp: regel.einddatum,
          redenBeeindiging: regel.redenBeeindiging,
        },
      };
    case "3":
      if (huidig.zorgGestartOp !== regel.begindatum || huidig.zorgGestoptOp === null)
        return fout("9063", "Er is geen stop zorg met deze begindatum om te verwijderen.");
      return {
        ok: true,
        levering: { zorgGestartOp: huidig.zorgGestartOp, zorgGestoptOp: null, redenBeeindiging: null },
      };
    case "2":
      return fout("0001", GEEN_WIJZIGING);
    default:
      return fout("0001", `Onbekende StatusAanlevering ${regel.statusAanlevering}.`);
  }
}
