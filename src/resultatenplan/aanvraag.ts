import type { ZaakRij } from "../db/zaken";
import type { Handeling } from "../handeling/context";
import { regelOvertreden, Weigering } from "../handeling/weigering";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { voerActieUit } from "../zaken/zaak";

/** The werkvoorraad of Administratie & Ondersteuning. */
export const WERKVOORRAAD_AO = "ao";

export interface PlanFeit {
  id: string;
  versie: number;
  ondertekendOp: string;
}

/** Signing the plan IS the aanvraag: the zaak moves to A&O with the plan as its written onderzoek outcome. */
export async function registreerOndertekendPlan(
  h: Handeling,
  zaak: ZaakRij,
  plan: PlanFeit,
): Promise<ZaakRij> {
  try {
    return await voerActieUit(
      h,
      zaak,
      "registreer-aanvraag",
      { datum: plan.ondertekendOp },
      {
        // The plan shared with and signed by the resident is the written outcome of the onderzoek.
        vooraf: (f) => (f.onderzoekAfgerondOp ? f : { ...f, onderzoekAfgerondOp: plan.ondertekendOp }),
        feiten: (f) => ({ ...f, resultatenplan: plan }) as OpgeslagenFeiten,
        werkvoorraad: WERKVOORRAAD_AO,
        gebeurtenis: {
          toelichting: `Ondertekend resultatenplan (versie ${plan.versie}) ontvangen: dit is de aanvraag.`,
          gegevens: { resultatenplan: plan },
        },
      },
    );
  } catch (fout) {
    if (fout instanceof Weigering && fout.soort === "regel-overtreden")
      throw regelOvertreden(
        `Het ondertekende plan kan niet als aanvraag worden geregistreerd: ${fout.melding}`,
        undefined,
        fout.regel,
      );
    throw fout;
  }
}
