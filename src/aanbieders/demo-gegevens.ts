/**
 * Invented providers of Noord- en Midden-Drenthe for the demo (names are fictitious; AGB-codes
 * 42420001 and 65656055 are the ones the iStandaarden samples use). Each covers product categories
 * (whole category) or single products per law; `gemeenten` null = all NMD gemeenten.
 */
export interface DemoAanbieder {
  agbCode: string;
  naam: string;
  kvkNummer: string;
  plaats: string;
  gemeenten: string[] | null;
  regels: { wet: "wmo" | "jeugd"; categorie: string; code?: string; resultaat?: string }[];
  /** Contract end (null = doorlopend); in the past = an expired contract. */
  einde?: "verlopen";
}

export const DEMO_AANBIEDERS: DemoAanbieder[] = [
  {
    agbCode: "42420001",
    naam: "Zorggroep Drentse Aa",
    kvkNummer: "40412345",
    plaats: "Assen",
    gemeenten: null,
    regels: [
      { wet: "jeugd", categorie: "45", resultaat: "Gezond: begeleiding bij gezondheid en verslaving" },
      { wet: "wmo", categorie: "02", resultaat: "Zelfredzaam: begeleiding thuis" },
    ],
  },
  {
    agbCode: "65656055",
    naam: "Stichting Jeugdhulp Noordenveld",
    kvkNummer: "40423456",
    plaats: "Roden",
    gemeenten: ["1699", "1730", "0106"],
    regels: [
      { wet: "jeugd", categorie: "45", resultaat: "Veilig: veilige huiselijke relatie in het gezin" },
      { wet: "jeugd", categorie: "43", resultaat: "Veilig: logeren in het sociale netwerk" },
      { wet: "jeugd", categorie: "41", resultaat: "Meedoen: zinvolle daginvulling" },
    ],
  },
  {
    agbCode: "73731001",
    naam: "Dagbesteding De Hooiberg",
    kvkNummer: "40434567",
    plaats: "Norg",
    gemeenten: ["1699", "1680", "1730"],
    regels: [
      { wet: "wmo", categorie: "07", resultaat: "Meedoen: dagbesteding en zinvolle daginvulling" },
      { wet: "jeugd", categorie: "50", resultaat: "Meedoen: dagbesteding naar onderwijs of werk" },
    ],
  },
  {
    agbCode: "73731002",
    naam: "Thuisbegeleiding Hunzedal",
    kvkNummer: "40445678",
    plaats: "Gieten",
    gemeenten: ["1680", "1699", "1731"],
    regels: [
      { wet: "wmo", categorie: "02", code: "02A06", resultaat: "Gezond: begeleiding gezondheid" },
      { wet: "wmo", categorie: "02", code: "02A07", resultaat: "Gezond: begeleiding gezondheid" },
      { wet: "wmo", categorie: "10", resultaat: "Zelfredzaam: ondersteuning bij zelfzorg" },
    ],
  },
  {
    agbCode: "73731003",
    naam: "GGZ-praktijk Asserbos",
    kvkNummer: "40456789",
    plaats: "Assen",
    gemeenten: null,
    regels: [
      { wet: "jeugd", categorie: "45", code: "45A06", resultaat: "Gezond: medicatiecontrole" },
      { wet: "jeugd", categorie: "45", code: "45A33", resultaat: "Gezond: begeleiding gezondheid" },
      { wet: "jeugd", categorie: "45", code: "45A34", resultaat: "Gezond: begeleiding gezondheid" },
      { wet: "jeugd", categorie: "45", code: "45A51", resultaat: "Veilig: ambulante gezinsbehandeling" },
    ],
  },
  {
    agbCode: "73731004",
    naam: "Zorgboerderij Het Veenland",
    kvkNummer: "40467890",
    plaats: "Nieuw-Annerveen",
    gemeenten: ["1680", "1699"],
    regels: [
      { wet: "wmo", categorie: "07", resultaat: "Meedoen: dagbesteding op de boerderij" },
      { wet: "jeugd", categorie: "41", resultaat: "Meedoen: zinvolle daginvulling" },
    ],
  },
  {
    agbCode: "73731005",
    naam: "Begeleiding Op Maat Beilen",
    kvkNummer: "40478901",
    plaats: "Beilen",
    gemeenten: ["1731", "0106"],
    regels: [
      { wet: "wmo", categorie: "02", resultaat: "Zelfredzaam: begeleiding thuis" },
      { wet: "jeugd", categorie: "45", resultaat: "Zelfredzaam: begeleiding jongeren" },
    ],
  },
  {
    agbCode: "73731006",
    naam: "Logeerhuis De Linde",
    kvkNummer: "40489012",
    plaats: "Eelde",
    gemeenten: null,
    regels: [
      { wet: "wmo", categorie: "04", resultaat: "Zelfredzaam: ontlasting mantelzorg door logeren" },
      { wet: "jeugd", categorie: "43", resultaat: "Veilig: logeren in het sociale netwerk" },
    ],
  },
  {
    agbCode: "73731007",
    naam: "Gezinshuis De Brink",
    kvkNummer: "40490123",
    plaats: "Peize",
    gemeenten: ["1699", "1730"],
    regels: [
      { wet: "jeugd", categorie: "45", code: "45A51", resultaat: "Veilig: ambulante gezinsbehandeling" },
      { wet: "jeugd", categorie: "43", resultaat: "Veilig: logeren in het sociale netwerk" },
    ],
  },
  {
    agbCode: "73731008",
    naam: "Werkplaats Tynaarlo",
    kvkNummer: "40401234",
    plaats: "Vries",
    gemeenten: ["1730", "1699"],
    regels: [
      { wet: "wmo", categorie: "07", code: "07A08", resultaat: "Meedoen: uitstroom naar (on)betaald werk" },
      { wet: "jeugd", categorie: "50", code: "50A23", resultaat: "Meedoen: uitstroom naar (on)betaald werk" },
    ],
    einde: "verlopen",
  },
];

/** Demo cliëntenstop (on Gezinshuis De Brink) and signals, relative to today. */
export const DEMO_STOP = {
  agbCode: "73731007",
  dagenGeleden: 14,
  reden: "Onderzoek van de Inspectie Gezondheidszorg en Jeugd na een gemelde calamiteit",
};

export const DEMO_SIGNALEN = [
  {
    agbCode: "73731007",
    soort: "kwaliteit" as const,
    onderwerp: "Melding calamiteit",
    omschrijving: "De aanbieder meldt een calamiteit; de Inspectie doet onderzoek. Cliëntenstop afgekondigd.",
    dagenGeleden: 16,
    status: "maatregel" as const,
  },
  {
    agbCode: "73731002",
    soort: "kwaliteit" as const,
    onderwerp: "Klachten over wisselende begeleiders",
    omschrijving: "Meerdere consulenten horen van inwoners dat de begeleiders vaak wisselen.",
    dagenGeleden: 5,
    status: "nieuw" as const,
  },
  {
    agbCode: "73731001",
    soort: "contract" as const,
    onderwerp: "Evaluatieverslagen te laat",
    omschrijving: "De evaluatieverslagen voor niveau 7 komen structureel na de afgesproken termijn binnen.",
    dagenGeleden: 30,
    status: "in-behandeling" as const,
  },
];
