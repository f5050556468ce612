import type { z } from "zod";
import type { ondertekeningVerzoek } from "../contract/resultatenplan";
import { slaDocumentOp } from "../db/documenten";
import { isInvoerfout, toetsOndertekening } from "../domain/resultatenplan/ondertekening";
import type { PlanStatus } from "../domain/resultatenplan/status";
import type { Handeling } from "../handeling/context";
import { ongeldig, regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { registreerOndertekendPlan } from "./aanvraag";
import { auditeerPlan, bewaarVersie, contextVan, laadPlan, type PlanMetContext } from "./plan";

export type OndertekeningVerzoek = z.infer<typeof ondertekeningVerzoek>;

/**
 * Registers the resident's signature (a scan, kept as a document, or in person). The signed plan is the
 * aanvraag: the zaak moves to A&O (`registreerOndertekendPlan`).
 */
export async function ondertekenPlan(
  h: Handeling,
  planId: string,
  versie: number,
  v: OndertekeningVerzoek,
): Promise<PlanMetContext> {
  const { tx, wie } = h;
  const { plan, zaak } = await laadPlan(h, planId, { voor: "wijzigen", versie });
  const scan =
    v.wijze === "scan" && v.scan ? { ...v.scan, inhoud: Buffer.from(v.scan.inhoudBase64, "base64") } : null;
  const fouten = toetsOndertekening(plan.status as PlanStatus, { ...v, scan }, vandaag());
  const invoerfouten = fouten.filter(isInvoerfout);
  const [eerste] = invoerfouten;
  if (eerste)
    throw ongeldig(
      eerste.melding,
      invoerfouten.flatMap((f) => (f.veld ? [{ veld: f.veld, melding: f.melding, regel: f.regel }] : [])),
    );
  const [statusfout] = fouten;
  if (statusfout) throw regelOvertreden(statusfout.melding, undefined, statusfout.regel);

  const ctx = await contextVan(tx, plan);
  const hoofd = ctx.zaakPersonen.find((p) => p.rol === "hoofdpersoon") ?? ctx.zaakPersonen[0];
  const document = scan
    ? await slaDocumentOp(tx, {
        zaakId: zaak.id,
        persoonId: hoofd?.persoonId ?? null,
        soort: "resultatenplan-ondertekend",
        titel: `Ondertekend resultatenplan ${zaak.zaaknummer} (${scan.bestandsnaam})`,
        contentType: scan.contentType,
        inhoud: scan.inhoud,
        aangemaaktDoor: wie.medewerkerId,
      })
    : null;
  const bijgewerkt = await bewaarVersie(
    h,
    plan,
    {
      status: "ondertekend",
      ondertekening: {
        wijze: v.wijze,
        datum: v.datum,
        documentId: document?.id ?? null,
        geregistreerdDoor: wie.medewerkerId,
        versie: plan.versie + 1,
        toelichting: v.toelichting,
      },
    },
    v.wijze === "scan" ? "ondertekend (scan)" : "ondertekend (persoonlijk)",
  );
  await registreerOndertekendPlan(h, zaak, {
    id: plan.id,
    versie: bijgewerkt.versie,
    ondertekendOp: v.datum,
  });
  await auditeerPlan(h, ctx, "wijzigen", `resultatenplan van zaak ${zaak.zaaknummer} ondertekend`);
  return { plan: bijgewerkt, ctx };
}
