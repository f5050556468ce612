/**
 * "Bij een huisverbod hebben de uithuisgeplaatste en achterblijver(s) beide begeleiding en ondersteuning vanuit
 * de hulpverlening" (seed 004 §7.1.2): one regiezaak for the uithuisgeplaatste and one for the household that
 * stays (an adult achterblijver as hoofdpersoon, the others as gezinsleden), both in the Regiegroep's werkvoorraad,
 * created through the one door for new zaken. Started once; the huisverbod keeps the links.
 */
import type { AuditFeit } from "../db/audit";
import { type HuisverbodRij, werkHuisverbodBij } from "../db/huisverbod";
import { personenVanZaak, voegGebeurtenisToe } from "../db/zaken";
import { MEERDERJARIG_VANAF } from "../domain/huisverbod/huisverbod";
import { leeftijdOp } from "../domain/persoon/leeftijd";
import type { ZaakRol } from "../domain/zaak/personen";
import { auditeer, type Handeling } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { registreerZaak } from "../zaken/nieuwe-zaak";
import {
  achterblijverIdsVan,
  HUISVERBOD_GEWIJZIGD,
  laadHuisverbod,
  personenVanHuisverbod,
} from "./huisverbod";

export const STEUNZAKEN_BESTAAN_AL = "De zaken voor ondersteuning van beide kanten zijn al gestart.";

export async function startSteunzaken(h: Handeling, id: string, versie: number): Promise<HuisverbodRij> {
  const { rij, zaak } = await laadHuisverbod(h, id, { voor: "wijzigen", versie });
  if (rij.zaakUithuisgeplaatsteId || rij.zaakAchterblijversId) throw conflict(STEUNZAKEN_BESTAAN_AL);
  const geboren = new Map((await personenVanZaak(h.tx, zaak.id)).map((p) => [p.persoonId, p.geboortedatum]));
  const volwassen = (persoonId: string) => {
    const datum = geboren.get(persoonId);
    return !datum || leeftijdOp(datum, vandaag()) >= MEERDERJARIG_VANAF;
  };
  const achterblijvers = achterblijverIdsVan(rij);
  const hoofd = achterblijvers.find(volwassen) ?? achterblijvers[0];
  const auditFeiten: AuditFeit[] = [];
  const nieuw = (omschrijving: string, personen: { persoonId: string; rol: ZaakRol }[]) =>
    registreerZaak(
      h,
      {
        zaaktype: "regie",
        meldingsdatum: vandaag(),
        kanaal: "politie-zorgmelding",
        omschrijving,
        personen,
        veiligheid: "onveilig",
        leefgebieden: [],
      },
      { auditFeiten, feiten: { huisverbodVanZaak: zaak.id } },
    );
  const uithuis = await nieuw(
    `Ondersteuning van de uithuisgeplaatste na het huisverbod (zaak ${zaak.zaaknummer}).`,
    [{ persoonId: rij.uithuisgeplaatsteId, rol: "hoofdpersoon" }],
  );
  const thuis = await nieuw(
    `Ondersteuning van de achterblijvers na het huisverbod (zaak ${zaak.zaaknummer}).`,
    [
      ...achterblijvers.map((persoonId) => ({
        persoonId,
        rol: (persoonId === hoofd ? "hoofdpersoon" : "gezinslid") as ZaakRol,
      })),
    ],
  );
  const bijgewerkt = await werkHuisverbodBij(h.tx, rij.id, rij.versie, {
    zaakUithuisgeplaatsteId: uithuis.id,
    zaakAchterblijversId: thuis.id,
  });
  if (!bijgewerkt) throw conflict(HUISVERBOD_GEWIJZIGD);
  await voegGebeurtenisToe(h.tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: h.wie.medewerkerId,
    soort: "huisverbod-steunzaken",
    toelichting: `Zaken voor ondersteuning gestart: ${uithuis.zaaknummer} en ${thuis.zaaknummer}.`,
    gegevens: { huisverbodId: rij.id, zaken: [uithuis.id, thuis.id] },
  });
  await auditeer(h, [
    ...auditFeiten,
    ...personenVanHuisverbod(rij).map((persoonId) => ({
      actie: "wijzigen" as const,
      resource: "huisverbod",
      persoonId,
      reden: `zaken voor ondersteuning gestart bij huisverbod op zaak ${zaak.zaaknummer}`,
    })),
  ]);
  return bijgewerkt;
}
