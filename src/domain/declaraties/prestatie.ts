/**
 * Judging the prestaties of a declaratie (iWmo/iJw 323) against the toewijzing they name, with the retourcodes
 * of code list WJ001 (section "Retourcodes voor declaraties en prestaties", each with its TR rule). A line is
 * approved when no rule fails; else it carries every code that applies, in the order of the code list, and
 * goes back in the declaratie-antwoord (325). Volumes are those of the toewijzing's Omvang (Frequentie
 * WMO757: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur toewijzing).
 */
import { dekt, overlappen, type Periode } from "../aanbieders/periode";
import type { Retourcode } from "../berichten/retourcodes";
import { herhalingen } from "./kosten";

export interface Prestatie {
  referentie: string;
  toewijzingnummer: number;
  categorie: string;
  code: string;
  begindatum: string;
  einddatum: string;
  volume: number;
  /** WJ756. */
  eenheid: string;
  /** ProductTarief in eurocent, when the provider gave it. */
  tarief: number | null;
  /** IngediendBedrag in eurocent (always positive; the sign is `debetCredit`). */
  bedrag: number;
  debetCredit: "D" | "C";
}

export interface ToewijzingVoorPrestatie {
  /** The toewijzing belongs to the client (BSN) the line is declared under. */
  vanClient: boolean;
  categorie: string;
  code: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  redenWijziging: string | null;
  omvang: { volume: number; eenheid: string; frequentie: string } | null;
  budget: number | null;
}

/** An approved line of the same toewijzing (earlier declaraties, or earlier in this one). */
export interface Goedgekeurd {
  begindatum: string;
  einddatum: string;
  volume: number;
  bedrag: number;
  debetCredit: "D" | "C";
}

/** What is known of a ProductReferentie of this aanbieder: an approved debet and/or credit line. */
export interface Referentie {
  debet: boolean;
  credit: boolean;
}

export interface Omstandigheden {
  declaratieperiode: Periode & { tot: string };
  /** null when no toewijzing of this aanbieder has the ToewijzingNummer. */
  toewijzing: ToewijzingVoorPrestatie | null;
  /** The contract's tariff (eurocent per eenheid of the line) on the line's Begindatum, if any. */
  contracttarief: number | null;
  eerder: readonly Goedgekeurd[];
  referentie: Referentie | undefined;
}

export type PrestatieCode = Extract<
  Retourcode,
  | "0611"
  | "8017"
  | "8021"
  | "8187"
  | "9307"
  | "9308"
  | "9319"
  | "9321"
  | "9322"
  | "9338"
  | "9339"
  | "9340"
  | "9341"
  | "9346"
  | "9369"
  | "9384"
  | "9387"
  | "9388"
  | "9390"
>;

export interface Oordeel {
  goedgekeurd: boolean;
  codes: PrestatieCode[];
  /** Dutch, per code, for A&O (no BSN, no case content). */
  meldingen: string[];
}

const EURO = "83";
const REDEN_VERWIJDERD = "13";
/** Rounding slack when comparing pro-rata volumes (a week is 7 days, a month its own length). */
const MARGE = 1e-9;

const eersteVanMaand = (iso: string) => `${iso.slice(0, 8)}01`;
const laatsteVanMaand = (iso: string) => {
  const j = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10);
};
const later = (a: string, b: string) => (a > b ? a : b);
const eerder_ = (a: string, b: string | null) => (b !== null && b < a ? b : a);

/** The volume the omvang allows in [van, tot] (already cut to the toewijzing), or null for a total. */
function toegestaan(o: NonNullable<ToewijzingVoorPrestatie["omvang"]>, van: string, tot: string) {
  if (van > tot) return 0;
  const keer = herhalingen(o.frequentie, van, tot);
  return keer === null ? null : o.volume * keer;
}

const netto = (regels: readonly { volume: number; bedrag: number; debetCredit: "D" | "C" }[]) =>
  regels.reduce(
    (s, r) => {
      const teken = r.debetCredit === "C" ? -1 : 1;
      return { volume: s.volume + teken * r.volume, bedrag: s.bedrag + teken * r.bedrag };
    },
    { volume: 0, bedrag: 0 },
  );

