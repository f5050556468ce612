/**
 * The one door to a huisverbod: load it with its zaak and the policy's check (rule 19), show it as the caller may
 * see it (existence always, content only to the Regiegroep and the teamleider), and save a change on the versie
 * the caller saw — with the zaak's termijn facts (the 10-day term, its extension) kept in step, and its audit
 * entry naming the persons, never the content. Refusals are `Weigering`s.
 */
import type { z } from "zod";
import type { huisverbodOpZaak, huisverbodWeergave } from "../contract/huisverbod";
import { namenVan } from "../db/gebruikers";
import {
  type HuisverbodRij,
  type HuisverbodWijziging,
  haalHuisverbod,
  huisverbodVanZaak,
  werkHuisverbodBij,
} from "../db/huisverbod";
import { haalZaak, naamVanGebruiker, personenVanZaak, type ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import {
  dagenResterend,
  datumNl,
  eindeVan,
  type Huisverbod,
  MEERDERJARIG_VANAF,
  oorspronkelijkEinde,
  statusVan,
  type Uitkomst,
  uiterstEinde,
  verlengenMogelijkTot,
} from "../domain/huisverbod/huisverbod";
import { leeftijdOp } from "../domain/persoon/leeftijd";
import { volledigeNaam } from "../domain/persoon/naam";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, weigerUitkomsten } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak, laadZaak, type ZaakGebeurtenis } from "../zaken/zaak";
import { huisverbodResource } from "./resource";

export const HUISVERBOD_GEWIJZIGD =
  "Iemand anders heeft dit huisverbod intussen gewijzigd. Laad het opnieuw.";

type Weergave = z.infer<typeof huisverbodWeergave>;

export interface GeladenHuisverbod {
  rij: HuisverbodRij;
  zaak: ZaakRij;
  huisverbod: Huisverbod;
}

export interface GgdContact {
  op: string;
  wie: string;
  notitie: string;
  medewerkerId: string;
}

export const achterblijverIdsVan = (rij: HuisverbodRij) =>
  (rij.achterblijvers as { persoonId: string }[]).map((a) => a.persoonId);

export const alsHuisverbod = (rij: HuisverbodRij): Huisverbod => ({
  opgelegdOp: rij.opgelegdOp.toISOString(),
  verlenging:
    rij.verlengingBeslotenOp && rij.verlengdTot
      ? { besloten: rij.verlengingBeslotenOp.toISOString(), tot: rij.verlengdTot.toISOString() }
      : null,
  beeindiging: rij.beeindigdOp ? { op: rij.beeindigdOp.toISOString() } : null,
});

/** The domain's refusals as one Weigering (400 for input that cannot be right, else 422), with the fields. */
export const weigerHuisverbod = (uitkomsten: readonly Uitkomst[]) => weigerUitkomsten(uitkomsten);

/** Loads a huisverbod whose content the actor may read or change; a change only on the versie they saw. */
export async function laadHuisverbod(
  h: Handeling,
  id: string,
  doel: { voor: "lezen" } | { voor: "wijzigen"; versie: number },
): Promise<GeladenHuisverbod> {
  const rij = await haalHuisverbod(h.tx, id);
  if (!rij) throw nietGevonden();
  const zaak = await haalZaak(h.tx, rij.zaakId);
  if (!zaak) throw nietGevonden();
  vereis(h.wie, doel.voor, huisverbodResource(h.wie, zaak, "inhoud"));
  if (doel.voor === "wijzigen" && doel.versie !== rij.versie) throw conflict(HUISVERBOD_GEWIJZIGD);
  return { rij, zaak, huisverbod: alsHuisverbod(rij) };
}

/** The zaak's termijn facts (domain/termijnen TermijnFeiten) as the huisverbod now stands. */
export function termijnFeitenVan(rij: HuisverbodRij) {
  return {
    huisverbodOpgelegdOp: datumNl(rij.opgelegdOp.toISOString()),
    huisverbodVerlengd: rij.verlengdTot !== null,
    huisverbodVerlengdTot: rij.verlengdTot ? datumNl(rij.verlengdTot.toISOString()) : null,
    huisverbodBeeindigdOp: rij.beeindigdOp ? datumNl(rij.beeindigdOp.toISOString()) : null,
  };
}

/** Copies the huisverbod's dates into the zaak's facts, so its termijnen show the order and its extension. */
export async function werkZaakFeitenBij(
  h: Handeling,
  zaakId: string,
  rij: HuisverbodRij,
  gebeurtenis: ZaakGebeurtenis,
) {
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen" });
  return bewaarZaak(
    h,
    zaak,
    { feiten: { ...(zaak.feiten as OpgeslagenFeiten), ...termijnFeitenVan(rij) } as OpgeslagenFeiten },
    gebeurtenis,
  );
}

export const personenVanHuisverbod = (rij: HuisverbodRij) => [
  rij.uithuisgeplaatsteId,
  ...achterblijverIdsVan(rij),
];

/** Saves the change, keeps the zaak's termijn facts in step and records it (who changed which huisverbod of whom). */
export async function bewaarHuisverbod(
  h: Handeling,
  geladen: GeladenHuisverbod,
  wijziging: HuisverbodWijziging,
  wat: string,
  gebeurtenis?: ZaakGebeurtenis,
): Promise<HuisverbodRij> {
  const rij = await werkHuisverbodBij(h.tx, geladen.rij.id, geladen.rij.versie, wijziging);
  if (!rij) throw conflict(HUISVERBOD_GEWIJZIGD);
  if (gebeurtenis) await werkZaakFeitenBij(h, geladen.zaak.id, rij, gebeurtenis);
  await auditeer(
    h,
    personenVanHuisverbod(rij).map((persoonId) => ({
      actie: "wijzigen" as const,
      resource: "huisverbod",
      persoonId,
      reden: `${wat} bij huisverbod op zaak ${geladen.zaak.zaaknummer}`,
    })),
  );
  return rij;
}

