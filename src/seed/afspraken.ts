import { and, arrayOverlaps, eq } from "drizzle-orm";
import { AFSPRAKEN_TEKSTEN } from "../afspraken/teksten";
import { vervangWerktijden, zaaiLocatie } from "../db/afspraken";
import type { Tx } from "../db/client";
import { gebruikers } from "../db/schema";
import { zaaiTekstblok } from "../db/tekstblokken";
import type { Weekdag } from "../domain/afspraken/tijd";
import type { Werktijd } from "../domain/afspraken/werktijden";
import { TOEGANGSROLLEN } from "../domain/autorisatie";
import { NMD_GEMEENTEN } from "./nmd";

/**
 * Base data of the afspraken area (runs as system, all gemeenten): the letter template and folder texts,
 * and the location "Huisbezoek" (at the resident's home, no capacity limit).
 */
export async function zaaiAfsprakenBasis(tx: Tx): Promise<void> {
  for (const g of NMD_GEMEENTEN) {
    for (const tekst of AFSPRAKEN_TEKSTEN) await zaaiTekstblok(tx, g.code, tekst);
    await zaaiLocatie(tx, {
      gemeenteCode: g.code,
      naam: "Huisbezoek",
      soort: "huisbezoek",
      adres: "Bij de inwoner thuis",
      capaciteit: null,
    });
  }
}

/** Demo locations per gemeente: [naam, soort, adres, wijk, capaciteit]. */
const DEMO_LOCATIES: Record<
  string,
  [string, "gemeentehuis" | "wijklocatie" | "buurtteamruimte", string, string | null, number | null][]
> = {
  "1699": [
    ["Gemeentehuis Roden", "gemeentehuis", "Raadhuisstraat 1, 9301 AA Roden", "roden", 6],
    ["Wijklocatie Norg", "wijklocatie", "Brink 1, 9331 AA Norg", "norg", 1],
    ["Buurtteamruimte Peize", "buurtteamruimte", "Hoofdweg 1, 9321 AA Peize", "peize", 1],
  ],
  "0106": [
    ["Gemeentehuis Assen", "gemeentehuis", "Noordersingel 33, 9401 JW Assen", null, 6],
    ["Buurtteamruimte Assen-Oost", "buurtteamruimte", "Assen-Oost", "assen-oost", 1],
  ],
};

const werkweek = (locatie: (dag: Weekdag) => string): Werktijd[] =>
  ([1, 2, 3, 4, 5] as const).map((weekdag) => ({
    weekdag,
    van: "08:30",
    tot: "17:00",
    locatieId: locatie(weekdag),
  }));

/**
 * Demo: locations, and Mon–Fri 08:30–17:00 for every demo medewerker at the gemeentehuis; the Wmo consulent
 * works in Norg on Tuesday and Thursday, the buurtteam in its own room.
 */
export async function zaaiAfsprakenDemo(tx: Tx): Promise<void> {
  for (const [gemeenteCode, lijst] of Object.entries(DEMO_LOCATIES)) {
    const ids = new Map<string, string>();
    for (const [naam, soort, adres, wijkCode, capaciteit] of lijst) {
      ids.set(soort, await zaaiLocatie(tx, { gemeenteCode, naam, soort, adres, wijkCode, capaciteit }));
    }
    const gemeentehuis = ids.get("gemeentehuis") ?? "";
    const medewerkers = await tx
      .select({ id: gebruikers.id, gebruikersnaam: gebruikers.gebruikersnaam })
      .from(gebruikers)
      .where(
        and(eq(gebruikers.gemeenteCode, gemeenteCode), arrayOverlaps(gebruikers.rollen, [...TOEGANGSROLLEN])),
      );
    for (const m of medewerkers) {
      const plek = (dag: Weekdag) => {
        if (m.gebruikersnaam === "wmo" && (dag === 2 || dag === 4))
          return ids.get("wijklocatie") ?? gemeentehuis;
        if (m.gebruikersnaam === "buurtteam") return ids.get("buurtteamruimte") ?? gemeentehuis;
        return gemeentehuis;
      };
      await vervangWerktijden(tx, gemeenteCode, m.id, 1, werkweek(plek), null);
    }
  }
}
