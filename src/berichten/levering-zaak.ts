/**
 * After 305/307 messages changed the delivery of toewijzingen: each zaak they are about follows its levering
 * (levering/volgen): a started ZIN levering moves the zaak from `besluit` to `levering`, the stop of the last
 * running toewijzing moves it to `evaluatie`. Who acts is who delivered the messages: the medewerker (A&O) in
 * their session, or the integration as a system actor. A step the state machine refuses never refuses the
 * provider's message: it becomes a task for A&O on the message (`aandacht`).
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { NieuwBericht } from "../db/berichten";
import type { Tx } from "../db/client";
import { gemeenten } from "../db/schema";
import { haalZaak } from "../db/zaken";
import type { Handeling } from "../handeling/context";
import { systeemHandeling } from "../handeling/systeem";
import { volgLevering } from "../levering/volgen";
import type { Indiener } from "./partij";

async function handelingVan(
  tx: Tx,
  indiener: Indiener,
  gemeenteCode: string,
  verzoekId: string,
): Promise<Handeling> {
  if (indiener.soort === "medewerker") return { tx, wie: indiener.wie, verzoekId };
  const [g] = await tx.select().from(gemeenten).where(eq(gemeenten.code, gemeenteCode)).limit(1);
  return systeemHandeling(
    tx,
    {
      code: gemeenteCode,
      naam: g?.naam ?? gemeenteCode,
      samenwerkingsverbandCode: g?.samenwerkingsverbandCode ?? "",
    },
    `integratie:${indiener.naam}`,
    verzoekId,
  );
}

/**
 * Lets the zaken of the processed (not rejected) start/stop messages follow their levering; adds the reason of
 * a refused step to those messages' `aandacht` (they are not stored yet).
 */
export async function volgLeveringVanBerichten(
  tx: Tx,
  berichten: NieuwBericht[],
  indiener: Indiener,
  requestId: string | null,
): Promise<void> {
  const zaakIds = [
    ...new Set(berichten.flatMap((b) => (b.zaakId && b.status !== "afgekeurd" ? [b.zaakId] : []))),
  ];
  const eerste = berichten[0];
  if (zaakIds.length === 0 || !eerste) return;
  const h = await handelingVan(tx, indiener, eerste.gemeenteCode, requestId ?? randomUUID());
  for (const zaakId of zaakIds) {
    const zaak = await haalZaak(tx, zaakId);
    if (!zaak) continue;
    const { weigering } = await volgLevering(h, zaak);
    if (!weigering) continue;
    for (const b of berichten)
      if (b.zaakId === zaakId)
        b.aandacht = `${b.aandacht ? `${b.aandacht} ` : ""}De zaak kon de levering niet volgen: ${weigering}`;
  }
}
