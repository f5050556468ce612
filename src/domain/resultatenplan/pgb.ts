/**
 * The pgb-plan check (004 §4.3): three conditions — bekwaamheid, motivering, kwaliteit. For the social network
 * the plan states a tariff per hour / dagdeel / etmaal; for a professional youth provider the Inspectieloket
 * registration must have been checked. Pure.
 */
import type { PgbToets } from "./inhoud";

/** Why the check did not pass (empty: passed). */
export function pgbToetsBezwaren(toets: PgbToets | null, wet: "wmo" | "jeugd"): string[] {
  if (!toets) return ["de pgb-toets (bekwaamheid, motivering, kwaliteit) is niet vastgelegd"];
  const bezwaren: string[] = [];
  if (!toets.bekwaamheid.voldaan) bezwaren.push("bekwaamheid is niet aangetoond");
  if (!toets.motivering.voldaan) bezwaren.push("de motivering waarom zorg in natura niet past ontbreekt");
  if (!toets.kwaliteit.voldaan) bezwaren.push("de kwaliteit is niet voldoende beoordeeld");
  for (const [naam, v] of [
    ["bekwaamheid", toets.bekwaamheid],
    ["motivering", toets.motivering],
    ["kwaliteit", toets.kwaliteit],
  ] as const) {
    if (v.voldaan && v.toelichting.trim() === "") bezwaren.push(`de toelichting bij ${naam} ontbreekt`);
  }
  if (toets.uitvoerder === "sociaal-netwerk" && (!toets.tarief || toets.tarief.bedrag <= 0))
    bezwaren.push("het tarief per uur, dagdeel of etmaal voor het sociale netwerk ontbreekt");
  if (toets.uitvoerder === "professioneel" && wet === "jeugd" && !toets.inspectieloketGecontroleerd)
    bezwaren.push(
      "de registratie van de professionele jeugdhulpaanbieder bij het Inspectieloket is niet gecontroleerd",
    );
  return bezwaren;
}
