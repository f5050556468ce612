/**
 * Letters of the besluiten area: who receives them (src/brieven/geadresseerden.ts: the resident, or for a minor
 * the gezaghebbenden, for a represented adult the vertegenwoordiger — one letter per address), the beheerder's
 * templates (tekstblokken, with the seeded default as fallback), the PDF on the gemeente's letterhead, stored in
 * the dossier, and sent: by e-mail (queued in the same transaction) when an addressee has an address, otherwise
 * by post (src/brieven/verzenden.ts).
 */
import type { Ingelogd } from "../auth/sessies";
import { type Geadresseerden, geadresseerdenVan } from "../brieven/geadresseerden";
import { type Verzending, type VerzondenBrief, verstuurBrieven } from "../brieven/verzenden";
import type { Tx } from "../db/client";
import { haalTekstblok } from "../db/tekstblokken";
import type { ZaakRij } from "../db/zaken";
import type { BriefInhoud } from "../domain/besluiten/brieven";
import { sjabloon } from "../domain/besluiten/sjablonen";

export type { Verzending } from "../brieven/verzenden";

/** The resident the letter is about (`client`) and the letters' addressees by the minors' rule. */
export type Ontvangers = Geadresseerden;

export function ontvangersVan(tx: Tx, zaakId: string, datum: string): Promise<Ontvangers> {
  return geadresseerdenVan(tx, zaakId, datum);
}

/** The gemeente's current text of a template (the seeded default when the gemeente has none). */
export async function sjabloonTekst(tx: Tx, code: string): Promise<string> {
  const blok = await haalTekstblok(tx, code);
  if (blok) return blok.tekst;
  const standaard = sjabloon(code);
  if (!standaard) throw new Error(`onbekend briefsjabloon ${code}`);
  return standaard.tekst;
}

export interface Briefopdracht {
  zaak: Pick<ZaakRij, "id" | "zaaknummer">;
  ontvangers: Ontvangers;
  /** Document soort: beschikking, beslissing-op-bezwaar, afsluitbrief. */
  soort: string;
  titel: string;
  kenmerk: string;
  datum: string;
  inhoud: BriefInhoud;
}

/**
 * Renders, stores and sends the letter(s); 422 when a template placeholder has no value or a minor has no known
 * gezaghebbende (nothing is sent). `documentId` and `verzending` are those of the first letter.
 */
export async function verstuurBrief(
  tx: Tx,
  wie: Ingelogd,
  b: Briefopdracht,
): Promise<{ documentId: string; verzending: Verzending; brieven: VerzondenBrief[] }> {
  const brieven = await verstuurBrieven(
    tx,
    wie,
    { zaak: b.zaak, soort: b.soort, titel: b.titel, kenmerk: b.kenmerk, datum: b.datum, inhoud: b.inhoud },
    b.ontvangers.uitkomst,
    b.ontvangers.client,
  );
  const [eerste] = brieven;
  if (!eerste) throw new Error("geen brief verstuurd");
  return { documentId: eerste.documentId, verzending: eerste.verzending, brieven };
}
