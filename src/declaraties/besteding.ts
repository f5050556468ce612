/**
 * Realised spending of an aanbieder in the medewerker's gemeente (issue 17, policy rule 27): per toewijzing,
 * per product and in total, the approved declared amount (credits subtracted) beside the expected cost of what
 * was granted (kosten.ts keeps that figure up to date first), and its recent declaraties with their answer term.
 * The toewijzingen are shown by number and product only; the read is audited once for the aanbieder, without
 * naming residents.
 */
import type { z } from "zod";
import type { besteding } from "../contract/declaraties";
import { haalAanbieder } from "../db/aanbieders";
import { declaratiesVanAgb, gedeclareerdPerToewijzing } from "../db/declaraties";
import { termijnStand } from "../domain/declaraties/declaratie";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { werkVerwachteKostenBij } from "./kosten";

type Besteding = z.infer<typeof besteding>;

export async function bestedingVanAanbieder(h: Handeling, aanbiederId: string): Promise<Besteding> {
  vereis(h.wie, "lezen", { soort: "besteding", gemeenteCode: h.wie.gemeente.code });
  const aanbieder = await haalAanbieder(h.tx, aanbiederId);
  if (!aanbieder) throw nietGevonden("Deze aanbieder bestaat niet.");
  const kosten = await werkVerwachteKostenBij(h.tx, aanbieder.agbCode);
  const gedeclareerd = new Map(
    (await gedeclareerdPerToewijzing(h.tx, aanbieder.agbCode)).map((r) => [
      r.toewijzing_id,
      Number(r.bedrag),
    ]),
  );
  const perToewijzing = kosten.map(({ toewijzing: t, bedrag, uitleg }) => ({
    toewijzingnummer: t.toewijzingnummer,
    wet: t.wet,
    productCode: t.productCode,
    ingangsdatum: t.ingangsdatum,
    einddatum: t.einddatum,
    toegewezen: bedrag,
    gedeclareerd: gedeclareerd.get(t.id) ?? 0,
    uitleg,
  }));
  const perProduct = new Map<string, Besteding["perProduct"][number]>();
  for (const r of perToewijzing) {
    const sleutel = `${r.wet}#${r.productCode ?? ""}`;
    const p = perProduct.get(sleutel) ?? {
      wet: r.wet,
      productCode: r.productCode ?? "",
      aantal: 0,
      toegewezen: 0,
      gedeclareerd: 0,
    };
    p.aantal++;
    p.toegewezen = p.toegewezen === null || r.toegewezen === null ? null : p.toegewezen + r.toegewezen;
    p.gedeclareerd += r.gedeclareerd;
    perProduct.set(sleutel, p);
  }
  const metBedrag = perToewijzing.filter((r) => r.toegewezen !== null);
  const lijst = await declaratiesVanAgb(h.tx, aanbieder.agbCode);
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "besteding",
      persoonId: null,
      reden: `bestedingen van aanbieder ${aanbieder.agbCode} (${perToewijzing.length} toewijzingen)`,
    },
  ]);
  return {
    aanbiederAgb: aanbieder.agbCode,
    totaal: {
      toegewezen: metBedrag.reduce((s, r) => s + (r.toegewezen ?? 0), 0),
      gedeclareerd: perToewijzing.reduce((s, r) => s + r.gedeclareerd, 0),
      zonderBedrag: perToewijzing.length - metBedrag.length,
    },
    perProduct: [...perProduct.values()].sort((a, b) => a.productCode.localeCompare(b.productCode)),
    perToewijzing,
    declaraties: lijst.map((d) => ({
      declaratienummer: d.declaratienummer,
      wet: d.wet,
      periodeVan: d.periodeVan,
      periodeTot: d.periodeTot,
      ontvangenOp: d.ontvangenOp,
      antwoordUiterlijk: d.antwoordUiterlijk,
      beantwoordOp: d.beantwoordOp,
      termijn: termijnStand(d.antwoordUiterlijk, d.beantwoordOp, vandaag()),
      status: d.status,
      ingediend: d.ingediendBedrag,
      toegekend: d.toegekendBedrag,
    })),
  };
}
