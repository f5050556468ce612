import type { z } from "zod";
import type { aanbiederInvoer, contractInvoer } from "../contract/aanbieders";
import type { VeldFout } from "../contract/problem";
import { aanbiederOpAgb, bestaatInCatalogus, gemeentenVanVerband } from "../db/aanbieders";
import type { Executor } from "../db/client";
import { valideerAgbCode, valideerKvkNummer } from "../domain/aanbieders/codes";
import { isGeldigePeriode } from "../domain/aanbieders/periode";

/**
 * Checks of the aanbieders area that need more than the zod shape: AGB-code and KvK-nummer formats
 * (with normalised values), a unique AGB-code, contract periods, gemeenten of the samenwerkingsverband
 * and products that exist in the catalogue. Returns field errors; the caller refuses with 400.
 */

export async function controleerAanbieder(
  tx: Executor,
  invoer: z.output<typeof aanbiederInvoer>,
  eigenId: string | null,
): Promise<{ fouten: VeldFout[]; agbCode: string; kvkNummer: string | null }> {
  const fouten: VeldFout[] = [];
  const agb = valideerAgbCode(invoer.agbCode);
  if (!agb.ok) fouten.push({ veld: "agbCode", melding: agb.melding });
  let kvkNummer: string | null = null;
  if (invoer.kvkNummer) {
    const kvk = valideerKvkNummer(invoer.kvkNummer);
    if (kvk.ok) kvkNummer = kvk.waarde;
    else fouten.push({ veld: "kvkNummer", melding: kvk.melding });
  }
  if (agb.ok) {
    const bestaand = await aanbiederOpAgb(tx, agb.waarde);
    if (bestaand && bestaand.id !== eigenId)
      fouten.push({ veld: "agbCode", melding: `Deze AGB-code hoort al bij ${bestaand.naam}` });
  }
  return { fouten, agbCode: agb.ok ? agb.waarde : invoer.agbCode, kvkNummer };
}

export async function controleerContract(
  tx: Executor,
  invoer: z.output<typeof contractInvoer>,
  samenwerkingsverbandCode: string,
): Promise<VeldFout[]> {
  const fouten: VeldFout[] = [];
  if (!isGeldigePeriode({ van: invoer.ingangsdatum, tot: invoer.einddatum }))
    fouten.push({ veld: "einddatum", melding: "De einddatum ligt voor de ingangsdatum" });
  const eigen = new Set((await gemeentenVanVerband(tx, samenwerkingsverbandCode)).map((g) => g.code));
  const gezien = new Set<string>();
  for (const [i, regel] of invoer.regels.entries()) {
    if (!eigen.has(regel.gemeenteCode))
      fouten.push({
        veld: `regels.${i}.gemeenteCode`,
        melding: "Deze gemeente hoort niet bij het samenwerkingsverband",
      });
    if (regel.productCode && !regel.productCode.startsWith(regel.productCategorie.slice(0, 2)))
      fouten.push({
        veld: `regels.${i}.productCode`,
        melding: "De productcode hoort niet bij deze productcategorie",
      });
    else if (!(await bestaatInCatalogus(tx, regel.wet, regel.productCategorie, regel.productCode)))
      fouten.push({
        veld: `regels.${i}.${regel.productCode ? "productCode" : "productCategorie"}`,
        melding: regel.productCode
          ? `Product ${regel.productCode} staat niet in de productcatalogus (${regel.wet === "wmo" ? "Wmo" : "Jeugdwet"})`
          : `Productcategorie ${regel.productCategorie} staat niet in de productcatalogus`,
      });
    const sleutel = `${regel.gemeenteCode}|${regel.wet}|${regel.productCategorie}|${regel.productCode ?? ""}`;
    if (gezien.has(sleutel))
      fouten.push({ veld: `regels.${i}`, melding: "Deze regel staat al eerder in het contract" });
    gezien.add(sleutel);
  }
  return fouten;
}
