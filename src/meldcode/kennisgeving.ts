/**
 * The written notice of a melding at Veilig Thuis (DOMAIN §5: "Parents are informed in writing of a report"): a
 * letter from the templates (tekstblok `brief-kennisgeving-veilig-thuis`), addressed by the one addressee rule
 * (brieven/geadresseerden.ts: a minor's parents with gezag or legal representative, naming the child; an adult
 * victim themself). Previewed first (nothing stored); sending stores the letters as documents on the zaak, mails
 * or posts them, and records on the Meldcode that the parents were informed (date and documents), in one
 * transaction. The letter says only what the professional writes for it, never the Meldcode's steps.
 */
import type { z } from "zod";
import { type Geadresseerden, geadresseerdenVan } from "../brieven/geadresseerden";
import { briefTekst } from "../brieven/teksten";
import { type Briefontwerp, verstuurBrieven, verzendregel, voorbeeldBrief } from "../brieven/verzenden";
import type { kennisgevingVerzoek } from "../contract/meldcode";
import type { MeldcodeRij } from "../db/meldcode";
import { kennisgevingVeiligThuisInhoud } from "../domain/brieven/inhoud";
import { BRIEF_CODES } from "../domain/brieven/sjablonen";
import { toetsKennisgeving } from "../domain/meldcode/meldcode";
import { volledigeNaam } from "../domain/persoon/naam";
import { auditeer, type Handeling } from "../handeling/context";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";
import { bewaarMeldcode, type GeladenMeldcode, laadMeldcode } from "./meldcode";
import { weigerMeldcode } from "./weigering";

export type KennisgevingVerzoek = z.infer<typeof kennisgevingVerzoek>;

async function ontwerp(
  h: Handeling,
  geladen: GeladenMeldcode,
  verzoek: KennisgevingVerzoek,
): Promise<{ ontwerp: Briefontwerp } & Geadresseerden> {
  const { meldcode, zaak } = geladen;
  weigerMeldcode(toetsKennisgeving(meldcode, verzoek.reden));
  const datum = vandaag();
  const geadresseerden = await geadresseerdenVan(h.tx, zaak.id, datum);
  const inhoud = kennisgevingVeiligThuisInhoud(
    {
      gemeente: h.wie.gemeente.naam,
      zaaknummer: zaak.zaaknummer,
      clientNaam: volledigeNaam(geadresseerden.client),
      // toetsKennisgeving refused a Meldcode without melding.
      meldingsdatum: meldcode.melding?.datum ?? datum,
      reden: verzoek.reden,
      medewerker: h.wie.naam,
    },
    await briefTekst(h.tx, BRIEF_CODES.kennisgevingVeiligThuis),
  );
  return {
    ...geadresseerden,
    ontwerp: {
      zaak,
      soort: "kennisgeving-veilig-thuis",
      titel: `Kennisgeving melding Veilig Thuis ${zaak.zaaknummer}`,
      kenmerk: zaak.zaaknummer,
      datum,
      inhoud,
      ondertekening: { naam: h.wie.naam, functie: `Toegang, gemeente ${h.wie.gemeente.naam}` },
    },
  };
}

/** The letter as it would be sent (letter `nummer` of several); stores and sends nothing. */
export async function voorbeeldKennisgeving(
  h: Handeling,
  id: string,
  verzoek: KennisgevingVerzoek,
  nummer: number,
) {
  const geladen = await laadMeldcode(h, id, { voor: "wijzigen" });
  const o = await ontwerp(h, geladen, verzoek);
  return voorbeeldBrief(
    h,
    o,
    nummer,
    `voorbeeld kennisgeving melding Veilig Thuis zaak ${geladen.zaak.zaaknummer}`,
  );
}

export async function verstuurKennisgeving(
  h: Handeling,
  id: string,
  versie: number,
  verzoek: KennisgevingVerzoek,
): Promise<MeldcodeRij> {
  const geladen = await laadMeldcode(h, id, { voor: "wijzigen", versie });
  const o = await ontwerp(h, geladen, verzoek);
  const brieven = await verstuurBrieven(h.tx, h.wie, o.ontwerp, o.uitkomst, o.client);
  const melding = geladen.meldcode.melding;
  if (!melding) throw new Error("kennisgeving zonder melding na de toets");
  const rij = await bewaarMeldcode(
    h,
    geladen,
    {
      melding: {
        ...melding,
        ouders: { op: o.ontwerp.datum, documentIds: brieven.map((b) => b.documentId) },
      },
    },
    "ouders schriftelijk geïnformeerd over de melding",
  );
  await bewaarZaak(
    h,
    geladen.zaak,
    { feiten: geladen.zaak.feiten as OpgeslagenFeiten },
    {
      soort: "kennisgeving-veilig-thuis",
      toelichting: `Brief over de melding bij Veilig Thuis verstuurd ${verzendregel(brieven)}.`,
      gegevens: { documentIds: brieven.map((b) => b.documentId) },
    },
  );
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "brief",
      persoonId: o.client.id,
      reden: `kennisgeving melding Veilig Thuis verstuurd, zaak ${geladen.zaak.zaaknummer}`,
    },
  ]);
  return rij;
}
