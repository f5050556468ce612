import type { ZaakRij } from "../db/zaken";
import type { Handeling } from "../handeling/context";
import { regelOvertreden } from "../handeling/weigering";
import { nu } from "../lib/klok";
import { type OpgeslagenFeiten, voerZaakActieUit } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";

/** The werkvoorraad of Administratie & Ondersteuning. */
export const WERKVOORRAAD_AO = "ao";

export interface PlanFeit {
  id: string;
  versie: number;
  ondertekendOp: string;
}

export async function registreerOndertekendPlan(
  h: Handeling,
  zaak: ZaakRij,
  plan: PlanFeit,
): Promise<ZaakRij> {
  const { wie } = h;
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
    nu().toISOString(),
  );
  if (!uitkomst.ok)
    throw regelOvertreden(
      `Het ondertekende plan kan niet als aanvraag worden geregistreerd: ${uitkomst.reden}`,
    );
  const feiten = { ...uitkomst.feiten, resultatenplan: plan } as OpgeslagenFeiten;
  return bewaarZaak(
    h,
    zaak,
    { status: uitkomst.status, werkvoorraad: WERKVOORRAAD_AO, feiten },
    {
      soort: "registreer-aanvraag",
      toelichting: `Ondertekend resultatenplan (versie ${plan.versie}) ontvangen: dit is de aanvraag.`,
      gegevens: { datum: plan.ondertekendOp, resultatenplan: plan },
    },
  );
}
