import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { berekenTermijnen, eerstvolgendeTermijn, type TermijnFeiten } from "./bereken";
import { GELIJKGESTELD_2023_2028 } from "./gelijkgesteld.testdata";
import { atwVerschuiving, dagenTussen, isTermijndag, maakKalender, plusDagen } from "./kalender";
import {
  atwVanToepassing,
  BESLISSING_BEZWAAR_COMMISSIE,
  EERSTE_GESPREK_SPOED,
  TERMIJNREGELS,
  type TermijnSoort,
} from "./regels";

/** The Atw calendar with the Koninklijke Besluiten for 2023–2028 (art. 3 lid 3). */
const kalender = maakKalender(GELIJKGESTELD_2023_2028);

type Geval = [
  string,
  Omit<TermijnFeiten, "opschortingen" | "verlengingen"> & Partial<TermijnFeiten>,
  string,
  TermijnSoort,
  string,
  string,
  string,
];

const wmo = (meldingsdatum: string, extra: Partial<TermijnFeiten> = {}) => ({
  zaaktype: "wmo" as const,
  meldingsdatum,
  ...extra,
});
const jeugd = (meldingsdatum: string, extra: Partial<TermijnFeiten> = {}) => ({
  zaaktype: "jeugd" as const,
  meldingsdatum,
  ...extra,
});
const werk = (meldingsdatum: string, extra: Partial<TermijnFeiten> = {}) => ({
  zaaktype: "werk" as const,
  meldingsdatum,
  ...extra,
});
const wgs = (meldingsdatum: string, extra: Partial<TermijnFeiten> = {}) => ({
  zaaktype: "schuldhulp" as const,
  meldingsdatum,
  ...extra,
});

