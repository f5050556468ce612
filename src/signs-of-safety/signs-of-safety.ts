/**
 * The one door to Signs of Safety on a zaak: loaded through the zaak (`laadZaak`: who may read the zaak) and the
 * policy's rule 23 (who may see its content), shown as the caller may see it, and saved on the versie the caller
 * saw with an audit entry naming the hoofdpersoon, never the content. Refusals are `Weigering`s.
 */
import type { z } from "zod";
import type { Ingelogd } from "../auth/sessies";
import { type Geadresseerden, geadresseerdenVan } from "../brieven/geadresseerden";
import type { signsOfSafetyOpZaak, signsOfSafetyWeergave } from "../contract/signs-of-safety";
import { namenVan } from "../db/gebruikers";
import {
  type SchaalscoreRij,
  type SignsOfSafetyRij,
  schaalscoresVan,
  signsOfSafetyVanZaak,
  type VeiligheidsplanRij,
  veiligheidsplanVan,
  werkSignsOfSafetyBij,
} from "../db/signs-of-safety";
import type { ZaakRij } from "../db/zaken";
import { beslis, type SignsOfSafetyDeel } from "../domain/autorisatie";
import { volledigeNaam } from "../domain/persoon/naam";
import { HOEDANIGHEID_LABELS } from "../domain/persoon/vertegenwoordiging";
import {
  type Afspraak,
  type Evaluatie,
  type Mapping,
  ongekoppeldeGevaren,
  type Partij,
  type Schaalronde,
  toetsDefinitief,
  type Veiligheidsplan,
  type VeiligheidsplanStatus,
} from "../domain/signs-of-safety/signs-of-safety";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, Weigering } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { hoofdpersoonVan, laadZaak, zaakResource } from "../zaken/zaak";

export const SOS_GEWIJZIGD =
  "Iemand anders heeft Signs of Safety op deze zaak intussen gewijzigd. Laad opnieuw.";

type Weergave = z.infer<typeof signsOfSafetyWeergave>;

/** The policy's view (domain/autorisatie rule 23): its part and the zaak it is on. */
export const sosResource = (wie: Ingelogd, zaak: ZaakRij, deel: SignsOfSafetyDeel) => ({
  soort: "signs-of-safety" as const,
  gemeenteCode: wie.gemeente.code,
  deel,
  zaak: zaakResource(wie, zaak),
});

export interface GeladenSos {
  zaak: ZaakRij;
  rij: SignsOfSafetyRij;
  mapping: Mapping;
  schaal: Ronde[];
  plan: Veiligheidsplan | null;
  planRij: VeiligheidsplanRij | undefined;
}

type Ronde = Schaalronde & { rondeId: string; aanleiding: "bijeenkomst" | "evaluatie" };

/** An afspraak as stored: with the doel and gevaar as the mapping said when the plan was saved. */
export type OpgeslagenAfspraak = Afspraak & { doel: string; gevaar: string | null };

/** The signature as stored: the names as they were when signed, and who registered it. */
export interface OpgeslagenOndertekening {
  datum: string;
  ondertekenaars: { persoonId: string; naam: string; label: string }[];
  geregistreerdDoor: string;
}

export const alsMapping = (rij: SignsOfSafetyRij): Mapping => (rij.mapping ?? { items: [] }) as Mapping;

/** The scale rows grouped into rounds, in the order recorded. */
function alsRondes(rijen: readonly SchaalscoreRij[]): Ronde[] {
  const rondes = new Map<string, Ronde>();
  for (const r of rijen) {
    const ronde = rondes.get(r.rondeId) ?? {
      rondeId: r.rondeId,
      datum: r.datum,
      aanleiding: r.aanleiding as Ronde["aanleiding"],
      scores: [],
    };
    rondes.set(r.rondeId, {
      ...ronde,
      scores: [...ronde.scores, { partij: r.partij as Partij, wie: r.wie, score: r.score }],
    });
  }
  return [...rondes.values()];
}

