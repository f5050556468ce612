/** The demo users of ../shared/API.md (password `voordeur-demo`), all in Noordenveld unless stated. */
export interface DemoGebruiker {
  gebruikersnaam: string;
  naam: string;
  rollen: string[];
  vakgroepen: string[];
  gemeenteCode: string;
}

const NOORDENVELD = "1699";

export const DEMO_WACHTWOORD = "voordeur-demo";

export const DEMO_GEBRUIKERS: DemoGebruiker[] = [
  {
    gebruikersnaam: "iag",
    naam: "Ingrid Aanmeld",
    rollen: ["iag"],
    vakgroepen: ["iag"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "wmo",
    naam: "Willem Molenaar",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["wmo"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "jeugd",
    naam: "Janneke Eshuis",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["jeugd"],
    gemeenteCode: NOORDENVELD,
  },
  {
    // Vakgroep Jeugd (seed 004 §5): the leerplichtambtenaar, the schoolmaatschappelijk werker, the POH-jeugd.
    gebruikersnaam: "leerplicht",
    naam: "Lotte Plicht",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["jeugd", "leerplicht"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "smw",
    naam: "Sander Schoolwerk",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["jeugd", "schoolmaatschappelijk-werk"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "poh",
    naam: "Petra Hofstede",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["jeugd", "poh-jeugd"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "werk",
    naam: "Wouter Kuipers",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["werk"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "schuld",
    naam: "Sanne Schuurman",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["schuldhulp"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "regie",
    naam: "Rianne Gieling",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["regiegroep"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "veilig",
    naam: "Vera Lubbers",
    rollen: ["toegangsmedewerker"],
    vakgroepen: ["veilig-opgroeien"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "ao",
    naam: "Anouk Oosting",
    rollen: ["ao"],
    vakgroepen: ["ao"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "jurist",
    naam: "Jeroen Ubbens",
    rollen: ["jurist"],
    vakgroepen: ["ao"],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "teamleider",
    naam: "Tineke Leeuwerik",
    rollen: ["teamleider"],
    vakgroepen: [],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "buurtteam",
    naam: "Bram Uiterwijk",
    rollen: ["buurtteam"],
    vakgroepen: [],
    gemeenteCode: NOORDENVELD,
  },
  {
    // Coaches the casemanagers Veilig Opgroeien on important decisions (seed 004 §8); sees a zaak only where
    // their advice was asked (policy rule 21).
    gebruikersnaam: "gedragswetenschapper",
    naam: "Gerrit Wiersma",
    rollen: ["gedragswetenschapper"],
    vakgroepen: [],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "beheerder",
    naam: "Bea Heerma",
    rollen: ["beheerder"],
    vakgroepen: [],
    gemeenteCode: NOORDENVELD,
  },
  {
    gebruikersnaam: "assen-iag",
    naam: "Anne Smit",
    rollen: ["iag"],
    vakgroepen: ["iag"],
    gemeenteCode: "0106",
  },
];