// [case, facts, vandaag, soort, expected uiterlijkeDatum, expected status, legal source]
const GEVALLEN: Geval[] = [
  [
    "Wmo-onderzoek: 6 weken, maandag",
    wmo("2026-01-05"),
    "2026-01-06",
    "onderzoek",
    "2026-02-16",
    "lopend",
    "Wmo 2015 art. 2.3.2 lid 1",
  ],
  [
    "Wmo-onderzoek eindigt op zaterdag → maandag",
    wmo("2026-03-21"),
    "2026-03-23",
    "onderzoek",
    "2026-05-04",
    "lopend",
    "Atw art. 1",
  ],
  [
    "Wmo-onderzoek: woensdag blijft woensdag",
    wmo("2026-03-25"),
    "2026-03-26",
    "onderzoek",
    "2026-05-06",
    "lopend",
    "Wmo 2015 art. 2.3.2 lid 1",
  ],
  [
    "Wmo-onderzoek eindigt op Hemelvaartsdag 14-5-2026 → maandag 18-5 (vrijdag bij KB gelijkgesteld)",
    wmo("2026-04-02"),
    "2026-04-03",
    "onderzoek",
    "2026-05-18",
    "lopend",
    "Atw art. 1 en 3 lid 1 en 3",
  ],
  [
    "Wmo-onderzoek eindigt op Goede Vrijdag 3-4-2026 → dinsdag 7-4 (maandag is Tweede Paasdag)",
    wmo("2026-02-20"),
    "2026-02-23",
    "onderzoek",
    "2026-04-07",
    "lopend",
    "Atw art. 1 en 3 lid 2",
  ],
  [
    "Wmo-onderzoek eindigt op Tweede Paasdag 29-3-2027 → dinsdag 30-3",
    wmo("2027-02-15"),
    "2027-02-16",
    "onderzoek",
    "2027-03-30",
    "lopend",
    "Atw art. 1 en 3 lid 1",
  ],
  [
    "Wmo-onderzoek eindigt op de vrijdag na Hemelvaartsdag 7-5-2027 (KB) → maandag 10-5",
    wmo("2027-03-26"),
    "2027-03-29",
    "onderzoek",
    "2027-05-10",
    "lopend",
    "Atw art. 1 en 3 lid 3",
  ],
  [
    "Wmo-onderzoek eindigt op Tweede Kerstdag (za) → maandag",
    wmo("2026-11-14"),
    "2026-11-16",
    "onderzoek",
    "2026-12-28",
    "lopend",
    "Atw art. 1 en 3",
  ],
  [
    "Wmo-onderzoek eindigt op Eerste Kerstdag (vr) → maandag",
    wmo("2026-11-13"),
    "2026-11-16",
    "onderzoek",
    "2026-12-28",
    "lopend",
    "Atw art. 1 en 3",
  ],
  [
    "Wmo-onderzoek vanaf Goede Vrijdag eindigt op de KB-dag vrijdag 15-5-2026 → maandag 18-5",
    wmo("2026-04-03"),
    "2026-04-07",
    "onderzoek",
    "2026-05-18",
    "lopend",
    "Atw art. 1 en 3 lid 3",
  ],
  [
    "Wmo-onderzoek over de jaarwisseling naar zaterdag 2-1 → maandag 4-1",
    wmo("2026-11-21"),
    "2026-11-23",
    "onderzoek",
    "2027-01-04",
    "lopend",
    "Atw art. 1",
  ],
  [
    "Wmo-onderzoek op tijd afgerond",
    wmo("2026-01-05", { onderzoekAfgerondOp: "2026-02-10" }),
    "2026-03-01",
    "onderzoek",
    "2026-02-16",
    "gehaald",
    "Wmo 2015 art. 2.3.2 lid 8",
  ],
  [
    "Wmo-onderzoek te laat afgerond",
    wmo("2026-01-05", { onderzoekAfgerondOp: "2026-02-17" }),
    "2026-03-01",
    "onderzoek",
    "2026-02-16",
    "verlopen",
    "Wmo 2015 art. 2.3.2 lid 1",
  ],
  [
    "Wmo-onderzoek niet afgerond na de termijn",
    wmo("2026-01-05"),
    "2026-02-17",
    "onderzoek",
    "2026-02-16",
    "verlopen",
    "Wmo 2015 art. 2.3.2 lid 1",
  ],
  [
    "Wmo-onderzoek op de laatste dag nog lopend",
    wmo("2026-01-05"),
    "2026-02-16",
    "onderzoek",
    "2026-02-16",
    "lopend",
    "Wmo 2015 art. 2.3.2 lid 1",
  ],
  [
    "Wmo-onderzoek 7 dagen opgeschort",
    wmo("2026-01-05", {
      opschortingen: [
        { soort: "onderzoek", van: "2026-01-20", tot: "2026-01-27", reden: "wacht op informatie huisarts" },
      ],
    }),
    "2026-02-01",
    "onderzoek",
    "2026-02-23",
    "lopend",
    "Awb art. 4:15 (naar analogie)",
  ],
  [
    "Wmo-onderzoek: overlappende opschortingen tellen één keer",
    wmo("2026-01-05", {
      opschortingen: [
        { soort: "onderzoek", van: "2026-01-20", tot: "2026-01-27", reden: "a" },
        { soort: "onderzoek", van: "2026-01-25", tot: "2026-01-30", reden: "b" },
      ],
    }),
    "2026-02-01",
    "onderzoek",
    "2026-02-26",
    "lopend",
    "Awb art. 4:15",
  ],
  [
    "Wmo-onderzoek: lopende opschorting telt tot vandaag en geeft status opgeschort",
    wmo("2026-01-05", {
      opschortingen: [{ soort: "onderzoek", van: "2026-01-20", tot: null, reden: "wacht op inwoner" }],
    }),
    "2026-01-25",
    "onderzoek",
    "2026-02-23",
    "opgeschort",
    "Awb art. 4:15",
  ],
  [
    "Jeugd-onderzoek: 6 weken volgens de verordening",
    jeugd("2026-01-05"),
    "2026-01-06",
    "onderzoek",
    "2026-02-16",
    "lopend",
    "Verordening jeugdhulp",
  ],
  [
    "Wmo-beslissing: 2 weken, eindigt op Koningsdag → dinsdag",
    wmo("2026-03-01", { aanvraagdatum: "2026-04-13" }),
    "2026-04-14",
    "beslissing",
    "2026-04-28",
    "lopend",
    "Wmo 2015 art. 2.3.5 lid 2; Atw",
  ],
  [
    "Wmo-beslissing eindigt op Eerste Kerstdag → maandag 28-12",
    wmo("2026-10-01", { aanvraagdatum: "2026-12-11" }),
    "2026-12-12",
    "beslissing",
    "2026-12-28",
    "lopend",
    "Wmo 2015 art. 2.3.5 lid 2; Atw",
  ],
  [
    "Wmo-beslissing eindigt op zaterdag Tweede Kerstdag → maandag",
    wmo("2026-10-01", { aanvraagdatum: "2026-12-12" }),
    "2026-12-14",
    "beslissing",
    "2026-12-28",
    "lopend",
    "Wmo 2015 art. 2.3.5 lid 2; Atw",
  ],
  [
    "Wmo-beslissing eindigt op Tweede Pinksterdag → dinsdag",
    wmo("2026-03-01", { aanvraagdatum: "2026-05-11" }),
    "2026-05-12",
    "beslissing",
    "2026-05-26",
    "lopend",
    "Wmo 2015 art. 2.3.5 lid 2; Atw",
  ],
  [
    "Wmo-beslissing: 4 mei is geen feestdag",
    wmo("2026-03-01", { aanvraagdatum: "2026-04-20" }),
    "2026-04-21",
    "beslissing",
    "2026-05-04",
    "lopend",
    "Wmo 2015 art. 2.3.5 lid 2",
  ],
  [
    "Wmo-beslissing op tijd genomen",
    wmo("2026-03-01", { aanvraagdatum: "2026-04-20", besluitdatum: "2026-04-30" }),
    "2026-05-10",
    "beslissing",
    "2026-05-04",
    "gehaald",
    "Wmo 2015 art. 2.3.5 lid 2",
  ],
  [
    "Wmo-beslissing: onvolledige aanvraag schort 8 dagen op",
    wmo("2026-03-01", {
      aanvraagdatum: "2026-04-20",
      opschortingen: [
        { soort: "beslissing", van: "2026-04-22", tot: "2026-04-30", reden: "aanvraag onvolledig" },
      ],
    }),
    "2026-05-03",
    "beslissing",
    "2026-05-12",
    "lopend",
    "Awb art. 4:15 lid 1 onder a",
  ],
  [
    "Wmo-beslissing: opschorting eindigt op Hemelvaartsdag → maandag (vrijdag bij KB gelijkgesteld)",
    wmo("2026-03-01", {
      aanvraagdatum: "2026-04-20",
      opschortingen: [{ soort: "beslissing", van: "2026-04-22", tot: "2026-05-02", reden: "onvolledig" }],
    }),
    "2026-05-03",
    "beslissing",
    "2026-05-18",
    "lopend",
    "Awb art. 4:15; Atw art. 1 en 3 lid 3",
  ],
  [
    "Wmo-beslissing: tijdig meegedeelde verdaging van 2 weken",
    wmo("2026-03-01", {
      aanvraagdatum: "2026-04-20",
      verlengingen: [{ soort: "beslissing", weken: 2, reden: "advies nodig", medegedeeldOp: "2026-04-30" }],
    }),
    "2026-05-01",
    "beslissing",
    "2026-05-18",
    "lopend",
    "Awb art. 4:14 lid 3",
  ],
  [
    "Wmo-beslissing: te laat meegedeelde verdaging telt niet",
    wmo("2026-03-01", {
      aanvraagdatum: "2026-04-20",
      verlengingen: [{ soort: "beslissing", weken: 2, reden: "advies nodig", medegedeeldOp: "2026-05-06" }],
    }),
    "2026-05-07",
    "beslissing",
    "2026-05-04",
    "verlopen",
    "Awb art. 4:14 lid 3",
  ],
  [
    "Jeugd-beslissing: 8 weken, eindigt op Koningsdag → dinsdag",
    jeugd("2026-02-01", { aanvraagdatum: "2026-03-02" }),
    "2026-03-03",
    "beslissing",
    "2026-04-28",
    "lopend",
    "Awb art. 4:13; Atw",
  ],
  [
    "Jeugd-beslissing eindigt op zaterdag voor Pinksteren → dinsdag",
    jeugd("2026-02-01", { aanvraagdatum: "2026-03-28" }),
    "2026-03-30",
    "beslissing",
    "2026-05-26",
    "lopend",
    "Awb art. 4:13; Atw",
  ],
  [
    "Pw-beslissing eindigt op Nieuwjaarsdag 2027 → maandag 4-1",
    werk("2026-10-01", { aanvraagdatum: "2026-11-06" }),
    "2026-11-07",
    "beslissing",
    "2027-01-04",
    "lopend",
    "Awb art. 4:13; Atw",
  ],
  [
    "Pw-beslissing: 8 weken op een dinsdag",
    werk("2026-03-01", { aanvraagdatum: "2026-03-31" }),
    "2026-04-01",
    "beslissing",
    "2026-05-26",
    "lopend",
    "Awb art. 4:13",
  ],
  [
    "Pw-voorschot: 4 weken na aanvraag",
    werk("2026-03-01", { aanvraagdatum: "2026-03-31" }),
    "2026-04-01",
    "voorschot",
    "2026-04-28",
    "lopend",
    "Participatiewet art. 52",
  ],
  [
    "Pw-zoekperiode onder 27: 4 weken na melding",
    werk("2026-03-02", { geboortedatum: "2002-01-01" }),
    "2026-03-03",
    "zoekperiode",
    "2026-03-30",
    "lopend",
    "Participatiewet art. 41 lid 4",
  ],
  [
    "Pw-zoekperiode voorbij is voltooid",
    werk("2026-03-02", { geboortedatum: "2002-01-01" }),
    "2026-04-02",
    "zoekperiode",
    "2026-03-30",
    "gehaald",
    "Participatiewet art. 41 lid 4",
  ],
  [
    "Wgs eerste gesprek: 4 weken",
    wgs("2026-04-30"),
    "2026-05-01",
    "eerste-gesprek",
    "2026-05-28",
    "lopend",
    "Wgs art. 4 lid 1",
  ],
  [
    "Wgs eerste gesprek: 4 weken over Nieuwjaar heen",
    wgs("2026-01-02"),
    "2026-01-03",
    "eerste-gesprek",
    "2026-01-30",
    "lopend",
    "Wgs art. 4 lid 1",
  ],
  [
    "Wgs spoed: 3 werkdagen over Pasen",
    wgs("2026-04-02", { dreigendeUitzettingOfAfsluiting: true }),
    "2026-04-03",
    "eerste-gesprek",
    "2026-04-08",
    "lopend",
    "Wgs art. 4 lid 2",
  ],
  [
    "Wgs spoed: 3 werkdagen over 5 mei en het weekend",
    wgs("2026-04-30", { dreigendeUitzettingOfAfsluiting: true }),
    "2026-04-30",
    "eerste-gesprek",
    "2026-05-06",
    "lopend",
    "Wgs art. 4 lid 2; Atw art. 3",
  ],
  [
    "Wgs spoed: 3 werkdagen over Hemelvaart",
    wgs("2026-05-12", { dreigendeUitzettingOfAfsluiting: true }),
    "2026-05-12",
    "eerste-gesprek",
    "2026-05-18",
    "lopend",
    "Wgs art. 4 lid 2",
  ],
  [
    "Wgs spoed: 3 werkdagen eindigen op Goede Vrijdag (een werkdag) → dinsdag na Pasen",
    wgs("2026-03-31", { dreigendeUitzettingOfAfsluiting: true }),
    "2026-03-31",
    "eerste-gesprek",
    "2026-04-07",
    "lopend",
    "Wgs art. 4 lid 2; Atw art. 1 en 3 lid 2",
  ],
  [
    "Wgs spoed: 3 werkdagen eindigen op de KB-dag 15-5-2026 (een werkdag) → maandag",
    wgs("2026-05-11", { dreigendeUitzettingOfAfsluiting: true }),
    "2026-05-11",
    "eerste-gesprek",
    "2026-05-18",
    "lopend",
    "Wgs art. 4 lid 2; Atw art. 1 en 3 lid 3",
  ],
  [
    "Wgs spoed: 3 werkdagen over Kerst",
    wgs("2026-12-22", { dreigendeUitzettingOfAfsluiting: true }),
    "2026-12-22",
    "eerste-gesprek",
    "2026-12-28",
    "lopend",
    "Wgs art. 4 lid 2",
  ],
  [
    "Wgs spoed: 3 werkdagen over Koningsdag",
    wgs("2026-04-24", { dreigendeUitzettingOfAfsluiting: true }),
    "2026-04-24",
    "eerste-gesprek",
    "2026-04-30",
    "lopend",
    "Wgs art. 4 lid 2",
  ],
  [
    "Wgs-beslissing: 8 weken na het eerste gesprek",
    wgs("2026-01-02", { eersteGesprekOp: "2026-01-20" }),
    "2026-01-21",
    "beslissing",
    "2026-03-17",
    "lopend",
    "Wgs art. 4a",
  ],
  [
    "Bezwaar: 6 weken na bekendmaking",
    wmo("2026-01-05", { beschikkingBekendgemaaktOp: "2026-03-20" }),
    "2026-03-21",
    "bezwaar",
    "2026-05-01",
    "lopend",
    "Awb art. 6:7 en 6:8",
  ],
  [
    "Bezwaar eindigt op Eerste Kerstdag → maandag",
    wmo("2026-09-01", { beschikkingBekendgemaaktOp: "2026-11-13" }),
    "2026-11-14",
    "bezwaar",
    "2026-12-28",
    "lopend",
    "Awb art. 6:7; Atw",
  ],
  [
    "Bezwaar (6 weken) eindigt op Goede Vrijdag 26-3-2027 → dinsdag 30-3 (maandag is Tweede Paasdag)",
    wmo("2027-01-04", { beschikkingBekendgemaaktOp: "2027-02-12" }),
    "2027-02-13",
    "bezwaar",
    "2027-03-30",
    "lopend",
    "Awb art. 6:7 en 6:8; Atw art. 1 en 3 lid 1 en 2",
  ],
  [
    "Bezwaar eindigt op Tweede Kerstdag (do) 26-12-2024 → maandag 30-12 (vrijdag 27-12 bij KB gelijkgesteld)",
    wmo("2024-09-01", { beschikkingBekendgemaaktOp: "2024-11-14" }),
    "2024-11-15",
    "bezwaar",
    "2024-12-30",
    "lopend",
    "Awb art. 6:7; Atw art. 1 en 3 lid 3",
  ],
  [
    "Bezwaartermijn verstreken zonder bezwaar: voltooid, niet te laat",
    wmo("2026-01-05", { beschikkingBekendgemaaktOp: "2026-03-20" }),
    "2026-05-10",
    "bezwaar",
    "2026-05-01",
    "gehaald",
    "Awb art. 6:7",
  ],
  [
    "Beslissing op bezwaar: 6 weken na einde bezwaartermijn",
    wmo("2026-01-05", { beschikkingBekendgemaaktOp: "2026-03-20", bezwaarOntvangenOp: "2026-04-15" }),
    "2026-04-16",
    "beslissing-bezwaar",
    "2026-06-12",
    "lopend",
    "Awb art. 7:10 lid 1",
  ],
  [
    "Beslissing op bezwaar met adviescommissie: 12 weken",
    wmo("2026-01-05", {
      beschikkingBekendgemaaktOp: "2026-03-20",
      bezwaarOntvangenOp: "2026-04-15",
      adviescommissie: true,
    }),
    "2026-04-16",
    "beslissing-bezwaar",
    "2026-07-24",
    "lopend",
    "Awb art. 7:10 lid 1",
  ],
  [
    "Beslissing op bezwaar: 12 weken eindigt op Tweede Paasdag 2027 → dinsdag (12 weken is niet 'meer dan twaalf')",
    jeugd("2026-09-01", {
      beschikkingBekendgemaaktOp: "2026-11-20",
      bezwaarOntvangenOp: "2026-12-01",
      adviescommissie: true,
    }),
    "2026-12-02",
    "beslissing-bezwaar",
    "2027-03-30",
    "lopend",
    "Awb art. 7:10 lid 1; Atw art. 1 en 4 onder a",
  ],
  [
    "Beslissing op bezwaar: 6 weken verdaagd",
    jeugd("2026-09-01", {
      beschikkingBekendgemaaktOp: "2026-11-20",
      bezwaarOntvangenOp: "2026-12-01",
      verlengingen: [
        { soort: "beslissing-bezwaar", weken: 6, reden: "hoorzitting", medegedeeldOp: "2027-02-01" },
      ],
    }),
    "2027-02-02",
    "beslissing-bezwaar",
    "2027-03-30",
    "lopend",
    "Awb art. 7:10 lid 3",
  ],
  [
    "Beslissing op bezwaar: verdaging boven 6 weken telt niet",
    jeugd("2026-09-01", {
      beschikkingBekendgemaaktOp: "2026-11-20",
      bezwaarOntvangenOp: "2026-12-01",
      verlengingen: [{ soort: "beslissing-bezwaar", weken: 8, reden: "drukte", medegedeeldOp: "2027-02-01" }],
    }),
    "2027-02-02",
    "beslissing-bezwaar",
    "2027-02-15",
    "lopend",
    "Awb art. 7:10 lid 3",
  ],
  [
    "Huisverbod: 10 dagen",
    { zaaktype: "veilig-opgroeien", meldingsdatum: "2026-05-01", huisverbodOpgelegdOp: "2026-05-01" },
    "2026-05-02",
    "huisverbod",
    "2026-05-11",
    "lopend",
    "Wet tijdelijk huisverbod art. 2",
  ],
  [
    "Huisverbod verlengd tot 4 weken (geen Atw)",
    {
      zaaktype: "veilig-opgroeien",
      meldingsdatum: "2026-12-20",
      huisverbodOpgelegdOp: "2026-12-20",
      huisverbodVerlengd: true,
    },
    "2026-12-21",
    "huisverbod",
    "2027-01-17",
    "lopend",
    "Wet tijdelijk huisverbod art. 9",
  ],
  [
    "Huisverbod verlengd tot een datum binnen de 4 weken",
    {
      zaaktype: "regie",
      meldingsdatum: "2026-05-01",
      huisverbodOpgelegdOp: "2026-05-01",
      huisverbodVerlengd: true,
      huisverbodVerlengdTot: "2026-05-20",
    },
    "2026-05-12",
    "huisverbod",
    "2026-05-20",
    "lopend",
    "Wet tijdelijk huisverbod art. 9 lid 1",
  ],
  [
    "Huisverbod ingetrokken door de burgemeester",
    {
      zaaktype: "regie",
      meldingsdatum: "2026-05-01",
      huisverbodOpgelegdOp: "2026-05-01",
      huisverbodBeeindigdOp: "2026-05-04",
    },
    "2026-05-05",
    "huisverbod",
    "2026-05-11",
    "gehaald",
    "Wet tijdelijk huisverbod art. 2 lid 1",
  ],
];

