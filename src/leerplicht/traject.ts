/**
 * The one door to the verzuimaanpak on a leerplicht zaak (policy rule 25a): load it with its zaak and the policy's
 * check, show it as the caller may see it, and save a change on the versie the caller saw — keeping the zaak's
 * RMC signal (termijn "rmc-overdracht") in step, with an audit entry naming the leerling, never the content.
 */
import type { z } from "zod";
import type { Ingelogd } from "../auth/sessies";
import type { leerplichtOpZaak, leerplichtWeergave } from "../contract/leerplicht";
import { namenVan } from "../db/gebruikers";
import {
  alleScholen,
  haalLeerplicht,
  haalSchool,
  type LeerplichtRij,
  type LeerplichtWijziging,
  leerplichtVanZaak,
  werkLeerplichtBij,
} from "../db/leerplicht";
import { medewerkersVanVakgroepen } from "../db/veilig-opgroeien";
import { personenVanZaak, type ZaakRij } from "../db/zaken";
import { type Actie, beslis, VAKGROEP_VEILIG_OPGROEIEN } from "../domain/autorisatie";
import {
  leerplichtVanaf,
  PLICHT_LABELS,
  plichtOp,
  rmcInZicht,
  rmcOverdracht,
  verjaardag,
} from "../domain/leerplicht/leeftijd";
import {
  DOORVERWIJZING_LABELS,
  type DoorverwijzingSoort,
  isAfgerond,
  STAP_LABELS,
  type Stap,
  VERZUIM_LABELS,
  type VerzuimSoort,
  volgendeStappen,
} from "../domain/leerplicht/verzuim";
import { volledigeNaam } from "../domain/persoon/naam";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak, laadZaak, type ZaakGebeurtenis, zaakResource } from "../zaken/zaak";

export const LEERPLICHT_GEWIJZIGD =
  "Iemand anders heeft de verzuimaanpak intussen gewijzigd. Laad haar opnieuw.";
export const LEERPLICHT_BESTAAT_AL = "Op deze zaak loopt de verzuimaanpak al.";
export const ALLEEN_LEERPLICHTZAAK = "De verzuimaanpak hoort bij een zaak van het zaaktype Leerplicht.";

type Weergave = z.infer<typeof leerplichtWeergave>;

interface Vastgelegd {
  medewerkerId: string;
  vastgelegdOp: string;
}
export type OpgeslagenStap = Stap & Vastgelegd & { toelichting?: string | undefined };
export type OpgeslagenDoorverwijzing = Vastgelegd & {
  soort: DoorverwijzingSoort;
  datum: string;
  toelichting: string;
  casemanagerId?: string;
  meldcodeId?: string;
};

export const stappenVan = (rij: LeerplichtRij) => rij.stappen as OpgeslagenStap[];
export const doorverwijzingenVan = (rij: LeerplichtRij) => rij.doorverwijzingen as OpgeslagenDoorverwijzing[];

export const leerplichtResource = (wie: Ingelogd, zaak: ZaakRij, deel: "bestaan" | "inhoud") => ({
  soort: "leerplicht" as const,
  gemeenteCode: wie.gemeente.code,
  deel,
  zaak: zaakResource(wie, zaak),
});

/** A refusal (422) unless the zaak is of zaaktype leerplicht. */
export function vereisLeerplichtzaak(zaak: ZaakRij) {
  if (zaak.zaaktype !== "leerplicht")
    throw regelOvertreden(ALLEEN_LEERPLICHTZAAK, undefined, "leerplicht-zaaktype");
}

export interface GeladenLeerplicht {
  rij: LeerplichtRij;
  zaak: ZaakRij;
}

export async function laadLeerplicht(
  h: Handeling,
  id: string,
  doel: { actie: Actie; versie?: number },
): Promise<GeladenLeerplicht> {
  const rij = await haalLeerplicht(h.tx, id);
  if (!rij) throw nietGevonden();
  const zaak = await laadZaak(h, rij.zaakId, { voor: "lezen" });
  vereis(h.wie, doel.actie, leerplichtResource(h.wie, zaak, "inhoud"));
  if (doel.versie !== undefined && doel.versie !== rij.versie) throw conflict(LEERPLICHT_GEWIJZIGD);
  return { rij, zaak };
}

