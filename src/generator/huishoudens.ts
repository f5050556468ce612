/**
 * Synthetic residents in households: realistic Dutch names and addresses (faker nl pools), valid test BSNs,
 * spread over the gemeente's wijken, with partner / ouder / gezag relations. Deterministic per seed.
 */
import { fakerNL } from "@faker-js/faker";
import { genereerTestBsn } from "../domain/persoon/bsn";
import { scheidVoorvoegsel } from "../domain/persoon/naam";
import { DEMO_WIJK_POSTCODES, NMD_GEMEENTEN, wijkCode } from "../seed/nmd";
import { Willekeur } from "./willekeur";

export interface GegenereerdePersoon {
  id: string;
  bsn: string;
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string;
  geslacht: "man" | "vrouw";
  straat: string;
  huisnummer: number;
  huisletter: string | null;
  postcode: string;
  woonplaats: string;
  wijkCode: string;
  telefoon: string | null;
  email: string | null;
}

const ascii = (tekst: string) =>
  tekst
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();

/**
 * About 60 % of adults get an e-mail address (on the reserved .test domain, so demo mail never reaches anyone).
 * Derived from what was already drawn, so adding it did not shift the seeded sequence of everything else.
 */
export function demoEmail(
  p: { voornamen: string; geslachtsnaam: string; bsn: string; telefoon: string | null },
  volwassen: boolean,
): string | null {
  if (!volwassen || !p.telefoon || Number(p.telefoon.at(-1)) >= 9) return null;
  return `${ascii(p.voornamen)}.${ascii(p.geslachtsnaam)}.${p.bsn.slice(-4)}@inwoner.voordeur.test`;
}

export interface GegenereerdeRelatie {
  persoonId: string;
  gerelateerdeId: string;
  soort: "partner" | "ouder" | "gezag";
}

export interface Huishouden {
  personen: GegenereerdePersoon[];
  relaties: GegenereerdeRelatie[];
}

interface Pools {
  mannen: string[];
  vrouwen: string[];
  achternamen: string[];
  straten: string[];
}

function pools(seed: number): Pools {
  fakerNL.seed(seed);
  const uniek = (maak: () => string, n: number) => [...new Set(Array.from({ length: n }, maak))];
  return {
    mannen: uniek(() => fakerNL.person.firstName("male"), 600),
    vrouwen: uniek(() => fakerNL.person.firstName("female"), 600),
    achternamen: uniek(() => fakerNL.person.lastName(), 3000),
    straten: uniek(() => fakerNL.location.street(), 800),
  };
}

const LETTERS = "ABCDEFGHJKLMNPRTVWXZ";

export interface GeneratorOpties {
  gemeenteCode: string;
  seed: number;
  /** Volgnummer of the first test BSN (so a second run adds new people). */
  startVolgnummer: number;
  /** Reference date for ages (YYYY-MM-DD). */
  peildatum: string;
}

/** Endless stream of households; the caller stops after enough persons. */
export function* huishoudens(opties: GeneratorOpties): Generator<Huishouden> {
  const w = new Willekeur(opties.seed * 7919 + Number(opties.gemeenteCode));
  const p = pools(opties.seed);
  const gemeente = NMD_GEMEENTEN.find((g) => g.code === opties.gemeenteCode);
  const postcodes = DEMO_WIJK_POSTCODES[opties.gemeenteCode];
  if (!gemeente || !postcodes) throw new Error(`Onbekende gemeente ${opties.gemeenteCode}`);
  const gebieden = Object.entries(postcodes).map(([naam, cijfers]) => ({
    naam,
    code: wijkCode(naam),
    cijfers,
    woonplaats: gemeente.wijken.find((x) => x.naam === naam)?.soort === "dorp" ? naam : gemeente.naam,
  }));
  const peiljaar = Number(opties.peildatum.slice(0, 4));
  let volgnummer = opties.startVolgnummer;

  const datum = (vanJaar: number, totJaar: number) => {
    const jaar = w.geheel(vanJaar, totJaar);
    const maand = w.geheel(1, 12);
    const dag = w.geheel(1, maand === 2 ? 28 : [4, 6, 9, 11].includes(maand) ? 30 : 31);
    return `${jaar}-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
  };

  for (;;) {
    const gebied = w.kies(gebieden);
    const adres = {
      straat: w.kies(p.straten),
      huisnummer: w.geheel(1, 250),
      huisletter: w.kans(0.05) ? w.kies(["a", "b", "c"]) : null,
      postcode: `${w.kies(gebied.cijfers)}${w.kies([...LETTERS])}${w.kies([...LETTERS])}`,
      woonplaats: gebied.woonplaats,
      wijkCode: gebied.code,
    };
    const achternaam = scheidVoorvoegsel(w.kies(p.achternamen));
    const persoon = (
      geslacht: "man" | "vrouw",
      geboortedatum: string,
      naam = achternaam,
    ): GegenereerdePersoon => {
      const basis = {
        id: w.uuid(),
        bsn: genereerTestBsn(volgnummer++),
        voornamen: w.kies(geslacht === "man" ? p.mannen : p.vrouwen),
        voorvoegsel: naam.voorvoegsel,
        geslachtsnaam: naam.geslachtsnaam,
        geboortedatum,
        geslacht,
        ...adres,
        telefoon: w.kans(0.7) ? `06${String(w.geheel(10_000_000, 99_999_999))}` : null,
      };
      return { ...basis, email: demoEmail(basis, Number(geboortedatum.slice(0, 4)) <= peiljaar - 18) };
    };

    const soort = w.getal();
    const personen: GegenereerdePersoon[] = [];
    const relaties: GegenereerdeRelatie[] = [];
    if (soort < 0.36) {
      personen.push(persoon(w.kans(0.5) ? "man" : "vrouw", datum(peiljaar - 95, peiljaar - 18)));
    } else {
      const ouder1 = persoon("vrouw", datum(peiljaar - 80, peiljaar - 22));
      personen.push(ouder1);
      const metPartner = soort < 0.9;
      if (metPartner) {
        const partnerNaam = w.kans(0.7) ? achternaam : scheidVoorvoegsel(w.kies(p.achternamen));
        const ouder2 = persoon("man", datum(peiljaar - 82, peiljaar - 22), partnerNaam);
        personen.push(ouder2);
        relaties.push({ persoonId: ouder1.id, gerelateerdeId: ouder2.id, soort: "partner" });
      }
      if (soort >= 0.62) {
        const jongsteOuderJaar = Math.max(...personen.map((o) => Number(o.geboortedatum.slice(0, 4))));
        const kinderen = w.geheel(1, 4);
        for (let k = 0; k < kinderen; k++) {
          const vanJaar = Math.max(jongsteOuderJaar + 18, peiljaar - 25);
          const kind = persoon(w.kans(0.5) ? "man" : "vrouw", datum(Math.min(vanJaar, peiljaar), peiljaar));
          const ouders = personen.slice(0, metPartner ? 2 : 1);
          personen.push(kind);
          for (const ouder of ouders) {
            relaties.push({ persoonId: ouder.id, gerelateerdeId: kind.id, soort: "ouder" });
            if (Number(kind.geboortedatum.slice(0, 4)) > peiljaar - 18) {
              relaties.push({ persoonId: ouder.id, gerelateerdeId: kind.id, soort: "gezag" });
            }
          }
        }
      }
    }
    yield { personen, relaties };
  }
}
