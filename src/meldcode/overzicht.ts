/**
 * Reading Meldcodes: on the zaak page whoever may read the zaak sees that one runs ("Meldcode loopt"); the content
 * only Veilig Opgroeien, the Regiegroep, the teamleider and the author (policy rule 18) — also when they cannot
 * otherwise read the zaak. Every read that shows a Meldcode is audited, saying whether its content was shown.
 */
import type { z } from "zod";
import type { meldcodesOpZaak, meldcodeWeergave } from "../contract/meldcode";
import { meldcodesVanZaak } from "../db/meldcode";
import { haalZaak, type ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import { actorVan, auditeer, type Handeling } from "../handeling/context";
import { nietGevonden } from "../handeling/weigering";
import { hoofdpersoonVan } from "../zaken/zaak";
import { alsWeergave, laadMeldcode, namenBijMeldcodes } from "./meldcode";
import { meldcodeResource } from "./resource";

type Weergave = z.infer<typeof meldcodeWeergave>;

async function auditeerLezen(h: Handeling, zaakId: string, zaaknummer: string, getoond: readonly Weergave[]) {
  if (getoond.length === 0) return;
  const persoonId = await hoofdpersoonVan(h, zaakId);
  await auditeer(
    h,
    getoond.map((m) => ({
      actie: "lezen" as const,
      resource: "meldcode",
      persoonId,
      reden: m.inhoud
        ? `Meldcode op zaak ${zaaknummer} ingezien`
        : `bestaan van een Meldcode op zaak ${zaaknummer} getoond (zonder inhoud)`,
    })),
  );
}

/**
 * The Meldcodes of a zaak, each as the caller may see it, and whether the caller may start one now.
 * `geladen`: the zaak the calling act read already in this transaction (the werkblad); not read again.
 */
export async function meldcodesOpZaakVan(
  h: Handeling,
  zaakId: string,
  geladen?: ZaakRij,
): Promise<z.infer<typeof meldcodesOpZaak>> {
  const zaak = geladen?.id === zaakId ? geladen : await haalZaak(h.tx, zaakId);
  if (!zaak) throw nietGevonden();
  const actor = actorVan(h.wie);
  const bestaan = beslis(actor, "lezen", meldcodeResource(h.wie, zaak, "bestaan", null));
  const rijen = await meldcodesVanZaak(h.tx, zaak.id);
  const zichtbaar = rijen.filter(
    (r) =>
      bestaan.toegestaan ||
      beslis(actor, "lezen", meldcodeResource(h.wie, zaak, "inhoud", r.auteurId)).toegestaan,
  );
  if (!bestaan.toegestaan && zichtbaar.length === 0) throw nietGevonden();
  const namen = await namenBijMeldcodes(h, zichtbaar);
  const meldcodes = zichtbaar.map((r) => alsWeergave(h, r, zaak, namen));
  await auditeerLezen(h, zaak.id, zaak.zaaknummer, meldcodes);
  const starten = beslis(actor, "aanmaken", meldcodeResource(h.wie, zaak, "inhoud", null));
  const loopt = rijen.some((r) => r.status === "loopt");
  return {
    meldcodes,
    kanStarten: {
      mogelijk: starten.toegestaan && !loopt,
      reden: !starten.toegestaan ? starten.reden : loopt ? "Er loopt al een Meldcode op deze zaak." : null,
    },
  };
}

/** One Meldcode with its content (403 for whoever may see only that it exists). */
export async function meldcodeVan(h: Handeling, id: string): Promise<Weergave> {
  const { rij, zaak } = await laadMeldcode(h, id, { voor: "lezen" });
  const weergave = alsWeergave(h, rij, zaak, await namenBijMeldcodes(h, [rij]));
  await auditeerLezen(h, zaak.id, zaak.zaaknummer, [weergave]);
  return weergave;
}
