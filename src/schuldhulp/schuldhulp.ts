/**
 * The schuldhulp section of a zaak (issue 15; policy rule 24): the Wgs facts as the zaak's dated facts (hulpvraag,
 * the threat that makes it spoed, the eerste gesprek, the toegangsbeschikking — the termijnen engine reads them from
 * zaken.feiten) and the plan van aanpak's steps on the ladder. Shown as the caller may see it: its existence for
 * whoever may read the zaak, the content only per rule 24; every read of the content is audited without content.
 */
import type { z } from "zod";
import type { Ingelogd } from "../auth/sessies";
import type { schuldhulpOpZaak } from "../contract/schuldhulp";
import { namenVan } from "../db/gebruikers";
import { tredenVanZaak } from "../db/schuldhulp";
import type { ZaakRij } from "../db/zaken";
import { beslis, type SchuldhulpDeel } from "../domain/autorisatie";
import { DREIGING_LABELS, type Dreiging, TREDE_LABELS, type Trede } from "../domain/schuldhulp/schuldhulp";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { termijnenVan } from "../zaken/termijnen";
import { hoofdpersoonVan, laadZaak, zaakResource } from "../zaken/zaak";

export const schuldhulpResource = (wie: Ingelogd, zaak: ZaakRij, deel: SchuldhulpDeel) => ({
  soort: "schuldhulp" as const,
  gemeenteCode: wie.gemeente.code,
  deel,
  zaak: zaakResource(wie, zaak),
});

export const feitenVan = (zaak: ZaakRij) => (zaak.feiten ?? {}) as OpgeslagenFeiten;

/** 422 on a zaak that is no Wgs zaak: the Wgs clock and the ladder belong to zaaktype schuldhulp. */
export function vereisSchuldhulpzaak(zaak: ZaakRij): void {
  if (zaak.zaaktype !== "schuldhulp")
    throw regelOvertreden(
      "Dit kan alleen op een schuldhulpzaak (Wet gemeentelijke schuldhulpverlening).",
      undefined,
      "schuldhulpzaak",
    );
}

/** Loads a schuldhulp zaak to change its Wgs content (rule 24), on the versie the caller saw. */
export async function laadSchuldhulpzaak(h: Handeling, zaakId: string, versie: number): Promise<ZaakRij> {
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  vereis(h.wie, "wijzigen", schuldhulpResource(h.wie, zaak, "inhoud"));
  vereisSchuldhulpzaak(zaak);
  return zaak;
}

/** The audit entry of a change: whose schuldhulp, which zaak, never the content. */
export async function auditeerSchuldhulp(h: Handeling, zaak: ZaakRij, wat: string): Promise<void> {
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "schuldhulp",
      persoonId: await hoofdpersoonVan(h, zaak.id),
      reden: `${wat} op zaak ${zaak.zaaknummer}`,
    },
  ]);
}

const WGS_TERMIJNEN = ["eerste-gesprek", "beslissing"];

export async function schuldhulpOpZaakVan(
  h: Handeling,
  zaakId: string,
): Promise<z.infer<typeof schuldhulpOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const actor = actorVan(h.wie);
  const feiten = feitenVan(zaak);
  const treden = await tredenVanZaak(h.tx, zaak.id);
  const bestaat = Boolean(feiten.hulpvraagOp) || treden.length > 0;
  const magInhoud = beslis(actor, "lezen", schuldhulpResource(h.wie, zaak, "inhoud")).toegestaan;
  const vastleggen = beslis(actor, "wijzigen", schuldhulpResource(h.wie, zaak, "inhoud"));
  const kanVastleggen =
    zaak.zaaktype !== "schuldhulp"
      ? { mogelijk: false, reden: "Alleen op een schuldhulpzaak." }
      : { mogelijk: vastleggen.toegestaan, reden: vastleggen.toegestaan ? null : vastleggen.reden };
  const basis = { zaakId: zaak.id, versie: zaak.versie, bestaat, kanVastleggen };
  if (!magInhoud) return { ...basis, inhoud: null };
  const namen = await namenVan(
    h.tx,
    treden.map((t) => t.vastgelegdDoor),
  );
  const persoonId = await hoofdpersoonVan(h, zaak.id);
  if (bestaat)
    await auditeer(h, [
      {
        actie: "lezen",
        resource: "schuldhulp",
        persoonId,
        reden: `schuldhulp op zaak ${zaak.zaaknummer} ingezien`,
      },
    ]);
  const dreiging = (feiten.wgsDreiging ?? null) as Dreiging | null;
  return {
    ...basis,
    inhoud: {
      hulpvraagOp: feiten.hulpvraagOp ?? null,
      dreiging,
      dreigingLabel: dreiging ? DREIGING_LABELS[dreiging] : null,
      spoed: feiten.dreigendeUitzettingOfAfsluiting === true,
      eersteGesprekOp: feiten.eersteGesprekOp ?? null,
      toegang:
        feiten.toegangsbeschikkingOp && feiten.toegangsuitkomst
          ? {
              op: feiten.toegangsbeschikkingOp,
              uitkomst: feiten.toegangsuitkomst as "toegelaten" | "afgewezen",
            }
          : null,
      termijnen: termijnenVan(zaak, vandaag()).filter((t) => WGS_TERMIJNEN.includes(t.soort)),
      treden: treden.map((t) => ({
        trede: t.trede as Trede,
        label: TREDE_LABELS[t.trede as Trede],
        gestartOp: t.gestartOp,
        motivatie: t.motivatie,
        vastgelegdDoor: namen.get(t.vastgelegdDoor)?.naam ?? "onbekend",
      })),
    },
  };
}
