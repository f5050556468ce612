/**
 * For whom the resident acts (issue 16): themselves, or a person over whom a current recorded relation gives them
 * the right (domain/autorisatie/inwoner.ts#magOptredenVoor: gezag over a minor, or wettelijk vertegenwoordiger).
 * The choice is explicit and audited on both persons.
 */
import { haalPersoon, relatiesVan } from "../db/personen";
import { type EigenRelatie, magOptredenVoor } from "../domain/autorisatie/inwoner";
import { volledigeNaam } from "../domain/persoon/naam";
import { auditeer } from "../handeling/context";
import type { InwonerHandeling } from "../handeling/inwoner";
import { nietGevonden, nietToegestaan } from "../handeling/weigering";
import { vandaag } from "../lib/klok";

export interface Keuze {
  persoonId: string;
  naam: string;
  /** "uzelf", or the relation that gives the right. */
  grond: "uzelf" | "gezag" | "wettelijk-vertegenwoordiger";
}

async function eigenRelaties(h: InwonerHandeling) {
  const relaties = await relatiesVan(h.tx, h.inwoner.persoonId);
  return relaties
    .filter((r) => r.richting === "van")
    .map((r) => ({
      relatie: r,
      eigen: {
        soort: r.soort,
        gerelateerdeId: r.persoonId,
        gerelateerdeGeboortedatum: r.geboortedatum,
      } satisfies EigenRelatie,
    }));
}

/** The resident and the persons they may act for today, the resident first. */
export async function keuzesVoorNamens(h: InwonerHandeling): Promise<Keuze[]> {
  const zelf = await haalPersoon(h.tx, h.inwoner.persoonId);
  if (!zelf) throw nietGevonden();
  const dag = vandaag();
  const anderen = (await eigenRelaties(h))
    .filter((r) => magOptredenVoor([r.eigen], r.eigen.gerelateerdeId, dag))
    .filter((r, i, lijst) => lijst.findIndex((x) => x.relatie.persoonId === r.relatie.persoonId) === i)
    .map((r) => ({
      persoonId: r.relatie.persoonId,
      naam: r.relatie.naam,
      grond: r.relatie.soort as Keuze["grond"],
    }));
  return [{ persoonId: zelf.id, naam: volledigeNaam(zelf), grond: "uzelf" as const }, ...anderen];
}

/** Checks the choice against the recorded relations; the caller stores it in the session. */
export async function kiesNamens(h: InwonerHandeling, persoonId: string): Promise<Keuze> {
  const keuze = (await keuzesVoorNamens(h)).find((k) => k.persoonId === persoonId);
  if (!keuze)
    throw nietToegestaan(
      "U kunt niet optreden voor deze persoon. Er is geen gezag of vertegenwoordiging vastgelegd.",
    );
  if (keuze.grond !== "uzelf")
    await auditeer(h, [
      { actie: "lezen", resource: "portaal-namens", persoonId, reden: `optreden namens (${keuze.grond})` },
    ]);
  return keuze;
}

/**
 * Whether the relation the resident acts on still holds (an ended gezag or a child turned 18 ends it mid-session):
 * checked at the start of each request that acts for someone else.
 */
export async function namensGeldtNog(h: InwonerHandeling): Promise<boolean> {
  if (h.inwoner.namensPersoonId === h.inwoner.persoonId) return true;
  return (await keuzesVoorNamens(h)).some((k) => k.persoonId === h.inwoner.namensPersoonId);
}

/** The portal session as the resident sees it: who they are, for whom they act, and whom they may choose. */
export async function mijnSessie(h: InwonerHandeling) {
  const keuzes = await keuzesVoorNamens(h);
  const zelf = keuzes[0] as Keuze;
  return {
    naam: zelf.naam,
    gemeente: h.inwoner.gemeente,
    methode: h.inwoner.methode,
    namens: keuzes.find((k) => k.persoonId === h.inwoner.namensPersoonId) ?? zelf,
    keuzes,
    verlooptOp: h.inwoner.verlooptOp.toISOString(),
    idleVerlooptOp: h.inwoner.idleVerlooptOp.toISOString(),
  };
}
