import type { z } from "zod";
import type { evaluatieVerzoek } from "../contract/besluiten";
import {
  type EvaluatieRij,
  openMomentenVanBehandelaar,
  rondMomentAf,
  voegEvaluatieToe,
} from "../db/besluiten";
import type { ZaakRij } from "../db/zaken";
import { actiesVoorUitkomst, EVALUATIE_UITKOMST_LABELS, toetsEvaluatie } from "../domain/evaluatie/verslag";
import { auditeer, type Handeling } from "../handeling/context";
import { regelOvertreden, regelsOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { urgentie } from "../zaken/termijnen";
import { toetsActie } from "../zaken/zaak";
import { ontvangersVan } from "./brieven";
import { herindicatie, type Overgang, voerOvergangenUit } from "./zaakovergang";

export async function legEvaluatieVast(
  h: Handeling,
  zaak: ZaakRij,
  v: z.infer<typeof evaluatieVerzoek>,
): Promise<{ evaluatie: EvaluatieRij; zaak: ZaakRij }> {
  const { tx, wie } = h;
  const fouten = toetsEvaluatie(v, { vandaag: vandaag() });
  if (fouten.length > 0) throw regelsOvertreden(fouten);
  if (zaak.status !== "levering" && zaak.status !== "evaluatie")
    throw regelOvertreden(
      "Een evaluatie kan alleen als de ondersteuning loopt (status levering of evaluatie).",
      undefined,
      "evaluatie-tijdens-levering",
    );
  const overgangen: Overgang[] = actiesVoorUitkomst(zaak.status, v.uitkomst).map((actie) =>
    actie === "herindicatie"
      ? herindicatie(
          v.datum,
          "Herindicatie: nieuwe melding op dezelfde zaak; het plan krijgt een nieuwe versie.",
        )
      : { actie, invoer: { datum: v.datum } },
  );
  let rij = zaak;
  if (overgangen[0]) {
    const weigering = toetsActie(zaak, overgangen[0].actie, overgangen[0].invoer, wie);
    if (weigering) throw regelOvertreden(weigering);
  }
  const evaluatie = await voegEvaluatieToe(tx, {
    zaakId: zaak.id,
    datum: v.datum,
    uitkomst: v.uitkomst,
    verslag: v,
    ingevuldDoor: wie.medewerkerId,
  });
  await rondMomentAf(tx, zaak.id, evaluatie.id);
  if (overgangen.length > 0)
    rij = await voerOvergangenUit(
      h,
      zaak,
      overgangen.map((o, i) =>
        i === overgangen.length - 1
          ? { ...o, toelichting: o.toelichting ?? `Evaluatie: ${EVALUATIE_UITKOMST_LABELS[v.uitkomst]}.` }
          : o,
      ),
    );
  const { client } = await ontvangersVan(tx, zaak.id, v.datum);
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "evaluatie",
      persoonId: client.id,
      reden: `evaluatie zaak ${zaak.zaaknummer}`,
    },
  ]);
  return { evaluatie, zaak: rij };
}

/** Planned evaluation moments of the medewerker's zaken, in the shape of "Mijn termijnen" (names audited). */
export async function evaluatieTermijnen(h: Handeling, tot: string) {
  const { tx, wie } = h;
  const dag = vandaag();
  const rijen = await openMomentenVanBehandelaar(tx, wie.medewerkerId, tot);
  await auditeer(
    h,
    rijen.flatMap((r) =>
      r.hoofdpersoonId
        ? [
            {
              actie: "lezen" as const,
              resource: "mijn-termijnen",
              persoonId: r.hoofdpersoonId,
              reden: `naam getoond bij evaluatiemoment van ${r.zaak.zaaknummer}`,
            },
          ]
        : [],
    ),
  );
  return rijen.map((r) => ({
    id: r.zaak.id,
    zaaknummer: r.zaak.zaaknummer,
    zaaktype: r.zaak.zaaktype,
    status: r.zaak.status,
    hoofdpersoon: r.hoofdpersoon,
    termijn: { soort: "evaluatie", uiterlijkeDatum: r.moment.datum, urgentie: urgentie(r.moment.datum, dag) },
  }));
}
