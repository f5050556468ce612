/**
 * Looking at a casuïstiekoverleg (DOMAIN §2.2, §6): every casus on the agenda as the structured,
 * anonymised samenvatting; its free text (omschrijving, question, advies and besluiten) only where the
 * policy allows it for this medewerker (beleid rule 16: the zaak's vakgroep, the Regiegroep, the
 * teamleider, whoever works on the zaak). The named view needs the resident's consent for every casus.
 * Audited per person and casus, saying whether the free text was shown.
 */
import type { OverlegDetail } from "../contract/werkverdeling";
import { agendaVanOverleg, haalOverleg } from "../db/casuistiek";
import { beslis } from "../domain/autorisatie";
import { REGEL_BENOEMD } from "../domain/casuistiek/toestemming";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden, regelOvertreden } from "../handeling/weigering";
import { benoemdePersonen, casusResource, casusVan } from "./casus";

export async function bekijkOverleg(
  h: Handeling,
  overlegId: string,
  benoemd: boolean,
): Promise<OverlegDetail> {
  const { tx, wie } = h;
  const overleg = await haalOverleg(tx, overlegId);
  if (!overleg) throw nietGevonden();
  const agenda = await agendaVanOverleg(tx, overleg.id);
  for (const { zaak } of agenda) vereis(wie, "lezen", casusResource(wie, zaak, "samenvatting"));
  const casussen: Awaited<ReturnType<typeof casusVan>>[] = [];
  for (const { punt, zaak } of agenda) casussen.push(await casusVan(tx, zaak, punt.vraag, overleg.datum));
  if (benoemd) {
    const zonder = casussen.flatMap((c, i) =>
      c.weigeringBenoemd
        ? [{ veld: `agendapunten.${i}`, melding: `Casus ${i + 1}: ${c.weigeringBenoemd}` }]
        : [],
    );
    if (zonder.length > 0)
      throw regelOvertreden(
        `Dit overleg kan niet met namen worden getoond: voor ${zonder.length === 1 ? "één casus" : `${zonder.length} casussen`} ontbreekt de toestemming van de inwoner (regel: ${REGEL_BENOEMD}). Bekijk het overleg geanonimiseerd.`,
        zonder,
      );
  }
  const actor = actorVan(wie);
  const vrijeTekstOordelen = agenda.map(({ zaak }) =>
    beslis(actor, "lezen", casusResource(wie, zaak, "vrije-tekst")),
  );
  await auditeer(
    h,
    casussen.flatMap((c, i) =>
      [...new Set(c.personen.map((p) => p.persoonId))].map((persoonId) => ({
        actie: "lezen" as const,
        resource: "casuistiek",
        persoonId,
        reden: `casus ${i + 1} ${benoemd ? "met naam" : "geanonimiseerd"} bekeken in overleg ${overleg.datum}, ${vrijeTekstOordelen[i]?.toegestaan ? "met vrije tekst" : "alleen de samenvatting"}`,
      })),
    ),
  );
  return {
    id: overleg.id,
    datum: overleg.datum,
    titel: overleg.titel,
    benoemd,
    versie: overleg.versie,
    agendapunten: agenda.map(({ punt, zaak, uitkomstDoor }, i) => {
      const casus = casussen[i];
      const oordeel = vrijeTekstOordelen[i];
      if (!casus || !oordeel) throw new Error("casus ontbreekt");
      return {
        id: punt.id,
        referentie: `Casus ${i + 1}`,
        casus: casus.anoniem.samenvatting,
        vrijeTekst: oordeel.toegestaan
          ? {
              omschrijving: benoemd ? zaak.omschrijving : casus.anoniem.omschrijving,
              vraag: benoemd ? punt.vraag : casus.vraag,
              advies: punt.advies ?? "",
              besluiten: punt.besluiten,
            }
          : null,
        vrijeTekstNiet: oordeel.toegestaan ? null : oordeel.reden,
        benoemd: benoemd
          ? {
              zaakId: zaak.id,
              zaaknummer: zaak.zaaknummer,
              personen: benoemdePersonen(casus, overleg.datum),
            }
          : null,
        toestemmingBenoemd: casus.weigeringBenoemd === null,
        uitkomst: punt.uitkomstOp ? { door: uitkomstDoor, op: punt.uitkomstOp.toISOString() } : null,
        versie: punt.versie,
      };
    }),
  };
}
