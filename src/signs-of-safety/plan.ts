/**
 * The veiligheidsplan, built with the family from the mapping: its afspraken per veiligheidsdoel (while a
 * concept), definitief once every gevaar has its doel, signed by whoever the age rule names (like the
 * resultatenplan: domain/persoon/vertegenwoordiging), and evaluated with a new round on the scale.
 */
import type { z } from "zod";
import type {
  veiligheidsplanAfspraken,
  veiligheidsplanEvaluatie,
  veiligheidsplanOndertekening,
} from "../contract/signs-of-safety";
import { bewaarVeiligheidsplan, type PlanWaarden } from "../db/signs-of-safety";
import {
  toetsAfspraken,
  toetsDefinitief,
  toetsEvaluatie,
  toetsOndertekening,
  type Veiligheidsplan,
} from "../domain/signs-of-safety/signs-of-safety";
import type { Handeling } from "../handeling/context";
import { weigerOvertredingen } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { voegRondeToe } from "./mapping";
import {
  bewaarSignsOfSafety,
  type GeladenSos,
  laadSignsOfSafety,
  type OpgeslagenAfspraak,
  type OpgeslagenOndertekening,
  ondertekenaarsVan,
} from "./signs-of-safety";

const waardenVan = (g: GeladenSos, plan: Partial<PlanWaarden>): PlanWaarden => ({
  status: g.plan?.status ?? "concept",
  afspraken: g.planRij?.afspraken ?? [],
  ondertekening: g.planRij?.ondertekening ?? null,
  evaluaties: g.planRij?.evaluaties ?? [],
  ...plan,
});

async function bewaarPlan(h: Handeling, g: GeladenSos, plan: Partial<PlanWaarden>, wat: string) {
  await bewaarVeiligheidsplan(h.tx, g.rij.id, waardenVan(g, plan));
  await bewaarSignsOfSafety(h, g, wat);
}

/** The afspraken of the concept plan (the plan is made on the first save). */
export async function bewaarAfspraken(
  h: Handeling,
  zaakId: string,
  versie: number,
  verzoek: z.infer<typeof veiligheidsplanAfspraken>,
): Promise<void> {
  const g = await laadSignsOfSafety(h, zaakId, { voor: "wijzigen", versie });
  weigerOvertredingen(toetsAfspraken(g.plan, verzoek.afspraken, g.mapping));
  const tekst = (id: string | null | undefined) => g.mapping.items.find((i) => i.id === id);
  const afspraken: OpgeslagenAfspraak[] = verzoek.afspraken.map((a) => {
    const doel = tekst(a.doelId);
    return { ...a, doel: doel?.tekst ?? "", gevaar: tekst(doel?.gevaarId)?.tekst ?? null };
  });
  await bewaarPlan(h, g, { afspraken }, "afspraken van het veiligheidsplan");
}

export async function maakDefinitief(h: Handeling, zaakId: string, versie: number): Promise<void> {
  const g = await laadSignsOfSafety(h, zaakId, { voor: "wijzigen", versie });
  weigerOvertredingen(toetsDefinitief(g.plan, g.mapping));
  await bewaarPlan(h, g, { status: "definitief" }, "veiligheidsplan definitief");
}

export async function ondertekenPlan(
  h: Handeling,
  zaakId: string,
  versie: number,
  verzoek: z.infer<typeof veiligheidsplanOndertekening>,
): Promise<void> {
  const g = await laadSignsOfSafety(h, zaakId, { voor: "wijzigen", versie });
  const wie = await ondertekenaarsVan(h, g.zaak.id, verzoek.datum);
  if (wie.probleem) weigerOvertredingen([{ regel: "gezaghebbende-bekend", melding: wie.probleem }]);
  weigerOvertredingen(toetsOndertekening(g.plan, verzoek, wie.vereist, vandaag()));
  const ondertekening: OpgeslagenOndertekening = {
    datum: verzoek.datum,
    ondertekenaars: wie.vereist,
    geregistreerdDoor: h.wie.medewerkerId,
  };
  await bewaarPlan(h, g, { status: "ondertekend", ondertekening }, "veiligheidsplan ondertekend");
}

export async function evalueerPlan(
  h: Handeling,
  zaakId: string,
  versie: number,
  verzoek: z.infer<typeof veiligheidsplanEvaluatie>,
): Promise<void> {
  const g = await laadSignsOfSafety(h, zaakId, { voor: "wijzigen", versie });
  const { scores, ...evaluatie } = verzoek;
  weigerOvertredingen(toetsEvaluatie(g.plan, evaluatie, vandaag()));
  await voegRondeToe(h, g, { datum: verzoek.datum, scores }, "evaluatie");
  const evaluaties: Veiligheidsplan["evaluaties"] = [...(g.plan?.evaluaties ?? []), evaluatie];
  await bewaarPlan(
    h,
    g,
    { status: "geevalueerd", evaluaties },
    `evaluatie van het veiligheidsplan (${verzoek.datum})`,
  );
}
