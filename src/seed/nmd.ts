/**
 * Basisgegevens of the Noord- en Midden-Drenthe (NMD) samenwerkingsverband: its five gemeenten
 * (CBS codes) with their wijken / dorpen. Assen: the six buurtteam areas (seed 002, note 12: six
 * buurtteams for the nine CBS wijken); Noordenveld: its villages, where the Noordenveldwerkers work.
 */
export const NMD = { code: "NMD", naam: "Noord- en Midden-Drenthe" };

type Soort = "wijk" | "dorp" | "buurtteamgebied";

export interface GemeenteData {
  code: string;
  naam: string;
  wijken: { naam: string; soort: Soort }[];
  /** The Assen routing model: the buurtteam / voorliggend veld first (000 §4). */
  voorliggendVeldEerst?: boolean;
}

const dorpen = (...namen: string[]) => namen.map((naam) => ({ naam, soort: "dorp" as const }));

export const NMD_GEMEENTEN: GemeenteData[] = [
  {
    code: "1680",
    naam: "Aa en Hunze",
    wijken: dorpen(
      "Annen",
      "Eext",
      "Anloo",
      "Gasselte",
      "Gasselternijveen",
      "Gieten",
      "Grolloo",
      "Rolde",
      "Schoonloo",
      "Nieuw-Annerveen",
    ),
  },
  {
    code: "0106",
    naam: "Assen",
    voorliggendVeldEerst: true,
    wijken: [
      "Assen-Oost",
      "Centrum & Baggelhuizen",
      "Noorderpark & Peelo",
      "Pittelo & Lariks",
      "Kloosterveen",
      "Marsdijk",
    ].map((naam) => ({ naam, soort: "buurtteamgebied" as const })),
  },
  {
    code: "1731",
    naam: "Midden-Drenthe",
    wijken: dorpen(
      "Beilen",
      "Bovensmilde",
      "Smilde",
      "Westerbork",
      "Hooghalen",
      "Wijster",
      "Mantinge",
      "Witteveen",
    ),
  },
  {
    code: "1699",
    naam: "Noordenveld",
    wijken: dorpen(
      "Roden",
      "Nieuw-Roden",
      "Nietap",
      "Leutingewolde",
      "Roderwolde",
      "Foxwolde",
      "Roderesch",
      "Sandebuur",
      "Peize",
      "Altena",
      "Alteveer",
      "Een",
      "Een-West",
      "Norg",
      "Langelo",
      "Westervelde",
      "Zuidvelde",
      "Veenhuizen",
      "Huis ter Heide",
      "Lieveren",
      "Steenbergen",
      "Terheijl",
      "Matsloot",
    ),
  },
  {
    code: "1730",
    naam: "Tynaarlo",
    wijken: dorpen(
      "Eelde",
      "Paterswolde",
      "Vries",
      "Zuidlaren",
      "Tynaarlo",
      "Yde",
      "De Punt",
      "Zeegse",
      "Eelderwolde",
    ),
  },
];

/** The standard vakgroepen of a Toegang (004 §5–9), seeded for every gemeente; the beheerder adapts them. */
export const STANDAARD_VAKGROEPEN = [
  { code: "iag", naam: "IAG / Aanmeldteam" },
  { code: "wmo", naam: "Wmo" },
  { code: "jeugd", naam: "Jeugd" },
  // Parts of the vakgroep Jeugd (seed 004 §5) with their own powers and registrations (policy rule 25).
  { code: "leerplicht", naam: "Leerplicht" },
  { code: "schoolmaatschappelijk-werk", naam: "Schoolmaatschappelijk werk" },
  { code: "poh-jeugd", naam: "POH-jeugd" },
  { code: "werk", naam: "Werk" },
  { code: "regiegroep", naam: "Regiegroep" },
  { code: "veilig-opgroeien", naam: "Veilig Opgroeien" },
  { code: "ao", naam: "Administratie & Ondersteuning" },
  { code: "schuldhulp", naam: "Schuldhulp" },
];

/** Code for a wijk: lower-case, diacritics and punctuation removed. */
export function wijkCode(naam: string): string {
  return naam
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, "en")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Demo postcode → wijk/dorp table (4-digit postcode areas). An approximation for demo data only: the
 * beheerder loads the real table (from the BAG) per gemeente. Villages that share a postcode area with a
 * larger village are not listed; their residents fall in that village's wijk.
 */
export const DEMO_WIJK_POSTCODES: Record<string, Record<string, string[]>> = {
  "1680": {
    Gieten: ["9461"],
    Rolde: ["9451"],
    Annen: ["9468"],
    Eext: ["9463"],
    Anloo: ["9467"],
    Gasselte: ["9462"],
    Gasselternijveen: ["9514"],
    Grolloo: ["9444"],
    Schoonloo: ["9443"],
    "Nieuw-Annerveen": ["9516"],
  },
  "0106": {
    "Centrum & Baggelhuizen": ["9401"],
    "Assen-Oost": ["9402"],
    "Noorderpark & Peelo": ["9403"],
    "Pittelo & Lariks": ["9404", "9406"],
    Marsdijk: ["9405", "9407"],
    Kloosterveen: ["9408", "9409"],
  },
  "1731": {
    Beilen: ["9411"],
    Hooghalen: ["9414"],
    Wijster: ["9418"],
    Bovensmilde: ["9421"],
    Smilde: ["9422"],
    Westerbork: ["9431"],
    Mantinge: ["9433"],
    Witteveen: ["9442"],
  },
  "1699": {
    Roden: ["9301", "9302"],
    "Nieuw-Roden": ["9304"],
    Nietap: ["9311"],
    Leutingewolde: ["9312"],
    Roderwolde: ["9315"],
    Peize: ["9321"],
    Norg: ["9331", "9332"],
    Langelo: ["9333"],
    Veenhuizen: ["9341"],
    Een: ["9342"],
  },
  "1730": {
    Eelderwolde: ["9753"],
    Eelde: ["9761"],
    Paterswolde: ["9765"],
    Zuidlaren: ["9471", "9472"],
    Vries: ["9481"],
    Tynaarlo: ["9482"],
    Zeegse: ["9483"],
  },
};
