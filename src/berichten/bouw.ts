/**
 * Builds outgoing iWmo/iJw messages as XML from the domain models: 301 toewijzing and 319 antwoord
 * (the retour on an incoming message is built in retour.ts); and, for demo data and tests, the 315 a
 * provider sends. Pure: no database, no files.
 */
import { XMLBuilder } from "fast-xml-parser";
import type {
  Antwoord319,
  ClientGegevens,
  Omvang,
  ToegewezenProduct,
  Toewijzing301,
} from "../domain/berichten/toewijzing";
import {
  basisNamespace,
  namespaceVan,
  STANDAARD_VAN_WET,
  type Standaard,
  typeVan,
  type Wet,
} from "../domain/berichten/typen";
import type { XsdVersies } from "./xsd";

export interface KopGegevens {
  afzender: string;
  ontvanger: string;
  identificatie: string;
  dagtekening: string;
  xsdVersies: XsdVersies;
}

/**
 * fast-xml-parser's builder (text escaped, attributes prefixed "@"): about ten times faster than xmlbuilder2,
 * which matters for bulk runs (10 000 toewijzingen); the XSD check afterwards guards the result either way.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  format: true,
  indentBy: "  ",
});

type Obj = { [k: string]: string | number | Obj | Obj[] | undefined };

/** Drops undefined values so optional elements are left out. */
function schoon(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Obj;
}

