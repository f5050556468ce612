/**
 * Reading op- en afschaalvoorstellen: on the zaak page (whoever may read the zaak sees its proposals), and for the
 * buurtteam the list "Voorstellen om te bevestigen" and one proposal with what the besluit in force grants —
 * without the rest of the zaak (policy rule 16). Names of residents shown are audited.
 */
import type { z } from "zod";
import type { schaalvoorstel, teBevestigenVoorstel, voorstelMetZaak } from "../contract/levering";
import { geldigBesluit } from "../db/besluiten";
import type { Executor } from "../db/client";
import { haalVoorstel, openVoorstellen, type VoorstelRij, voorstellenVanZaak } from "../db/opschalen";
import { haalZaak, naamVanGebruiker, personenVanZaak, type ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import type { SchaalRichting, VoorstelStatus } from "../domain/opschalen/voorstel";
import { voorstelBeletsels } from "../domain/opschalen/voorstel";
import { volledigeNaam } from "../domain/persoon/naam";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden } from "../handeling/weigering";
import { voorstelResource } from "./resource";

type Weergave = z.infer<typeof schaalvoorstel>;

export async function heeftOpenVoorstel(tx: Executor, zaakId: string): Promise<boolean> {
  return (await voorstellenVanZaak(tx, zaakId)).some((v) => v.voorstel.status === "voorgesteld");
}

function alsWeergave(
  h: Handeling,
  v: VoorstelRij,
  namen: { voorgesteldDoorNaam: string | null; beoordeeldDoorNaam: string | null },
): Weergave {
  return {
    id: v.id,
    zaakId: v.zaakId,
    richting: v.richting as SchaalRichting,
    motivering: v.motivering,
    status: v.status as VoorstelStatus,
    voorgesteldDoor: namen.voorgesteldDoorNaam ?? "onbekend",
    voorgesteldOp: v.voorgesteldOp.toISOString(),
    beoordeeldDoor: namen.beoordeeldDoorNaam,
    beoordeeldOp: v.beoordeeldOp?.toISOString() ?? null,
    toelichting: v.toelichting,
    versie: v.versie,
    magBeoordelen:
      v.status === "voorgesteld" &&
      beslis(actorVan(h.wie), "wijzigen", voorstelResource(h.wie, v.voorgesteldDoor)).toegestaan,
  };
}

/** The proposals of a zaak the caller has loaded for reading, and whether the caller may propose now. */
export async function voorstellenOpZaak(h: Handeling, zaak: ZaakRij) {
  const rijen = await voorstellenVanZaak(h.tx, zaak.id);
  const fouten = voorstelBeletsels(h.wie, {
    status: zaak.status,
    heeftOpenVoorstel: rijen.some((r) => r.voorstel.status === "voorgesteld"),
  });
  return {
    voorstellen: rijen.map((r) => alsWeergave(h, r.voorstel, r)),
    kanVoorstellen: { mogelijk: fouten.length === 0, reden: fouten[0]?.melding ?? null },
  };
}

/** Open proposals of the gemeente for the buurtteam, oldest first; the residents' names are audited. */
export async function teBevestigen(
  h: Handeling,
  pagina: number,
  perPagina: number,
): Promise<{ items: z.infer<typeof teBevestigenVoorstel>[]; totaal: number }> {
  vereis(h.wie, "lezen", voorstelResource(h.wie, null));
  const { items, totaal } = await openVoorstellen(h.tx, pagina, perPagina);
  await auditeer(
    h,
    items.flatMap((r) =>
      r.hoofdpersoonId
        ? [
            {
              actie: "lezen" as const,
              resource: "schaalvoorstel",
              persoonId: r.hoofdpersoonId,
              reden: `naam getoond bij voorstel om te bevestigen op ${r.zaak.zaaknummer}`,
            },
          ]
        : [],
    ),
  );
  return {
    items: items.map((r) => ({
      ...alsWeergave(h, r.voorstel, r),
      zaak: r.zaak,
      hoofdpersoon: r.hoofdpersoon,
    })),
    totaal,
  };
}

/** One proposal with its zaak in short and what the besluit in force grants (audited). */
export async function voorstelMetZaakVan(h: Handeling, id: string): Promise<z.infer<typeof voorstelMetZaak>> {
  const v = await haalVoorstel(h.tx, id);
  if (!v) throw nietGevonden();
  vereis(h.wie, "lezen", voorstelResource(h.wie, v.voorgesteldDoor));
  const zaak = await haalZaak(h.tx, v.zaakId);
  if (!zaak) throw nietGevonden();
  const personen = await personenVanZaak(h.tx, zaak.id);
  const besluit = await geldigBesluit(h.tx, zaak.id);
  const voorgesteldDoorNaam = await naamVanGebruiker(h.tx, v.voorgesteldDoor);
  const beoordeeldDoorNaam = await naamVanGebruiker(h.tx, v.beoordeeldDoor);
  const hoofdpersoon = personen.find((p) => p.rol === "hoofdpersoon");
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "schaalvoorstel",
      persoonId: hoofdpersoon?.persoonId ?? null,
      reden: `voorstel tot op- of afschalen op ${zaak.zaaknummer} ingezien`,
    },
  ]);
  const producten = (besluit?.producten ?? []) as {
    omschrijving?: string;
    productcode: string;
    aanbiederNaam?: string | null;
    ingangsdatum: string;
    einddatum: string | null;
  }[];
  return {
    ...alsWeergave(h, v, { voorgesteldDoorNaam, beoordeeldDoorNaam }),
    zaak: { id: zaak.id, zaaknummer: zaak.zaaknummer, zaaktype: zaak.zaaktype, status: zaak.status },
    hoofdpersoon: hoofdpersoon ? volledigeNaam(hoofdpersoon) : null,
    ondersteuning: producten.map((p) => ({
      omschrijving: p.omschrijving ? `${p.omschrijving} (${p.productcode})` : p.productcode,
      leveringsvorm: besluit?.leveringsvorm ?? null,
      aanbieder: p.aanbiederNaam ?? null,
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum ?? null,
    })),
  };
}
