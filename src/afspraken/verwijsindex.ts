/** Registrations of a zaak's jeugdigen in the (Drentse) Verwijsindex: date and by whom (read and record, audited). */
import type { NieuweVerwijsindexRegistratie } from "../contract/afspraken";
import { betrokkenenVoorBevestiging, verwijsindexVanZaak, voegVerwijsindexToe } from "../db/afspraken";
import { voegGebeurtenisToe } from "../db/zaken";
import { beoordeelVerwijsindex } from "../domain/afspraken/verwijsindex";
import { volledigeNaam } from "../domain/persoon/naam";
import { auditeer, type Handeling } from "../handeling/context";
import { ongeldig, regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { laadZaak } from "../zaken/zaak";

type Registratie = Awaited<ReturnType<typeof verwijsindexVanZaak>>[number];
const alsApi = (r: Registratie) => ({
  id: r.id,
  persoonId: r.persoonId,
  naam: volledigeNaam(r),
  geregistreerdOp: r.geregistreerdOp,
  door: r.door,
  toelichting: r.toelichting,
});

export async function bekijkVerwijsindex(h: Handeling, zaakId: string) {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const registraties = await verwijsindexVanZaak(h.tx, zaak.id);
  await auditeer(
    h,
    registraties.map((r) => ({
      actie: "lezen" as const,
      resource: "verwijsindex",
      persoonId: r.persoonId,
      reden: `verwijsindex van zaak ${zaak.zaaknummer} bekeken`,
    })),
  );
  return registraties.map(alsApi);
}

export async function registreerInVerwijsindex(
  h: Handeling,
  zaakId: string,
  invoer: NieuweVerwijsindexRegistratie,
) {
  const { tx, wie } = h;
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen" });
  const betrokkenen = await betrokkenenVoorBevestiging(tx, zaak.id);
  const persoon = betrokkenen.find((b) => b.persoonId === invoer.persoonId && !b.rol.startsWith("relatie-"));
  const bestaande = await verwijsindexVanZaak(tx, zaak.id);
  const oordeel = beoordeelVerwijsindex({
    zaaktype: zaak.zaaktype,
    persoon,
    geregistreerdOp: invoer.geregistreerdOp,
    vandaag: vandaag(),
    meldingsdatum: zaak.meldingsdatum,
    alGeregistreerd: bestaande.some((r) => r.persoonId === invoer.persoonId),
  });
  if (!oordeel.ok) {
    if (oordeel.veld) throw ongeldig(oordeel.reden, [{ veld: oordeel.veld, melding: oordeel.reden }]);
    throw regelOvertreden(oordeel.reden);
  }
  const id = await voegVerwijsindexToe(tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    persoonId: invoer.persoonId,
    geregistreerdOp: invoer.geregistreerdOp,
    door: wie.medewerkerId,
    toelichting: invoer.toelichting ?? null,
  });
  await voegGebeurtenisToe(tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: wie.medewerkerId,
    soort: "verwijsindex-geregistreerd",
    vanStatus: zaak.status,
    naarStatus: zaak.status,
    toelichting: `Registratie in de Verwijsindex op ${invoer.geregistreerdOp}`,
    gegevens: { registratieId: id },
  });
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "verwijsindex",
      persoonId: invoer.persoonId,
      reden: `registratie Verwijsindex bij zaak ${zaak.zaaknummer}`,
    },
  ]);
  const registratie = (await verwijsindexVanZaak(tx, zaak.id)).find((r) => r.id === id);
  if (!registratie) throw new Error("registratie niet teruggevonden");
  return alsApi(registratie);
}
