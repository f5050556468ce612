/**
 * The written outcome of the onderzoek (Wmo 2015 art. 2.3.2 lid 8: "een schriftelijke weergave van de uitkomsten
 * van het onderzoek"), covering what lid 4 onder a–g asks. Previewed first; sending stores and sends the letters
 * and finishes the onderzoek through the state machine (`rond-onderzoek-af` via zaken/zaak.ts#voerActieUit), in one
 * transaction: an onderzoek is never recorded as finished without its verslag.
 */
import type { ZaakRij } from "../db/zaken";
import {
  onderzoeksverslagInhoud,
  toetsVerslag,
  VERSLAG_WETTEN,
  type VerslagInvoer,
} from "../domain/brieven/inhoud";
import { BRIEF_CODES } from "../domain/brieven/sjablonen";
import { volledigeNaam } from "../domain/persoon/naam";
import type { Zaaktype } from "../domain/zaak/zaaktypen";
import { auditeer, type Handeling } from "../handeling/context";
import { ongeldig, regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { laadZaak, toetsActie, voerActieUit } from "../zaken/zaak";
import { type Geadresseerden, geadresseerdenVan } from "./geadresseerden";
import { briefTekst } from "./teksten";
import {
  type Briefontwerp,
  type VerzondenBrief,
  verstuurBrieven,
  verzendregel,
  voorbeeldBrief,
} from "./verzenden";

async function ontwerp(
  h: Handeling,
  rij: ZaakRij,
  invoer: VerslagInvoer,
): Promise<{ ontwerp: Briefontwerp } & Geadresseerden> {
  const datum = vandaag();
  const wet = VERSLAG_WETTEN[rij.zaaktype as Zaaktype];
  if (!wet)
    throw regelOvertreden(
      "Voor dit zaaktype kent Voordeur geen onderzoeksverslag.",
      undefined,
      "onderzoeksverslag-zaaktype",
    );
  // The state machine decides whether the onderzoek can be finished now (status, not finished before).
  const weigering = toetsActie(rij, "rond-onderzoek-af", { datum }, h.wie);
  if (weigering) throw regelOvertreden(weigering, undefined, "rond-onderzoek-af");
  const fouten = toetsVerslag(wet, invoer);
  if (fouten.length > 0) throw ongeldig("Het verslag is nog niet volledig.", fouten);
  const geadresseerden = await geadresseerdenVan(h.tx, rij.id, datum);
  const [inleiding, vervolg] = [
    await briefTekst(h.tx, BRIEF_CODES.onderzoeksverslag),
    await briefTekst(h.tx, BRIEF_CODES.onderzoeksverslagVervolg),
  ];
  const inhoud = onderzoeksverslagInhoud(
    {
      gemeente: h.wie.gemeente.naam,
      zaaknummer: rij.zaaknummer,
      clientNaam: volledigeNaam(geadresseerden.client),
      meldingsdatum: rij.meldingsdatum,
      wet,
      invoer,
    },
    { titel: inleiding.titel, inleiding: inleiding.tekst, vervolg: vervolg.tekst },
  );
  return {
    ...geadresseerden,
    ontwerp: {
      zaak: rij,
      soort: "onderzoeksverslag",
      titel: `Onderzoeksverslag ${rij.zaaknummer}`,
      kenmerk: rij.zaaknummer,
      datum,
      inhoud,
      ondertekening: { naam: h.wie.naam, functie: `Toegang, gemeente ${h.wie.gemeente.naam}` },
    },
  };
}

export async function voorbeeldOnderzoeksverslag(
  h: Handeling,
  zaakId: string,
  invoer: VerslagInvoer,
  nummer: number,
) {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen" });
  const o = await ontwerp(h, rij, invoer);
  return voorbeeldBrief(h, o, nummer, `voorbeeld onderzoeksverslag zaak ${rij.zaaknummer}`);
}

export async function verstuurOnderzoeksverslag(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: VerslagInvoer,
): Promise<{ zaak: ZaakRij; brieven: VerzondenBrief[] }> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const o = await ontwerp(h, rij, invoer);
  const brieven = await verstuurBrieven(h.tx, h.wie, o.ontwerp, o.uitkomst, o.client);
  const zaak = await voerActieUit(
    h,
    rij,
    "rond-onderzoek-af",
    { datum: o.ontwerp.datum },
    {
      gebeurtenis: {
        toelichting: `Onderzoeksverslag verstuurd ${verzendregel(brieven)}.`,
        gegevens: { documentIds: brieven.map((b) => b.documentId) },
      },
    },
  );
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "brief",
      persoonId: o.client.id,
      reden: `onderzoeksverslag verstuurd, zaak ${rij.zaaknummer}`,
    },
  ]);
  return { zaak, brieven };
}
