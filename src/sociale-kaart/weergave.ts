/** How a stored voorziening is shown: to the public (no keys, no medewerker) and in beheer. */
import type { z } from "zod";
import type { openbareVoorziening, voorzieningWeergave } from "../contract/sociale-kaart";
import type { VoorzieningRij, VoorzieningWaarden } from "../db/sociale-kaart";
import type { Categorie, Soort, VoorzieningFeiten } from "../domain/sociale-kaart/voorziening";

export type Wijknamen = ReadonlyMap<string, string>;

export function alsOpenbaar(rij: VoorzieningRij, wijken: Wijknamen): z.infer<typeof openbareVoorziening> {
  const { externId: _sleutel, gearchiveerd: _archief, ...feiten } = alsFeiten(rij);
  return { id: rij.id, ...feiten, wijken: rij.wijken.map((c) => wijken.get(c) ?? c) };
}

export function alsWeergave(
  rij: VoorzieningRij,
  wijken: Wijknamen,
  namen: ReadonlyMap<string, { naam: string }>,
): z.infer<typeof voorzieningWeergave> {
  return {
    ...alsOpenbaar(rij, wijken),
    externId: rij.externId,
    wijkCodes: rij.wijken,
    gearchiveerd: rij.gearchiveerd,
    versie: rij.versie,
    gewijzigdOp: rij.gewijzigdOp.toISOString(),
    gewijzigdDoor: rij.gewijzigdDoor ? (namen.get(rij.gewijzigdDoor)?.naam ?? "onbekend") : null,
  };
}

/** The stored row as the domain's facts (to compare with, to export). */
export function alsFeiten(rij: VoorzieningRij): VoorzieningFeiten {
  return {
    externId: rij.externId,
    soort: rij.soort as Soort,
    naam: rij.naam,
    aanbieder: rij.aanbieder,
    omschrijving: rij.omschrijving,
    categorieen: rij.categorieen as Categorie[],
    wijken: rij.wijken,
    adres: rij.adres,
    telefoon: rij.telefoon,
    email: rij.email,
    website: rij.website,
    openingstijden: rij.openingstijden,
    doelgroep: rij.doelgroep,
    gratis: rij.gratis,
    kosten: rij.kosten,
    gearchiveerd: rij.gearchiveerd,
  };
}

/** The facts as the columns to store, with who changed them (null: the base seed). */
export function alsWaarden(feiten: VoorzieningFeiten, door: string | null): VoorzieningWaarden {
  return { ...feiten, gewijzigdDoor: door };
}
