/**
 * Base data of the sociale kaart (issue 16): the algemene voorzieningen of Assen-Oost exactly as seed 002 lists them
 * in bijlage 2 ("Overzicht algemene voorzieningen Assen-Oost": name and categories), and the city-wide
 * voorzieningen bestaanszekerheid of bijlage 1 as minimaregelingen. Facts only: where the source names no address,
 * contact, opening times or cost, the field stays empty and gratis stays "niet bekend"; the aanbieder is the
 * organisation the name starts with ("Vaart Welzijn - Budgetcursus"). The beheerder completes the rest.
 */
import type { Tx } from "../db/client";
import { zaaiVoorzieningen } from "../db/sociale-kaart";
import {
  type Categorie,
  gemeenteSlug,
  LEGE_VOORZIENING,
  type Soort,
} from "../domain/sociale-kaart/voorziening";
import { alsWaarden } from "../sociale-kaart/weergave";
import { wijkCode } from "./nmd";

const ASSEN = "0106";
const ASSEN_OOST = wijkCode("Assen-Oost");

type Regel = [naam: string, categorieen: Categorie[]];

/** 002 bijlage 2, in its order. */
export const ASSEN_OOST_BIJLAGE_2: Regel[] = [
  ["Aanhaken in Assen Oost", ["sociale-contacten"]],
  ["Assen Bloeit", ["vrijwilligerswerk", "sociale-contacten"]],
  ["Asser Biljart Club 1908", ["sport", "sociale-contacten"]],
  ["Biljartclub Bellevue'66", ["sport", "sociale-contacten"]],
  ["Biljartclub Door dik en dun", ["sport", "sociale-contacten"]],
  ["Biljartvereniging Trianta", ["sport", "sociale-contacten"]],
  ["De Vermeer - Spelletjesmiddag Activiteitencentrum", ["sociale-contacten"]],
  ["De Vermeer - Werkpro", ["vrijwilligerswerk", "sociale-contacten"]],
  ["Diaconaal Platform Assen (DPA)", ["geldzaken", "gezondheid"]],
  ["Energiecoaches Assen", ["geldzaken", "vrijwilligerswerk", "wonen"]],
  ["Gezondheidscentrum Assen-Oost", ["gezondheid"]],
  ["Honk- en Softbalvereniging The Pioneers", ["sport", "sociale-contacten"]],
  ["Humanitas - Begeleiding artsenbezoek", ["gezondheid"]],
  ["Humanitas Assen - Kindervakantieweken", ["sociale-contacten", "ouderschap"]],
  ["Humanitas Assen - Maatjes", ["vrijwilligerswerk", "sociale-contacten"]],
  ["Humanitas Assen - Soosjetijd", ["sociale-contacten"]],
  ["Humanitas Assen - Steun bij verlies", ["vrijwilligerswerk", "sociale-contacten"]],
  ["Humanitas Assen - Thuisadministratie", ["vrijwilligerswerk", "geldzaken"]],
  ["Humanitas Assen - Vriendschappelijk Huisbezoek", ["vrijwilligerswerk", "sociale-contacten"]],
  ["Humanitas Assen - Zingeving Levensverhaal", ["sociale-contacten"]],
  ["Oogcafé Assen", ["sociale-contacten", "gezondheid"]],
  ["Repair café Assen", ["geldzaken"]],
  ["Schietsportvereninging 't Asser Wapen", ["sport", "sociale-contacten"]],
  ["Schuldhulpmaatje", ["geldzaken"]],
  ["Sportclub Bartje - Handboogschieten", ["sport", "sociale-contacten"]],
  ["Spreekuur Bankinformatiepunt", ["geldzaken"]],
  ["Stichting Leergeld (onder andere kindpakket)", ["geldzaken"]],
  ["Stichting Zelfhelp Nederland - locatie Assen", ["sociale-contacten", "gezondheid"]],
  ["Tennisvereniging Amelte", ["sport", "sociale-contacten"]],
  ["Vaart Welzijn - Assen Digitaal", ["geldzaken", "sociale-contacten", "vrijwilligerswerk"]],
  [
    "Vaart Welzijn - Beweeggroep 'Lekker in je Lijf' Sportcarrousel",
    ["sport", "sociale-contacten", "gezondheid"],
  ],
  ["Vaart Welzijn - Bewegen naar Gezondheid De Werkwereld", ["gezondheid"]],
  ["Vaart Welzijn - Budgetcursus", ["geldzaken"]],
  ["Vaart Welzijn - Buurtbemiddeling Assen-Oost", ["sociale-contacten", "gezondheid", "wonen"]],
  ["Vaart Welzijn - De Vaart Erin", ["geldzaken"]],
  ["Vaart Welzijn - Fietsen, Wandelen en Buurtbakkie", ["sociale-contacten"]],
  ["Vaart Welzijn - Get Together en Break Out", ["sociale-contacten"]],
  ["Vaart Welzijn - Jeugdfonds Sport en Cultuur", ["geldzaken"]],
  ["Vaart Welzijn - Mantelzorgers Ontmoeten in Oost (MOIO)", ["gezondheid"]],
  ["Vaart Welzijn - MBvO Seniorensport De Schulp", ["sport", "sociale-contacten", "gezondheid"]],
  ["Vaart Welzijn - Klussendienst", ["geldzaken", "vrijwilligerswerk", "wonen"]],
  ["Vaart Welzijn - Volwassenenfonds", ["geldzaken"]],
  ["Vaart Welzijn - Maatwerkregeling gebruiksgoederen", ["geldzaken"]],
  ["Vaart Welzijn - Schuldhulpverlening", ["geldzaken"]],
  ["Vaart Welzijn - Wijkreporters", ["sociale-contacten", "gezondheid"]],
  ["Vaart Welzijn - Workshop budgetteren voor jongeren", ["geldzaken"]],
  ["Voetbalvereniging Asser Boys", ["sport", "sociale-contacten"]],
  ["Voetbalvereniging Asser Boys - G-voetbal", ["sport", "sociale-contacten"]],
  ["Voetselbank Assen", ["geldzaken"]],
];

