/**
 * The one door to Veilig Opgroeien on a zaak: load it with its zaak and the policy's check (rule 22), show it as
 * the caller may see it (existence always, content to Veilig Opgroeien, the Regiegroep, the teamleider and the
 * gedragswetenschapper whose advice was asked), and save a change on the versie the caller saw, with an audit
 * entry naming the persons of the zaak, never the content. Refusals are `Weigering`s.
 */
import type { z } from "zod";
import type { Ingelogd } from "../auth/sessies";
import type { veiligOpgroeienOpZaak, veiligOpgroeienWeergave } from "../contract/veilig-opgroeien";
import { namenVan } from "../db/gebruikers";
import {
  haalTraject,
  medewerkersVanVakgroepen,
  type TrajectRij,
  type TrajectWijziging,
  trajectVanZaak,
  werkTrajectBij,
} from "../db/veilig-opgroeien";
import { haalZaak, personenVanZaak, type ZaakRij } from "../db/zaken";
import {
  type Actie,
  beslis,
  REGIEGROEP,
  VAKGROEP_VEILIG_OPGROEIEN,
  type VeiligOpgroeienDeel,
} from "../domain/autorisatie";
import { type Adviesvraag, type BeslissingCode, beslissingLabel } from "../domain/veilig-opgroeien/advies";
import {
  type Beoordeling,
  CONCLUSIE_LABELS,
  dagenTotEinde,
  FASE_LABELS,
  faseVan,
  OVERGANGEN,
  otsVan,
  STAP_LABELS,
  type Stap,
  type StapSoort,
  verlengenUiterlijk,
} from "../domain/veilig-opgroeien/traject";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, weigerUitkomsten } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { laadZaak, zaakResource } from "../zaken/zaak";

export const TRAJECT_GEWIJZIGD =
  "Iemand anders heeft Veilig Opgroeien op deze zaak intussen gewijzigd. Laad het opnieuw.";
export const TRAJECT_BESTAAT_AL = "Op deze zaak is Veilig Opgroeien al gestart.";

type Weergave = z.infer<typeof veiligOpgroeienWeergave>;

interface Vastgelegd {
  medewerkerId: string;
  vastgelegdOp: string;
}
export type OpgeslagenBeoordeling = Beoordeling & Vastgelegd & { toelichting: string };
export type OpgeslagenStap = Stap & Vastgelegd & { toelichting?: string | undefined };
export type OpgeslagenBeschermtafel = Vastgelegd & { datum: string; deelnemers: string; uitkomst: string };
interface WieWanneer {
  tekst: string;
  door: string;
  op: string;
}
export type OpgeslagenAdviesvraag = Omit<Adviesvraag, "advies" | "besluit"> & {
  vraag: string;
  gevraagdDoor: string;
  advies: WieWanneer | null;
  besluit: WieWanneer | null;
};

export const beoordelingenVan = (rij: TrajectRij) => rij.beoordelingen as OpgeslagenBeoordeling[];
export const stappenVan = (rij: TrajectRij) => rij.stappen as OpgeslagenStap[];
export const beschermtafelsVan = (rij: TrajectRij) => rij.beschermtafels as OpgeslagenBeschermtafel[];
export const adviesvragenVan = (rij: TrajectRij) => rij.adviesvragen as OpgeslagenAdviesvraag[];

export const veiligOpgroeienResource = (
  wie: Ingelogd,
  zaak: ZaakRij,
  deel: VeiligOpgroeienDeel,
  rij?: TrajectRij,
) => ({
  soort: "veilig-opgroeien" as const,
  gemeenteCode: wie.gemeente.code,
  deel,
  adviesGevraagd: rij ? adviesvragenVan(rij).length > 0 : false,
  zaak: zaakResource(wie, zaak),
});

/** The domain's refusals as one Weigering (400 for input that cannot be right, else 422), with the fields. */
export const weigerVeiligOpgroeien = weigerUitkomsten;

export interface GeladenTraject {
  rij: TrajectRij;
  zaak: ZaakRij;
}

