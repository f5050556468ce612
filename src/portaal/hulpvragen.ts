/**
 * Asking for help in Mijn Voordeur (issue 16). The hulpvraag is stored for the person the resident acts for and
 * waits in the IAG's list ("Hulpvragen via Mijn Voordeur", aanmelden/hulpvragen.ts) until a medewerker registers
 * it as a contact on channel portaal: a contactregistratie is always a medewerker's (contacten.geregistreerd_door).
 * An unsafe answer returns the crisis numbers at once; the form shows them before sending too.
 */
import { and, desc, eq } from "drizzle-orm";
import { portaalHulpvragen } from "../db/schema";
import { type HulpvraagInvoer, hulpvraagFouten, isOnveilig } from "../domain/portaal/hulpvraag";
import { CRISISNUMMERS } from "../domain/portaal/status";
import { auditeer } from "../handeling/context";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { ongeldig } from "../handeling/weigering";

export interface NieuweHulpvraag extends HulpvraagInvoer {
  leefgebieden: string[];
  vraag: string;
  spoed: boolean;
}

export async function dienHulpvraagIn(h: InwonerHandeling, invoer: NieuweHulpvraag) {
  const persoonId = h.inwoner.namensPersoonId;
  vereisInwoner(h, "aanmaken", { soort: "hulpvraag", gemeenteCode: h.wie.gemeente.code, persoonId });
  const fouten = hulpvraagFouten(invoer);
  if (fouten.length > 0) throw ongeldig("Uw hulpvraag is nog niet compleet.", fouten);
  const onveilig = isOnveilig(invoer);
  const [rij] = await h.tx
    .insert(portaalHulpvragen)
    .values({
      gemeenteCode: h.wie.gemeente.code,
      persoonId,
      ingediendDoor: h.inwoner.persoonId,
      thema: invoer.thema,
      leefgebieden: invoer.leefgebieden,
      vraag: invoer.vraag.trim(),
      spoed: invoer.spoed || onveilig,
      onveilig,
      contactwijze: invoer.contactwijze,
      telefoon: invoer.contactwijze === "telefoon" ? (invoer.telefoon?.trim() ?? null) : null,
      email: invoer.contactwijze === "email" ? (invoer.email?.trim() ?? null) : null,
    })
    .returning({ id: portaalHulpvragen.id, ingediendOp: portaalHulpvragen.ingediendOp });
  if (!rij) throw new Error("hulpvraag niet opgeslagen");
  await auditeer(h, [
    { actie: "aanmaken", resource: "hulpvraag", persoonId, reden: "hulpvraag via Mijn Voordeur" },
  ]);
  return {
    id: rij.id,
    ingediendOp: rij.ingediendOp.toISOString(),
    crisisnummers: onveilig ? [...CRISISNUMMERS] : [],
  };
}

/** The resident's own hulpvragen for the person they act for, newest first, and whether a medewerker has it. */
export async function mijnHulpvragen(h: InwonerHandeling) {
  const persoonId = h.inwoner.namensPersoonId;
  vereisInwoner(h, "lezen", { soort: "hulpvraag", gemeenteCode: h.wie.gemeente.code, persoonId });
  const rijen = await h.tx
    .select()
    .from(portaalHulpvragen)
    .where(and(eq(portaalHulpvragen.persoonId, persoonId)))
    .orderBy(desc(portaalHulpvragen.ingediendOp), desc(portaalHulpvragen.id))
    .limit(50);
  await auditeer(h, [{ actie: "lezen", resource: "hulpvraag", persoonId, reden: "mijn hulpvragen" }]);
  return {
    items: rijen.map((r) => ({
      id: r.id,
      thema: r.thema,
      ingediendOp: r.ingediendOp.toISOString(),
      inBehandeling: r.opgepaktOp !== null,
    })),
  };
}