function alsPlan(rij: VeiligheidsplanRij | undefined): Veiligheidsplan | null {
  if (!rij) return null;
  const ondertekening = rij.ondertekening as OpgeslagenOndertekening | null;
  return {
    status: rij.status as VeiligheidsplanStatus,
    afspraken: rij.afspraken as OpgeslagenAfspraak[],
    ondertekening: ondertekening
      ? { datum: ondertekening.datum, ondertekenaars: ondertekening.ondertekenaars.map((o) => o.persoonId) }
      : null,
    evaluaties: rij.evaluaties as Evaluatie[],
  };
}

/**
 * Loads Signs of Safety of a zaak whose content the actor may read or change (`actie`); a change only on the
 * versie they saw. `geladen`: the zaak this act read already in the transaction.
 */
export async function laadSignsOfSafety(
  h: Handeling,
  zaakId: string,
  doel: { voor: "lezen" } | { voor: "wijzigen"; versie: number },
  geladen?: ZaakRij,
): Promise<GeladenSos> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" }, geladen);
  vereis(h.wie, doel.voor, sosResource(h.wie, zaak, "inhoud"));
  const rij = await signsOfSafetyVanZaak(h.tx, zaak.id);
  if (!rij) throw nietGevonden("Op deze zaak is Signs of Safety nog niet gestart.");
  if (doel.voor === "wijzigen" && doel.versie !== rij.versie) throw conflict(SOS_GEWIJZIGD);
  const [scores, plan] = await Promise.all([schaalscoresVan(h.tx, rij.id), veiligheidsplanVan(h.tx, rij.id)]);
  return {
    zaak,
    rij,
    mapping: alsMapping(rij),
    schaal: alsRondes(scores),
    plan: alsPlan(plan),
    planRij: plan,
  };
}

/** Raises the versie (and saves the mapping when given) and records the change in the audit trail. */
export async function bewaarSignsOfSafety(
  h: Handeling,
  geladen: GeladenSos,
  wat: string,
  mapping?: Mapping,
): Promise<void> {
  const rij = await werkSignsOfSafetyBij(h.tx, geladen.rij.id, geladen.rij.versie, mapping);
  if (!rij) throw conflict(SOS_GEWIJZIGD);
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "signs-of-safety",
      persoonId: await hoofdpersoonVan(h, geladen.zaak.id),
      reden: `${wat} in Signs of Safety op zaak ${geladen.zaak.zaaknummer}`,
    },
  ]);
}

/** Who signs the plan on `peildatum` by the age rule; a zaak without a known gezaghebbende says why. */
export async function ondertekenaarsVan(h: Handeling, zaakId: string, peildatum: string) {
  let uitkomst: Geadresseerden["uitkomst"];
  try {
    uitkomst = (await geadresseerdenVan(h.tx, zaakId, peildatum)).uitkomst;
  } catch (fout) {
    if (fout instanceof Weigering) return { vereist: [], uitleg: null, probleem: fout.melding };
    throw fout;
  }
  if (!uitkomst.ok) return { vereist: [], uitleg: null, probleem: uitkomst.reden };
  return {
    vereist: uitkomst.ondertekenaars.map((p) => ({
      persoonId: p.persoon.id,
      naam: volledigeNaam(p.persoon),
      label: HOEDANIGHEID_LABELS[p.hoedanigheid],
    })),
    uitleg: uitkomst.uitleg,
    probleem: null,
  };
}

const LEEG_PLAN: Veiligheidsplan = { status: "concept", afspraken: [], ondertekening: null, evaluaties: [] };