/** Loads a traject the actor may use for `actie` on `deel`; a change only on the versie they saw. */
export async function laadTraject(
  h: Handeling,
  id: string,
  doel: { actie: Actie; deel: VeiligOpgroeienDeel; versie?: number },
): Promise<GeladenTraject> {
  const rij = await haalTraject(h.tx, id);
  if (!rij) throw nietGevonden();
  const zaak = await haalZaak(h.tx, rij.zaakId);
  if (!zaak) throw nietGevonden();
  vereis(h.wie, doel.actie, veiligOpgroeienResource(h.wie, zaak, doel.deel, rij));
  if (doel.versie !== undefined && doel.versie !== rij.versie) throw conflict(TRAJECT_GEWIJZIGD);
  return { rij, zaak };
}

const personenIds = async (h: Handeling, zaakId: string) =>
  (await personenVanZaak(h.tx, zaakId)).map((p) => p.persoonId);

/** Saves the change and records it (who changed what kind of thing on which zaak, never the content). */
export async function bewaarTraject(
  h: Handeling,
  geladen: GeladenTraject,
  wijziging: TrajectWijziging,
  wat: string,
): Promise<TrajectRij> {
  const rij = await werkTrajectBij(h.tx, geladen.rij.id, geladen.rij.versie, wijziging);
  if (!rij) throw conflict(TRAJECT_GEWIJZIGD);
  await auditeerTraject(
    h,
    geladen.zaak,
    "wijzigen",
    `${wat} bij Veilig Opgroeien op zaak ${geladen.zaak.zaaknummer}`,
  );
  return rij;
}

export async function auditeerTraject(
  h: Handeling,
  zaak: ZaakRij,
  actie: "lezen" | "aanmaken" | "wijzigen",
  reden: string,
) {
  const ids = await personenIds(h, zaak.id);
  await auditeer(
    h,
    (ids.length > 0 ? ids : [null]).map((persoonId) => ({
      actie,
      resource: "veilig-opgroeien",
      persoonId,
      reden,
    })),
  );
}

export function adviesvraagWeergave(v: OpgeslagenAdviesvraag, namen: Map<string, { naam: string }>) {
  const naam = (id: string) => namen.get(id)?.naam ?? "onbekend";
  return {
    id: v.id,
    beslissing: v.beslissing,
    beslissingLabel: beslissingLabel(v.beslissing as BeslissingCode),
    vraag: v.vraag,
    gevraagdDoor: naam(v.gevraagdDoor),
    gevraagdOp: v.gevraagdOp,
    advies: v.advies ? { ...v.advies, door: naam(v.advies.door) } : null,
    besluit: v.besluit ? { ...v.besluit, door: naam(v.besluit.door) } : null,
  };
}

export const medewerkersInAdviesvragen = (vragen: readonly OpgeslagenAdviesvraag[]) =>
  vragen.flatMap((v) => [v.gevraagdDoor, v.advies?.door, v.besluit?.door].filter((x): x is string => !!x));

