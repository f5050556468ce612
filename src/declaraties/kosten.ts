/**
 * The expected cost of every toewijzing of an aanbieder in the current gemeente, kept in `toewijzing_kosten`
 * (domain/declaraties/kosten.ts computes it). A stored figure is stale when its toewijzing changed (versie) or
 * a tariff of its product changed (`tarievenStand`: a hash of the ids and versions of those tariffs); stale and
 * missing figures are recomputed here, when a 301 is made and whenever the spending is read, so steering can
 * sum committed spending in SQL.
 */
import { createHash } from "node:crypto";
import type { ToewijzingRij } from "../db/berichten";
import type { Tx } from "../db/client";
import {
  bewaarKosten,
  type KostenRij,
  type TariefRij,
  tarievenVanAgb,
  toewijzingenMetKosten,
} from "../db/declaraties";
import { type Kosten, verwachteKosten } from "../domain/declaraties/kosten";
import { nu } from "../lib/klok";

export interface ToewijzingKosten {
  toewijzing: ToewijzingRij;
  bedrag: number | null;
  uitleg: string;
}

const productSleutel = (wet: string, code: string | null) => `${wet}#${code ?? ""}`;

function stand(tarieven: readonly TariefRij[]): string {
  const tekst = tarieven
    .map((t) => `${t.id}:${t.versie}`)
    .sort()
    .join(",");
  return createHash("sha256").update(tekst).digest("hex").slice(0, 32);
}

export function kostenVan(t: ToewijzingRij, tarieven: readonly TariefRij[]): Kosten {
  const omvang = t.omvang as { volume: number | string; eenheid: string; frequentie: string } | null;
  return verwachteKosten(
    {
      ingangsdatum: t.ingangsdatum,
      einddatum: t.einddatum,
      omvang: omvang ? { ...omvang, volume: Number(omvang.volume) } : null,
      budget: t.budget,
      redenWijziging: t.redenWijziging,
    },
    tarieven,
  );
}

/** Recomputes the stale or missing figures of these toewijzingen (one aanbieder) and stores them. */
async function bereken(
  tx: Tx,
  aanbiederAgb: string,
  lijst: readonly {
    toewijzing: ToewijzingRij;
    kosten: { toewijzingVersie: number; tarievenStand: string; bedrag: number | null; uitleg: string } | null;
  }[],
): Promise<ToewijzingKosten[]> {
  const tarieven = await tarievenVanAgb(tx, aanbiederAgb);
  const perProduct = new Map<string, TariefRij[]>();
  for (const t of tarieven) {
    const sleutel = productSleutel(t.wet, t.productCode);
    perProduct.set(sleutel, [...(perProduct.get(sleutel) ?? []), t]);
  }
  const bij: KostenRij[] = [];
  const uit = lijst.map(({ toewijzing, kosten }) => {
    const eigen = perProduct.get(productSleutel(toewijzing.wet, toewijzing.productCode)) ?? [];
    const huidigeStand = stand(eigen);
    if (kosten && kosten.toewijzingVersie === toewijzing.versie && kosten.tarievenStand === huidigeStand)
      return { toewijzing, bedrag: kosten.bedrag, uitleg: kosten.uitleg };
    const k = kostenVan(toewijzing, eigen);
    const rij = {
      toewijzingId: toewijzing.id,
      gemeenteCode: toewijzing.gemeenteCode,
      toewijzingVersie: toewijzing.versie,
      tarievenStand: huidigeStand,
      bedrag: k.ok ? k.bedrag : null,
      uitleg: k.ok ? k.uitleg : k.reden,
      berekendOp: nu(),
    };
    bij.push(rij);
    return { toewijzing, bedrag: rij.bedrag, uitleg: rij.uitleg };
  });
  await bewaarKosten(tx, bij);
  return uit;
}

/** The expected cost of each toewijzing of the aanbieder (current gemeente), recomputing stale ones. */
export async function werkVerwachteKostenBij(tx: Tx, aanbiederAgb: string): Promise<ToewijzingKosten[]> {
  return bereken(tx, aanbiederAgb, await toewijzingenMetKosten(tx, aanbiederAgb));
}

/** After a 301: the cost of the toewijzingen it carries (they changed, so their figure is recomputed). */
export async function werkKostenBijNa301(tx: Tx, aanbiederAgb: string, lijst: readonly ToewijzingRij[]) {
  await bereken(
    tx,
    aanbiederAgb,
    lijst.map((toewijzing) => ({ toewijzing, kosten: null })),
  );
}
