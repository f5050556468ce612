/** The levering of a zaak for the zaak page: its dates, how it ended, and whether the caller may record a start. */
import type { z } from "zod";
import type { leveringOverzicht } from "../contract/levering";
import { toewijzingenVanZaak } from "../db/besluiten";
import type { ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import { ingangsdatumVan, isPgb, type LeveringEinde, toetsStartLevering } from "../domain/levering/levering";
import { actorVan, type Handeling } from "../handeling/context";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { zaakResource } from "../zaken/zaak";
import { leveringsfeiten } from "./feiten";

export const EINDE_LABELS: Record<LeveringEinde, string> = {
  stopbericht: "Stopbericht (307) van de aanbieder voor de laatste lopende toewijzing",
  einddatum: "De einddatum van het besluit is verstreken",
};

const KENT_TOE = new Set(["toekenning", "wijziging"]);

export async function leveringOverzichtVan(
  h: Handeling,
  zaak: ZaakRij,
): Promise<z.infer<typeof leveringOverzicht>> {
  const { besluit } = await leveringsfeiten(h.tx, zaak.id);
  const toewijzingen = await toewijzingenVanZaak(h.tx, zaak.id);
  const f = (zaak.feiten ?? {}) as OpgeslagenFeiten;
  const kentToe = besluit && KENT_TOE.has(besluit.soort) ? besluit : null;
  const magWijzigen = beslis(actorVan(h.wie), "wijzigen", zaakResource(h.wie, zaak)).toegestaan;
  let start: z.infer<typeof leveringOverzicht>["start"] = { mogelijk: false, datum: null, reden: null };
  if (zaak.status === "besluit" && kentToe) {
    if (!isPgb(kentToe))
      start = {
        mogelijk: false,
        datum: null,
        reden: "Wacht op het startbericht (305) van de aanbieder: daarmee start de levering vanzelf.",
      };
    else {
      const ingang = ingangsdatumVan(kentToe) ?? vandaag();
      const toets = toetsStartLevering({ besluit: kentToe, datum: ingang, vandaag: vandaag() });
      start = {
        mogelijk: magWijzigen && toets.ok,
        datum: ingang,
        reden: !toets.ok ? toets.overtreding.melding : magWijzigen ? null : "U mag deze zaak niet wijzigen.",
      };
    }
  }
  return {
    status: zaak.status,
    leveringsvorm: kentToe?.leveringsvorm ?? null,
    gestartOp: f.leveringGestartOp ?? null,
    eindigtOp: f.leveringEindigtOp ?? null,
    beeindigdOp: f.leveringBeeindigdOp ?? null,
    einde: f.leveringEinde ? EINDE_LABELS[f.leveringEinde] : null,
    start,
    toewijzingen: toewijzingen.map((t) => ({
      toewijzingnummer: t.toewijzingnummer,
      aanbiederAgb: t.aanbiederAgb,
      productCode: t.productCode,
      ingangsdatum: t.ingangsdatum,
      einddatum: t.einddatum,
      zorgGestartOp: t.zorgGestartOp,
      zorgGestoptOp: t.zorgGestoptOp,
    })),
  };
}