describe("termijnen: tabel van gedateerde gevallen", () => {
  it("heeft minstens 40 gevallen", () => expect(GEVALLEN.length).toBeGreaterThanOrEqual(40));

  it.each(GEVALLEN)("%s", (_naam, feiten, vandaag, soort, datum, status, bron) => {
    const { termijnen } = berekenTermijnen(
      { opschortingen: [], verlengingen: [], ...feiten },
      vandaag,
      kalender,
    );
    const termijn = termijnen.find((t) => t.soort === soort);
    expect(termijn, `termijn ${soort} (${bron})`).toBeDefined();
    expect({ datum: termijn?.uiterlijkeDatum, status: termijn?.status }).toEqual({ datum, status });
  });
});

describe("termijnen: uitleg en bijzonderheden", () => {
  it("legt de berekening uit zoals een consulent die narekent", () => {
    const { termijnen } = berekenTermijnen(
      wmo("2026-01-05", {
        opschortingen: [{ soort: "onderzoek", van: "2026-01-20", tot: "2026-01-27", reden: "x" }],
      }),
      "2026-01-28",
      kalender,
    );
    expect(termijnen[0]?.uitleg).toBe(
      "6 weken na melding: melding 5-1-2026 = 16-2-2026, 7 dagen opgeschort → 23-2-2026",
    );
  });

  it("meldt een opschorting op een termijn die dat niet toelaat, en negeert die", () => {
    const { termijnen, waarschuwingen } = berekenTermijnen(
      wgs("2026-04-30", {
        opschortingen: [{ soort: "eerste-gesprek", van: "2026-05-01", tot: "2026-05-10", reden: "x" }],
      }),
      "2026-05-11",
      kalender,
    );
    expect(termijnen.find((t) => t.soort === "eerste-gesprek")?.uiterlijkeDatum).toBe("2026-05-28");
    expect(waarschuwingen[0]).toContain("niet toegestaan");
  });

  it("geen zoekperiode voor wie 27 of ouder is bij de melding", () => {
    const { termijnen } = berekenTermijnen(
      werk("2026-03-02", { geboortedatum: "1999-03-02" }),
      "2026-03-03",
      kalender,
    );
    expect(termijnen.map((t) => t.soort)).not.toContain("zoekperiode");
  });

  it("de eerstvolgende termijn is die van de gemeente die het eerst afloopt", () => {
    const { termijnen } = berekenTermijnen(
      werk("2026-03-02", { geboortedatum: "2002-01-01", aanvraagdatum: "2026-04-01" }),
      "2026-04-02",
      kalender,
    );
    expect(eerstvolgendeTermijn(termijnen)?.soort).toBe("voorschot");
  });
});

