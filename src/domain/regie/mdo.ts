/**
 * MDO 23+ (seed 004 §7.1.2): "Het Multidisciplinair Overleg (MDO 23+) is voor inwoners van 23 jaar en ouder." Anyone
 * worried about a resident reports to the Advies- en Meldpunt OGGZ; when no help is involved yet and it is needed,
 * the meldpunt puts it through to the MDO 23+, where several organisations agree who does what best. "Een
 * medewerker van de Regiegroep is aangesloten bij dit overleg." Pure; dates are ISO calendar dates.
 *
 * One record per zaak: when the meldpunt put the casus through, and each overleg where it was on the agenda — the
 * date, the persons concerned (persons on the zaak), the participants (organisation and role), the agreed actions
 * (who, what, by when, done) and the follow-up overleg. No legal term applies (the MDO is a local arrangement).
 */
import { leeftijdOp } from "../persoon/leeftijd";
import { fouten, nee, nietInToekomst, type Uitkomst } from "./thema";

export const MDO_MINIMUMLEEFTIJD = 23;

export interface MdoDeelnemer {
  organisatie: string;
  rol: string;
}
export interface MdoActie {
  wie: string;
  wat: string;
  uiterlijk: string;
  gedaan: boolean;
}
export interface MdoOverleg {
  datum: string;
  persoonIds: string[];
  deelnemers: MdoDeelnemer[];
  acties: MdoActie[];
  /** The follow-up overleg agreed at this one; null when none. */
  vervolgOp: string | null;
}
export interface Mdo {
  /** The Advies- en Meldpunt OGGZ put the casus through to the MDO 23+ on. */
  aangemeldOp: string;
  /** The worries (e.g. confused or strange behaviour) as the meldpunt passed them on. */
  aanleiding: string;
  overleggen: MdoOverleg[];
}

/** The organisations that usually take part (suggestions in the form; any organisation may be entered). */
export const MDO_ORGANISATIES = [
  "Regiegroep (gemeente)",
  "GGZ",
  "Woningcorporatie",
  "Politie",
  "Verslavingszorg",
  "GGD",
  "Huisarts",
] as const;

export const MDO_STATUSSEN = ["aangemeld", "gepland", "acties-lopen", "vervolg-gepland", "afgerond"] as const;
export type MdoStatus = (typeof MDO_STATUSSEN)[number];
export const MDO_STATUS_LABELS: Record<MdoStatus, string> = {
  aangemeld: "Aangemeld, nog niet besproken",
  gepland: "Op de agenda",
  "acties-lopen": "Acties lopen",
  "vervolg-gepland": "Vervolgoverleg gepland",
  afgerond: "Afgerond",
};

/** A person on the zaak, as far as the MDO needs (whether he is 23 or older on the date of the overleg). */
export interface PersoonOpZaak {
  persoonId: string;
  geboortedatum: string | null;
}

const gehouden = (o: MdoOverleg, vandaag: string) => o.datum <= vandaag;

/** Where the MDO stands today: on the agenda, actions open, a follow-up planned, or done. */
export function mdoStatus(mdo: Mdo, vandaag: string): MdoStatus {
  const laatste = mdo.overleggen.at(-1);
  if (!laatste) return "aangemeld";
  if (!gehouden(laatste, vandaag)) return "gepland";
  if (mdo.overleggen.some((o) => o.acties.some((a) => !a.gedaan))) return "acties-lopen";
  if (laatste.vervolgOp && laatste.vervolgOp >= vandaag) return "vervolg-gepland";
  return "afgerond";
}

/** The open actions, and how many of them are past their date. */
export function openActies(mdo: Mdo, vandaag: string) {
  const open = mdo.overleggen.flatMap((o) => o.acties.filter((a) => !a.gedaan));
  return { open: open.length, teLaat: open.filter((a) => a.uiterlijk < vandaag).length };
}

/** The next overleg: the first one still to come, else the follow-up agreed at the last one (when still ahead). */
export function volgendOverleg(mdo: Mdo, vandaag: string): string | null {
  const komend = mdo.overleggen.find((o) => !gehouden(o, vandaag));
  if (komend) return komend.datum;
  const vervolg = mdo.overleggen.at(-1)?.vervolgOp ?? null;
  return vervolg && vervolg >= vandaag ? vervolg : null;
}

