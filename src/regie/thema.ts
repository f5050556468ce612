/**
 * The one door to a Regiegroep theme record (Spoed voor Jeugd, nazorg, MDO 23+, Wet verplichte GGZ; domain/regie): load it with its zaak and the
 * policy's check (rule 21), show it as the caller may see it (existence always, content only to the Regiegroep and
 * the teamleider), refuse the domain's outcomes as a Weigering, audit without content, and notify the Regiegroep.
 */
import type { z } from "zod";
import type { regieOpZaak, regieThemaWeergave } from "../contract/regie";
import { voegNotificatiesToe } from "../db/aanmelden";
import { haalRegieThema, ledenVanVakgroep, type RegieThemaRij, regieThemasVanZaak } from "../db/regie";
import { haalZaak, naamVanGebruiker, personenVanZaak, type ZaakRij } from "../db/zaken";
import { beslis, REGIEGROEP } from "../domain/autorisatie";
import { type Mdo, mdoStatus, openActies, volgendOverleg } from "../domain/regie/mdo";
import { dagenTotVerwacht, type Nazorg, nazorgStatus } from "../domain/regie/nazorg";
import { spoedStatus } from "../domain/regie/spoed";
import { REGIE_THEMA_LABELS, type RegieThema, type Uitkomst } from "../domain/regie/thema";
import { type Wvggz, wvggzStatus } from "../domain/regie/wvggz";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { isSysteem } from "../handeling/systeem";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import { laadZaak } from "../zaken/zaak";
import { regieResource } from "./resource";

export const THEMA_GEWIJZIGD = "Iemand anders heeft dit intussen gewijzigd. Laad het opnieuw.";

type Weergave = z.infer<typeof regieThemaWeergave>;

/** The facts of a hand-over to Spoed voor Jeugd, as stored in `gegevens`. */
export interface SpoedGegevens {
  overgedragenOp: string;
  aan: string;
  wat: string;
}

/** The domain's refusals as one Weigering: input that cannot be right → 400, a broken rule → 422, with the fields. */
export function weigerRegie(uitkomsten: readonly Uitkomst[]): void {
  const fouten = uitkomsten.flatMap((u) => (u.ok ? [] : [u]));
  const [eerste] = fouten;
  if (!eerste) return;
  const velden = fouten.map((f) => ({ veld: f.veld, melding: f.reden, regel: f.regel }));
  const tekst = fouten.map((f) => f.reden).join(" ");
  if (fouten.some((f) => f.ongeldig)) throw ongeldig(tekst, velden);
  throw regelOvertreden(tekst, velden, eerste.regel);
}

/** Loads a theme record whose content the actor may change, on the versie they saw. */
export async function laadRegieThema(
  h: Handeling,
  id: string,
  thema: RegieThema,
  versie: number,
): Promise<{ rij: RegieThemaRij; zaak: ZaakRij }> {
  const rij = await haalRegieThema(h.tx, id);
  if (!rij || rij.thema !== thema) throw nietGevonden();
  const zaak = await haalZaak(h.tx, rij.zaakId);
  if (!zaak) throw nietGevonden();
  vereis(h.wie, "wijzigen", regieResource(h.wie, zaak, "inhoud"));
  if (versie !== rij.versie) throw conflict(THEMA_GEWIJZIGD);
  return { rij, zaak };
}

/** The hoofdpersoon (else the first person) of the zaak: whom an audit entry of a theme names. */
export async function persoonVanZaak(h: Handeling, zaakId: string): Promise<string | null> {
  const personen = await personenVanZaak(h.tx, zaakId);
  return (personen.find((p) => p.rol === "hoofdpersoon") ?? personen[0])?.persoonId ?? null;
}

/** Audits one read or change of a theme on a zaak (which theme, which zaak; never its content). */
export async function auditeerThema(
  h: Handeling,
  zaak: ZaakRij,
  thema: RegieThema,
  actie: "aanmaken" | "lezen" | "wijzigen",
  wat: string,
) {
  await auditeer(h, [
    {
      actie,
      resource: "regiethema",
      persoonId: await persoonVanZaak(h, zaak.id),
      reden: `${REGIE_THEMA_LABELS[thema]}: ${wat} (zaak ${zaak.zaaknummer})`,
    },
  ]);
}

