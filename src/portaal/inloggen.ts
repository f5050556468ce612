/**
 * Logging in to Mijn Voordeur (issue 16). With DigiD the municipality's OIDC broker gives the BSN as a claim
 * (config.portaal.oidc.gebruikersnaamClaim); the resident is the person with that BSN in the gemeente they chose.
 * In demo mode only, a clearly marked demo-inlog lets one pick a demo resident. Neither logs a BSN.
 */
import { format, parseISO, subYears } from "date-fns";
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { gemeenten, personen, persoonRelaties, zaakPersonen, zaken } from "../db/schema";
import { alsSysteem } from "../db/tenant";
import { isGeldigBsn } from "../domain/persoon/bsn";
import { nietGevonden, ongeldig } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { bsnIndex } from "../privacy/bsn-versleuteling";

export const ONBEKENDE_INWONER =
  "We kunnen u niet vinden bij deze gemeente. Bel het telefoonnummer van de gemeente; dan helpen we u verder.";

export async function gemeenteVoorPortaal(db: Db, code: string) {
  const [g] = await alsSysteem(db, (tx) => tx.select().from(gemeenten).where(eq(gemeenten.code, code)));
  if (!g) throw ongeldig("Kies uw gemeente.", [{ veld: "gemeente", melding: "Onbekende gemeente" }]);
  return g;
}

/** The resident with this BSN (the broker's claim) in `gemeenteCode`, or a refusal without naming the BSN. */
export async function inwonerMetBsn(
  db: Db,
  sleutels: BsnSleutels,
  gemeenteCode: string,
  bsn: unknown,
): Promise<{ gemeenteCode: string; persoonId: string }> {
  if (typeof bsn !== "string" || !isGeldigBsn(bsn)) throw ongeldig(ONBEKENDE_INWONER);
  const [p] = await alsSysteem(db, (tx) =>
    tx
      .select({ id: personen.id })
      .from(personen)
      .where(and(eq(personen.gemeenteCode, gemeenteCode), eq(personen.bsnIndex, bsnIndex(sleutels, bsn)))),
  );
  if (!p) throw nietGevonden(ONBEKENDE_INWONER);
  return { gemeenteCode, persoonId: p.id };
}

export interface DemoInwoner {
  persoonId: string;
  naam: string;
  gemeenteCode: string;
  gemeenteNaam: string;
  /** Why this one is worth trying: has zaken, or acts for a child. */
  toelichting: string;
}

const naamSql = sql<string>`concat_ws(' ', ${personen.voornamen}, ${personen.voorvoegsel}, ${personen.geslachtsnaam})`;

/**
 * The demo residents of a gemeente to pick from: some with a zaak, some with gezag over a child (demo mode only). With
 * `alleen` the question is whether that one person is such a resident (the list shows a few; any of them may log in).
 */
export async function demoInwoners(db: Db, gemeenteCode: string, alleen?: string): Promise<DemoInwoner[]> {
  // Adults only: a child is reached through the parent's gezag, as with DigiD.
  const volwassen = and(
    lte(personen.geboortedatum, format(subYears(parseISO(vandaag()), 18), "yyyy-MM-dd")),
    alleen ? eq(personen.id, alleen) : undefined,
  );
  return alsSysteem(db, async (tx) => {
    const kolommen = {
      persoonId: personen.id,
      naam: naamSql,
      gemeenteCode: gemeenten.code,
      gemeenteNaam: gemeenten.naam,
    };
    const metZaak = await tx
      .selectDistinct(kolommen)
      .from(zaakPersonen)
      .innerJoin(zaken, eq(zaken.id, zaakPersonen.zaakId))
      .innerJoin(personen, eq(personen.id, zaakPersonen.persoonId))
      .innerJoin(gemeenten, eq(gemeenten.code, personen.gemeenteCode))
      .where(
        and(
          eq(zaakPersonen.rol, "hoofdpersoon"),
          eq(personen.gemeenteCode, gemeenteCode),
          isNull(zaken.afgeslotenOp),
          volwassen,
        ),
      )
      .orderBy(asc(naamSql), asc(personen.id))
      .limit(6);
    const metGezag = await tx
      .selectDistinct(kolommen)
      .from(persoonRelaties)
      .innerJoin(personen, eq(personen.id, persoonRelaties.persoonId))
      .innerJoin(gemeenten, eq(gemeenten.code, personen.gemeenteCode))
      .where(
        and(
          eq(persoonRelaties.soort, "gezag"),
          sql`${persoonRelaties.beeindigdOp} is null`,
          eq(personen.gemeenteCode, gemeenteCode),
          volwassen,
        ),
      )
      .orderBy(asc(naamSql), asc(personen.id))
      .limit(3);
    return [
      ...metZaak.map((p) => ({ ...p, toelichting: "met een lopende zaak" })),
      ...metGezag
        .filter((p) => !metZaak.some((z) => z.persoonId === p.persoonId))
        .map((p) => ({ ...p, toelichting: "ouder met gezag over een kind" })),
    ];
  });
}

/** A demo resident picked on the demo-inlog page: must be one of the list (no arbitrary person). */
export async function demoInwoner(db: Db, persoonId: string) {
  const [p] = await alsSysteem(db, (tx) =>
    tx.select({ gemeenteCode: personen.gemeenteCode }).from(personen).where(eq(personen.id, persoonId)),
  );
  const gekozen = p
    ? (await demoInwoners(db, p.gemeenteCode, persoonId)).find((d) => d.persoonId === persoonId)
    : undefined;
  if (!gekozen)
    throw ongeldig("Kies een van de demo-inwoners.", [{ veld: "persoonId", melding: "Kies een inwoner" }]);
  return { gemeenteCode: gekozen.gemeenteCode, persoonId: gekozen.persoonId };
}
