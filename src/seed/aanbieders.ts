import { and, eq, sql } from "drizzle-orm";
import { DEMO_AANBIEDERS, DEMO_SIGNALEN, DEMO_STOP } from "../aanbieders/demo-gegevens";
import type { Tx } from "../db/client";
import {
  aanbiederSignalen,
  aanbieders,
  clientenstops,
  contracten,
  contractregels,
  gebruikers,
  gemeenten,
  producten,
} from "../db/schema";
import { plusDagen } from "../domain/termijnen/kalender";
import { vandaag } from "../lib/klok";
import { NMD } from "./nmd";

/**
 * Base data of the aanbieders area. Providers and contracts are real-world data that the beheerder
 * enters (or imports); a production database starts without them, so there is nothing to seed here.
 */
export async function zaaiAanbiedersBasis(_tx: Tx): Promise<void> {}

const NOORDENVELD = "1699";

/**
 * Demo data: invented NMD providers with contracts whose lines cover the catalogue products (read
 * from `producten`, seeded by the resultatenplan area; with an empty catalogue the lines are still
 * written by product code), one active cliëntenstop and a few signals in Noordenveld.
 */
export async function zaaiAanbiedersDemo(tx: Tx): Promise<void> {
  const dag = vandaag();
  const jaar = Number(dag.slice(0, 4));
  const catalogus = await tx
    .select({ wet: producten.wet, categorie: producten.categorie, code: producten.code })
    .from(producten)
    .where(eq(producten.samenwerkingsverbandCode, NMD.code));
  const inCatalogus = (wet: string, categorie: string, code: string | undefined) =>
    catalogus.length === 0 ||
    catalogus.some((p) => p.wet === wet && p.categorie === categorie && (!code || p.code === code));
  const alleGemeenten = (
    await tx
      .select({ code: gemeenten.code })
      .from(gemeenten)
      .where(eq(gemeenten.samenwerkingsverbandCode, NMD.code))
  ).map((g) => g.code);

  const idOpAgb = new Map<string, string>();
  for (const [i, demo] of DEMO_AANBIEDERS.entries()) {
    const [aanbieder] = await tx
      .insert(aanbieders)
      .values({
        samenwerkingsverbandCode: NMD.code,
        agbCode: demo.agbCode,
        naam: demo.naam,
        kvkNummer: demo.kvkNummer,
        contact: {
          contactpersoon: "Afdeling zorgbemiddeling",
          email: `zorgbemiddeling@${demo.naam.toLowerCase().replace(/[^a-z]+/g, "")}.example`,
          adres: demo.plaats,
        },
      })
      .returning({ id: aanbieders.id });
    if (!aanbieder) continue;
    idOpAgb.set(demo.agbCode, aanbieder.id);
    const [contract] = await tx
      .insert(contracten)
      .values({
        samenwerkingsverbandCode: NMD.code,
        aanbiederId: aanbieder.id,
        kenmerk: `NMD-${jaar - 1}-${String(i + 1).padStart(3, "0")}`,
        omschrijving: "Raamovereenkomst Wmo en Jeugdwet Noord- en Midden-Drenthe",
        ingangsdatum: `${jaar - 1}-01-01`,
        einddatum: demo.einde === "verlopen" ? `${jaar - 1}-12-31` : null,
      })
      .returning();
    if (!contract) continue;
    const regels = (demo.gemeenten ?? alleGemeenten).flatMap((gemeenteCode) =>
      demo.regels
        .filter((r) => inCatalogus(r.wet, r.categorie, r.code))
        .map((r) => ({
          samenwerkingsverbandCode: NMD.code,
          contractId: contract.id,
          gemeenteCode,
          wet: r.wet,
          productCategorie: r.categorie,
          productCode: r.code ?? null,
          resultaat: r.resultaat ?? null,
        })),
    );
    if (regels.length > 0) await tx.insert(contractregels).values(regels);
  }

  const teamleider = await tx
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(
      and(eq(gebruikers.gemeenteCode, NOORDENVELD), sql`${gebruikers.rollen} @> array['teamleider']::text[]`),
    )
    .limit(1)
    .then((r) => r[0]);

  const gestopt = idOpAgb.get(DEMO_STOP.agbCode);
  if (gestopt)
    await tx.insert(clientenstops).values({
      samenwerkingsverbandCode: NMD.code,
      aanbiederId: gestopt,
      gemeenteCode: null,
      van: plusDagen(dag, -DEMO_STOP.dagenGeleden),
      tot: null,
      reden: DEMO_STOP.reden,
      aangekondigdDoor: teamleider?.id ?? null,
    });

  for (const s of DEMO_SIGNALEN) {
    const aanbiederId = idOpAgb.get(s.agbCode);
    if (!aanbiederId) continue;
    const ontvangenOp = plusDagen(dag, -s.dagenGeleden);
    const stappen =
      s.status === "nieuw"
        ? []
        : [
            { naarStatus: "in-behandeling", notitie: "Opgepakt; aanbieder om een reactie gevraagd." },
            ...(s.status === "maatregel"
              ? [
                  {
                    naarStatus: "maatregel",
                    notitie: "Cliëntenstop afgekondigd tot het onderzoek is afgerond.",
                  },
                ]
              : []),
          ];
    await tx.insert(aanbiederSignalen).values({
      gemeenteCode: NOORDENVELD,
      aanbiederId,
      soort: s.soort,
      onderwerp: s.onderwerp,
      omschrijving: s.omschrijving,
      status: s.status,
      kwaliteitsmanagerId: s.status === "nieuw" ? null : (teamleider?.id ?? null),
      ontvangenOp,
      opvolging: stappen.map((stap, i) => ({
        tijdstip: `${plusDagen(ontvangenOp, i + 1)}T10:00:00.000Z`,
        door: teamleider?.naam ?? "Kwaliteitsteam",
        vanStatus: i === 0 ? "nieuw" : "in-behandeling",
        naarStatus: stap.naarStatus,
        notitie: stap.notitie,
      })),
    });
  }
}
