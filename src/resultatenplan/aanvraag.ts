/**
 * The signed resultatenplan IS the aanvraag (004 §2.3): registering the signature starts the beslistermijn
 * on the signing date — exactly like POST /api/zaken/{id}/aanvraag — and hands the zaak to A&O.
 */
import type { FastifyRequest } from "fastify";
import type { Ingelogd } from "../auth/sessies";
import type { Tx } from "../db/client";
import type { ZaakRij } from "../db/zaken";
import { HttpProblem } from "../http/problem";
import { bewaar } from "../http/routes/zaak-acties";
import { type OpgeslagenFeiten, voerZaakActieUit } from "../zaken/acties";

/** The werkvoorraad of Administratie & Ondersteuning. */
export const WERKVOORRAAD_AO = "ao";

export interface PlanFeit {
  id: string;
  versie: number;
  ondertekendOp: string;
}

export async function registreerOndertekendPlan(
  tx: Tx,
  request: FastifyRequest,
  wie: Ingelogd,
  zaak: ZaakRij,
  plan: PlanFeit,
): Promise<ZaakRij> {
  const huidig = (zaak.feiten ?? {}) as OpgeslagenFeiten;
  // The plan shared with and signed by the resident is the written outcome of the onderzoek.
  const feitenVooraf: OpgeslagenFeiten = {
    ...huidig,
    ...(huidig.onderzoekAfgerondOp ? {} : { onderzoekAfgerondOp: plan.ondertekendOp }),
  };
  const uitkomst = voerZaakActieUit(
    { ...zaak, feiten: feitenVooraf },
    "registreer-aanvraag",
    { datum: plan.ondertekendOp },
    wie.gebruikerId,
    new Date().toISOString(),
  );
  if (!uitkomst.ok)
    throw new HttpProblem(
      422,
      `Het ondertekende plan kan niet als aanvraag worden geregistreerd: ${uitkomst.reden}`,
    );
  const feiten = { ...uitkomst.feiten, resultatenplan: plan } as OpgeslagenFeiten;
  return bewaar(
    tx,
    request,
    wie,
    zaak,
    { status: uitkomst.status, werkvoorraad: WERKVOORRAAD_AO, feiten },
    {
      soort: "registreer-aanvraag",
      toelichting: `Ondertekend resultatenplan (versie ${plan.versie}) ontvangen: dit is de aanvraag.`,
      gegevens: { datum: plan.ondertekendOp, resultatenplan: plan },
    },
  );
}
