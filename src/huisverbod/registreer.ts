/**
 * Registering the burgemeester's huisverbod on a zaak (Wth art. 2): when it was imposed, the kenmerk of the
 * besluit, the uithuisgeplaatste and the achterblijvers — all persons on the zaak. The Regiegroep and the
 * teamleider register it (policy rule 19); one per zaak. The zaak's termijnen then show the ten days.
 */
import type { z } from "zod";
import type { huisverbodRegistratie } from "../contract/huisverbod";
import { type HuisverbodRij, voegHuisverbodToe } from "../db/huisverbod";
import { personenVanZaak, type ZaakRij } from "../db/zaken";
import { toetsRegistratie } from "../domain/huisverbod/huisverbod";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, ongeldig } from "../handeling/weigering";
import { nu } from "../lib/klok";
import {
  HUISVERBOD_BESTAAT_AL,
  personenVanHuisverbod,
  weigerHuisverbod,
  werkZaakFeitenBij,
} from "./huisverbod";
import { huisverbodResource } from "./resource";

export async function registreerHuisverbod(
  h: Handeling,
  zaak: ZaakRij,
  invoer: z.infer<typeof huisverbodRegistratie>,
): Promise<HuisverbodRij> {
  vereis(h.wie, "aanmaken", huisverbodResource(h.wie, zaak, "inhoud"));
  const opZaak = new Map((await personenVanZaak(h.tx, zaak.id)).map((p) => [p.persoonId, p]));
  const onbekend = [invoer.uithuisgeplaatsteId, ...invoer.achterblijverIds].flatMap((id, i) =>
    opZaak.has(id)
      ? []
      : [
          {
            veld: i === 0 ? "uithuisgeplaatsteId" : `achterblijverIds.${i - 1}`,
            melding: "Deze persoon staat niet op de zaak. Voeg hem eerst toe aan de zaak.",
          },
        ],
  );
  if (onbekend.length > 0) throw ongeldig("Kies de personen uit de personen op de zaak.", onbekend);
  weigerHuisverbod(
    toetsRegistratie({
      opgelegdOp: invoer.opgelegdOp,
      nu: nu().toISOString(),
      geboortedatumUithuisgeplaatste: opZaak.get(invoer.uithuisgeplaatsteId)?.geboortedatum ?? null,
      uithuisgeplaatsteId: invoer.uithuisgeplaatsteId,
      achterblijverIds: invoer.achterblijverIds,
    }),
  );
  const rij = await voegHuisverbodToe(h.tx, {
    zaakId: zaak.id,
    opgelegdOp: new Date(invoer.opgelegdOp),
    besluitKenmerk: invoer.besluitKenmerk,
    uithuisgeplaatsteId: invoer.uithuisgeplaatsteId,
    achterblijvers: invoer.achterblijverIds.map((persoonId) => ({ persoonId })),
    geregistreerdDoor: h.wie.medewerkerId,
  });
  if (!rij) throw conflict(HUISVERBOD_BESTAAT_AL);
  await werkZaakFeitenBij(h, zaak.id, rij, {
    soort: "huisverbod-geregistreerd",
    toelichting: "Huisverbod van de burgemeester geregistreerd.",
    gegevens: { huisverbodId: rij.id },
  });
  await auditeer(
    h,
    personenVanHuisverbod(rij).map((persoonId) => ({
      actie: "aanmaken" as const,
      resource: "huisverbod",
      persoonId,
      reden: `huisverbod geregistreerd op zaak ${zaak.zaaknummer}`,
    })),
  );
  return rij;
}
