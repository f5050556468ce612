/**
 * The themes kept up to date as one record per zaak (nazorg, MDO 23+, Wet verplichte GGZ; domain/regie): started on
 * the zaak's versie, then updated as a whole on the record's own versie. Each theme brings its check (the domain's
 * rules, refused as a Weigering), its event on the zaak and its words for the audit; the door is the same for all
 * (policy rule 21, one per zaak, audited without content).
 */
import { type RegieThemaRij, voegRegieThemaToe, werkRegieThemaBij } from "../db/regie";
import { voegGebeurtenisToe, type ZaakRij } from "../db/zaken";
import type { BijgehoudenThema } from "../domain/regie/thema";
import { type Handeling, vereis } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import { regieResource } from "./resource";
import { auditeerThema, laadRegieThema, THEMA_GEWIJZIGD } from "./thema";

export interface BijgehoudenSoort<I, G> {
  thema: BijgehoudenThema;
  /** The refusal when the zaak has one already. */
  bestaatAl: string;
  /** The stored facts after the domain's check (throws the Weigering). */
  gegevens: (h: Handeling, zaak: ZaakRij, invoer: I) => Promise<G>;
  /** The event on the zaak's history when it starts (no case content beyond what the history shows). */
  gestart: (invoer: I) => { soort: string; toelichting: string };
  /** Audit words (never content). */
  audit: { gestart: string; bijgewerkt: string };
}

export async function startBijgehouden<I, G>(
  h: Handeling,
  zaak: ZaakRij,
  soort: BijgehoudenSoort<I, G>,
  invoer: I,
): Promise<RegieThemaRij> {
  vereis(h.wie, "aanmaken", regieResource(h.wie, zaak, "inhoud"));
  const rij = await voegRegieThemaToe(h.tx, {
    zaakId: zaak.id,
    thema: soort.thema,
    gegevens: await soort.gegevens(h, zaak, invoer),
    gestartDoor: h.wie.medewerkerId,
  });
  if (!rij) throw conflict(soort.bestaatAl);
  await voegGebeurtenisToe(h.tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: h.wie.medewerkerId,
    ...soort.gestart(invoer),
    gegevens: { regieThemaId: rij.id },
  });
  await auditeerThema(h, zaak, soort.thema, "aanmaken", soort.audit.gestart);
  return rij;
}

export async function werkBijgehoudenBij<I, G>(
  h: Handeling,
  id: string,
  versie: number,
  soort: BijgehoudenSoort<I, G>,
  invoer: I,
): Promise<{ rij: RegieThemaRij; zaak: ZaakRij }> {
  const { zaak } = await laadRegieThema(h, id, soort.thema, versie);
  const rij = await werkRegieThemaBij(h.tx, id, versie, { gegevens: await soort.gegevens(h, zaak, invoer) });
  if (!rij) throw conflict(THEMA_GEWIJZIGD);
  await auditeerThema(h, zaak, soort.thema, "wijzigen", soort.audit.bijgewerkt);
  return { rij, zaak };
}
