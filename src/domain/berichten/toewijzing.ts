/**
 * The content of a 301 toewijzing (WMO301 / JW301) and the conditions of the iStandaarden that an XSD
 * cannot express (README "Key facts of a 301": CD/CS rules). Pure: the builder in src/berichten turns a
 * valid Toewijzing301 into XML.
 */
import type { Wet } from "./typen";

export interface Omvang {
  volume: number;
  /** WJ756: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82/84 stuks, 83 euro's. */
  eenheid: string;
  /** WMO757: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheidsduur. */
  frequentie: string;
}

export interface ToegewezenProduct {
  toewijzingnummer: number;
  referentieAanbieder: string | null;
  product: { categorie: string; code: string | null } | null;
  /** Toewijzingsdatum + Toewijzingstijd (Europe/Amsterdam), "2026-04-01" and "12:34:56". */
  toewijzingsdatum: string;
  toewijzingstijd: string;
  ingangsdatum: string;
  einddatum: string | null;
  redenWijziging: string | null;
  omvang: Omvang | null;
  /** In eurocent. */
  budget: number | null;
}

export interface ClientGegevens {
  bsn: string;
  geboortedatum: string;
  /** COD046: 0 onbekend, 1 man, 2 vrouw. */
  geslacht: "0" | "1" | "2";
  achternaam: string;
  voorvoegsel: string | null;
  voornamen: string;
  adres: {
    straat: string | null;
    huisnummer: number;
    huisletter: string | null;
    toevoeging: string | null;
    postcode: string;
    woonplaats: string;
  };
}

export interface Toewijzing301 {
  wet: Wet;
  gemeenteCode: string;
  aanbiederAgb: string;
  client: ClientGegevens;
  producten: ToegewezenProduct[];
}

export interface Conditiefout {
  /** e.g. "producten[1].einddatum". */
  veld: string;
  melding: string;
}

const FREQUENTIE_PER_WEEK = "2";
const EENHEDEN_MET_PERIODE = ["14", "16", "83", "84"];
const FREQUENTIES_MET_PERIODE = ["2", "4", "6"];
export const REDEN_VERWIJDERD = "13";

/** The conditions (CD/CS) of a 301 on top of its XSD; an empty list means the message may be sent. */
export function controleer301(b: Toewijzing301): Conditiefout[] {
  const fouten: Conditiefout[] = [];
  const fout = (veld: string, melding: string) => fouten.push({ veld, melding });
  if (b.producten.length === 0) fout("producten", "Een toewijzing bevat minstens één toegewezen product.");
  const nummers = new Set<number>();
  b.producten.forEach((p, i) => {
    const v = (naam: string) => `producten[${i}].${naam}`;
    if (!Number.isInteger(p.toewijzingnummer) || p.toewijzingnummer < 1 || p.toewijzingnummer > 999_999_999)
      fout(v("toewijzingnummer"), "Het toewijzingnummer is een getal van hoogstens 9 cijfers.");
    if (nummers.has(p.toewijzingnummer))
      fout(v("toewijzingnummer"), "Een toewijzingnummer komt maar één keer voor in een bericht.");
    nummers.add(p.toewijzingnummer);
    if (p.omvang && p.budget !== null) fout(v("budget"), "Omvang en budget worden nooit allebei gevuld.");
    if (!p.product && p.budget === null) fout(v("product"), "Product is verplicht als er geen budget is.");
    if ((p.budget !== null || p.omvang?.frequentie === FREQUENTIE_PER_WEEK) && !p.einddatum)
      fout(v("einddatum"), "Einddatum is verplicht bij een budget of bij een frequentie per week.");
    if (p.product?.code && !p.omvang) fout(v("omvang"), "Omvang is verplicht als een productcode is gevuld.");
    if (
      p.omvang &&
      EENHEDEN_MET_PERIODE.includes(p.omvang.eenheid) &&
      !FREQUENTIES_MET_PERIODE.includes(p.omvang.frequentie)
    )
      fout(
        v("omvang.frequentie"),
        `Bij eenheid ${p.omvang.eenheid} is de frequentie per week (2), per maand (4) of totaal (6).`,
      );
    if (p.omvang && (!Number.isInteger(p.omvang.volume) || p.omvang.volume < 1))
      fout(v("omvang.volume"), "Het volume is een positief geheel getal.");
    if (p.budget !== null && (!Number.isInteger(p.budget) || p.budget < 0))
      fout(v("budget"), "Het budget is een bedrag in eurocent (geheel getal, niet negatief).");
    if (p.einddatum && p.einddatum < p.ingangsdatum)
      fout(v("einddatum"), "De einddatum ligt voor de ingangsdatum.");
    if (p.redenWijziging === "01") fout(v("redenWijziging"), "Reden wijziging 01 wordt niet meer gebruikt.");
    const verwijderd = p.redenWijziging === REDEN_VERWIJDERD;
    if (verwijderd && p.einddatum !== p.ingangsdatum)
      fout(v("einddatum"), "Bij verwijderen (reden 13) is de einddatum gelijk aan de ingangsdatum.");
    if (!verwijderd && p.einddatum !== null && p.einddatum === p.ingangsdatum && p.redenWijziging !== null)
      fout(
        v("redenWijziging"),
        "Een toewijzing met einddatum gelijk aan de ingangsdatum is een verwijdering: gebruik reden 13.",
      );
    if (p.product && !/^[0-9A-Za-z]{2}$/.test(p.product.categorie))
      fout(v("product.categorie"), "De productcategorie bestaat uit 2 tekens.");
    if (p.product?.code && !/^[0-9A-Za-z]{1,5}$/.test(p.product.code))
      fout(v("product.code"), "De productcode bestaat uit hoogstens 5 tekens.");
  });
  return fouten;
}

