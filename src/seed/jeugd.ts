import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../db/client";
import { gebruikers, scholen } from "../db/schema";

/**
 * Demo schools of the vakgroep Jeugd (seed 004 §5.1): per gemeente a few schools (invented names, BRIN as two
 * digits and two letters); in Noordenveld the demo SMW'er is linked to the primary and secondary schools.
 */
const DEMO_SCHOLEN: Record<string, { brin: string; naam: string; soort: string; smw?: boolean }[]> = {
  "1699": [
    { brin: "04KL", naam: "Basisschool De Veenhoop", soort: "po", smw: true },
    { brin: "07RT", naam: "Brede school Het Esdorp", soort: "po", smw: true },
    { brin: "21MB", naam: "Noorderpoort College Roden (vo)", soort: "vo", smw: true },
    { brin: "13SV", naam: "SO De Drentse Kei", soort: "so" },
  ],
  "0106": [
    { brin: "05AS", naam: "Basisschool De Vaart", soort: "po" },
    { brin: "19DA", naam: "Drenthe College Assen", soort: "mbo" },
  ],
  "1730": [{ brin: "08TY", naam: "Basisschool De Zuidlaarder Brink", soort: "po" }],
};

export async function zaaiJeugdDemo(tx: Tx): Promise<void> {
  const smw = await tx
    .select({ id: gebruikers.id })
    .from(gebruikers)
    .where(and(eq(gebruikers.gemeenteCode, "1699"), inArray(gebruikers.gebruikersnaam, ["smw"])));
  const smwIds = smw.map((g) => g.id);
  await tx.insert(scholen).values(
    Object.entries(DEMO_SCHOLEN).flatMap(([gemeenteCode, lijst]) =>
      lijst.map((s) => ({
        gemeenteCode,
        brin: s.brin,
        naam: s.naam,
        soort: s.soort,
        smwIds: s.smw ? smwIds : [],
      })),
    ),
  );
}
