/**
 * Tariffs of an aanbieder's contracts (zorg in natura) and pgb tariffs per product (policy rule 27): listed for
 * every medewerker, added and changed by the beheerder, never deleted (ended by their einddatum). A zin tariff
 * belongs to a product of that contract; two tariffs of one product never overlap (→ 422). Tariffs are regional
 * and hold no personal data, so reading them is not audited; every change is.
 */
import type { z } from "zod";
import type { tarief, tariefInvoer, tarievenAntwoord } from "../contract/declaraties";
import { categorieVan, contractenVan, haalAanbieder, haalContract, productenOpCode } from "../db/aanbieders";
import {
  haalTarief,
  pgbTarieven,
  type TariefRij,
  tarievenVanContracten,
  tarievenVanProductVergrendeld,
  voegTariefToe,
  werkTariefBij,
} from "../db/declaraties";
import { TARIEF_EENHEDEN, toetsOverlap, toetsTariefInvoer } from "../domain/declaraties/tarief";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, ongeldig, weigerUitkomsten } from "../handeling/weigering";

type Tarief = z.infer<typeof tarief>;
type Invoer = z.output<typeof tariefInvoer>;

const resource = (h: Handeling) => ({ soort: "tarief" as const, gemeenteCode: h.wie.gemeente.code });

export const EENHEDEN_LIJST = Object.entries(TARIEF_EENHEDEN)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, omschrijving]) => ({ code, omschrijving }));

function alsTarief(r: TariefRij, omschrijvingen: Map<string, { omschrijving: string }>): Tarief {
  return {
    id: r.id,
    soort: r.soort,
    contractId: r.contractId,
    wet: r.wet,
    productCategorie: r.productCategorie,
    productCode: r.productCode,
    productOmschrijving: omschrijvingen.get(r.productCode)?.omschrijving ?? null,
    eenheid: r.eenheid,
    eenheidOmschrijving: TARIEF_EENHEDEN[r.eenheid] ?? r.eenheid,
    bedrag: r.bedrag,
    van: r.van,
    tot: r.tot,
    versie: r.versie,
  };
}

/** The tariffs of an aanbieder per contract, and the pgb tariffs of the region. */
export async function tarievenVanAanbieder(
  h: Handeling,
  aanbiederId: string,
): Promise<z.infer<typeof tarievenAntwoord>> {
  vereis(h.wie, "lezen", resource(h));
  if (!(await haalAanbieder(h.tx, aanbiederId))) throw nietGevonden("Deze aanbieder bestaat niet.");
  const lijst = await contractenVan(h.tx, aanbiederId);
  const zin = await tarievenVanContracten(
    h.tx,
    lijst.map((c) => c.contract.id),
  );
  const pgb = await pgbTarieven(h.tx);
  const omschrijvingen = await productenOpCode(
    h.tx,
    [...zin, ...pgb].map((t) => t.productCode),
  );
  return {
    contracten: lijst.map(({ contract }) => ({
      contractId: contract.id,
      kenmerk: contract.kenmerk,
      tarieven: zin.filter((t) => t.contractId === contract.id).map((t) => alsTarief(t, omschrijvingen)),
    })),
    pgb: pgb.map((t) => alsTarief(t, omschrijvingen)),
    eenheden: EENHEDEN_LIJST,
  };
}

/** Field checks (400) and the product's category: from the contract's lines for zin, the catalogue for pgb. */
async function controleer(h: Handeling, aanbiederId: string, invoer: Invoer) {
  const toetsen = toetsTariefInvoer({ ...invoer, soort: invoer.contractId ? "zin" : "pgb" });
  weigerUitkomsten(toetsen);
  const categorie = await categorieVan(h.tx, invoer.wet, invoer.productCode);
  if (!categorie)
    throw ongeldig("Dit product staat niet in de productcatalogus.", [
      { veld: "productCode", melding: "Dit product staat niet in de productcatalogus" },
    ]);
  if (invoer.contractId) {
    const contract = await haalContract(h.tx, invoer.contractId);
    if (!contract || contract.aanbiederId !== aanbiederId)
      throw ongeldig("Dit contract hoort niet bij deze aanbieder.", [
        { veld: "contractId", melding: "Onbekend contract van deze aanbieder" },
      ]);
    const regels = (await contractenVan(h.tx, aanbiederId)).find(
      (c) => c.contract.id === contract.id,
    )?.regels;
    const gedekt = (regels ?? []).some(
      (r) =>
        r.wet === invoer.wet &&
        r.productCategorie === categorie &&
        (r.productCode === null || r.productCode === invoer.productCode),
    );
    if (!gedekt)
      throw ongeldig("Dit product staat niet in het contract.", [
        {
          veld: "productCode",
          melding: `Product ${invoer.productCode} staat niet in contract ${contract.kenmerk}`,
        },
      ]);
  }
  return categorie;
}

