import type { Tx } from "../db/client";
import { producten, resultatenmatrixVersies } from "../db/schema";
import { zaaiTekstblok } from "../db/tekstblokken";
import type { Wet } from "../domain/catalogus/producten";
import type { Resultatenmatrix } from "../domain/catalogus/resultatenmatrix";
import { TEKSTBLOK_ONDERTEKENING } from "../resultatenplan/brief";
import { NMD, NMD_GEMEENTEN } from "./nmd";

/** Start of validity of the seeded catalogue. */
const GELDIG_VANAF = "2024-01-01";

/** Eenheid (WJ756): 04 uur, 16 dagdeel, 14 etmaal, 01 minuut, 84 stuks (inspanning). */
type P = [wet: Wet, code: string, niveau: number, omschrijving: string, eenheid: string];

/** The maatwerkvoorzieningen of 002 bijlage 1 (product code, interventieniveau, description). */
export const BIJLAGE1_PRODUCTEN: readonly P[] = [
  ["jeugd", "45A33", 4, "I4G Begeleiding gezondheid", "04"],
  ["jeugd", "45A30", 4, "I4G Begeleiding verslaving", "04"],
  ["jeugd", "45A10", 4, "I4M M4 en M5 (regulier)", "04"],
  ["jeugd", "45A02", 4, "I4Z Z1 t/m 4", "04"],
  ["jeugd", "45A34", 5, "I5G Begeleiding gezondheid", "04"],
  ["jeugd", "45A31", 5, "I5G Begeleiding verslaving", "04"],
  ["jeugd", "45A01", 5, "I5M M4 en M5 (regulier)", "04"],
  ["jeugd", "45A13", 5, "I5Z Z1 t/m 4 (regulier)", "04"],
  ["jeugd", "50A28", 7, "I7M Dagbesteding naar onderwijs 1-4 dagdelen", "16"],
  ["jeugd", "50A29", 7, "I7M Dagbesteding naar onderwijs 5-6 dagdelen", "16"],
  ["jeugd", "50A30", 7, "I7M Dagbesteding naar onderwijs 7-10 dagdelen", "16"],
  ["jeugd", "50A23", 7, "I7M Dagbesteding uitstroom (on)betaald werk 1-4 dagdelen", "16"],
  ["jeugd", "50A24", 7, "I7M Dagbesteding uitstroom (on)betaald werk 5-6 dagdelen", "16"],
  ["jeugd", "50A25", 7, "I7M Dagbesteding uitstroom (on)betaald werk 7-10 dagdelen", "16"],
  ["jeugd", "41A19", 7, "I7M Dagbesteding zinvolle daginvulling 1-4 dagdelen", "16"],
  ["jeugd", "41A20", 7, "I7M Dagbesteding zinvolle daginvulling 5-6 dagdelen", "16"],
  ["jeugd", "41A21", 7, "I7M Dagbesteding zinvolle daginvulling 7-10 dagdelen", "16"],
  ["jeugd", "43A05", 8, "I8M Logeren sociaal netwerk", "14"],
  ["jeugd", "54001", 4, "Basis-GGZ", "01"],
  ["jeugd", "54002", 5, "Specialistische GGZ", "01"],
  ["jeugd", "45A06", 5, "Medicatiecontrole specialistische GGZ", "84"],
  ["jeugd", "45A51", 5, "Ambulante gezinsbehandeling", "04"],
  ["wmo", "02A06", 4, "I4G Begeleiding gezondheid", "04"],
  ["wmo", "02A11", 4, "I4G Begeleiding verslaving", "04"],
  ["wmo", "02A09", 4, "I4M M4 en M5", "04"],
  ["wmo", "02A01", 4, "I4V Veilige huiselijke relatie in een gezin zonder kinderen", "04"],
  ["wmo", "10A37", 4, "I4Z Z1 t/m Z4 (licht)", "04"],
  ["wmo", "02A07", 5, "I5G Begeleiding gezondheid", "04"],
  ["wmo", "02A12", 5, "I5G Begeleiding verslaving", "04"],
  ["wmo", "02A14", 5, "I5M M4 en M5 (zwaar)", "04"],
  ["wmo", "02A02", 5, "I5V Veilige huiselijke relatie in een gezin zonder kinderen", "04"],
  ["wmo", "10A38", 5, "I5Z Z1 t/m Z4 (middel)", "04"],
  ["wmo", "07A01", 7, "I7M Dagbesteding naar onderwijs 1-4 dagdelen", "16"],
  ["wmo", "07A02", 7, "I7M Dagbesteding naar onderwijs 5-6 dagdelen", "16"],
  ["wmo", "10A63", 7, "I7M Dagbesteding naar onderwijs 7-10 dagdelen", "16"],
  ["wmo", "07A08", 7, "I7M Dagbesteding uitstroom (on)betaald werk 1-4 dagdelen", "16"],
  ["wmo", "07A09", 7, "I7M Dagbesteding uitstroom (on)betaald werk 5-6 dagdelen", "16"],
  ["wmo", "07A10", 7, "I7M Dagbesteding uitstroom (on)betaald werk 7-10 dagdelen", "16"],
  ["wmo", "07A05", 7, "I7M Dagbesteding zinvolle daginvulling 1-4 dagdelen", "16"],
  ["wmo", "07A06", 7, "I7M Dagbesteding zinvolle daginvulling 5-6 dagdelen", "16"],
  ["wmo", "07A07", 7, "I7M Dagbesteding zinvolle daginvulling 7-10 dagdelen", "16"],
  ["wmo", "04A04", 8, "I8M Logeren sociaal netwerk", "14"],
];