const isoDatum = fc
  .date({ min: new Date("2024-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("termijnen: eigenschappen", () => {
  it("Atw art. 1: de uiterlijke datum is de eerste gewone dag op of na 6 weken (Wmo 2.3.2)", () => {
    fc.assert(
      fc.property(isoDatum, (melding) => {
        const [t] = berekenTermijnen(wmo(melding), melding, kalender).termijnen;
        return t !== undefined && t.uiterlijkeDatum === atwVerschuiving(kalender, plusDagen(melding, 42));
      }),
    );
  });

  it("Atw art. 2: iedere wettelijke termijn bevat minstens twee gewone dagen", () => {
    fc.assert(
      fc.property(isoDatum, fc.boolean(), (start, spoed) => {
        const { termijnen } = berekenTermijnen(
          wgs(start, {
            dreigendeUitzettingOfAfsluiting: spoed,
            aanvraagdatum: start,
            beschikkingBekendgemaaktOp: start,
            bezwaarOntvangenOp: start,
          }),
          start,
          kalender,
        );
        return termijnen.every((t) => {
          const dagen = Array.from({ length: dagenTussen(t.startdatum, t.uiterlijkeDatum) }, (_, i) =>
            plusDagen(t.startdatum, i + 1),
          );
          return dagen.filter((d) => isTermijndag(kalender, d)).length >= 2;
        });
      }),
    );
  });

  it("n dagen opschorting schuift het einde n dagen op, daarna pas de Atw (art. 1), nooit naar voren", () => {
    fc.assert(
      fc.property(
        isoDatum,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 40 }),
        (melding, na, n) => {
          const van = plusDagen(melding, na);
          const zonder = berekenTermijnen(wmo(melding), melding, kalender).termijnen[0];
          const met = berekenTermijnen(
            wmo(melding, {
              opschortingen: [{ soort: "onderzoek", van, tot: plusDagen(van, n), reden: "x" }],
            }),
            plusDagen(van, n),
            kalender,
          ).termijnen[0];
          if (!zonder || !met) return false;
          return (
            met.uiterlijkeDatum >= zonder.uiterlijkeDatum &&
            met.uiterlijkeDatum === atwVerschuiving(kalender, plusDagen(zonder.oorspronkelijkeDatum, n)) &&
            met.opgeschortDagen === n
          );
        },
      ),
    );
  });

  it("een latere melding geeft nooit een eerdere uiterlijke datum", () => {
    fc.assert(
      fc.property(isoDatum, fc.integer({ min: 1, max: 30 }), (melding, later) => {
        const a = berekenTermijnen(wmo(melding), melding, kalender).termijnen[0];
        const b = berekenTermijnen(wmo(plusDagen(melding, later)), melding, kalender).termijnen[0];
        return a !== undefined && b !== undefined && b.uiterlijkeDatum >= a.uiterlijkeDatum;
      }),
    );
  });
});