const minderjarig = (geboortedatum: string | null) =>
  geboortedatum !== null && leeftijdOp(geboortedatum, vandaag()) < MEERDERJARIG_VANAF;

async function zaakVerwijzing(h: Handeling, id: string | null) {
  if (!id) return null;
  const zaak = await haalZaak(h.tx, id);
  return zaak ? { id: zaak.id, zaaknummer: zaak.zaaknummer } : null;
}

/** The huisverbod as this caller may see it; `inhoud` null when only its existence is visible (rule 19). */
export async function alsWeergave(h: Handeling, rij: HuisverbodRij, zaak: ZaakRij): Promise<Weergave> {
  const hv = alsHuisverbod(rij);
  const moment = nu().toISOString();
  const basis = {
    id: rij.id,
    zaakId: zaak.id,
    zaaknummer: zaak.zaaknummer,
    status: statusVan(hv, moment),
    versie: rij.versie,
  };
  const mag = beslis(actorVan(h.wie), "lezen", huisverbodResource(h.wie, zaak, "inhoud"));
  if (!mag.toegestaan) return { ...basis, inhoud: null };
  const personen = new Map((await personenVanZaak(h.tx, zaak.id)).map((p) => [p.persoonId, p]));
  const persoon = (persoonId: string) => {
    const p = personen.get(persoonId);
    return {
      persoonId,
      naam: p ? volledigeNaam(p) : "onbekend",
      minderjarig: minderjarig(p?.geboortedatum ?? null),
    };
  };
  const ggd = rij.ggdContacten as GgdContact[];
  const namen = await namenVan(h.tx, [...new Set(ggd.map((c) => c.medewerkerId))]);
  return {
    ...basis,
    inhoud: {
      opgelegdOp: hv.opgelegdOp,
      besluitKenmerk: rij.besluitKenmerk,
      uithuisgeplaatste: persoon(rij.uithuisgeplaatsteId),
      achterblijvers: achterblijverIdsVan(rij).map(persoon),
      einde: eindeVan(hv),
      oorspronkelijkEinde: oorspronkelijkEinde(hv),
      uiterstEinde: uiterstEinde(hv),
      dagenResterend: dagenResterend(hv, moment),
      verlengenMogelijkTot: verlengenMogelijkTot(hv, moment),
      verlenging: hv.verlenging
        ? { beslotenOp: hv.verlenging.besloten, tot: hv.verlenging.tot, kenmerk: rij.verlengingKenmerk ?? "" }
        : null,
      beeindiging: hv.beeindiging ? { op: hv.beeindiging.op, reden: rij.beeindigingReden ?? "" } : null,
      ggdContacten: ggd.map((c) => ({
        op: c.op,
        wie: c.wie,
        notitie: c.notitie,
        vastgelegdDoor: namen.get(c.medewerkerId)?.naam ?? "onbekend",
      })),
      steunzaken: {
        uithuisgeplaatste: await zaakVerwijzing(h, rij.zaakUithuisgeplaatsteId),
        achterblijvers: await zaakVerwijzing(h, rij.zaakAchterblijversId),
      },
      geregistreerdDoor: (await naamVanGebruiker(h.tx, rij.geregistreerdDoor)) ?? "onbekend",
      geregistreerdOp: rij.geregistreerdOp.toISOString(),
    },
  };
}

async function auditeerLezen(h: Handeling, zaaknummer: string, rij: HuisverbodRij, weergave: Weergave) {
  await auditeer(
    h,
    (weergave.inhoud ? personenVanHuisverbod(rij) : [rij.uithuisgeplaatsteId]).map((persoonId) => ({
      actie: "lezen" as const,
      resource: "huisverbod",
      persoonId,
      reden: weergave.inhoud
        ? `huisverbod op zaak ${zaaknummer} ingezien`
        : `bestaan van een huisverbod op zaak ${zaaknummer} getoond (zonder inhoud)`,
    })),
  );
}

/** The huisverbod of a zaak as the caller may see it, and whether the caller may register one now. */
export async function huisverbodOpZaakVan(
  h: Handeling,
  zaakId: string,
  geladen?: ZaakRij,
): Promise<z.infer<typeof huisverbodOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" }, geladen);
  const actor = actorVan(h.wie);
  const rij = await huisverbodVanZaak(h.tx, zaak.id);
  const weergave = rij ? await alsWeergave(h, rij, zaak) : null;
  if (rij && weergave) await auditeerLezen(h, zaak.zaaknummer, rij, weergave);
  const registreren = beslis(actor, "aanmaken", huisverbodResource(h.wie, zaak, "inhoud"));
  return {
    huisverbod: weergave,
    kanRegistreren: {
      mogelijk: registreren.toegestaan && !rij,
      reden: !registreren.toegestaan ? registreren.reden : rij ? HUISVERBOD_BESTAAT_AL : null,
    },
  };
}

export const HUISVERBOD_BESTAAT_AL = "Op deze zaak is al een huisverbod geregistreerd.";

/** One huisverbod with its content (403 for whoever may see only that it exists). */
export async function huisverbodVan(h: Handeling, id: string): Promise<Weergave> {
  const { rij, zaak } = await laadHuisverbod(h, id, { voor: "lezen" });
  const weergave = await alsWeergave(h, rij, zaak);
  await auditeerLezen(h, zaak.zaaknummer, rij, weergave);
  return weergave;
}
