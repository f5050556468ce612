/**
 * "Mijn zaken" (issue 16): the zaken whose hoofdpersoon is the person the resident acts for, with the status in
 * plain words, the next step, the contact person and the legal deadlines that are theirs to know. Only what
 * domain/portaal/status.ts maps passes: never the journal, notes, triage, werkvoorraad or other persons. Each read
 * is audited on the person, like a medewerker's (handeling/inwoner.ts).
 */

import { zakenVanPersoon } from "../db/personen";
import { haalZaak, naamVanGebruiker, type ZaakRij } from "../db/zaken";
import { ONDERWERP_VOOR_INWONER, STATUS_VOOR_INWONER, termijnVoorInwoner } from "../domain/portaal/status";
import type { ZaakStatus, Zaaktype } from "../domain/zaak/zaaktypen";
import { auditeer } from "../handeling/context";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { nietGevonden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { termijnenVan, type ZaakVoorTermijnen } from "../zaken/termijnen";
import { afsprakenVanMijnZaak } from "./afspraken";
import { nieuweBerichtenVan } from "./berichten";
import { bezwaarStandVan } from "./bezwaar";
import { brievenVanMijnZaak } from "./brieven";
import { documentverzoekenVanMijnZaak } from "./documentverzoeken";
import { enqueteVanMijnZaak } from "./enquete";
import { planStandVan } from "./plan";

interface ZaakVoorInwoner {
  id: string;
  zaaknummer: string;
  zaaktype: string;
  status: string;
  meldingsdatum: string;
  afgeslotenOp: string | null;
}

function alsOverzicht(z: ZaakVoorInwoner) {
  const status = STATUS_VOOR_INWONER[z.status as ZaakStatus];
  return {
    id: z.id,
    zaaknummer: z.zaaknummer,
    onderwerp: ONDERWERP_VOOR_INWONER[z.zaaktype as Zaaktype] ?? "Ondersteuning",
    gemeldOp: z.meldingsdatum,
    afgesloten: z.afgeslotenOp !== null,
    status: status?.tekst ?? "We zijn met uw vraag bezig.",
    volgendeStap: z.afgeslotenOp !== null ? null : (status?.volgendeStap ?? null),
  };
}

export async function mijnZaken(h: InwonerHandeling) {
  const persoonId = h.inwoner.namensPersoonId;
  vereisInwoner(h, "lezen", { soort: "zaak", gemeenteCode: h.wie.gemeente.code, hoofdpersoonId: persoonId });
  const zaken = (await zakenVanPersoon(h.tx, persoonId)).filter((z) => z.rol === "hoofdpersoon");
  await auditeer(h, [{ actie: "lezen", resource: "portaal-zaken", persoonId, reden: "mijn zaken" }]);
  return { items: zaken.map(alsOverzicht) };
}

/**
 * The zaak whose hoofdpersoon is the person the resident acts for, after rule 30b allowed reading it. Another's zaak
 * is "not found" to a resident: no hint that it exists.
 */
export async function laadMijnZaak(h: InwonerHandeling, zaakId: string): Promise<ZaakRij> {
  const persoonId = h.inwoner.namensPersoonId;
  const eigen = (await zakenVanPersoon(h.tx, persoonId)).find(
    (z) => z.id === zaakId && z.rol === "hoofdpersoon",
  );
  const zaak = eigen ? await haalZaak(h.tx, zaakId) : undefined;
  if (!eigen || !zaak) throw nietGevonden("Deze zaak kunnen we niet vinden.");
  vereisInwoner(h, "lezen", { soort: "zaak", gemeenteCode: zaak.gemeenteCode, hoofdpersoonId: persoonId });
  return zaak;
}

export async function mijnZaak(h: InwonerHandeling, zaakId: string) {
  const persoonId = h.inwoner.namensPersoonId;
  const zaak = await laadMijnZaak(h, zaakId);
  const termijnen = zaak.afgeslotenOp
    ? []
    : termijnenVan(zaak as ZaakVoorTermijnen, vandaag())
        .map((t) => ({ soort: t.soort, datum: t.uiterlijkeDatum, tekst: termijnVoorInwoner(t) }))
        .filter((t): t is { soort: typeof t.soort; datum: string; tekst: string } => t.tekst !== null);
  await auditeer(h, [
    { actie: "lezen", resource: "portaal-zaak", persoonId, reden: `zaak ${zaak.zaaknummer}` },
  ]);
  return {
    ...alsOverzicht(zaak),
    contactpersoon: await naamVanGebruiker(h.tx, zaak.behandelaarId),
    termijnen,
    brieven: await brievenVanMijnZaak(h, zaak),
    plan: await planStandVan(h, zaak),
    bezwaar: await bezwaarStandVan(h, zaak),
    nieuweBerichten: await nieuweBerichtenVan(h, zaak),
    gevraagdeDocumenten: await documentverzoekenVanMijnZaak(h, zaak),
    enquete: await enqueteVanMijnZaak(h, zaak),
    afspraken: await afsprakenVanMijnZaak(h, zaak),
  };
}
