/**
 * Free times in a medewerker's agenda for moving an appointment (issue 16: the resident "books or moves an
 * appointment in the consulent's agenda"): every start on the half hour inside a working block at the same
 * location, on a working day that is not a feestdag, in the future, long enough for the appointment, and clashing
 * with none of the medewerker's appointments. Pure; the booking itself checks every rule again (boeking.ts), so a
 * time taken in the meantime is refused there.
 */
import { isFeestdag, plusDagen } from "../termijnen/kalender";
import { overlapt, type Periode } from "./boeking";
import { alsTijd, inMinuten, vanLokaal, weekdagVan } from "./tijd";
import type { Werktijd } from "./werktijden";

export interface VrijeTijd {
  datum: string;
  begintijd: string;
  eindtijd: string;
}

export interface Zoekvraag {
  /** First day to look at (YYYY-MM-DD). */
  vanaf: string;
  dagen: number;
  duurMinuten: number;
  werktijden: readonly Werktijd[];
  /** Only blocks at this location (null: blocks without a location, e.g. huisbezoek). */
  locatieId: string | null;
  bezet: readonly Periode[];
  nu: Date;
  max: number;
  stapMinuten?: number;
}

export function vrijeTijden(v: Zoekvraag): VrijeTijd[] {
  const stap = v.stapMinuten ?? 30;
  const uitkomst: VrijeTijd[] = [];
  for (let i = 0; i < v.dagen && uitkomst.length < v.max; i++) {
    const datum = plusDagen(v.vanaf, i);
    if (isFeestdag(datum)) continue;
    const blokken = v.werktijden
      .filter((w) => w.weekdag === weekdagVan(datum) && w.locatieId === v.locatieId)
      .sort((a, b) => a.van.localeCompare(b.van));
    for (const blok of blokken) {
      const eersteStart = Math.ceil(inMinuten(blok.van) / stap) * stap;
      for (let start = eersteStart; start + v.duurMinuten <= inMinuten(blok.tot); start += stap) {
        const begin = vanLokaal(datum, alsTijd(start));
        const eind = vanLokaal(datum, alsTijd(start + v.duurMinuten));
        if (!begin || !eind || begin <= v.nu) continue;
        if (v.bezet.some((b) => overlapt({ begin, eind }, b))) continue;
        uitkomst.push({ datum, begintijd: alsTijd(start), eindtijd: alsTijd(start + v.duurMinuten) });
        if (uitkomst.length >= v.max) return uitkomst;
      }
    }
  }
  return uitkomst;
}
