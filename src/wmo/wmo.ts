/**
 * The Wmo section of a zaak (issue 15; seed 004 §6.2): the answers per theme in the onderzoek, the hours of
 * huishoudelijke hulp from the gemeente's normenkader, and after a toekenning the hulpmiddelen verstrekt and the
 * notices to the CAK. It is zaak content: who may read or change the zaak (policy rule 5) reads or changes it, and
 * every read of recorded content is audited without the content.
 */
import type { z } from "zod";
import type { wmoOpZaak } from "../contract/wmo";
import { productenInCategorieen } from "../db/catalogus-matrix";
import { namenVan } from "../db/gebruikers";
import { cakMeldingenVanZaak, themasVanZaak, verstrekkingenVanZaak } from "../db/wmo";
import type { ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import { WMO_CATEGORIEEN } from "../domain/catalogus/producten";
import type { Berekening, FactorKeuze } from "../domain/wmo/huishouden";
import {
  type Antwoord,
  HULPMIDDEL_SOORTEN,
  type HulpmiddelSoort,
  THEMA_DEFINITIES,
  toetsAntwoorden,
  WMO_THEMAS,
} from "../domain/wmo/themas";
import {
  CAK_SOORTEN,
  type CakSoort,
  VERSTREKKINGSVORMEN,
  type Verstrekkingsvorm,
} from "../domain/wmo/verstrekking";
import { actorVan, auditeer, type Handeling } from "../handeling/context";
import { regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { hoofdpersoonVan, laadZaak, zaakResource } from "../zaken/zaak";
import { alsWeergave, geldendNormenkader } from "./normenkader";

/** What is kept for huishoudelijke hulp beside the answers: the factors chosen and the hours computed from them. */
export interface Huishouden {
  normenkaderVersie: number;
  factoren: FactorKeuze[];
  berekening: Berekening;
}

/** The date of a besluit that grants (toekenning, or a wijziging of what was granted), or null. */
export function toekenningOp(zaak: ZaakRij): string | null {
  const f = (zaak.feiten ?? {}) as OpgeslagenFeiten;
  return f.besluitdatum && (f.besluitSoort === "toekenning" || f.besluitSoort === "wijziging")
    ? f.besluitdatum
    : null;
}

/** 422 on a zaak that is no Wmo zaak. */
export function vereisWmozaak(zaak: ZaakRij): void {
  if (zaak.zaaktype !== "wmo")
    throw regelOvertreden("Dit kan alleen op een Wmo-zaak.", undefined, "wmo-zaak");
}

/** Loads a Wmo zaak to change its Wmo content, on the versie the caller saw. */
export async function laadWmozaak(h: Handeling, zaakId: string, versie: number): Promise<ZaakRij> {
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  vereisWmozaak(zaak);
  return zaak;
}

/** The audit entry of a change: whose Wmo onderzoek, which zaak, never the content. */
export async function auditeerWmo(h: Handeling, zaak: ZaakRij, wat: string): Promise<void> {
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "wmo",
      persoonId: await hoofdpersoonVan(h, zaak.id),
      reden: `${wat} op zaak ${zaak.zaaknummer}`,
    },
  ]);
}

const vraagWeergave = (v: (typeof THEMA_DEFINITIES)[keyof typeof THEMA_DEFINITIES]["vragen"][number]) => ({
  code: v.code,
  label: v.label,
  uitleg: v.uitleg ?? null,
  verplicht: v.verplicht,
  vorm: v.vorm.soort,
  opties: v.vorm.soort === "keuze" ? [...v.vorm.opties] : [],
  min: v.vorm.soort === "getal" ? v.vorm.min : null,
  max: v.vorm.soort === "getal" ? v.vorm.max : null,
  eenheid: v.vorm.soort === "getal" ? v.vorm.eenheid : null,
});

export async function wmoOpZaakVan(h: Handeling, zaakId: string): Promise<z.infer<typeof wmoOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  // One after the other: queries on one transaction never overlap (pg).
  const rijen = await themasVanZaak(h.tx, zaak.id);
  const verstrekkingen = await verstrekkingenVanZaak(h.tx, zaak.id);
  const cak = await cakMeldingenVanZaak(h.tx, zaak.id);
  const normenkader = await geldendNormenkader(h.tx);
  const producten = await productenInCategorieen(
    h.tx,
    "wmo",
    WMO_THEMAS.flatMap((t) => THEMA_DEFINITIES[t].categorieen),
    vandaag(),
  );
  const namen = await namenVan(
    h.tx,
    rijen.map((r) => r.vastgelegdDoor),
  );
  if (rijen.length + verstrekkingen.length + cak.length > 0)
    await auditeer(h, [
      {
        actie: "lezen",
        resource: "wmo",
        persoonId: await hoofdpersoonVan(h, zaak.id),
        reden: `Wmo-onderzoek op zaak ${zaak.zaaknummer} ingezien`,
      },
    ]);
  const wijzigen = beslis(actorVan(h.wie), "wijzigen", zaakResource(h.wie, zaak));
  const huishouden = (rijen.find((r) => r.thema === "huishoudelijke-hulp")?.huishouden ??
    null) as Huishouden | null;
  return {
    zaakId: zaak.id,
    versie: zaak.versie,
    toekenningOp: toekenningOp(zaak),
    themas: WMO_THEMAS.map((code) => {
      const d = THEMA_DEFINITIES[code];
      const rij = rijen.find((r) => r.thema === code);
      const antwoorden = (rij?.antwoorden ?? null) as Record<string, Antwoord> | null;
      return {
        code,
        label: d.label,
        omschrijving: d.omschrijving,
        vragen: d.vragen.map(vraagWeergave),
        categorieen: d.categorieen.map((c) => ({ code: c, naam: WMO_CATEGORIEEN[c] ?? c })),
        producten: producten
          .filter((p) => d.categorieen.includes(p.categorie))
          .map((p) => ({ code: p.code, omschrijving: p.omschrijving })),
        antwoorden,
        volledig: antwoorden !== null && toetsAntwoorden(code, antwoorden, { volledig: true }).length === 0,
        vastgelegdDoor: rij ? (namen.get(rij.vastgelegdDoor)?.naam ?? "onbekend") : null,
        gewijzigdOp: rij?.gewijzigdOp.toISOString() ?? null,
      };
    }),
    huishouden: {
      normenkader: alsWeergave(normenkader),
      factoren: huishouden?.factoren ?? [],
      berekening: huishouden
        ? { normenkaderVersie: huishouden.normenkaderVersie, ...huishouden.berekening }
        : null,
    },
    verstrekkingen: verstrekkingen.map((v) => ({
      id: v.id,
      soort: v.soort,
      soortLabel: HULPMIDDEL_SOORTEN[v.soort as HulpmiddelSoort] ?? v.soort,
      vorm: v.vorm,
      vormLabel: VERSTREKKINGSVORMEN[v.vorm as Verstrekkingsvorm],
      leverancier: v.leverancier,
      geleverdOp: v.geleverdOp,
      ingenomenOp: v.ingenomenOp,
    })),
    cakMeldingen: cak.map((m) => ({
      soort: m.soort,
      soortLabel: CAK_SOORTEN[m.soort as CakSoort],
      ingangsdatum: m.ingangsdatum,
      gemeldOp: m.gemeldOp,
    })),
    kanVastleggen:
      zaak.zaaktype !== "wmo"
        ? { mogelijk: false, reden: "Alleen op een Wmo-zaak." }
        : { mogelijk: wijzigen.toegestaan, reden: wijzigen.toegestaan ? null : wijzigen.reden },
  };
}
