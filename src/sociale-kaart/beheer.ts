/**
 * Beheer of the sociale kaart (issue 16, policy rule 26): every medewerker reads it (the consulent chooses from it
 * in the resultatenplan); the beheerder and the buurtteam add, change and archive voorzieningen, each change on
 * the versie they saw (If-Match) and audited (which voorziening, what was done — there is no personal data in it).
 * Saving the same facts again changes nothing.
 */
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { voorzieningVerzoek } from "../contract/sociale-kaart";
import { namenVan } from "../db/gebruikers";
import {
  haalVoorziening,
  type VoorzieningFilter,
  type VoorzieningRij,
  voegVoorzieningToe,
  voorzieningenMetExternId,
  werkVoorzieningBij,
  wijkenVanGemeente,
  zoekVoorzieningen,
} from "../db/sociale-kaart";
import {
  gemeenteSlug,
  toetsVoorziening,
  type VoorzieningFeiten,
  zelfdeVoorziening,
} from "../domain/sociale-kaart/voorziening";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, ongeldig } from "../handeling/weigering";
import { alsFeiten, alsWaarden, alsWeergave } from "./weergave";

export const VOORZIENING_GEWIJZIGD =
  "Iemand anders heeft deze voorziening intussen gewijzigd. Laad haar opnieuw en breng uw wijziging opnieuw aan.";
const EXTERN_ID_BEZET = "Extern id: een andere voorziening van uw gemeente heeft dit id al.";

export const kaartResource = (h: Handeling) => ({
  soort: "sociale-kaart" as const,
  gemeenteCode: h.wie.gemeente.code,
});

type Verzoek = z.infer<typeof voorzieningVerzoek>;

export async function wijknamen(h: Handeling) {
  return new Map((await wijkenVanGemeente(h.tx)).map((w) => [w.code, w.naam]));
}

async function weergaven(h: Handeling, rijen: readonly VoorzieningRij[]) {
  const wijken = await wijknamen(h);
  const namen = await namenVan(
    h.tx,
    rijen.flatMap((r) => (r.gewijzigdDoor ? [r.gewijzigdDoor] : [])),
  );
  return rijen.map((r) => alsWeergave(r, wijken, namen));
}

async function weergave(h: Handeling, rij: VoorzieningRij) {
  const [w] = await weergaven(h, [rij]);
  if (!w) throw new Error("voorziening zonder weergave");
  return w;
}

/** The kaart for medewerkers (the picker, beheer): archived ones only when asked. */
export async function voorzieningenVan(
  h: Handeling,
  filter: VoorzieningFilter,
  pagina: { pagina: number; perPagina: number },
) {
  vereis(h.wie, "lezen", kaartResource(h));
  const { items, totaal } = await zoekVoorzieningen(h.tx, filter, pagina);
  return { items: await weergaven(h, items), totaal, ...pagina };
}

export async function voorzieningVan(h: Handeling, id: string) {
  vereis(h.wie, "lezen", kaartResource(h));
  const rij = await haalVoorziening(h.tx, id);
  if (!rij) throw nietGevonden();
  return weergave(h, rij);
}

/** The domain's verdict on the facts as one refusal (400, every field named by its label). */
export async function toetsFeiten(h: Handeling, feiten: VoorzieningFeiten): Promise<void> {
  const fouten = toetsVoorziening(feiten, new Set((await wijkenVanGemeente(h.tx)).map((w) => w.code)));
  if (fouten.length > 0)
    throw ongeldig(
      fouten.map((f) => f.melding).join(" "),
      fouten.map((f) => ({ veld: f.veld, melding: f.melding, regel: f.regel })),
    );
}

const nieuwExternId = (naam: string) =>
  `${gemeenteSlug(naam).slice(0, 40) || "voorziening"}-${randomBytes(3).toString("hex")}`;

const auditeerVoorziening = (
  h: Handeling,
  rij: VoorzieningRij,
  actie: "aanmaken" | "wijzigen",
  wat: string,
) =>
  auditeer(h, [
    { actie, resource: "voorziening", persoonId: null, reden: `voorziening ${rij.externId} ${wat}` },
  ]);

export async function maakVoorziening(h: Handeling, verzoek: Verzoek) {
  vereis(h.wie, "aanmaken", kaartResource(h));
  const feiten: VoorzieningFeiten = {
    ...verzoek,
    externId: verzoek.externId ?? nieuwExternId(verzoek.naam),
    gearchiveerd: false,
  };
  await toetsFeiten(h, feiten);
  const rij = await voegVoorzieningToe(h.tx, alsWaarden(feiten, h.wie.medewerkerId));
  if (!rij) throw conflict(EXTERN_ID_BEZET, [{ veld: "externId", melding: EXTERN_ID_BEZET }]);
  await auditeerVoorziening(h, rij, "aanmaken", "aangemaakt");
  return weergave(h, rij);
}

async function bewaar(
  h: Handeling,
  id: string,
  versie: number,
  wijzig: (oud: VoorzieningFeiten) => VoorzieningFeiten,
  wat: string,
) {
  vereis(h.wie, "wijzigen", kaartResource(h));
  const rij = await haalVoorziening(h.tx, id);
  if (!rij) throw nietGevonden();
  if (rij.versie !== versie) throw conflict(VOORZIENING_GEWIJZIGD);
  const oud = alsFeiten(rij);
  const nieuw = wijzig(oud);
  if (zelfdeVoorziening(oud, nieuw)) return weergave(h, rij);
  await toetsFeiten(h, nieuw);
  if (nieuw.externId !== oud.externId && (await voorzieningenMetExternId(h.tx, [nieuw.externId])).length > 0)
    throw conflict(EXTERN_ID_BEZET, [{ veld: "externId", melding: EXTERN_ID_BEZET }]);
  const bijgewerkt = await werkVoorzieningBij(
    h.tx,
    rij.id,
    rij.versie,
    alsWaarden(nieuw, h.wie.medewerkerId),
  );
  if (!bijgewerkt) throw conflict(VOORZIENING_GEWIJZIGD);
  await auditeerVoorziening(h, bijgewerkt, "wijzigen", wat);
  return weergave(h, bijgewerkt);
}

export function wijzigVoorziening(h: Handeling, id: string, versie: number, verzoek: Verzoek) {
  return bewaar(
    h,
    id,
    versie,
    (oud) => ({ ...verzoek, externId: verzoek.externId ?? oud.externId, gearchiveerd: oud.gearchiveerd }),
    "gewijzigd",
  );
}

/** Off the public kaart and out of the picker (or back on it); a plan that chose it keeps showing it. */
export function archiveerVoorziening(h: Handeling, id: string, versie: number, gearchiveerd: boolean) {
  return bewaar(
    h,
    id,
    versie,
    (oud) => ({ ...oud, gearchiveerd }),
    gearchiveerd ? "gearchiveerd" : "teruggezet",
  );
}
