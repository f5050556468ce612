import { count } from "drizzle-orm";
import { hashWachtwoord } from "../auth/wachtwoord";
import type { Db } from "../db/client";
import {
  gebruikers,
  gebruikerVakgroepen,
  gemeenten,
  samenwerkingsverbanden,
  vakgroepen,
  wijken,
  wijkPostcodes,
} from "../db/schema";
import { alsSysteem } from "../db/tenant";
import { zaaiAanbiedersBasis, zaaiAanbiedersDemo } from "./aanbieders";
import { zaaiAanmeldenBasis, zaaiAanmeldenDemo } from "./aanmelden";
import { zaaiAfsprakenBasis, zaaiAfsprakenDemo } from "./afspraken";
import { zaaiBerichtenBasis, zaaiBerichtenDemo } from "./berichten";
import { zaaiBesluitenBasis, zaaiBesluitenDemo } from "./besluiten";
import { zaaiBrievenBasis } from "./brieven";
import { DEMO_GEBRUIKERS, DEMO_WACHTWOORD } from "./demo-gebruikers";
import { zaaiJeugdDemo } from "./jeugd";
import { DEMO_WIJK_POSTCODES, NMD, NMD_GEMEENTEN, STANDAARD_VAKGROEPEN, wijkCode } from "./nmd";
import { zaaiProtocollenBasis } from "./protocollen";
import { zaaiResultatenplanBasis, zaaiResultatenplanDemo } from "./resultatenplan";
import { zaaiSocialeKaartBasis } from "./sociale-kaart";
import { zaaiWerkverdelingBasis, zaaiWerkverdelingDemo } from "./werkverdeling";

/** Basisgegevens (NMD gemeenten, wijken, standard vakgroepen) on an empty database. */
export async function zaaiBasisgegevens(db: Db): Promise<boolean> {
  return alsSysteem(db, async (tx) => {
    const [rij] = await tx.select({ n: count() }).from(gemeenten);
    if ((rij?.n ?? 0) > 0) return false;
    await tx.insert(samenwerkingsverbanden).values(NMD);
    await tx.insert(gemeenten).values(
      NMD_GEMEENTEN.map((g) => ({
        code: g.code,
        naam: g.naam,
        samenwerkingsverbandCode: NMD.code,
        voorliggendVeldEerst: g.voorliggendVeldEerst ?? false,
      })),
    );
    await tx.insert(wijken).values(
      NMD_GEMEENTEN.flatMap((g) =>
        g.wijken.map((w) => ({
          gemeenteCode: g.code,
          code: wijkCode(w.naam),
          naam: w.naam,
          soort: w.soort,
        })),
      ),
    );
    await tx
      .insert(vakgroepen)
      .values(
        NMD_GEMEENTEN.flatMap((g) => STANDAARD_VAKGROEPEN.map((v) => ({ ...v, gemeenteCode: g.code }))),
      );
    await zaaiAanmeldenBasis(tx);
    await zaaiWerkverdelingBasis(tx);
    await zaaiAfsprakenBasis(tx);
    await zaaiResultatenplanBasis(tx);
    await zaaiBesluitenBasis(tx);
    await zaaiAanbiedersBasis(tx);
    await zaaiBerichtenBasis(tx);
    await zaaiBrievenBasis(tx);
    await zaaiProtocollenBasis(tx);
    await zaaiSocialeKaartBasis(tx);
    return true;
  });
}

/** The demo postcode → wijk table, into an empty table (the beheerder replaces it with the real one). */
export async function zaaiWijkPostcodes(db: Db): Promise<boolean> {
  return alsSysteem(db, async (tx) => {
    const [rij] = await tx.select({ n: count() }).from(wijkPostcodes);
    if ((rij?.n ?? 0) > 0) return false;
    const regels = Object.entries(DEMO_WIJK_POSTCODES).flatMap(([gemeenteCode, perWijk]) =>
      Object.entries(perWijk).flatMap(([wijk, cijfers]) =>
        cijfers.map((c) => ({
          gemeenteCode,
          postcodeVan: `${c}AA`,
          postcodeTot: `${c}ZZ`,
          wijkCode: wijkCode(wijk),
        })),
      ),
    );
    await tx.insert(wijkPostcodes).values(regels);
    return true;
  });
}

/** Demo users, only into a database that has no users yet. */
export async function zaaiDemo(db: Db): Promise<boolean> {
  const hash = await hashWachtwoord(DEMO_WACHTWOORD);
  return alsSysteem(db, async (tx) => {
    const [rij] = await tx.select({ n: count() }).from(gebruikers);
    if ((rij?.n ?? 0) > 0) return false;
    const groepen = await tx.select().from(vakgroepen);
    for (const demo of DEMO_GEBRUIKERS) {
      const [nieuw] = await tx
        .insert(gebruikers)
        .values({
          gemeenteCode: demo.gemeenteCode,
          gebruikersnaam: demo.gebruikersnaam,
          naam: demo.naam,
          rollen: demo.rollen,
          wachtwoordHash: hash,
        })
        .returning({ id: gebruikers.id });
      const ids = groepen.filter(
        (g) => g.gemeenteCode === demo.gemeenteCode && demo.vakgroepen.includes(g.code),
      );
      if (nieuw && ids.length > 0) {
        await tx
          .insert(gebruikerVakgroepen)
          .values(
            ids.map((g) => ({ medewerkerId: nieuw.id, vakgroepId: g.id, gemeenteCode: demo.gemeenteCode })),
          );
      }
    }
    await zaaiAanmeldenDemo(tx);
    await zaaiWerkverdelingDemo(tx);
    await zaaiAfsprakenDemo(tx);
    await zaaiResultatenplanDemo(tx);
    await zaaiBesluitenDemo(tx);
    await zaaiAanbiedersDemo(tx);
    await zaaiBerichtenDemo(tx);
    await zaaiJeugdDemo(tx);
    return true;
  });
}
