/**
 * The gedragswetenschapper on important decisions (seed 004 §8; domain/veilig-opgroeien/advies.ts): the casemanager
 * or procesregisseur asks (policy rule 22, content), the gedragswetenschapper gives the advice in their own session
 * (rule 22, the advice), and the decision that follows is recorded after it. The gedragswetenschapper's list
 * "Adviesvragen" shows every zaak where advice was asked.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type {
  adviesVerzoek,
  adviesvraagVerzoek,
  adviesvragenLijst,
  besluitOpAdviesVerzoek,
} from "../contract/veilig-opgroeien";
import { namenVan } from "../db/gebruikers";
import { type TrajectRij, trajectenMetAdviesvragen } from "../db/veilig-opgroeien";
import { haalZaak } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import {
  type AdviesUitkomst,
  toetsAdvies,
  toetsAdviesvraag,
  toetsBesluitOpAdvies,
} from "../domain/veilig-opgroeien/advies";
import { CONCLUSIE_LABELS, FASE_LABELS, faseVan } from "../domain/veilig-opgroeien/traject";
import { actorVan, type Handeling, vereis } from "../handeling/context";
import { nietGevonden, nietToegestaan } from "../handeling/weigering";
import { nu } from "../lib/klok";
import {
  adviesvraagWeergave,
  adviesvragenVan,
  auditeerTraject,
  beoordelingenVan,
  bewaarTraject,
  type GeladenTraject,
  laadTraject,
  medewerkersInAdviesvragen,
  type OpgeslagenAdviesvraag,
  stappenVan,
  veiligOpgroeienResource,
  weigerVeiligOpgroeien,
} from "./traject";

export async function vraagAdvies(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof adviesvraagVerzoek>,
): Promise<TrajectRij> {
  const geladen = await laadTraject(h, id, { actie: "wijzigen", deel: "inhoud", versie });
  const vragen = adviesvragenVan(geladen.rij);
  weigerVeiligOpgroeien([toetsAdviesvraag(vragen, invoer.beslissing)]);
  const vraag: OpgeslagenAdviesvraag = {
    id: randomUUID(),
    beslissing: invoer.beslissing,
    vraag: invoer.vraag,
    gevraagdDoor: h.wie.medewerkerId,
    gevraagdOp: nu().toISOString(),
    advies: null,
    besluit: null,
  };
  return bewaarTraject(
    h,
    geladen,
    { adviesvragen: [...vragen, vraag] },
    "advies gevraagd aan de gedragswetenschapper",
  );
}

/** Changes one request: the policy for `deel`, the domain rule, then the new request in place. */
async function werkVraagBij(
  h: Handeling,
  ids: { id: string; vraagId: string; versie: number },
  doel: { deel: "advies" | "inhoud"; actie: "aanmaken" | "wijzigen" },
  toets: (v: OpgeslagenAdviesvraag) => AdviesUitkomst,
  wijzig: (v: OpgeslagenAdviesvraag) => OpgeslagenAdviesvraag,
  wat: string,
): Promise<TrajectRij> {
  const geladen: GeladenTraject = await laadTraject(h, ids.id, { ...doel, versie: ids.versie });
  const vragen = adviesvragenVan(geladen.rij);
  const vraag = vragen.find((v) => v.id === ids.vraagId);
  if (!vraag) throw nietGevonden("Deze adviesvraag bestaat niet.");
  weigerVeiligOpgroeien([toets(vraag)]);
  const bijgewerkt = vragen.map((v) => (v.id === vraag.id ? wijzig(v) : v));
  return bewaarTraject(h, geladen, { adviesvragen: bijgewerkt }, wat);
}

const door = (h: Handeling, tekst: string) => ({ tekst, door: h.wie.medewerkerId, op: nu().toISOString() });

/** The gedragswetenschapper's advice (their own session). */
export function geefAdvies(
  h: Handeling,
  id: string,
  vraagId: string,
  versie: number,
  invoer: z.infer<typeof adviesVerzoek>,
): Promise<TrajectRij> {
  return werkVraagBij(
    h,
    { id, vraagId, versie },
    { deel: "advies", actie: "aanmaken" },
    toetsAdvies,
    (v) => ({ ...v, advies: door(h, invoer.advies) }),
    "advies van de gedragswetenschapper vastgelegd",
  );
}

/** The decision that follows the advice; never before it. */
export function legBesluitOpAdviesVast(
  h: Handeling,
  id: string,
  vraagId: string,
  versie: number,
  invoer: z.infer<typeof besluitOpAdviesVerzoek>,
): Promise<TrajectRij> {
  return werkVraagBij(
    h,
    { id, vraagId, versie },
    { deel: "inhoud", actie: "wijzigen" },
    toetsBesluitOpAdvies,
    (v) => ({ ...v, besluit: door(h, invoer.besluit) }),
    "beslissing na advies vastgelegd",
  );
}

const MAX_TRAJECTEN = 200;

/** The gedragswetenschapper's list: every advice request of the gemeente, open ones first, then newest. */
export async function adviesvragenVoorGedragswetenschapper(
  h: Handeling,
): Promise<z.infer<typeof adviesvragenLijst>> {
  if (!h.wie.rollen.includes("gedragswetenschapper"))
    throw nietToegestaan("Alleen de gedragswetenschapper heeft een lijst met adviesvragen.");
  const trajecten = await trajectenMetAdviesvragen(h.tx, MAX_TRAJECTEN);
  const namen = await namenVan(
    h.tx,
    trajecten.flatMap((r) => medewerkersInAdviesvragen(adviesvragenVan(r))),
  );
  const items = [];
  for (const rij of trajecten) {
    const zaak = await haalZaak(h.tx, rij.zaakId);
    if (!zaak) continue;
    const resource = veiligOpgroeienResource(h.wie, zaak, "inhoud", rij);
    if (!beslis(actorVan(h.wie), "lezen", resource).toegestaan) continue;
    vereis(h.wie, "lezen", resource);
    await auditeerTraject(h, zaak, "lezen", `adviesvragen op zaak ${zaak.zaaknummer} in de lijst getoond`);
    const conclusie = beoordelingenVan(rij).at(-1)?.conclusie;
    for (const vraag of adviesvragenVan(rij))
      items.push({
        trajectId: rij.id,
        zaakId: zaak.id,
        zaaknummer: zaak.zaaknummer,
        versie: rij.versie,
        conclusie: conclusie ? CONCLUSIE_LABELS[conclusie] : null,
        faseLabel: FASE_LABELS[faseVan(stappenVan(rij))],
        vraag: adviesvraagWeergave(vraag, namen),
      });
  }
  items.sort(
    (a, b) =>
      Number(a.vraag.advies !== null) - Number(b.vraag.advies !== null) ||
      (a.vraag.gevraagdOp < b.vraag.gevraagdOp ? 1 : -1),
  );
  return { items };
}