function toetsOverleg(
  o: MdoOverleg,
  i: number,
  context: { vandaag: string; vorige: string; personen: readonly PersoonOpZaak[] },
): Uitkomst[] {
  const veld = (naam: string) => `overleggen.${i}.${naam}`;
  const uitkomsten: Uitkomst[] = [];
  if (o.datum < context.vorige)
    uitkomsten.push(
      nee(
        i === 0 ? "mdo-overleg-na-aanmelding" : "mdo-overleggen-op-volgorde",
        veld("datum"),
        i === 0
          ? "Het overleg ligt vóór de aanmelding bij het MDO 23+."
          : "Een overleg ligt vóór het overleg ervoor; zet de overleggen op datum.",
      ),
    );
  const opZaak = new Map(context.personen.map((p) => [p.persoonId, p]));
  const onbekend = o.persoonIds.some((id) => !opZaak.has(id));
  if (o.persoonIds.length === 0 || onbekend)
    uitkomsten.push(
      nee(
        "mdo-personen-op-zaak",
        veld("persoonIds"),
        onbekend
          ? "Kies de besproken personen uit de personen op de zaak."
          : "Kies wie er besproken wordt (personen op de zaak).",
        true,
      ),
    );
  else if (
    !o.persoonIds.some((id) => {
      const geboren = opZaak.get(id)?.geboortedatum;
      return geboren && leeftijdOp(geboren, o.datum) >= MDO_MINIMUMLEEFTIJD;
    })
  )
    uitkomsten.push(
      nee(
        "mdo-23-plus",
        veld("persoonIds"),
        "Het MDO 23+ is voor inwoners van 23 jaar en ouder: ten minste één besproken persoon is op de datum van het overleg 23 of ouder.",
      ),
    );
  if (o.deelnemers.length === 0)
    uitkomsten.push(
      nee("mdo-deelnemers", veld("deelnemers"), "Vul ten minste één deelnemer in (organisatie en rol)."),
    );
  if (o.acties.length > 0 && !gehouden(o, context.vandaag))
    uitkomsten.push(
      nee(
        "mdo-acties-na-overleg",
        veld("acties"),
        "Afspraken leg je vast nadat het overleg is gehouden; dit overleg ligt nog in de toekomst.",
      ),
    );
  o.acties.forEach((a, j) => {
    if (a.uiterlijk < o.datum)
      uitkomsten.push(
        nee(
          "mdo-actie-na-overleg",
          `overleggen.${i}.acties.${j}.uiterlijk`,
          "De datum waarop een actie klaar is ligt vóór het overleg waarin zij is afgesproken.",
        ),
      );
  });
  if (o.vervolgOp && o.vervolgOp <= o.datum)
    uitkomsten.push(
      nee("mdo-vervolg-na-overleg", veld("vervolgOp"), "Het vervolgoverleg ligt na dit overleg."),
    );
  return uitkomsten;
}

/**
 * The MDO's facts must fit together: the aanmelding not in the future; each overleg on or after the aanmelding and
 * the overleg before it; the persons concerned on the zaak, at least one of them 23 or older on the date; at least
 * one participant; actions only for an overleg that was held, not due before it; a follow-up after the overleg.
 */
export function toetsMdo(
  mdo: Mdo,
  context: { vandaag: string; personen: readonly PersoonOpZaak[] },
): Uitkomst[] {
  const uitkomsten: Uitkomst[] = [
    nietInToekomst(
      mdo.aangemeldOp,
      context.vandaag,
      "mdo-aanmelding-niet-in-toekomst",
      "aangemeldOp",
      "De aanmelding",
    ),
  ];
  mdo.overleggen.forEach((o, i) => {
    const vorige = i === 0 ? mdo.aangemeldOp : (mdo.overleggen[i - 1]?.datum ?? mdo.aangemeldOp);
    uitkomsten.push(...toetsOverleg(o, i, { ...context, vorige }));
  });
  return fouten(uitkomsten);
}