function document(
  standaard: Standaard,
  type: string,
  kop: KopGegevens,
  romp: (m: string, b: string) => Obj,
  kopVervolg: (m: string, b: string) => Obj = () => ({}),
) {
  const b = standaard;
  const m = `${standaard === "iwmo" ? "wmo" : "jw"}${type}`;
  const code = typeVan(standaard, type)?.berichtcode;
  if (!code) throw new Error(`onbekend berichttype ${standaard} ${type}`);
  const wortel: Obj = {
    [`@xmlns:${m}`]: namespaceVan(standaard, type),
    [`@xmlns:${b}`]: basisNamespace(standaard),
    [`${m}:Header`]: {
      [`${m}:BerichtCode`]: String(code),
      [`${m}:BerichtVersie`]: "3",
      [`${m}:BerichtSubversie`]: "2",
      [`${m}:Afzender`]: kop.afzender,
      [`${m}:Ontvanger`]: kop.ontvanger,
      [`${m}:BerichtIdentificatie`]: {
        [`${b}:Identificatie`]: kop.identificatie,
        [`${b}:Dagtekening`]: kop.dagtekening,
      },
      [`${m}:XsdVersie`]: {
        [`${b}:BasisschemaXsdVersie`]: kop.xsdVersies.basisschema,
        [`${b}:BerichtXsdVersie`]: kop.xsdVersies.bericht,
      },
      ...kopVervolg(m, b),
    },
    ...romp(m, b),
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [`${m}:Bericht`]: wortel }) as string}`;
}

function voorletters(voornamen: string): string | undefined {
  const letters = voornamen
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => n[0]?.toUpperCase() ?? "")
    .join("")
    .replace(/[^A-Z]/g, "")
    .slice(0, 6);
  return letters || undefined;
}

/** The client of a message; `verkort`: the short name (CDT_VerkorteNaam, no NaamGebruik) of a 315. */
function client(m: string, b: string, c: Omit<ClientGegevens, "adres">, verkort = false): Obj {
  return {
    [`${m}:Bsn`]: c.bsn,
    [`${m}:Geboortedatum`]: { [`${b}:Datum`]: c.geboortedatum },
    [`${m}:Geslacht`]: c.geslacht,
    [`${m}:Naam`]: schoon({
      [`${b}:Geslachtsnaam`]: schoon({
        [`${b}:Achternaam`]: c.achternaam,
        [`${b}:Voorvoegsel`]: c.voorvoegsel ?? undefined,
      }),
      [`${b}:Voornamen`]: c.voornamen || undefined,
      [`${b}:Voorletters`]: voorletters(c.voornamen),
      [`${b}:NaamGebruik`]: verkort ? undefined : "1",
    }),
  };
}

const omvang = (b: string, o: Omvang): Obj => ({
  [`${b}:Volume`]: String(o.volume),
  [`${b}:Eenheid`]: o.eenheid,
  [`${b}:Frequentie`]: o.frequentie,
});

function product(m: string, b: string, p: ToegewezenProduct): Obj {
  return schoon({
    [`${m}:ToewijzingNummer`]: String(p.toewijzingnummer),
    [`${m}:ReferentieAanbieder`]: p.referentieAanbieder ?? undefined,
    [`${m}:Product`]: p.product
      ? schoon({ [`${b}:Categorie`]: p.product.categorie, [`${b}:Code`]: p.product.code ?? undefined })
      : undefined,
    [`${m}:Toewijzingsdatum`]: p.toewijzingsdatum,
    [`${m}:Toewijzingstijd`]: p.toewijzingstijd,
    [`${m}:Ingangsdatum`]: p.ingangsdatum,
    [`${m}:Einddatum`]: p.einddatum ?? undefined,
    [`${m}:RedenWijziging`]: p.redenWijziging ?? undefined,
    [`${m}:Omvang`]: p.omvang ? omvang(b, p.omvang) : undefined,
    [`${m}:Budget`]: p.budget !== null ? String(p.budget) : undefined,
  });
}

/** WMO301 / JW301: one client, all current and changed toewijzingen for one aanbieder. */
export function bouw301(t: Toewijzing301, kop: KopGegevens): string {
  return document(STANDAARD_VAN_WET[t.wet], "301", kop, (m, b) => {
    const a = t.client.adres;
    return {
      [`${m}:Client`]: {
        ...client(m, b, t.client),
        [`${m}:Contactgegevens`]: {
          [`${m}:Contact`]: {
            [`${m}:Soort`]: "01",
            [`${m}:Adres`]: schoon({
              [`${b}:Huis`]: schoon({
                [`${b}:Huisnummer`]: String(a.huisnummer),
                [`${b}:Huisletter`]: a.huisletter ?? undefined,
                [`${b}:HuisnummerToevoeging`]: a.toevoeging ?? undefined,
              }),
              [`${b}:Postcode`]: a.postcode,
              [`${b}:Straatnaam`]: a.straat ?? undefined,
              [`${b}:Plaatsnaam`]: a.woonplaats,
              [`${b}:LandCode`]: "NL",
            }),
          },
        },
        [`${m}:ToegewezenProducten`]: {
          [`${m}:ToegewezenProduct`]: t.producten.map((p) => product(m, b, p)),
        },
      },
    };
  });
}

/** WMO319 / JW319: the answer on a verzoek (afgewezen with a reason, or in onderzoek). */
export function bouw319(a: Antwoord319, kop: KopGegevens): string {
  return document(STANDAARD_VAN_WET[a.wet], "319", kop, (m) => ({
    [`${m}:Antwoord`]: schoon({
      [`${m}:ReferentieAanbieder`]: a.referentieAanbieder,
      [`${m}:VerzoekAntwoord`]: a.verzoekAntwoord,
      [`${m}:RedenAfwijzingVerzoek`]: a.redenAfwijzing ?? undefined,
      [`${m}:Woonplaatsbeginsel`]: a.woonplaatsGemeente
        ? { [`${m}:Gemeente`]: a.woonplaatsGemeente }
        : undefined,
    }),
  }));
}

/** One prestatie line as the 323 gave it, with the retourcodes of its judgement. */
export interface PrestatieAntwoord {
  referentie: string;
  vorigeReferentie: string | null;
  toewijzingnummer: string;
  categorie: string;
  code: string;
  begindatum: string;
  einddatum: string;
  volume: number;
  eenheid: string;
  tarief: number | null;
  bedrag: number;
  debetCredit: "D" | "C";
  codes: string[];
}

export interface Bedrag {
  bedrag: number;
  debetCredit: "D" | "C";
}

/** The declaratie-antwoord (iJw 325): codes per class, and only the rejected prestaties, per client. */
export interface Antwoord325 {
  wet: Wet;
  /** BerichtIdentificatie and XsdVersie of the 323 it answers. */
  declaratieIdentificatie: { identificatie: string; dagtekening: string };
  xsdVersieDeclaratie: XsdVersies;
  kopCodes: string[];
  /** Absent when the 323 was not judged at all (header refused, e.g. 8848). */
  antwoord: {
    declaratienummer: string;
    ingediend: Bedrag;
    toegekend: Bedrag;
    clienten: { bsn: string; prestaties: PrestatieAntwoord[]; codes: string[] }[];
    codes: string[];
  } | null;
}

const retourcodes = (m: string, codes: readonly string[]): Obj => ({
  // The builder writes an array of texts as repeated elements.
  [`${m}:RetourCode`]: [...codes] as unknown as Obj[],
});

/** JW325: answers a 323 (Afzender = the gemeente, Ontvanger = the aanbieder). */
export function bouw325(a: Antwoord325, kop: KopGegevens): string {
  return document(
    STANDAARD_VAN_WET[a.wet],
    "325",
    kop,
    (m, b) => {
      const d = a.antwoord;
      if (!d) return {};
      const bedrag = (x: Bedrag, totaal: boolean): Obj => ({
        [`${b}:${totaal ? "TotaalBedrag" : "Bedrag"}`]: String(x.bedrag),
        [`${b}:DebetCredit`]: x.debetCredit,
      });
      return {
        [`${m}:DeclaratieAntwoord`]: schoon({
          [`${m}:DeclaratieNummer`]: d.declaratienummer,
          [`${m}:TotaalIngediendBedrag`]: bedrag(d.ingediend, true),
          [`${m}:TotaalToegekendBedrag`]: bedrag(d.toegekend, true),
          [`${m}:Clienten`]:
            d.clienten.length > 0
              ? {
                  [`${m}:Client`]: d.clienten.map((c) => ({
                    [`${m}:Bsn`]: c.bsn,
                    [`${m}:Prestaties`]: {
                      [`${m}:Prestatie`]: c.prestaties.map((p) =>
                        schoon({
                          [`${m}:ProductReferentie`]: schoon({
                            [`${b}:ReferentieNummer`]: p.referentie,
                            [`${b}:VorigReferentieNummer`]: p.vorigeReferentie ?? undefined,
                          }),
                          [`${m}:ToewijzingNummer`]: p.toewijzingnummer,
                          [`${m}:ProductCategorie`]: p.categorie,
                          [`${m}:ProductCode`]: p.code,
                          [`${m}:ProductPeriode`]: {
                            [`${b}:Begindatum`]: p.begindatum,
                            [`${b}:Einddatum`]: p.einddatum,
                          },
                          [`${m}:GeleverdVolume`]: String(p.volume),
                          [`${m}:Eenheid`]: p.eenheid,
                          [`${m}:ProductTarief`]: p.tarief !== null ? String(p.tarief) : undefined,
                          [`${m}:IngediendBedrag`]: bedrag(p, false),
                          [`${m}:RetourCodes`]: retourcodes(m, p.codes),
                        }),
                      ),
                    },
                    [`${m}:RetourCodes`]: retourcodes(m, c.codes),
                  })),
                }
              : undefined,
          [`${m}:RetourCodes`]: retourcodes(m, d.codes),
        }),
      };
    },
    (m, b) => ({
      [`${m}:DeclaratieIdentificatie`]: {
        [`${b}:Identificatie`]: a.declaratieIdentificatie.identificatie,
        [`${b}:Dagtekening`]: a.declaratieIdentificatie.dagtekening,
      },
      [`${m}:XsdVersieDeclaratie`]: {
        [`${b}:BasisschemaXsdVersie`]: a.xsdVersieDeclaratie.basisschema,
        [`${b}:BerichtXsdVersie`]: a.xsdVersieDeclaratie.bericht,
      },
      [`${m}:RetourCodes`]: retourcodes(m, a.kopCodes),
    }),
  );
}

/** A verzoek om toewijzing as a provider sends it after an external referral (huisarts, GI …). */
export interface Verzoek315 {
  wet: Wet;
  client: Omit<ClientGegevens, "adres">;
  producten: {
    referentieAanbieder: string;
    product: { categorie: string; code: string | null };
    ingangsdatum: string;
    einddatum: string | null;
    omvang: Omvang;
    verwijzer: { type: string; naam: string | null };
  }[];
}

/** WMO315 / JW315 (Afzender = the aanbieder's AGB, Ontvanger = the gemeente): Voordeur only receives these. */
export function bouw315(v: Verzoek315, kop: KopGegevens): string {
  return document(STANDAARD_VAN_WET[v.wet], "315", kop, (m, b) => ({
    [`${m}:Client`]: {
      ...client(m, b, v.client, true),
      [`${m}:AangevraagdeProducten`]: {
        [`${m}:AangevraagdProduct`]: v.producten.map((p) =>
          schoon({
            [`${m}:ReferentieAanbieder`]: p.referentieAanbieder,
            [`${m}:Product`]: schoon({
              [`${b}:Categorie`]: p.product.categorie,
              [`${b}:Code`]: p.product.code ?? undefined,
            }),
            [`${m}:ToewijzingIngangsdatum`]: p.ingangsdatum,
            [`${m}:ToewijzingEinddatum`]: p.einddatum ?? undefined,
            [`${m}:Omvang`]: omvang(b, p.omvang),
            [`${m}:Verwijzer`]: schoon({
              [`${b}:Type`]: p.verwijzer.type,
              [`${b}:Naam`]: p.verwijzer.naam ?? undefined,
            }),
          }),
        ),
      },
    },
  }));
}