export async function auditeerLeerplicht(
  h: Handeling,
  leerlingId: string,
  actie: "lezen" | "aanmaken" | "wijzigen",
  reden: string,
) {
  await auditeer(h, [{ actie, resource: "leerplicht", persoonId: leerlingId, reden }]);
}

/** The zaak's RMC facts as the traject stands: the signal once the 18th birthday is within a year, the hand-over. */
export function rmcFeiten(geboortedatum: string | null, stappen: readonly Stap[], peildatum: string) {
  if (!geboortedatum || !rmcInZicht(geboortedatum, peildatum)) return {};
  const overdracht = stappen.find((s) => s.soort === "overgedragen-rmc");
  return {
    leerplichtRmcSignaalOp: rmcOverdracht(geboortedatum).signaalVanaf,
    leerplichtRmcOverdrachtOp: overdracht?.datum ?? null,
  };
}

/** Saves the zaak with extra facts and its history entry (the zaak's own door). */
export async function werkZaakBij(
  h: Handeling,
  zaakId: string,
  feiten: Record<string, unknown>,
  gebeurtenis: ZaakGebeurtenis,
) {
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen" });
  return bewaarZaak(
    h,
    zaak,
    { feiten: { ...(zaak.feiten as OpgeslagenFeiten), ...feiten } as OpgeslagenFeiten },
    gebeurtenis,
  );
}

async function geboortedatumVan(h: Handeling, zaakId: string, leerlingId: string) {
  const p = (await personenVanZaak(h.tx, zaakId)).find((x) => x.persoonId === leerlingId);
  return { naam: p ? volledigeNaam(p) : "onbekend", geboortedatum: p?.geboortedatum ?? null };
}

/** Saves the change, keeps the RMC signal in step, records a history entry and the audit. */
export async function bewaarLeerplicht(
  h: Handeling,
  geladen: GeladenLeerplicht,
  wijziging: LeerplichtWijziging,
  gebeurtenis: ZaakGebeurtenis,
): Promise<LeerplichtRij> {
  const rij = await werkLeerplichtBij(h.tx, geladen.rij.id, geladen.rij.versie, wijziging);
  if (!rij) throw conflict(LEERPLICHT_GEWIJZIGD);
  const { geboortedatum } = await geboortedatumVan(h, rij.zaakId, rij.leerlingId);
  await werkZaakBij(h, rij.zaakId, rmcFeiten(geboortedatum, stappenVan(rij), vandaag()), gebeurtenis);
  await auditeerLeerplicht(
    h,
    rij.leerlingId,
    "wijzigen",
    `${gebeurtenis.soort} op zaak ${geladen.zaak.zaaknummer}`,
  );
  return rij;
}

