/**
 * Verlenging and opschorting of a zaak's term: the rule is `domain/termijnen/verdaging.ts`; this act loads the
 * zaak for a change, applies the rule to its stored facts, saves the result and sends the resident the letter the
 * law requires (Awb 4:14 notice with the new date; Awb 4:15 confirmation) in the same transaction, so a term is
 * never extended or suspended without telling. The preview applies the same rule and renders that letter only.
 */

import { type Verdaging, verdagingsbrief } from "../brieven/verdaging";
import { type VerzondenBrief, verstuurBrieven, verzendregel, voorbeeldBrief } from "../brieven/verzenden";
import type { ZaakRij } from "../db/zaken";
import type { Opschorting, Verlenging } from "../domain/termijnen";
import { schortOp, verleng } from "../domain/termijnen";
import { auditeer, type Handeling } from "../handeling/context";
import { weigerAls } from "../handeling/weigering";
import { huidigeKalender } from "../kalender/kalender";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "./acties";
import { termijnFeiten } from "./termijnen";
import { bewaarZaak, laadZaak } from "./zaak";

/** The stored facts without the two columns the engine adds (zaaktype, meldingsdatum). */
function alsOpgeslagen(feiten: ReturnType<typeof termijnFeiten>): OpgeslagenFeiten {
  const { zaaktype: _z, meldingsdatum: _m, ...rest } = feiten;
  return rest as OpgeslagenFeiten;
}

/** The domain's judgement of the change on the zaak's facts: the new facts, or a refusal. */
function pasToe(rij: ZaakRij, verdaging: Verdaging): OpgeslagenFeiten {
  const uitkomst =
    verdaging.soort === "verlenging"
      ? verleng(termijnFeiten(rij), verdaging.verlenging, vandaag(), huidigeKalender())
      : schortOp(termijnFeiten(rij), verdaging.opschorting);
  weigerAls(uitkomst);
  return { ...(rij.feiten as OpgeslagenFeiten), ...alsOpgeslagen(uitkomst.feiten) };
}

async function voerVerdagingUit(
  h: Handeling,
  zaakId: string,
  versie: number,
  verdaging: Verdaging,
): Promise<{ zaak: ZaakRij; brieven: VerzondenBrief[] }> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const feiten = pasToe(rij, verdaging);
  const brief = await verdagingsbrief(h, rij, feiten, verdaging);
  const brieven = await verstuurBrieven(h.tx, h.wie, brief.ontwerp, brief.uitkomst, brief.client);
  const gegevens = verdaging.soort === "verlenging" ? verdaging.verlenging : verdaging.opschorting;
  const zaak = await bewaarZaak(
    h,
    rij,
    { feiten },
    {
      soort: verdaging.soort,
      toelichting: `${gegevens.reden} (brief verstuurd ${verzendregel(brieven)})`,
      gegevens: { ...gegevens, documentIds: brieven.map((b) => b.documentId) },
    },
  );
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "brief",
      persoonId: brief.client.id,
      reden: `brief ${verdaging.soort} verstuurd, zaak ${rij.zaaknummer}`,
    },
  ]);
  return { zaak, brieven };
}

/** The letter of a verlenging or opschorting as it would be sent, judged by the same rule; changes nothing. */
export async function voorbeeldVerdaging(h: Handeling, zaakId: string, verdaging: Verdaging, nummer: number) {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen" });
  const brief = await verdagingsbrief(h, rij, pasToe(rij, verdaging), verdaging);
  return voorbeeldBrief(h, brief, nummer, `voorbeeld brief ${verdaging.soort}, zaak ${rij.zaaknummer}`);
}

export async function verlengTermijn(
  h: Handeling,
  zaakId: string,
  versie: number,
  v: Verlenging,
): Promise<ZaakRij> {
  return (await voerVerdagingUit(h, zaakId, versie, { soort: "verlenging", verlenging: v })).zaak;
}

export async function schortTermijnOp(
  h: Handeling,
  zaakId: string,
  versie: number,
  o: Opschorting,
): Promise<ZaakRij> {
  return (await voerVerdagingUit(h, zaakId, versie, { soort: "opschorting", opschorting: o })).zaak;
}