export function beoordeelPrestatie(p: Prestatie, o: Omstandigheden): Oordeel {
  const codes: PrestatieCode[] = [];
  const meldingen: string[] = [];
  const fout = (code: PrestatieCode, melding: string) => {
    codes.push(code);
    meldingen.push(melding);
  };
  const uit = () => ({ goedgekeurd: codes.length === 0, codes, meldingen });
  const t = o.toewijzing;
  if (!t) {
    fout("9338", `Toewijzing ${p.toewijzingnummer} is niet aan deze aanbieder toegewezen.`);
    return uit();
  }
  if (!t.vanClient) {
    fout("8187", `Toewijzing ${p.toewijzingnummer} hoort niet bij deze cliënt.`);
    return uit();
  }
  if (p.debetCredit === "C") {
    // A credit line reverses an approved debet line with the same ProductReferentie (TR323, TR390).
    if (!o.referentie?.debet)
      fout("8017", `Van prestatie ${p.referentie} is geen goedgekeurde debetregel bekend.`);
    else if (o.referentie.credit) fout("9390", `Prestatie ${p.referentie} is al gecrediteerd.`);
    return uit();
  }
  if (o.referentie?.debet && !o.referentie.credit)
    fout("8021", `Prestatie ${p.referentie} is al eerder gedeclareerd.`);

  const tarief = p.tarief ?? o.contracttarief;
  if (p.eenheid !== EURO) {
    if (o.contracttarief === null)
      fout("0611", `Voor product ${p.code} is op ${p.begindatum} geen contractueel tarief vastgelegd.`);
    else if (p.tarief !== null && p.tarief !== o.contracttarief)
      fout("0611", `Tarief ${p.tarief} cent wijkt af van het contracttarief ${o.contracttarief} cent.`);
  }
  if (p.begindatum < t.ingangsdatum || (t.einddatum !== null && p.begindatum > t.einddatum))
    fout("9307", "De begindatum van de prestatie ligt buiten de toewijzing.");
  if (p.einddatum < t.ingangsdatum || (t.einddatum !== null && p.einddatum > t.einddatum))
    fout("9308", "De einddatum van de prestatie ligt buiten de toewijzing.");
  if (!dekt(o.declaratieperiode, { van: p.begindatum, tot: p.einddatum }))
    fout("9319", "De productperiode valt niet geheel binnen de declaratieperiode.");
  if (t.categorie !== p.categorie)
    fout("9339", `Productcategorie ${p.categorie} is niet die van de toewijzing (${t.categorie}).`);
  if (t.code !== null && t.code !== p.code)
    fout("9340", `Productcode ${p.code} is niet die van de toewijzing (${t.code}).`);
  if (t.omvang && t.omvang.eenheid !== p.eenheid)
    fout("9341", `Eenheid ${p.eenheid} past niet bij de eenheid van de toewijzing (${t.omvang.eenheid}).`);
  if (p.eenheid !== EURO && tarief !== null && p.bedrag !== p.volume * tarief)
    fout("9346", `Het bedrag is niet het volume (${p.volume}) maal het tarief (${tarief} cent).`);
  if (t.redenWijziging === REDEN_VERWIJDERD)
    fout("9384", `Toewijzing ${p.toewijzingnummer} is verwijderd (reden wijziging 13).`);
  // TR387/TR388: a product period spans its calendar month, unless the toewijzing starts later or ends
  // earlier in that month.
  const eerste = eersteVanMaand(p.begindatum);
  if (
    p.begindatum !== eerste &&
    !(t.ingangsdatum > eerste && t.ingangsdatum.slice(0, 7) === eerste.slice(0, 7))
  )
    fout("9387", "De productperiode begint niet op de eerste dag van de maand.");
  const laatste = laatsteVanMaand(p.einddatum);
  if (
    p.einddatum !== laatste &&
    !(t.einddatum !== null && t.einddatum < laatste && t.einddatum.slice(0, 7) === laatste.slice(0, 7))
  )
    fout("9388", "De productperiode eindigt niet op de laatste dag van de maand.");

  const buiten = codes.includes("9307") || codes.includes("9308");
  if (buiten) return uit();
  if (t.budget !== null) {
    const som = netto(o.eerder).bedrag + p.bedrag;
    if (som > t.budget)
      fout("9369", `De prestaties (${som} cent) passen niet in het budget (${t.budget} cent).`);
  } else if (t.omvang && t.omvang.eenheid === p.eenheid) {
    const van = later(p.begindatum, t.ingangsdatum);
    const tot = eerder_(p.einddatum, t.einddatum);
    const totaal = t.omvang.frequentie === "6";
    const eigen = totaal ? t.omvang.volume : toegestaan(t.omvang, van, tot);
    if (eigen !== null && p.volume > eigen + MARGE)
      fout("9321", `Volume ${p.volume} is meer dan toegewezen (${Number(eigen.toFixed(2))}).`);
    else {
      // The same window for the earlier approved lines: the whole toewijzing for a total, else the calendar
      // month(s) of this line, cut to the toewijzing.
      const venster: Periode = totaal
        ? { van: t.ingangsdatum, tot: t.einddatum }
        : {
            van: later(eersteVanMaand(p.begindatum), t.ingangsdatum),
            tot: eerder_(laatsteVanMaand(p.einddatum), t.einddatum),
          };
      const ruimte = totaal ? t.omvang.volume : toegestaan(t.omvang, venster.van, venster.tot ?? venster.van);
      const som = netto(
        o.eerder.filter((e) => overlappen(venster, { van: e.begindatum, tot: e.einddatum })),
      ).volume;
      if (ruimte !== null && som + p.volume > ruimte + MARGE)
        fout(
          "9322",
          `Met eerder goedgekeurde prestaties (${som}) gaat volume ${p.volume} boven het toegewezen volume (${Number(ruimte.toFixed(2))}).`,
        );
    }
  }
  return uit();
}
