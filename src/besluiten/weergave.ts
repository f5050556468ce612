import type { z } from "zod";
import type {
  afsluitingDetail,
  besluitDetail,
  besluitProductDetail,
  bezwaarDetail,
  evaluatieDetail,
  toewijzingSamenvatting,
} from "../contract/besluiten";
import type {
  AfsluitingRij,
  BesluitRij,
  BezwaarRij,
  EvaluatieRij,
  ToewijzingRij,
  UitnodigingRij,
} from "../db/besluiten";
import type { Evaluatieverslag } from "../domain/evaluatie/verslag";
import { enqueteLink } from "./afsluiten";

export function alsBesluit(b: BesluitRij): z.infer<typeof besluitDetail> {
  return {
    id: b.id,
    zaakId: b.zaakId,
    soort: b.soort,
    besluitdatum: b.besluitdatum,
    leveringsvorm: b.leveringsvorm,
    producten: b.producten as z.infer<typeof besluitProductDetail>[],
    reden: b.reden,
    einddatum: b.einddatum,
    nieuweGemeente: b.nieuweGemeente,
    terugvordering: b.terugvordering,
    motivering: b.motivering,
    kenmerk: b.kenmerk,
    documentId: b.documentId,
    bezwaarUiterlijk: b.bezwaarUiterlijk,
    status: b.status,
    verzending: b.verzending as { wijze: string; aan: string | null },
    aangemaaktOp: b.aangemaaktOp.toISOString(),
  };
}

export const alsToewijzing = (t: ToewijzingRij): z.infer<typeof toewijzingSamenvatting> => ({
  id: t.id,
  toewijzingnummer: t.toewijzingnummer,
  wet: t.wet,
  aanbiederAgb: t.aanbiederAgb,
  productCategorie: t.productCategorie,
  productCode: t.productCode,
  ingangsdatum: t.ingangsdatum,
  einddatum: t.einddatum,
  redenWijziging: t.redenWijziging,
});

export const alsBezwaar = (b: BezwaarRij): z.infer<typeof bezwaarDetail> => ({
  id: b.id,
  besluitId: b.besluitId,
  ontvangenOp: b.ontvangenOp,
  gronden: b.gronden,
  adviescommissie: b.adviescommissie,
  teLaat: b.teLaat,
  ingediendVia: b.ingediendVia,
  uitkomst: b.uitkomst,
  beslistOp: b.beslistOp,
  toelichting: b.toelichting,
  documentId: b.documentId,
  versie: b.versie,
});

export function alsEvaluatie(
  e: EvaluatieRij,
  namen: ReadonlyMap<string, string>,
): z.infer<typeof evaluatieDetail> {
  const v = e.verslag as Evaluatieverslag;
  // Recorded by the consulent on verslagen from before the four-eyes proposals (domain/opschalen).
  const vierOgen = e.vierOgen as { medewerkerId: string; datum: string; verslag: string } | null;
  return {
    id: e.id,
    datum: e.datum,
    uitkomst: e.uitkomst,
    resultaatBereikt: v.resultaatBereikt,
    resultaatToelichting: v.resultaatToelichting,
    vervolgbehoefte: v.vervolgbehoefte,
    tevredenheid: v.tevredenheid,
    planAanpassen: v.planAanpassen,
    vierOgen: vierOgen
      ? {
          medewerker: namen.get(vierOgen.medewerkerId) ?? "onbekend",
          datum: vierOgen.datum,
          verslag: vierOgen.verslag,
        }
      : null,
    ingevuldDoor: namen.get(e.ingevuldDoor) ?? "onbekend",
  };
}

export function alsAfsluiting(
  publiekeUrl: string,
  a: AfsluitingRij,
  uitnodiging: UitnodigingRij | undefined,
): z.infer<typeof afsluitingDetail> {
  return {
    id: a.id,
    datum: a.datum,
    reden: a.reden,
    toelichting: a.toelichting,
    eindeZorg: a.eindeZorg,
    bewarenTot: a.bewarenTot,
    bewaarBron: a.bewaarBron,
    documentId: a.documentId,
    enquete: uitnodiging
      ? {
          code: uitnodiging.code,
          kanaal: uitnodiging.kanaal,
          link: enqueteLink(publiekeUrl, uitnodiging.code),
          beantwoord: uitnodiging.beantwoord,
        }
      : null,
  };
}
