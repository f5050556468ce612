/**
 * The gemeente's normenkader huishoudelijke hulp (issue 15; domain/wmo/huishouden): the newest version applies, none
 * set means the published example (version 0). Catalogue data (policy rule 6): every Toegang medewerker reads it, the
 * beheerder sets a new version on the one they saw (If-Match), and the versions stay: a zaak names the version its
 * hours were computed with.
 */
import type { z } from "zod";
import type { normenkaderBeheer, normenkaderVerzoek, normenkaderWeergave } from "../contract/wmo";
import type { Executor } from "../db/client";
import { nieuwsteNormenkader, voegNormenkaderToe } from "../db/wmo";
import { beslis } from "../domain/autorisatie";
import { type Normenkader, toetsNormenkader, VOORBEELD_NORMENKADER } from "../domain/wmo/huishouden";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, regelsOvertreden } from "../handeling/weigering";

export interface GeldendNormenkader {
  versie: number;
  kader: Normenkader;
  vastgesteldOp: Date | null;
}

export async function geldendNormenkader(tx: Executor): Promise<GeldendNormenkader> {
  const rij = await nieuwsteNormenkader(tx);
  return rij
    ? { versie: rij.versie, kader: rij.kader as Normenkader, vastgesteldOp: rij.vastgesteldOp }
    : { versie: 0, kader: VOORBEELD_NORMENKADER, vastgesteldOp: null };
}

export const alsWeergave = (n: GeldendNormenkader): z.infer<typeof normenkaderWeergave> => ({
  versie: n.versie,
  voorbeeld: n.kader.voorbeeld,
  bron: n.kader.bron,
  basisOmschrijving: n.kader.basisOmschrijving,
  basisUrenPerJaar: n.kader.basisUrenPerJaar,
  factoren: n.kader.factoren.map((f) => ({
    code: f.code,
    omschrijving: f.omschrijving,
    urenPerJaar: f.urenPerJaar,
    perStuk: f.perStuk,
    ...(f.groep ? { groep: f.groep } : {}),
  })),
  vastgesteldOp: n.vastgesteldOp?.toISOString() ?? null,
});

const catalogus = (h: Handeling) => ({ soort: "catalogus" as const, gemeenteCode: h.wie.gemeente.code });

/** The normenkader for the beheer page, and whether the reader may set the next version. */
export async function leesNormenkader(h: Handeling): Promise<z.infer<typeof normenkaderBeheer>> {
  vereis(h.wie, "lezen", catalogus(h));
  return {
    ...alsWeergave(await geldendNormenkader(h.tx)),
    kanVaststellen: beslis(actorVan(h.wie), "wijzigen", catalogus(h)).toegestaan,
  };
}

/** Sets the next version of the normenkader, on the version the beheerder saw. */
export async function stelNormenkaderVast(
  h: Handeling,
  versie: number,
  invoer: z.infer<typeof normenkaderVerzoek>,
): Promise<void> {
  vereis(h.wie, "wijzigen", catalogus(h));
  const huidig = await geldendNormenkader(h.tx);
  if (huidig.versie !== versie)
    throw conflict("Iemand anders heeft het normenkader intussen vastgesteld. Laad het opnieuw.");
  const kader: Normenkader = {
    bron: invoer.bron,
    voorbeeld: false,
    basisOmschrijving: invoer.basisOmschrijving,
    basisUrenPerJaar: invoer.basisUrenPerJaar,
    factoren: invoer.factoren.map((f) => ({ ...f, groep: f.groep || undefined })),
  };
  const fouten = toetsNormenkader(kader);
  if (fouten.length > 0)
    throw regelsOvertreden(fouten.map((melding) => ({ regel: "normenkader", melding, veld: "factoren" })));
  await voegNormenkaderToe(h.tx, versie + 1, kader, h.wie.medewerkerId);
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "catalogus",
      persoonId: null,
      reden: `normenkader huishoudelijke hulp versie ${versie + 1} vastgesteld`,
    },
  ]);
}