/** The 319 answer on a verzoek (315/317): 1 = afgewezen (with a reason), 2 = in onderzoek. */
export interface Antwoord319 {
  wet: Wet;
  gemeenteCode: string;
  aanbiederAgb: string;
  referentieAanbieder: string;
  verzoekAntwoord: "1" | "2";
  /** WJ759; required with verzoekAntwoord 1. 8 = woonplaatsbeginsel. */
  redenAfwijzing: string | null;
  /** The responsible gemeente (iJw, reden 8). */
  woonplaatsGemeente: string | null;
}

export const REDEN_WOONPLAATSBEGINSEL = "8";

export function controleer319(a: Antwoord319): Conditiefout[] {
  const fouten: Conditiefout[] = [];
  if (a.verzoekAntwoord === "1" && !a.redenAfwijzing)
    fouten.push({ veld: "redenAfwijzing", melding: "Geef de reden van afwijzing." });
  if (a.verzoekAntwoord === "2" && a.redenAfwijzing)
    fouten.push({ veld: "redenAfwijzing", melding: "Bij 'in onderzoek' hoort geen reden van afwijzing." });
  if (a.redenAfwijzing === REDEN_WOONPLAATSBEGINSEL) {
    if (a.wet !== "jeugd")
      fouten.push({
        veld: "redenAfwijzing",
        melding: "Het woonplaatsbeginsel geldt alleen voor de Jeugdwet.",
      });
    else if (!a.woonplaatsGemeente || !/^\d{4}$/.test(a.woonplaatsGemeente))
      fouten.push({
        veld: "woonplaatsGemeente",
        melding: "Noem de gemeente die volgens het woonplaatsbeginsel verantwoordelijk is (CBS-code).",
      });
    else if (a.woonplaatsGemeente === a.gemeenteCode)
      fouten.push({ veld: "woonplaatsGemeente", melding: "Dat is uw eigen gemeente." });
  } else if (a.woonplaatsGemeente) {
    fouten.push({
      veld: "woonplaatsGemeente",
      melding:
        "Een verantwoordelijke gemeente hoort alleen bij afwijzing op het woonplaatsbeginsel (reden 8).",
    });
  }
  if (!/^(?=.*\S).{1,36}$/.test(a.referentieAanbieder))
    fouten.push({ veld: "referentieAanbieder", melding: "De referentie van de aanbieder ontbreekt." });
  return fouten;
}