/** The traject as this caller may see it; `inhoud` null when only its existence is visible (rule 22). */
export async function alsWeergave(h: Handeling, rij: TrajectRij, zaak: ZaakRij): Promise<Weergave> {
  const actor = actorVan(h.wie);
  const mag = (actie: Actie, deel: VeiligOpgroeienDeel) =>
    beslis(actor, actie, veiligOpgroeienResource(h.wie, zaak, deel, rij)).toegestaan;
  const basis = {
    id: rij.id,
    zaakId: zaak.id,
    zaaknummer: zaak.zaaknummer,
    versie: rij.versie,
    kanVastleggen: mag("wijzigen", "inhoud"),
    kanAdviseren: mag("aanmaken", "advies"),
  };
  if (!mag("lezen", "inhoud")) return { ...basis, inhoud: null };
  const beoordelingen = beoordelingenVan(rij);
  const stappen = stappenVan(rij);
  const beschermtafels = beschermtafelsVan(rij);
  const vragen = adviesvragenVan(rij);
  const namen = await namenVan(h.tx, [
    ...beoordelingen.flatMap((b) => [b.procesregisseurId, b.casemanagerId]),
    ...stappen.map((s) => s.medewerkerId),
    ...beschermtafels.map((b) => b.medewerkerId),
    ...medewerkersInAdviesvragen(vragen),
  ]);
  const naam = (id: string) => namen.get(id)?.naam ?? "onbekend";
  const fase = faseVan(stappen);
  const ots = otsVan(stappen);
  const heden = vandaag();
  return {
    ...basis,
    inhoud: {
      beoordelingen: beoordelingen.map((b) => ({
        datum: b.datum,
        procesregisseur: naam(b.procesregisseurId),
        casemanager: naam(b.casemanagerId),
        conclusie: b.conclusie,
        conclusieLabel: CONCLUSIE_LABELS[b.conclusie],
        toelichting: b.toelichting,
      })),
      fase,
      faseLabel: FASE_LABELS[fase],
      volgendeStappen: (Object.keys(OVERGANGEN[fase]) as StapSoort[]).map((soort) => ({
        soort,
        label: STAP_LABELS[soort],
      })),
      stappen: stappen.map((s) => ({
        soort: s.soort,
        label: STAP_LABELS[s.soort],
        datum: s.datum,
        gronden: s.gronden ?? null,
        tot: s.tot ?? null,
        gecertificeerdeInstelling: s.gecertificeerdeInstelling ?? null,
        toelichting: s.toelichting ?? null,
        vastgelegdDoor: naam(s.medewerkerId),
      })),
      ots: ots
        ? {
            ...ots,
            dagenResterend: dagenTotEinde(ots.tot, heden),
            verlengenUiterlijk: verlengenUiterlijk(stappen, heden),
          }
        : null,
      beschermtafels: beschermtafels.map((b) => ({
        datum: b.datum,
        deelnemers: b.deelnemers,
        uitkomst: b.uitkomst,
        vastgelegdDoor: naam(b.medewerkerId),
      })),
      adviesvragen: vragen.map((v) => adviesvraagWeergave(v, namen)),
    },
  };
}

export async function auditeerLezen(h: Handeling, zaak: ZaakRij, weergave: Weergave) {
  await auditeerTraject(
    h,
    zaak,
    "lezen",
    weergave.inhoud
      ? `Veilig Opgroeien op zaak ${zaak.zaaknummer} ingezien`
      : `betrokkenheid van Veilig Opgroeien op zaak ${zaak.zaaknummer} getoond (zonder inhoud)`,
  );
}

/** Veilig Opgroeien on a zaak as the caller may see it, whether they may start it, and whom they can choose. */
export async function veiligOpgroeienOpZaakVan(
  h: Handeling,
  zaakId: string,
  geladen?: ZaakRij,
): Promise<z.infer<typeof veiligOpgroeienOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" }, geladen);
  const rij = await trajectVanZaak(h.tx, zaak.id);
  const weergave = rij ? await alsWeergave(h, rij, zaak) : null;
  if (weergave) await auditeerLezen(h, zaak, weergave);
  const starten = beslis(actorVan(h.wie), "aanmaken", veiligOpgroeienResource(h.wie, zaak, "inhoud"));
  const magVastleggen = weergave ? weergave.kanVastleggen : starten.toegestaan;
  const kandidaten = magVastleggen
    ? await medewerkersVanVakgroepen(h.tx, [REGIEGROEP, VAKGROEP_VEILIG_OPGROEIEN])
    : [];
  const van = (code: string) =>
    kandidaten.filter((k) => k.code === code).map((k) => ({ id: k.id, naam: k.naam }));
  return {
    traject: weergave,
    kanStarten: {
      mogelijk: starten.toegestaan && !rij,
      reden: !starten.toegestaan ? starten.reden : rij ? TRAJECT_BESTAAT_AL : null,
    },
    kandidaten: { procesregisseurs: van(REGIEGROEP), casemanagers: van(VAKGROEP_VEILIG_OPGROEIEN) },
  };
}

/** One traject with its content (403 for whoever may see only that it exists). */
export async function veiligOpgroeienVan(h: Handeling, id: string): Promise<Weergave> {
  const { rij, zaak } = await laadTraject(h, id, { actie: "lezen", deel: "inhoud" });
  const weergave = await alsWeergave(h, rij, zaak);
  await auditeerLezen(h, zaak, weergave);
  return weergave;
}