const h = (
  code: string,
  domein: Resultatenmatrix["hoofdresultaten"][number]["domein"],
  omschrijving: string,
  stappen: string[],
) => ({
  code,
  domein,
  omschrijving,
  subresultaten: stappen.map((s, i) => ({ code: `${code}.${i + 1}`, omschrijving: s, stap: i + 1 })),
});

/**
 * VOORBEELD — the public documents name the four domains but not the matrix's hoofd- and subresultaten.
 * This plausible example set is marked `voorbeeld`; the beheerder publishes the real matrix as a new version.
 */
export const VOORBEELD_MATRIX: Resultatenmatrix = {
  hoofdresultaten: [
    h("V1", "veilig", "Veilige thuissituatie", [
      "Zorgen over veiligheid zijn benoemd en besproken",
      "Er is een veiligheidsplan met het gezin",
      "Het gezin houdt zich zelfstandig aan de veiligheidsafspraken",
    ]),
    h("V2", "veilig", "Veilige huiselijke relatie", [
      "Geweld is gestopt",
      "Partners lossen conflicten zonder geweld op",
    ]),
    h("Z1", "zelfredzaam", "Grip op het huishouden", [
      "Overzicht over de taken in huis",
      "Taken met hulp van het netwerk uitgevoerd",
      "Huishouden zelfstandig op orde",
    ]),
    h("Z2", "zelfredzaam", "Financiën op orde", [
      "Overzicht van inkomsten en schulden",
      "Stabiel budget",
      "Zelfstandig beheer",
    ]),
    h("Z3", "zelfredzaam", "Zelfstandig wonen", ["Wonen met begeleiding", "Zelfstandig wonen met nazorg"]),
    h("M1", "meedoen", "Zinvolle daginvulling", [
      "Vaste dagstructuur",
      "Dagbesteding of vrijwilligerswerk",
      "(On)betaald werk",
    ]),
    h("M2", "meedoen", "Onderwijs volgen", [
      "Weer naar school",
      "Schoolgang stabiel",
      "Diploma of startkwalificatie",
    ]),
    h("M3", "meedoen", "Sociaal netwerk versterkt", [
      "Contacten in kaart",
      "Netwerk helpt mee",
      "Netwerk draagt zelf",
    ]),
    h("G1", "gezond", "Lichamelijke gezondheid", [
      "Klachten in beeld",
      "Behandeling gevolgd",
      "Zelf regie op gezondheid",
    ]),
    h("G2", "gezond", "Psychisch welbevinden", [
      "Stabilisatie",
      "Klachten verminderd",
      "Zelf omgaan met klachten",
    ]),
    h("G3", "gezond", "Verslaving onder controle", [
      "Gebruik in beeld",
      "Gebruik verminderd",
      "Gebruik gestopt of beheersbaar",
    ]),
  ],
};

/**
 * Base data: the NMD catalogue (products of 002 bijlage 1), the example Resultatenmatrix (version 1) and each
 * gemeente's default text of the letter that sends the plan for signing.
 */
export async function zaaiResultatenplanBasis(tx: Tx): Promise<void> {
  await tx
    .insert(producten)
    .values(
      BIJLAGE1_PRODUCTEN.map(([wet, code, interventieniveau, omschrijving, eenheid]) => ({
        samenwerkingsverbandCode: NMD.code,
        wet,
        categorie: code.slice(0, 2),
        code,
        omschrijving,
        interventieniveau,
        eenheid,
        geldigVanaf: GELDIG_VANAF,
      })),
    )
    .onConflictDoNothing();
  await tx
    .insert(resultatenmatrixVersies)
    .values({
      samenwerkingsverbandCode: NMD.code,
      versie: 1,
      geldigVanaf: GELDIG_VANAF,
      toelichting:
        "VOORBEELD: een aannemelijke set hoofd- en subresultaten. De openbare stukken noemen alleen de vier domeinen; de beheerder publiceert de echte matrix als nieuwe versie.",
      matrix: VOORBEELD_MATRIX,
      voorbeeld: true,
    })
    .onConflictDoNothing();
  for (const g of NMD_GEMEENTEN) await zaaiTekstblok(tx, g.code, TEKSTBLOK_ONDERTEKENING);
}

/** Demo data of the resultatenplan area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiResultatenplanDemo(_tx: Tx): Promise<void> {}
