/**
 * Afsluiten (issue 6 item 10): the zaak is closed (`sluit-af`) with its reason, the closing letter is sent
 * (with the invitation to the cliëntervaringsonderzoek: a unique link, or a code to type from the paper
 * letter), and the dossier's retention date is set from the end of care (domain/besluiten/bewaartermijn).
 */
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { afsluitVerzoek } from "../contract/besluiten";
import {
  type AfsluitingRij,
  lopendeToewijzingen,
  toewijzingenVanZaak,
  type UitnodigingRij,
  vervallenOpenMomenten,
  voegAfsluitingToe,
  voegUitnodigingToe,
} from "../db/besluiten";
import { bevestigdeAfschalingen } from "../db/opschalen";
import type { ZaakRij } from "../db/zaken";
import { datumVoluit } from "../documenten/brief";
import { AFSLUIT_REDEN_LABELS, toetsAfsluiting } from "../domain/besluiten/afsluiten";
import { bewarenTot, eindeZorg } from "../domain/besluiten/bewaartermijn";
import { eenvoudigeBrief } from "../domain/besluiten/brieven";
import { maakEnqueteCode } from "../domain/besluiten/enquete";
import { SJABLOON_CODES } from "../domain/besluiten/sjablonen";
import { afschalingVereist } from "../domain/opschalen/voorstel";
import { volledigeNaam } from "../domain/persoon/naam";
import type { Zaaktype } from "../domain/zaak/zaaktypen";
import { auditeer, type Handeling } from "../handeling/context";
import { regelOvertreden, regelsOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { toetsActie } from "../zaken/zaak";
import { ontvangersVan, sjabloonTekst, verstuurBrief } from "./brieven";
import { voerOvergangenUit } from "./zaakovergang";

/** The public link of a survey invitation (the page /enquete/:code, no login). */
export function enqueteLink(publiekeUrl: string, code: string): string {
  return `${publiekeUrl}/enquete/${code}`;
}

export interface Afsluiting {
  afsluiting: AfsluitingRij;
  uitnodiging: UitnodigingRij | null;
  zaak: ZaakRij;
}

export async function sluitZaakAf(
  h: Handeling,
  zaak: ZaakRij,
  v: z.infer<typeof afsluitVerzoek>,
  /** Config `publiekeUrl`: the survey link in the letter (never from the request's Host). */
  publiekeUrl: string,
): Promise<Afsluiting> {
  const { tx, wie } = h;
  const fouten = toetsAfsluiting(v, {
    vandaag: vandaag(),
    lopendeToewijzingen: await lopendeToewijzingen(tx, zaak.id, v.datum),
    afschalingNietBevestigd:
      v.reden === "voorliggend-veld"
        ? afschalingVereist({
            leveringGestartOp: (zaak.feiten as OpgeslagenFeiten).leveringGestartOp ?? null,
            bevestigdeAfschalingen: (await bevestigdeAfschalingen(tx, zaak.id)).map((op) => vandaag(op)),
          })
        : null,
  });
  if (fouten.length > 0) throw regelsOvertreden(fouten);
  const reden = AFSLUIT_REDEN_LABELS[v.reden];
  const overgang = { datum: v.datum, reden: v.toelichting ? `${reden}: ${v.toelichting}` : reden };
  const weigering = toetsActie(zaak, "sluit-af", overgang, wie);
  if (weigering) throw regelOvertreden(weigering);

  const zaaktype = zaak.zaaktype as Zaaktype;
  const uitnodiging =
    v.enquete === "geen"
      ? null
      : await voegUitnodigingToe(tx, {
          zaakId: zaak.id,
          code: maakEnqueteCode(wie.gemeente.code, randomBytes(8)),
          zaaktype,
          kanaal: v.enquete,
          verstuurdOp: v.datum,
        });
  const ontvangers = await ontvangersVan(tx, zaak.id, v.datum);
  const sjablonen = [await sjabloonTekst(tx, SJABLOON_CODES.afsluiting)];
  if (uitnodiging) sjablonen.push(await sjabloonTekst(tx, SJABLOON_CODES.enquete));
  const kenmerk = `${zaak.zaaknummer}/AF`;
  const { documentId } = await verstuurBrief(tx, wie, {
    zaak,
    ontvangers,
    soort: "afsluitbrief",
    titel: `Afsluitbrief ${zaak.zaaknummer}`,
    kenmerk,
    datum: v.datum,
    inhoud: eenvoudigeBrief("Afsluiting van uw dossier", sjablonen, {
      naam: volledigeNaam(ontvangers.client),
      gemeente: wie.gemeente.naam,
      zaaknummer: zaak.zaaknummer,
      kenmerk,
      datum: datumVoluit(v.datum),
      reden: reden.toLowerCase(),
      enqueteLink: uitnodiging ? enqueteLink(publiekeUrl, uitnodiging.code) : null,
      enqueteCode: uitnodiging?.code ?? null,
    }),
  });
  const einde = eindeZorg(
    v.datum,
    (await toewijzingenVanZaak(tx, zaak.id)).map((t) => t.zorgGestoptOp ?? t.einddatum),
  );
  const bewaren = bewarenTot(zaaktype, einde);
  const afsluiting = await voegAfsluitingToe(tx, {
    zaakId: zaak.id,
    datum: v.datum,
    reden: v.reden,
    toelichting: v.toelichting,
    eindeZorg: einde,
    bewarenTot: bewaren.bewarenTot,
    bewaarBron: `${bewaren.jaren} jaar na einde zorg (${bewaren.bron})`,
    documentId,
    enqueteUitnodigingId: uitnodiging?.id ?? null,
    afgeslotenDoor: wie.medewerkerId,
  });
  await vervallenOpenMomenten(tx, zaak.id);
  const bijgewerkt = await voerOvergangenUit(h, zaak, [
    {
      actie: "sluit-af",
      invoer: overgang,
      feiten: (f) => ({ ...f, bewarenTot: bewaren.bewarenTot }),
      gegevens: { afsluitingId: afsluiting.id, documentId, bewarenTot: bewaren.bewarenTot },
    },
  ]);
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "zaak",
      persoonId: ontvangers.client.id,
      reden: `zaak ${zaak.zaaknummer} afgesloten`,
    },
  ]);
  return { afsluiting, uitnodiging, zaak: bijgewerkt };
}
