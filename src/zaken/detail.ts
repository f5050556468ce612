/**
 * A zaak as the API shows it (the zaak contract's `zaakDetail`): facts, persons, terms, next steps, history and
 * the header facts of the workspace. `openZaak` is the act of reading one: policy via `laadZaak`, audited per
 * person on the zaak.
 */
import type { Ingelogd } from "../auth/sessies";
import type { ZaakDetail } from "../contract/zaken";
import type { Tx } from "../db/client";
import { historieVanZaak, naamVanGebruiker, personenVanZaak, type ZaakRij } from "../db/zaken";
import { volledigeNaam } from "../domain/persoon/naam";
import { werkbladKop } from "../domain/zaak/kop";
import { auditeer, type Handeling } from "../handeling/context";
import { vandaag } from "../lib/klok";
import { volgendeActies } from "./acties";
import { termijnenVan } from "./termijnen";
import { laadZaak } from "./zaak";

export async function zaakDetailVan(tx: Tx, rij: ZaakRij, wie: Ingelogd): Promise<ZaakDetail> {
  const dag = vandaag();
  const betrokkenen = (await personenVanZaak(tx, rij.id)).map((b) => ({
    persoonId: b.persoonId,
    naam: volledigeNaam(b),
    rol: b.rol,
    geboortedatum: b.geboortedatum,
  }));
  const behandelaarNaam = await naamVanGebruiker(tx, rij.behandelaarId);
  const feiten = rij.feiten as { routering?: { regel: string; uitleg: string } };
  const termijnen = termijnenVan(rij, dag);
  return {
    id: rij.id,
    zaaknummer: rij.zaaknummer,
    zaaktype: rij.zaaktype,
    status: rij.status,
    werkvoorraad: rij.werkvoorraad,
    behandelaar:
      rij.behandelaarId && behandelaarNaam ? { id: rij.behandelaarId, naam: behandelaarNaam } : null,
    meldingsdatum: rij.meldingsdatum,
    kanaal: rij.kanaal,
    omschrijving: rij.omschrijving,
    veiligheid: rij.veiligheid,
    leefgebieden: rij.leefgebieden,
    wijk: rij.wijkCode,
    personen: betrokkenen.map(({ persoonId, naam, rol }) => ({ persoonId, naam, rol })),
    termijnen,
    routering: feiten.routering ?? null,
    versie: rij.versie,
    acties: volgendeActies(rij, dag, wie.medewerkerId),
    historie: (await historieVanZaak(tx, rij.id)).map((h) => ({ ...h, tijdstip: h.tijdstip.toISOString() })),
    kop: werkbladKop(rij, betrokkenen, termijnen, dag),
  };
}

/** Reads a zaak for the caller: the policy decides (via the zaak door), each person on it is audited as read. */
export async function openZaak(h: Handeling, id: string): Promise<{ rij: ZaakRij; zaak: ZaakDetail }> {
  const rij = await laadZaak(h, id, { voor: "lezen" });
  const zaak = await zaakDetailVan(h.tx, rij, h.wie);
  await auditeer(
    h,
    zaak.personen.map((p) => ({
      actie: "lezen" as const,
      resource: "zaak",
      persoonId: p.persoonId,
      reden: `zaak ${rij.zaaknummer} geopend`,
    })),
  );
  return { rij, zaak };
}
