/**
 * The Wmo ontvangstbevestiging of a melding (Wmo 2015 art. 2.3.2 lid 1: "Het college bevestigt de ontvangst van
 * de melding"), with the right to hand in a persoonlijk plan within seven days (lid 2), free cliëntondersteuning
 * (lid 3, the folder as attachment) and the pgb option (lid 6). Previewed first, then sent: the letters are
 * stored, mailed or posted, and the zaak records the date (`ontvangstBevestigdOp`) in its history.
 */
import type { ZaakRij } from "../db/zaken";
import { TEKST_CLIENTONDERSTEUNING } from "../domain/afspraken/bevestiging";
import { ontvangstbevestigingInhoud, persoonlijkPlanUiterlijk } from "../domain/brieven/inhoud";
import { BRIEF_CODES } from "../domain/brieven/sjablonen";
import { volledigeNaam } from "../domain/persoon/naam";
import { auditeer, type Handeling } from "../handeling/context";
import { regelOvertreden } from "../handeling/weigering";
import { huidigeKalender } from "../kalender/kalender";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { termijnenVan } from "../zaken/termijnen";
import { bewaarZaak, laadZaak } from "../zaken/zaak";
import { type Geadresseerden, geadresseerdenVan } from "./geadresseerden";
import { briefTekst } from "./teksten";
import {
  type Briefontwerp,
  type VerzondenBrief,
  verstuurBrieven,
  verzendregel,
  voorbeeldBrief,
} from "./verzenden";

const EINDSTATUSSEN = ["afgesloten", "niet-opgepakt"];

async function ontwerp(h: Handeling, rij: ZaakRij): Promise<{ ontwerp: Briefontwerp } & Geadresseerden> {
  if (rij.zaaktype !== "wmo")
    throw regelOvertreden(
      "De ontvangstbevestiging met het persoonlijk plan is een plicht uit de Wmo 2015 (artikel 2.3.2); deze zaak is geen Wmo-zaak.",
      undefined,
      "ontvangstbevestiging-wmo",
    );
  if (EINDSTATUSSEN.includes(rij.status))
    throw regelOvertreden(
      "De zaak is gesloten; een ontvangstbevestiging kan niet meer worden verstuurd.",
      undefined,
      "zaak-open",
    );
  const datum = vandaag();
  const onderzoek = termijnenVan(rij, datum).find((t) => t.soort === "onderzoek");
  if (!onderzoek)
    throw regelOvertreden(
      "Deze zaak heeft geen onderzoekstermijn (hij begon met een verzoek van een aanbieder, niet met een melding).",
      undefined,
      "melding-aanwezig",
    );
  const geadresseerden = await geadresseerdenVan(h.tx, rij.id, datum);
  const sjabloon = await briefTekst(h.tx, BRIEF_CODES.ontvangstbevestiging);
  const folder = await briefTekst(h.tx, TEKST_CLIENTONDERSTEUNING);
  const inhoud = ontvangstbevestigingInhoud(
    {
      gemeente: h.wie.gemeente.naam,
      zaaknummer: rij.zaaknummer,
      clientNaam: volledigeNaam(geadresseerden.client),
      meldingsdatum: rij.meldingsdatum,
      persoonlijkPlanUiterlijk: persoonlijkPlanUiterlijk(huidigeKalender(), rij.meldingsdatum),
      onderzoekUiterlijk: onderzoek.uiterlijkeDatum,
    },
    sjabloon,
    [folder.titel],
  );
  return {
    ...geadresseerden,
    ontwerp: {
      zaak: rij,
      soort: "ontvangstbevestiging",
      titel: `Ontvangstbevestiging melding ${rij.zaaknummer}`,
      kenmerk: rij.zaaknummer,
      datum,
      inhoud,
      bijlagen: [folder],
    },
  };
}

/** The letter as it would be sent (letter `nummer` of several), without storing or sending anything. */
export async function voorbeeldOntvangstbevestiging(h: Handeling, zaakId: string, nummer: number) {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen" });
  const o = await ontwerp(h, rij);
  return voorbeeldBrief(h, o, nummer, `voorbeeld ontvangstbevestiging zaak ${rij.zaaknummer}`);
}

export async function verstuurOntvangstbevestiging(
  h: Handeling,
  zaakId: string,
  versie: number,
): Promise<{ zaak: ZaakRij; brieven: VerzondenBrief[] }> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const o = await ontwerp(h, rij);
  const brieven = await verstuurBrieven(h.tx, h.wie, o.ontwerp, o.uitkomst, o.client);
  const feiten: OpgeslagenFeiten & { ontvangstBevestigdOp: string } = {
    ...((rij.feiten ?? {}) as OpgeslagenFeiten),
    ontvangstBevestigdOp: o.ontwerp.datum,
  };
  const zaak = await bewaarZaak(
    h,
    rij,
    { feiten },
    {
      soort: "ontvangstbevestiging",
      toelichting: `Ontvangstbevestiging verstuurd ${verzendregel(brieven)}.`,
      gegevens: { documentIds: brieven.map((b) => b.documentId) },
    },
  );
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "brief",
      persoonId: o.client.id,
      reden: `ontvangstbevestiging verstuurd, zaak ${rij.zaaknummer}`,
    },
  ]);
  return { zaak, brieven };
}