export async function alsWeergave(h: Handeling, rij: LeerplichtRij, zaak: ZaakRij): Promise<Weergave> {
  const actor = actorVan(h.wie);
  const mag = (actie: Actie) => beslis(actor, actie, leerplichtResource(h.wie, zaak, "inhoud")).toegestaan;
  const stappen = stappenVan(rij);
  const basis = {
    id: rij.id,
    zaakId: zaak.id,
    versie: rij.versie,
    kanVastleggen: mag("wijzigen") && !isAfgerond(stappen),
  };
  if (!mag("lezen")) return { ...basis, inhoud: null };
  const doorverwijzingen = doorverwijzingenVan(rij);
  const namen = await namenVan(h.tx, [
    ...stappen.map((s) => s.medewerkerId),
    ...doorverwijzingen.flatMap((d) => [d.medewerkerId, ...(d.casemanagerId ? [d.casemanagerId] : [])]),
  ]);
  const naam = (id: string) => namen.get(id)?.naam ?? "onbekend";
  const leerling = await geboortedatumVan(h, zaak.id, rij.leerlingId);
  const geboren = leerling.geboortedatum ?? "";
  const plicht = plichtOp({ geboortedatum: geboren }, vandaag());
  const school = rij.schoolId ? await haalSchool(h.tx, rij.schoolId) : undefined;
  const soort = rij.verzuimsoort as VerzuimSoort;
  return {
    ...basis,
    inhoud: {
      leerling: {
        persoonId: rij.leerlingId,
        naam: leerling.naam,
        geboortedatum: leerling.geboortedatum,
        plicht: plicht.plicht,
        plichtLabel: PLICHT_LABELS[plicht.plicht],
        plichtBron: plicht.bron,
        plichtTot: plicht.tot,
        leerplichtVanaf: leerplichtVanaf(geboren),
        achttienOp: verjaardag(geboren, 18),
        rmcSignaalVanaf: rmcOverdracht(geboren).signaalVanaf,
      },
      school: school ? { id: school.id, naam: school.naam, brin: school.brin } : null,
      verzuimsoort: soort,
      verzuimLabel: VERZUIM_LABELS[soort],
      uren: rij.uren,
      stappen: stappen.map((s) => ({
        soort: s.soort,
        label: STAP_LABELS[s.soort],
        datum: s.datum,
        toelichting: s.toelichting ?? null,
        vastgelegdDoor: naam(s.medewerkerId),
      })),
      afgerond: isAfgerond(stappen),
      volgendeStappen: volgendeStappen(soort, stappen).map((s) => ({ soort: s, label: STAP_LABELS[s] })),
      doorverwijzingen: doorverwijzingen.map((d) => ({
        soort: d.soort,
        label: DOORVERWIJZING_LABELS[d.soort],
        datum: d.datum,
        toelichting: d.toelichting,
        casemanager: d.casemanagerId ? naam(d.casemanagerId) : null,
        meldcodeId: d.meldcodeId ?? null,
        vastgelegdDoor: naam(d.medewerkerId),
      })),
    },
  };
}

/** The verzuimaanpak on a zaak as the caller may see it, whether they may start it, and what they can choose. */
export async function leerplichtOpZaakVan(
  h: Handeling,
  zaakId: string,
): Promise<z.infer<typeof leerplichtOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const rij = await leerplichtVanZaak(h.tx, zaak.id);
  const weergave = rij ? await alsWeergave(h, rij, zaak) : null;
  if (rij && weergave?.inhoud)
    await auditeerLeerplicht(h, rij.leerlingId, "lezen", `verzuimaanpak op zaak ${zaak.zaaknummer} ingezien`);
  const starten = beslis(actorVan(h.wie), "aanmaken", leerplichtResource(h.wie, zaak, "inhoud"));
  const reden =
    zaak.zaaktype !== "leerplicht"
      ? ALLEEN_LEERPLICHTZAAK
      : !starten.toegestaan
        ? starten.reden
        : rij
          ? LEERPLICHT_BESTAAT_AL
          : null;
  const magKiezen = weergave?.kanVastleggen ?? reden === null;
  const personen = magKiezen ? await personenVanZaak(h.tx, zaak.id) : [];
  const scholen = magKiezen && !rij ? (await alleScholen(h.tx)).filter((s) => s.actief) : [];
  const casemanagers = magKiezen ? await medewerkersVanVakgroepen(h.tx, [VAKGROEP_VEILIG_OPGROEIEN]) : [];
  return {
    traject: weergave,
    kanStarten: { mogelijk: reden === null, reden },
    leerlingen: personen.map((p) => ({
      persoonId: p.persoonId,
      naam: volledigeNaam(p),
      geboortedatum: p.geboortedatum,
    })),
    scholen: scholen.map((s) => ({ id: s.id, naam: s.naam, brin: s.brin })),
    casemanagers: casemanagers.map((c) => ({ id: c.id, naam: c.naam })),
  };
}

/** One traject with its content (403 for whoever may not read it). */
export async function leerplichtVan(h: Handeling, id: string): Promise<Weergave> {
  const { rij, zaak } = await laadLeerplicht(h, id, { actie: "lezen" });
  const weergave = await alsWeergave(h, rij, zaak);
  await auditeerLeerplicht(h, rij.leerlingId, "lezen", `verzuimaanpak op zaak ${zaak.zaaknummer} ingezien`);
  return weergave;
}
