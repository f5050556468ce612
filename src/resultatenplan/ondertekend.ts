/**
 * SEAM for besluiten (helper E): "is there a signed resultatenplan for this zaak, and what does it hold?"
 * Reads the newest signed version (a plan changed after signing is a new concept and does not count until it
 * is signed again). Runs inside the caller's gemeente transaction.
 */

import { productenMetCodes } from "../db/catalogus-matrix";
import type { Tx } from "../db/client";
import { goedkeuringenVanPlan, laatstOndertekendeVersie, type Ondertekening } from "../db/resultatenplan";
import type { Leveringsvorm, Omvang, PlanInhoud } from "../domain/resultatenplan/inhoud";
import { productVan } from "../domain/resultatenplan/regels";

export interface OndertekendeMaatwerkvoorziening {
  persoonId: string;
  productCategorie: string;
  productCode: string;
  wet: "wmo" | "jeugd";
  interventieniveau: number | null;
  leveringsvorm: Leveringsvorm;
  aanbiederAgb: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  omvang: Omvang | null;
  /** Eurocent. */
  budget: number | null;
}

export interface OndertekendPlan {
  planId: string;
  versie: number;
  /** Date the resident signed (= the aanvraagdatum). */
  ondertekendOp: string;
  maatwerkvoorzieningen: OndertekendeMaatwerkvoorziening[];
  /** The Omgekeerde Toets led to deviating from a rule (`afwijkingRegel` names it). */
  afwijking: boolean;
  afwijkingRegel: string | null;
  /**
   * True when the plan deviates from a rule AND the teamleider signed that deviation (after the recorded
   * consultation with the juridisch kwaliteitsmedewerker); false when there is no deviation. A plan with an
   * unapproved deviation cannot become definitief, so a signed plan never carries one.
   */
  afwijkingGoedgekeurd: boolean;
  /** An individuele overeenkomst was requested and approved by the teamleider. */
  individueleOvereenkomstGoedgekeurd: boolean;
  resultaten: { persoonId: string; domein: string; hoofdresultaat: string; subresultaat: string | null }[];
  voorliggendeOplossingen: string[];
  evaluatiemomenten: { datum: string; wijze: string }[];
}

export async function ondertekendPlan(tx: Tx, zaakId: string): Promise<OndertekendPlan | null> {
  const gevonden = await laatstOndertekendeVersie(tx, zaakId);
  if (!gevonden) return null;
  const { versie, planId } = gevonden;
  const inhoud = versie.inhoud as PlanInhoud;
  const ondertekening = versie.ondertekening as Ondertekening | null;
  const producten = await productenMetCodes(
    tx,
    inhoud.maatwerkvoorzieningen.map((m) => m.productCode),
  );
  const goedkeuringen = await goedkeuringenVanPlan(tx, planId);
  const afwijking = inhoud.omgekeerdeToets?.afwijking ?? null;
  return {
    planId,
    versie: versie.versie,
    ondertekendOp: ondertekening?.datum ?? versie.gewijzigdOp.toISOString().slice(0, 10),
    maatwerkvoorzieningen: inhoud.maatwerkvoorzieningen.map((m) => {
      const product = productVan(m, producten);
      return {
        persoonId: m.persoonId,
        productCategorie: product?.categorie ?? m.productCode.slice(0, 2),
        productCode: m.productCode,
        wet: m.wet,
        interventieniveau: product?.interventieniveau ?? null,
        leveringsvorm: m.leveringsvorm,
        aanbiederAgb: m.aanbiederAgb,
        ingangsdatum: m.ingangsdatum,
        einddatum: m.einddatum,
        omvang: m.omvang,
        budget: m.budget,
      };
    }),
    afwijking: afwijking !== null,
    afwijkingRegel: afwijking?.regel ?? null,
    afwijkingGoedgekeurd: afwijking !== null && goedkeuringen.some((g) => g.soort === "afwijking"),
    individueleOvereenkomstGoedgekeurd:
      inhoud.individueleOvereenkomst !== null &&
      goedkeuringen.some((g) => g.soort === "individuele-overeenkomst"),
    resultaten: inhoud.resultaten.map((r) => ({
      persoonId: r.persoonId,
      domein: r.domein,
      hoofdresultaat: r.hoofdresultaat,
      subresultaat: r.subresultaat,
    })),
    voorliggendeOplossingen: inhoud.voorliggendeOplossingen.map((v) => v.omschrijving),
    evaluatiemomenten: inhoud.evaluatiemomenten.map((e) => ({ datum: e.datum, wijze: e.wijze })),
  };
}