/** An in-app notification to every active member of the Regiegroep (not to whoever acts). */
export async function informeerRegiegroep(h: Handeling, zaak: ZaakRij, soort: string, tekst: string) {
  const leden = await ledenVanVakgroep(h.tx, REGIEGROEP);
  const ontvangers = [...new Set(leden.map((l) => l.id))].filter(
    (id) => isSysteem(h.wie) || id !== h.wie.medewerkerId,
  );
  await voegNotificatiesToe(
    h.tx,
    ontvangers.map((ontvangerId) => ({
      gemeenteCode: zaak.gemeenteCode,
      ontvangerId,
      soort,
      tekst,
      link: `/zaken/${zaak.id}`,
    })),
  );
}

/** A theme record as this caller may see it (content null when only its existence is visible). */
export async function alsWeergave(h: Handeling, rij: RegieThemaRij, zaak: ZaakRij): Promise<Weergave> {
  const thema = rij.thema as RegieThema;
  const basis = {
    id: rij.id,
    zaakId: zaak.id,
    thema,
    versie: rij.versie,
    gestartDoor: (await naamVanGebruiker(h.tx, rij.gestartDoor)) ?? "onbekend",
    gestartOp: rij.gestartOp.toISOString(),
    spoed: null,
    nazorg: null,
    mdo: null,
    wvggz: null,
  };
  const mag = beslis(actorVan(h.wie), "lezen", regieResource(h.wie, zaak, "inhoud"));
  if (!mag.toegestaan) return basis;
  const dag = vandaag();
  switch (thema) {
    case "spoed-jeugd": {
      const g = rij.gegevens as SpoedGegevens;
      return {
        ...basis,
        spoed: {
          ...g,
          terugOp: (rij.terugOp as Date).toISOString(),
          teruggezetOp: rij.teruggezetOp?.toISOString() ?? null,
          status: spoedStatus(g.overgedragenOp, nu().toISOString()),
        },
      };
    }
    case "nazorg": {
      const n = rij.gegevens as Nazorg;
      return {
        ...basis,
        nazorg: { ...n, status: nazorgStatus(n), dagenTotVerwacht: dagenTotVerwacht(n, dag) },
      };
    }
    case "mdo-23": {
      const m = rij.gegevens as Mdo;
      const acties = openActies(m, dag);
      return {
        ...basis,
        mdo: {
          ...m,
          status: mdoStatus(m, dag),
          openActies: acties.open,
          teLaat: acties.teLaat,
          volgendOverleg: volgendOverleg(m, dag),
        },
      };
    }
    case "wvggz": {
      const w = rij.gegevens as Wvggz;
      return { ...basis, wvggz: { ...w, status: wvggzStatus(w) } };
    }
  }
}

/** The themes on a zaak as the caller may see them, and whether the caller may record one now. */
export async function regieOpZaakVan(
  h: Handeling,
  zaakId: string,
  geladen?: ZaakRij,
): Promise<z.infer<typeof regieOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" }, geladen);
  const rijen = await regieThemasVanZaak(h.tx, zaak.id);
  const themas = await Promise.all(rijen.map((rij) => alsWeergave(h, rij, zaak)));
  const inhoud = themas.some((t) => t.spoed || t.nazorg || t.mdo || t.wvggz);
  if (themas.length > 0)
    await auditeer(h, [
      {
        actie: "lezen",
        resource: "regiethema",
        persoonId: await persoonVanZaak(h, zaak.id),
        reden: inhoud
          ? `thema's van de Regiegroep op zaak ${zaak.zaaknummer} ingezien`
          : `bestaan van thema's van de Regiegroep op zaak ${zaak.zaaknummer} getoond (zonder inhoud)`,
      },
    ]);
  const vastleggen = beslis(actorVan(h.wie), "aanmaken", regieResource(h.wie, zaak, "inhoud"));
  return {
    themas,
    kanVastleggen: {
      mogelijk: vastleggen.toegestaan,
      reden: vastleggen.toegestaan ? null : vastleggen.reden,
    },
  };
}