/** The content of Signs of Safety for whoever may see it (rule 23). */
async function alsInhoud(h: Handeling, g: GeladenSos): Promise<NonNullable<Weergave["inhoud"]>> {
  const { mapping, plan, planRij } = g;
  const ondertekening = (planRij?.ondertekening ?? null) as OpgeslagenOndertekening | null;
  const namen = await namenVan(h.tx, [
    g.rij.gestartDoor,
    ...(ondertekening ? [ondertekening.geregistreerdDoor] : []),
  ]);
  const item = (id: string | null | undefined) => mapping.items.find((i) => i.id === id);
  return {
    mapping: {
      items: mapping.items.map((i) => ({
        id: i.id,
        soort: i.soort,
        tekst: i.tekst,
        gevaarId: i.gevaarId ?? null,
      })),
    },
    ongekoppeldeGevaren: ongekoppeldeGevaren(mapping).map((i) => i.id),
    schaal: g.schaal.map((r) => ({ ...r, scores: [...r.scores] })),
    plan: plan
      ? {
          status: plan.status,
          afspraken: (plan.afspraken as OpgeslagenAfspraak[]).map((a) => {
            const doel = item(a.doelId);
            return {
              doelId: a.doelId,
              wat: a.wat,
              wie: a.wie,
              uiterlijk: a.uiterlijk,
              doel: doel?.tekst ?? a.doel,
              gevaar: (doel ? item(doel.gevaarId)?.tekst : undefined) ?? a.gevaar,
            };
          }),
          ondertekening: ondertekening
            ? {
                datum: ondertekening.datum,
                ondertekenaars: ondertekening.ondertekenaars,
                geregistreerdDoor: namen.get(ondertekening.geregistreerdDoor)?.naam ?? "onbekend",
              }
            : null,
          evaluaties: plan.evaluaties.map((e) => ({ ...e, doelen: [...e.doelen] })),
        }
      : null,
    ondertekenaars: await ondertekenaarsVan(h, g.zaak.id, vandaag()),
    definitiefBezwaren:
      !plan || plan.status === "concept"
        ? toetsDefinitief(plan ?? LEEG_PLAN, mapping).map((f) => f.melding)
        : [],
    gestartDoor: namen.get(g.rij.gestartDoor)?.naam ?? "onbekend",
  };
}

/** Signs of Safety as this caller may see it; `inhoud` null when only its existence is visible (rule 23). */
async function alsWeergave(h: Handeling, zaak: ZaakRij, rij: SignsOfSafetyRij): Promise<Weergave> {
  const basis = { id: rij.id, zaakId: zaak.id, gestartOp: rij.gestartOp.toISOString(), versie: rij.versie };
  if (!beslis(actorVan(h.wie), "lezen", sosResource(h.wie, zaak, "inhoud")).toegestaan)
    return { ...basis, inhoud: null };
  return {
    ...basis,
    inhoud: await alsInhoud(h, await laadSignsOfSafety(h, zaak.id, { voor: "lezen" }, zaak)),
  };
}

async function auditeerLezen(h: Handeling, zaak: ZaakRij, weergave: Weergave) {
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "signs-of-safety",
      persoonId: await hoofdpersoonVan(h, zaak.id),
      reden: weergave.inhoud
        ? `Signs of Safety op zaak ${zaak.zaaknummer} ingezien`
        : `bestaan van Signs of Safety op zaak ${zaak.zaaknummer} getoond (zonder inhoud)`,
    },
  ]);
}

/** Signs of Safety on the zaak as the caller may see it, and whether the caller may start it now. */
export async function signsOfSafetyOpZaakVan(
  h: Handeling,
  zaakId: string,
  geladen?: ZaakRij,
): Promise<z.infer<typeof signsOfSafetyOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" }, geladen);
  const rij = await signsOfSafetyVanZaak(h.tx, zaak.id);
  const weergave = rij ? await alsWeergave(h, zaak, rij) : null;
  if (weergave) await auditeerLezen(h, zaak, weergave);
  const starten = beslis(actorVan(h.wie), "aanmaken", sosResource(h.wie, zaak, "inhoud"));
  return {
    signsOfSafety: weergave,
    kanStarten: {
      mogelijk: starten.toegestaan && !rij,
      reden: !starten.toegestaan ? starten.reden : rij ? SOS_LOOPT_AL : null,
    },
  };
}

export const SOS_LOOPT_AL = "Op deze zaak loopt Signs of Safety al.";

/** Signs of Safety of the zaak with its content, after a change (403 for whoever may see only its existence). */
export async function signsOfSafetyVan(h: Handeling, zaakId: string): Promise<Weergave> {
  const { zaak, rij } = await laadSignsOfSafety(h, zaakId, { voor: "lezen" });
  const weergave = await alsWeergave(h, zaak, rij);
  await auditeerLezen(h, zaak, weergave);
  return weergave;
}