/** 002 bijlage 1, "Overzicht voorzieningen bestaanszekerheid": for the whole of Assen. */
const BESTAANSZEKERHEID: {
  naam: string;
  aanbieder: string;
  omschrijving: string;
  categorieen: Categorie[];
}[] = [
  {
    naam: "Werkplein Drentsche Aa - bijstand en toeslagen",
    aanbieder: "Werkplein Drentsche Aa (WPDA)",
    omschrijving:
      "Bijstandsuitkering, bijzondere bijstand, energietoeslag, individuele inkomenstoeslag en studietoeslag (studeren met beperking). Het team financieel stabiel helpt inwoners met een bijstandsuitkering de juiste voorzieningen te gebruiken en bij schulden.",
    categorieen: ["geldzaken", "werk"],
  },
  {
    naam: "Team financiële regie",
    aanbieder: "Gemeente Assen",
    omschrijving:
      "Hier kunnen inwoners zich melden als ze schulden en/of geldzorgen hebben. De financieel regisseur kan onder andere verwijzen naar de dienstverlening door het GKB.",
    categorieen: ["geldzaken"],
  },
  {
    naam: "Collectieve zorgverzekering",
    aanbieder: "Zorgverzekeraar (op voorwaarden gemeente)",
    omschrijving: "Collectieve zorgverzekering.",
    categorieen: ["geldzaken", "gezondheid"],
  },
  {
    naam: "GKB - inkomensbeheer, beschermingsbewind en hulp bij schulden",
    aanbieder: "GKB",
    omschrijving: "Inkomensbeheer, beschermingsbewind en hulp bij schulden.",
    categorieen: ["geldzaken"],
  },
  {
    naam: "Kwijtschelding gemeentelijke belastingen",
    aanbieder: "Noordelijk belastingkantoor",
    omschrijving:
      "Kwijtschelding gemeentelijke belastingen (onroerende zaakbelasting, rioolheffing, afvalstoffenheffing).",
    categorieen: ["geldzaken", "wonen"],
  },
];

function voorziening(
  prefix: string,
  soort: Soort,
  v: { naam: string; aanbieder: string; omschrijving: string; categorieen: Categorie[]; wijken: string[] },
) {
  return alsWaarden(
    {
      ...LEGE_VOORZIENING,
      ...v,
      soort,
      externId: `${prefix}-${gemeenteSlug(v.naam)}`.slice(0, 60),
      gearchiveerd: false,
    },
    null,
  );
}

export async function zaaiSocialeKaartBasis(tx: Tx): Promise<void> {
  await zaaiVoorzieningen(tx, ASSEN, [
    ...ASSEN_OOST_BIJLAGE_2.map(([naam, categorieen]) =>
      voorziening("assen-oost", "algemene-voorziening", {
        naam,
        aanbieder: naam.includes(" - ") ? (naam.split(" - ")[0] ?? "") : "",
        omschrijving: "",
        categorieen,
        wijken: [ASSEN_OOST],
      }),
    ),
    ...BESTAANSZEKERHEID.map((v) => voorziening("assen", "minimaregeling", { ...v, wijken: [] })),
  ]);
}