async function toetsGeenOverlap(h: Handeling, invoer: Invoer, eigenId?: string) {
  const soort = invoer.contractId ? ("zin" as const) : ("pgb" as const);
  const bestaande = await tarievenVanProductVergrendeld(h.tx, {
    soort,
    contractId: invoer.contractId,
    wet: invoer.wet,
    productCode: invoer.productCode,
  });
  weigerUitkomsten([
    toetsOverlap(
      { ...invoer, soort },
      bestaande.map((b) => ({
        id: b.id,
        soort: b.soort,
        productCode: b.productCode,
        van: b.van,
        tot: b.tot,
      })),
      eigenId,
    ),
  ]);
}

const beschrijving = (r: TariefRij) =>
  `tarief ${r.soort} ${r.productCode} ${r.bedrag} cent per ${r.eenheid} vanaf ${r.van}${r.tot ? ` tot en met ${r.tot}` : ""}`;

export async function voegTariefToeAanAanbieder(h: Handeling, aanbiederId: string, invoer: Invoer) {
  vereis(h.wie, "aanmaken", resource(h));
  if (!(await haalAanbieder(h.tx, aanbiederId))) throw nietGevonden("Deze aanbieder bestaat niet.");
  const categorie = await controleer(h, aanbiederId, invoer);
  await toetsGeenOverlap(h, invoer);
  const rij = await voegTariefToe(h.tx, {
    samenwerkingsverbandCode: h.wie.samenwerkingsverbandCode,
    soort: invoer.contractId ? "zin" : "pgb",
    contractId: invoer.contractId,
    wet: invoer.wet,
    productCategorie: categorie,
    productCode: invoer.productCode,
    eenheid: invoer.eenheid,
    bedrag: invoer.bedrag,
    van: invoer.van,
    tot: invoer.tot,
    gewijzigdDoor: h.wie.medewerkerId,
  });
  await auditeer(h, [{ actie: "aanmaken", resource: "tarief", persoonId: null, reden: beschrijving(rij) }]);
  return alsTarief(rij, await productenOpCode(h.tx, [rij.productCode]));
}

/** Changes a tariff (e.g. ends it) on the versie the caller saw; contract, law and product stay. */
export async function wijzigTarief(h: Handeling, id: string, versie: number, invoer: Invoer) {
  vereis(h.wie, "wijzigen", resource(h));
  const huidig = await haalTarief(h.tx, id);
  if (!huidig) throw nietGevonden("Dit tarief bestaat niet.");
  if (huidig.versie !== versie) throw conflict();
  if (
    huidig.contractId !== invoer.contractId ||
    huidig.wet !== invoer.wet ||
    huidig.productCode !== invoer.productCode
  )
    throw ongeldig("Contract, wet en product van een tarief veranderen niet; leg een nieuw tarief vast.", [
      { veld: "productCode", melding: "Niet te wijzigen" },
    ]);
  const aanbiederId = huidig.contractId
    ? (await haalContract(h.tx, huidig.contractId))?.aanbiederId
    : undefined;
  await controleer(h, aanbiederId ?? "", invoer);
  await toetsGeenOverlap(h, invoer, id);
  const rij = await werkTariefBij(h.tx, id, versie, {
    eenheid: invoer.eenheid,
    bedrag: invoer.bedrag,
    van: invoer.van,
    tot: invoer.tot,
    gewijzigdDoor: h.wie.medewerkerId,
  });
  if (!rij) throw conflict();
  await auditeer(h, [{ actie: "wijzigen", resource: "tarief", persoonId: null, reden: beschrijving(rij) }]);
  return alsTarief(rij, await productenOpCode(h.tx, [rij.productCode]));
}
