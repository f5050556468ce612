import type { z } from "zod";
import type { overeenkomstInvoer } from "../contract/aanbieders";
import type { VeldFout } from "../contract/problem";
import { type AanbiederRij, bestaatInCatalogus, overeenkomstenVan } from "../db/aanbieders";
import type { Tx } from "../db/client";
import { type AanvraagWeigering, controleerAanvraag } from "../domain/aanbieders/overeenkomst";
import { isGeldigePeriode } from "../domain/aanbieders/periode";
import { leveringOpContract } from "./leverbaarheid";

/**
 * Checks a request for an individuele overeenkomst before anything is written: field errors
 * (unknown provider, period, product not in the catalogue → 400) and, when those pass, the domain
 * rules of "zorg buiten contract" (already contracted, cliëntenstop, duplicate request → 422).
 */
export async function controleerOvereenkomstAanvraag(
  tx: Tx,
  invoer: z.output<typeof overeenkomstInvoer>,
  aanbieder: AanbiederRij | undefined,
  gemeenteCode: string,
): Promise<{ fouten: VeldFout[]; weigering: AanvraagWeigering | null }> {
  const fouten: VeldFout[] = [];
  if (!aanbieder) fouten.push({ veld: "aanbiederId", melding: "Onbekende aanbieder" });
  if (!isGeldigePeriode({ van: invoer.ingangsdatum, tot: invoer.einddatum }))
    fouten.push({ veld: "einddatum", melding: "De einddatum ligt voor de ingangsdatum" });
  if (invoer.productCode && !invoer.productCode.startsWith(invoer.productCategorie))
    fouten.push({ veld: "productCode", melding: "De productcode hoort niet bij deze productcategorie" });
  else if (!(await bestaatInCatalogus(tx, invoer.wet, invoer.productCategorie, invoer.productCode)))
    fouten.push({
      veld: invoer.productCode ? "productCode" : "productCategorie",
      melding: "Dit product staat niet in de productcatalogus",
    });
  if (!aanbieder || fouten.length > 0) return { fouten, weigering: null };
  const levering = await leveringOpContract(tx, aanbieder, {
    aanbiederAgb: aanbieder.agbCode,
    gemeenteCode,
    wet: invoer.wet,
    productCategorie: invoer.productCategorie,
    productCode: invoer.productCode,
    ingangsdatum: invoer.ingangsdatum,
    einddatum: invoer.einddatum,
  });
  const lopende = (await overeenkomstenVan(tx, { zaakId: invoer.zaakId })).map(({ io }) => io);
  return { fouten, weigering: controleerAanvraag(invoer, levering, lopende) };
}