describe("termijnen: eigen termijnen van de gemeente", () => {
  it("een gemeente mag de onderzoekstermijn Jeugd zelf vaststellen (binnen 8 weken)", () => {
    const { termijnen } = berekenTermijnen(
      jeugd("2026-01-05", { lokaleTermijnen: { onderzoek: 4 } }),
      "2026-01-06",
      kalender,
    );
    expect(termijnen[0]).toMatchObject({
      uiterlijkeDatum: "2026-02-02",
      bron: expect.stringContaining("gemeentelijk vastgesteld"),
    });
    expect(termijnen[0]?.uitleg).toContain("4 weken na melding");
  });
  it("wettelijke termijnen (Wmo) en te lange termijnen blijven zoals de wet ze stelt", () => {
    expect(
      berekenTermijnen(wmo("2026-01-05", { lokaleTermijnen: { onderzoek: 4 } }), "2026-01-06", kalender)
        .termijnen[0]?.uiterlijkeDatum,
    ).toBe("2026-02-16");
    expect(
      berekenTermijnen(jeugd("2026-01-05", { lokaleTermijnen: { onderzoek: 12 } }), "2026-01-06", kalender)
        .termijnen[0]?.uiterlijkeDatum,
    ).toBe("2026-02-16");
  });
});

describe("termijnen: verzoek om toewijzing of wijziging (iWmo/iJw 315/317)", () => {
  const soort = (termijnen: { soort: string }[], s: TermijnSoort) => termijnen.find((t) => t.soort === s);
  it.each([
    // [naam, feiten, vandaag, soort, verwacht]
    [
      "antwoord binnen 5 werkdagen, nog open",
      wmo("2026-01-05", { verzoekOntvangenOp: "2026-01-05" }),
      "2026-01-07",
      "verzoek-antwoord",
      { uiterlijkeDatum: "2026-01-12", status: "lopend" },
    ],
    [
      "antwoord te laat",
      wmo("2026-01-05", { verzoekOntvangenOp: "2026-01-05" }),
      "2026-01-13",
      "verzoek-antwoord",
      { status: "verlopen" },
    ],
    [
      "in onderzoek op tijd beantwoord",
      jeugd("2026-01-05", { verzoekOntvangenOp: "2026-01-05", verzoekBeantwoordOp: "2026-01-09" }),
      "2026-01-13",
      "verzoek-antwoord",
      { status: "gehaald", afgerondOp: "2026-01-09" },
    ],
    [
      "na 'in onderzoek' 8 weken voor het definitieve antwoord",
      jeugd("2026-01-05", {
        verzoekOntvangenOp: "2026-01-05",
        verzoekBeantwoordOp: "2026-01-09",
        verzoekInOnderzoekOp: "2026-01-09",
      }),
      "2026-01-13",
      "verzoek-onderzoek",
      { startdatum: "2026-01-09", uiterlijkeDatum: "2026-03-06", status: "lopend" },
    ],
    [
      "na 'in onderzoek' op zaterdag: 8 weken eindigen op zaterdag en blijven daar (iStandaarden, geen wet: Atw art. 1)",
      jeugd("2026-01-05", {
        verzoekOntvangenOp: "2026-01-05",
        verzoekBeantwoordOp: "2026-01-10",
        verzoekInOnderzoekOp: "2026-01-10",
      }),
      "2026-01-13",
      "verzoek-onderzoek",
      { uiterlijkeDatum: "2026-03-07", status: "lopend" },
    ],
    [
      "woonplaatsbeginsel: afwijzen binnen 2 weken (Jeugdwet)",
      jeugd("2026-01-05", { verzoekOntvangenOp: "2026-01-05" }),
      "2026-01-06",
      "woonplaatsbeginsel",
      { uiterlijkeDatum: "2026-01-19", status: "lopend" },
    ],
  ] as const)("%s", (_naam, feiten, vandaag, s, verwacht) => {
    expect(soort(berekenTermijnen(feiten, vandaag, kalender).termijnen, s)).toMatchObject(verwacht);
  });

  it("de Wmo kent geen woonplaatsbeginsel-termijn; zonder verzoek zijn er geen verzoektermijnen", () => {
    const wmoVerzoek = berekenTermijnen(
      wmo("2026-01-05", { verzoekOntvangenOp: "2026-01-05" }),
      "2026-01-06",
      kalender,
    );
    expect(soort(wmoVerzoek.termijnen, "woonplaatsbeginsel")).toBeUndefined();
    const zonder = berekenTermijnen(jeugd("2026-01-05"), "2026-01-06", kalender).termijnen.map(
      (t) => t.soort,
    );
    expect(zonder.some((s) => s.startsWith("verzoek") || s === "woonplaatsbeginsel")).toBe(false);
  });

  it.each([
    // [naam, feiten, onderzoekstermijn verwacht]
    ["melding (Wmo)", wmo("2026-01-05"), true],
    ["melding (Jeugdwet)", jeugd("2026-01-05"), true],
    ["melding met later verzoek (Wmo)", wmo("2026-01-05", { verzoekOntvangenOp: "2026-01-12" }), true],
    [
      "verzoek van een aanbieder na verwijzing (Wmo)",
      wmo("2026-01-05", { verzoekOntvangenOp: "2026-01-05", verzoekVanAanbieder: true }),
      false,
    ],
    [
      "verzoek van een aanbieder na verwijzing (Jeugdwet)",
      jeugd("2026-01-05", { verzoekOntvangenOp: "2026-01-05", verzoekVanAanbieder: true }),
      false,
    ],
    ["expliciet geen verzoek", jeugd("2026-01-05", { verzoekVanAanbieder: false }), true],
  ] as const)("onderzoekstermijn bij %s", (_naam, feiten, verwacht) => {
    const { termijnen } = berekenTermijnen(feiten, "2026-01-06", kalender);
    expect(soort(termijnen, "onderzoek") !== undefined).toBe(verwacht);
    if (feiten.verzoekOntvangenOp) expect(soort(termijnen, "verzoek-antwoord")).toBeDefined();
  });

  it("de antwoordklok bepaalt de volgorde in de werkvoorraad", () => {
    const { termijnen } = berekenTermijnen(
      wmo("2026-01-05", { verzoekOntvangenOp: "2026-01-05" }),
      "2026-01-06",
      kalender,
    );
    expect(eerstvolgendeTermijn(termijnen)?.soort).toBe("verzoek-antwoord");
  });
});

