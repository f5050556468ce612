/** The API view of a resultatenplan: content plus what the editor needs (products, open points, approvals). */
import type { z } from "zod";
import type { planVersieDetail, planVersieRegel, resultatenplanDetail } from "../contract/resultatenplan";
import type { Tx } from "../db/client";
import {
  type Goedkeuring,
  goedkeuringenVanPlan,
  type Ondertekening,
  type PlanRij,
  type planVersie,
  type planVersies,
} from "../db/resultatenplan";
import { volledigeNaam } from "../domain/persoon/naam";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import { controleerDefinitief, productVan, regiegroepVereist } from "../domain/resultatenplan/regels";
import type { PlanStatus } from "../domain/resultatenplan/status";
import type { GeladenContext } from "./context";

type Detail = z.infer<typeof resultatenplanDetail>;

export async function goedkeuringenVan(tx: Tx, planId: string) {
  return metVlaggen(await goedkeuringenVanPlan(tx, planId));
}

function metVlaggen(lijst: readonly Goedkeuring[]) {
  return {
    lijst,
    vlaggen: {
      afwijking: lijst.some((g) => g.soort === "afwijking"),
      individueleOvereenkomst: lijst.some((g) => g.soort === "individuele-overeenkomst"),
    },
  };
}

export function planAlsApi(plan: PlanRij, ctx: GeladenContext): Detail {
  const inhoud = plan.inhoud as PlanInhoud;
  const matrixRij = ctx.matrixVersie;
  const goedkeuringen = metVlaggen(ctx.goedkeuringen);
  const ondertekening = plan.ondertekening as Ondertekening | null;
  return {
    id: plan.id,
    zaakId: plan.zaakId,
    status: plan.status as PlanStatus,
    versie: plan.versie,
    matrixVersie: {
      id: plan.matrixVersieId,
      versie: matrixRij?.versie ?? 0,
      geldigVanaf: matrixRij?.geldigVanaf ?? "",
      toelichting: matrixRij?.toelichting ?? "",
      voorbeeld: matrixRij?.voorbeeld ?? false,
      gepubliceerdOp: matrixRij?.gepubliceerdOp.toISOString() ?? "",
    },
    inhoud: inhoud as Detail["inhoud"],
    producten: inhoud.maatwerkvoorzieningen.map((m) => {
      const p = productVan(m, ctx.producten);
      return {
        code: m.productCode,
        omschrijving: p?.omschrijving ?? "Onbekend product",
        interventieniveau: p?.interventieniveau ?? null,
      };
    }),
    regiegroepVereist: regiegroepVereist(inhoud, ctx.producten),
    openPunten: plan.status === "concept" ? controleerDefinitief(inhoud, ctx, goedkeuringen.vlaggen) : [],
    goedkeuringen: goedkeuringen.lijst.map((g) => ({
      ...g,
      soort: g.soort as "afwijking" | "individuele-overeenkomst",
      gegevenOp: g.gegevenOp.toISOString(),
    })),
    ondertekening: ondertekening
      ? {
          wijze: ondertekening.wijze,
          datum: ondertekening.datum,
          documentId: ondertekening.documentId,
          versie: ondertekening.versie,
          toelichting: ondertekening.toelichting,
        }
      : null,
    juristen: ctx.juristenLijst,
    personen: ctx.zaakPersonen.map((p) => ({ persoonId: p.persoonId, naam: volledigeNaam(p), rol: p.rol })),
    briefDocumentId: plan.briefDocumentId,
  };
}

type VersieRegel = Awaited<ReturnType<typeof planVersies>>["items"][number];

export const planVersieRegelAlsApi = (r: VersieRegel): z.infer<typeof planVersieRegel> => ({
  ...r,
  gewijzigdOp: r.gewijzigdOp.toISOString(),
});

type VersieRij = NonNullable<Awaited<ReturnType<typeof planVersie>>>;

/** An earlier version as it was then (who changed it is in the version list). */
export const planVersieAlsApi = (rij: VersieRij): z.infer<typeof planVersieDetail> => ({
  versie: rij.versie,
  status: rij.status,
  gebeurtenis: rij.gebeurtenis,
  gewijzigdDoor: null,
  gewijzigdOp: rij.gewijzigdOp.toISOString(),
  inhoud: rij.inhoud as z.infer<typeof planVersieDetail>["inhoud"],
  matrixVersieId: rij.matrixVersieId,
});
