/**
 * The IAG's side of Mijn Voordeur's hulpvragen (issue 16): the open ones (not yet registered as a contact) with the
 * unsafe and urgent first, picking one up (so two medewerkers do not call the same resident; If-Match, 409), and
 * linking it to the contactregistratie on channel portaal that the IAG then registers (aanmelden/registreer.ts).
 * Authorised as contactregistratie (policy rule 9: the Toegang); every read is audited on the person.
 */
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import { gebruikers, personen, portaalHulpvragen } from "../db/schema";
import { volledigeNaam } from "../domain/persoon/naam";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden } from "../handeling/weigering";
import { nu } from "../lib/klok";

const contact = (h: Handeling) => ({ soort: "contact" as const, gemeenteCode: h.wie.gemeente.code });

const kolommen = {
  hulpvraag: portaalHulpvragen,
  persoon: personen,
  opgepaktDoorNaam: gebruikers.naam,
};

type Rij = {
  hulpvraag: typeof portaalHulpvragen.$inferSelect;
  persoon: typeof personen.$inferSelect;
  opgepaktDoorNaam: string | null;
};

function alsWeergave(r: Rij) {
  const v = r.hulpvraag;
  return {
    id: v.id,
    persoonId: v.persoonId,
    naam: volledigeNaam(r.persoon),
    geboortedatum: r.persoon.geboortedatum,
    namensIemandAnders: v.ingediendDoor !== v.persoonId,
    ingediendOp: v.ingediendOp.toISOString(),
    thema: v.thema,
    leefgebieden: v.leefgebieden,
    vraag: v.vraag,
    spoed: v.spoed,
    onveilig: v.onveilig,
    contactwijze: v.contactwijze,
    telefoon: v.telefoon,
    email: v.email,
    opgepaktDoor: r.opgepaktDoorNaam,
    opgepaktOp: v.opgepaktOp?.toISOString() ?? null,
    contactId: v.contactId,
    versie: v.versie,
  };
}

const basis = (tx: Tx) =>
  tx
    .select(kolommen)
    .from(portaalHulpvragen)
    .innerJoin(personen, eq(personen.id, portaalHulpvragen.persoonId))
    .leftJoin(gebruikers, eq(gebruikers.id, portaalHulpvragen.opgepaktDoor));

/** Open hulpvragen: unsafe first, then urgent, then the oldest; one page. */
export async function openHulpvragen(h: Handeling, plek: { pagina: number; perPagina: number }) {
  vereis(h.wie, "lezen", contact(h));
  const open = isNull(portaalHulpvragen.contactId);
  const rijen = await basis(h.tx)
    .where(open)
    .orderBy(
      desc(portaalHulpvragen.onveilig),
      desc(portaalHulpvragen.spoed),
      asc(portaalHulpvragen.ingediendOp),
      asc(portaalHulpvragen.id),
    )
    .limit(plek.perPagina)
    .offset((plek.pagina - 1) * plek.perPagina);
  const [telling] = await h.tx.select({ n: count() }).from(portaalHulpvragen).where(open);
  await auditeer(
    h,
    rijen.map((r) => ({
      actie: "zoeken" as const,
      resource: "hulpvraag",
      persoonId: r.hulpvraag.persoonId,
      reden: "lijst hulpvragen via Mijn Voordeur",
    })),
  );
  return {
    items: rijen.map(alsWeergave),
    pagina: plek.pagina,
    perPagina: plek.perPagina,
    totaal: telling?.n ?? 0,
  };
}

export async function hulpvraag(h: Handeling, id: string) {
  vereis(h.wie, "lezen", contact(h));
  const [rij] = await basis(h.tx).where(eq(portaalHulpvragen.id, id));
  if (!rij) throw nietGevonden("Deze hulpvraag bestaat niet.");
  await auditeer(h, [
    { actie: "lezen", resource: "hulpvraag", persoonId: rij.hulpvraag.persoonId, reden: "hulpvraag" },
  ]);
  return alsWeergave(rij);
}

/** Takes the hulpvraag on; refused when someone else already did or it changed meanwhile. */
export async function pakHulpvraagOp(h: Handeling, id: string, versie: number) {
  vereis(h.wie, "aanmaken", contact(h));
  const bijgewerkt = await h.tx
    .update(portaalHulpvragen)
    .set({ opgepaktDoor: h.wie.medewerkerId, opgepaktOp: nu(), versie: sql`${portaalHulpvragen.versie} + 1` })
    .where(
      and(
        eq(portaalHulpvragen.id, id),
        eq(portaalHulpvragen.versie, versie),
        isNull(portaalHulpvragen.opgepaktOp),
      ),
    )
    .returning({ persoonId: portaalHulpvragen.persoonId });
  if (!bijgewerkt[0]) {
    const bestaand = await hulpvraag(h, id);
    throw conflict(
      bestaand.opgepaktDoor
        ? `${bestaand.opgepaktDoor} heeft deze hulpvraag al opgepakt.`
        : "Deze hulpvraag is intussen gewijzigd. Laad de lijst opnieuw.",
    );
  }
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "hulpvraag",
      persoonId: bijgewerkt[0].persoonId,
      reden: "hulpvraag opgepakt",
    },
  ]);
  return hulpvraag(h, id);
}

/**
 * Links the hulpvraag to the contact registered for it (in the registration's transaction). The contact must be
 * about the same person; a hulpvraag already linked is refused (409), so it is registered once.
 */
export async function koppelHulpvraagAanContact(
  h: Handeling,
  id: string,
  contactId: string,
  persoonId: string | null,
) {
  const [gekoppeld] = await h.tx
    .update(portaalHulpvragen)
    .set({
      contactId,
      opgepaktDoor: sql`coalesce(${portaalHulpvragen.opgepaktDoor}, ${h.wie.medewerkerId}::uuid)`,
      opgepaktOp: sql`coalesce(${portaalHulpvragen.opgepaktOp}, ${nu()})`,
      versie: sql`${portaalHulpvragen.versie} + 1`,
    })
    .where(
      and(
        eq(portaalHulpvragen.id, id),
        isNull(portaalHulpvragen.contactId),
        persoonId ? eq(portaalHulpvragen.persoonId, persoonId) : sql`false`,
      ),
    )
    .returning({ id: portaalHulpvragen.id });
  if (!gekoppeld)
    throw conflict("Deze hulpvraag is al geregistreerd, of gaat over een andere inwoner.", [
      { veld: "hulpvraagId", melding: "Al geregistreerd of een andere inwoner" },
    ]);
}