describe("termijnen: Algemene termijnenwet in de uitleg, art. 4 en de kalender", () => {
  it("de uitleg noemt de dag en het artikel: Goede Vrijdag, art. 1 (bezwaar, Awb 6:7)", () => {
    const { termijnen } = berekenTermijnen(
      wmo("2027-01-04", { beschikkingBekendgemaaktOp: "2027-02-12" }),
      "2027-02-13",
      kalender,
    );
    expect(termijnen.find((t) => t.soort === "bezwaar")?.uitleg).toBe(
      "6 weken na bekendmaking van de beschikking: bekendmaking 12-2-2027 = 26-3-2027, valt op Goede Vrijdag, Algemene termijnenwet art. 1 → 30-3-2027",
    );
  });

  it("zonder de KB-dagen zou het Wmo-onderzoek op vrijdag 15-5-2026 eindigen (Atw art. 3 lid 3)", () => {
    const met = berekenTermijnen(wmo("2026-04-03"), "2026-04-07", kalender).termijnen[0];
    const zonder = berekenTermijnen(wmo("2026-04-03"), "2026-04-07", maakKalender([])).termijnen[0];
    expect([met?.uiterlijkeDatum, zonder?.uiterlijkeDatum]).toEqual(["2026-05-18", "2026-05-15"]);
  });

  it("waarschuwt als een termijn eindigt in een jaar zonder bekend Koninklijk Besluit (art. 3 lid 3)", () => {
    const later = berekenTermijnen(wmo("2029-01-08"), "2029-01-09", kalender);
    expect(later.waarschuwingen).toEqual([
      expect.stringContaining("Voor 2029 zijn geen bij Koninklijk Besluit"),
    ]);
    expect(berekenTermijnen(wmo("2026-01-05"), "2026-01-06", kalender).waarschuwingen).toEqual([]);
  });

  it.each([
    ["Wmo-onderzoek (Wmo 2015 art. 2.3.2)", "onderzoek", "wmo", true],
    ["bezwaar (Awb 6:7)", "bezwaar", "wmo", true],
    ["verzoek-antwoord 5 werkdagen (iStandaarden, geen wet)", "verzoek-antwoord", "wmo", false],
    ["verzoek-onderzoek 8 weken (iStandaarden, geen wet)", "verzoek-onderzoek", "jeugd", false],
    ["woonplaatsbeginsel 2 weken (iStandaarden, geen wet)", "woonplaatsbeginsel", "jeugd", false],
    ["zoekperiode (Pw 41 lid 4: zoeken, geen termijn om te handelen)", "zoekperiode", "werk", false],
    ["huisverbod (duur van een maatregel)", "huisverbod", "veilig-opgroeien", false],
  ] as const)("Atw van toepassing op %s: %s", (_naam, soort, zaaktype, geldt) => {
    const regel = TERMIJNREGELS.find((r) => r.soort === soort && r.zaaktypen.includes(zaaktype));
    expect(regel && atwVanToepassing(regel).geldt).toBe(geldt);
  });

  it("Atw art. 4 onder a: 12 weken (Awb 7:10 met commissie) valt onder de Atw, meer dan 12 weken niet", () => {
    expect(atwVanToepassing(BESLISSING_BEZWAAR_COMMISSIE).geldt).toBe(true);
    const dertienWeken = { ...BESLISSING_BEZWAAR_COMMISSIE, lengte: 13 };
    expect(atwVanToepassing(dertienWeken)).toEqual({
      geldt: false,
      reden: expect.stringContaining("art. 4 onder a"),
    });
    expect(atwVanToepassing({ ...EERSTE_GESPREK_SPOED, lengte: 91, eenheid: "kalenderdagen" }).geldt).toBe(
      false,
    );
  });

  it("Wgs art. 4 lid 2 (3 werkdagen) is een wettelijke termijn: de Atw geldt", () => {
    expect(atwVanToepassing(EERSTE_GESPREK_SPOED).geldt).toBe(true);
  });
});
