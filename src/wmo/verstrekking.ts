/**
 * After a toekenning on a Wmo zaak (issue 15; domain/wmo/verstrekking): the hulpmiddel verstrekt (bruikleen, eigendom
 * or pgb, Wmo 2015 art. 2.3.6), its inname when it was in bruikleen, and the notices to the CAK (art. 2.1.4).
 * Each change is on the zaak's versie (If-Match) and lands in its history.
 */
import type { z } from "zod";
import type { cakMeldingVerzoek, innameVerzoek, verstrekkingVerzoek } from "../contract/wmo";
import {
  cakMeldingenVanZaak,
  neemIn,
  verstrekkingenVanZaak,
  voegCakMeldingToe,
  voegVerstrekkingToe,
} from "../db/wmo";
import type { ZaakRij } from "../db/zaken";
import { HULPMIDDEL_SOORTEN } from "../domain/wmo/themas";
import {
  CAK_SOORTEN,
  type CakSoort,
  toetsCakMelding,
  toetsInname,
  toetsVerstrekking,
  VERSTREKKINGSVORMEN,
  type Verstrekkingsvorm,
} from "../domain/wmo/verstrekking";
import type { Handeling } from "../handeling/context";
import { nietGevonden, weigerUitkomsten } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";
import { auditeerWmo, laadWmozaak, toekenningOp } from "./wmo";

const stand = (zaak: ZaakRij) => ({ zaaktype: zaak.zaaktype, toekenningOp: toekenningOp(zaak) });

async function bewaar(h: Handeling, zaak: ZaakRij, soort: string, toelichting: string): Promise<void> {
  await bewaarZaak(h, zaak, { feiten: (zaak.feiten ?? {}) as OpgeslagenFeiten }, { soort, toelichting });
  await auditeerWmo(h, zaak, toelichting);
}

export async function verstrekHulpmiddel(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: z.infer<typeof verstrekkingVerzoek>,
): Promise<void> {
  const zaak = await laadWmozaak(h, zaakId, versie);
  weigerUitkomsten(toetsVerstrekking(stand(zaak), invoer, vandaag()));
  await voegVerstrekkingToe(h.tx, {
    zaakId: zaak.id,
    soort: invoer.soort,
    vorm: invoer.vorm,
    leverancier: invoer.leverancier?.trim() || null,
    geleverdOp: invoer.geleverdOp,
    vastgelegdDoor: h.wie.medewerkerId,
  });
  await bewaar(
    h,
    zaak,
    "wmo-verstrekking",
    `Hulpmiddel verstrekt: ${HULPMIDDEL_SOORTEN[invoer.soort]}, ${VERSTREKKINGSVORMEN[invoer.vorm].toLowerCase()}.`,
  );
}

export async function neemHulpmiddelIn(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: z.infer<typeof innameVerzoek>,
): Promise<void> {
  const zaak = await laadWmozaak(h, zaakId, versie);
  const v = (await verstrekkingenVanZaak(h.tx, zaak.id)).find((x) => x.id === invoer.verstrekkingId);
  if (!v) throw nietGevonden("Deze verstrekking staat niet op de zaak.");
  weigerUitkomsten(toetsInname({ ...v, vorm: v.vorm as Verstrekkingsvorm }, invoer.ingenomenOp, vandaag()));
  await neemIn(h.tx, zaak.id, v.id, invoer.ingenomenOp);
  await bewaar(h, zaak, "wmo-inname", "Hulpmiddel in bruikleen ingenomen.");
}

export async function meldAanCak(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: z.infer<typeof cakMeldingVerzoek>,
): Promise<void> {
  const zaak = await laadWmozaak(h, zaakId, versie);
  const eerdere = (await cakMeldingenVanZaak(h.tx, zaak.id)).map((m) => ({
    soort: m.soort as CakSoort,
    ingangsdatum: m.ingangsdatum,
  }));
  weigerUitkomsten(toetsCakMelding(stand(zaak), eerdere, invoer, vandaag()));
  await voegCakMeldingToe(h.tx, { zaakId: zaak.id, ...invoer, vastgelegdDoor: h.wie.medewerkerId });
  await bewaar(h, zaak, "wmo-cak", `Aan het CAK gemeld: ${CAK_SOORTEN[invoer.soort].toLowerCase()}.`);
}
