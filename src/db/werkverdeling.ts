import { and, asc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Medewerker } from "../domain/werkverdeling/behandelaar";
import { type Executor, rijen } from "./client";
import {
  gebruikers,
  gebruikerVakgroepen,
  personen,
  persoonRelaties,
  vakgroepen,
  zaakPersonen,
  zaken,
} from "./schema";

/** Data access of the werkverdeling area (inside a gemeente transaction: RLS applies). */

const VAKGROEP_CODES = sql<string[]>`array(
  select v.code from ${gebruikerVakgroepen} gv join ${vakgroepen} v on v.id = gv.vakgroep_id
  where gv.gebruiker_id = "gebruikers"."id" and v.actief order by v.code)`;

/** The active medewerkers of the gemeente with their vakgroepen (a Toegang has tens to hundreds). */
export async function actieveMedewerkers(tx: Executor): Promise<Medewerker[]> {
  return tx
    .select({
      id: gebruikers.id,
      naam: gebruikers.naam,
      rollen: gebruikers.rollen,
      vakgroepen: VAKGROEP_CODES,
      actief: gebruikers.actief,
    })
    .from(gebruikers)
    .where(eq(gebruikers.actief, true))
    .orderBy(asc(gebruikers.naam), asc(gebruikers.id))
    .limit(2000);
}

export async function haalMedewerker(tx: Executor, id: string): Promise<Medewerker | undefined> {
  const [rij] = await tx
    .select({
      id: gebruikers.id,
      naam: gebruikers.naam,
      rollen: gebruikers.rollen,
      vakgroepen: VAKGROEP_CODES,
      actief: gebruikers.actief,
    })
    .from(gebruikers)
    .where(eq(gebruikers.id, id))
    .limit(1);
  return rij;
}

const HOOFDPERSOON = sql<string | null>`(
  select zp.persoon_id from ${zaakPersonen} zp where zp.zaak_id = "zaken"."id" and zp.rol = 'hoofdpersoon' limit 1)`;

/** Open Regiegroep zaken nobody has picked up yet: crises first, then the oldest melding. */
export async function teVerdelenRegiegroepZaken(tx: Executor, pagina: number, perPagina: number) {
  const waar = and(
    eq(zaken.werkvoorraad, "regiegroep"),
    isNull(zaken.afgeslotenOp),
    isNull(zaken.behandelaarId),
  );
  const items = await tx
    .select({ zaak: zaken, hoofdpersoonId: HOOFDPERSOON })
    .from(zaken)
    .where(waar)
    .orderBy(sql`(${zaken.veiligheid} = 'crisis') desc`, asc(zaken.meldingsdatum), asc(zaken.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await rijen<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${zaken} where ${waar}`,
  );
  return { items, totaal: telling?.n ?? 0 };
}

export interface PersoonVoorCasus {
  persoonId: string;
  rol: string;
  bron: "zaak" | "huishouden";
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string;
  straat: string | null;
  huisnummer: number | null;
  postcode: string | null;
  woonplaats: string | null;
  telefoon: string | null;
  email: string | null;
}

const PERSOON_VELDEN = {
  persoonId: personen.id,
  voornamen: personen.voornamen,
  voorvoegsel: personen.voorvoegsel,
  geslachtsnaam: personen.geslachtsnaam,
  geboortedatum: personen.geboortedatum,
  straat: personen.straat,
  huisnummer: personen.huisnummer,
  postcode: personen.postcode,
  woonplaats: personen.woonplaats,
  telefoon: personen.telefoon,
  email: personen.email,
};

/**
 * The persons of a zaak, plus the household of the hoofdpersoon that is not on the zaak (children the
 * hoofdpersoon is parent of or has gezag over, and partners) as gezinsleden.
 */
export async function personenVoorCasus(tx: Executor, zaakId: string): Promise<PersoonVoorCasus[]> {
  const opZaak = await tx
    .select({ ...PERSOON_VELDEN, rol: zaakPersonen.rol })
    .from(zaakPersonen)
    .innerJoin(personen, eq(personen.id, zaakPersonen.persoonId))
    .where(eq(zaakPersonen.zaakId, zaakId))
    .orderBy(asc(zaakPersonen.rol), asc(personen.geboortedatum));
  const uitZaak = opZaak.map((p) => ({ ...p, bron: "zaak" as const }));
  const hoofd = opZaak.find((p) => p.rol === "hoofdpersoon");
  if (!hoofd) return uitZaak;
  const relaties = await tx
    .select({ persoonId: persoonRelaties.persoonId, gerelateerdeId: persoonRelaties.gerelateerdeId })
    .from(persoonRelaties)
    .where(
      or(
        and(
          eq(persoonRelaties.persoonId, hoofd.persoonId),
          inArray(persoonRelaties.soort, ["ouder", "gezag", "partner"]),
        ),
        and(eq(persoonRelaties.gerelateerdeId, hoofd.persoonId), eq(persoonRelaties.soort, "partner")),
      ),
    )
    .limit(50);
  const bekend = new Set(opZaak.map((p) => p.persoonId));
  const ids = [
    ...new Set(relaties.map((r) => (r.persoonId === hoofd.persoonId ? r.gerelateerdeId : r.persoonId))),
  ].filter((id) => !bekend.has(id));
  if (ids.length === 0) return uitZaak;
  const huishouden = await tx
    .select(PERSOON_VELDEN)
    .from(personen)
    .where(and(inArray(personen.id, ids), ne(personen.id, hoofd.persoonId)))
    .orderBy(asc(personen.geboortedatum));
  return [...uitZaak, ...huishouden.map((p) => ({ ...p, rol: "gezinslid", bron: "huishouden" as const }))];
}
