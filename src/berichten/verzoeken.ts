/**
 * A&O answers a verzoek: toewijzen → toewijzingen (kernel table) + a 301 with the ReferentieAanbieder
 * carried over; afwijzen → a 319 per reference with the RedenAfwijzingVerzoek (woonplaatsbeginsel names the
 * responsible gemeente); in onderzoek → a 319 with VerzoekAntwoord 2. The zaak's answer clocks follow.
 */
import { and, eq, sql } from "drizzle-orm";
import type { VerzoekRij } from "../db/berichten";
import { werkVerzoekBij } from "../db/berichten";
import type { Tx } from "../db/client";
import { toewijzingen } from "../db/schema";
import { nieuwToewijzingnummer } from "../db/toewijzingnummer";
import { haalZaak, voegGebeurtenisToe, werkZaakBij } from "../db/zaken";
import { type AntwoordSoort, beantwoord, referenties, type VerzoekInhoud } from "../domain/berichten/verzoek";
import * as klok from "../lib/klok";
import { vandaag } from "../lib/klok";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { volgendeTermijn } from "../zaken/termijnen";
import { maak301, maak319, OngeldigBericht } from "./uitgaand";

export type Antwoord =
  | { antwoord: "toewijzen" }
  | { antwoord: "in-onderzoek" }
  | { antwoord: "afwijzen"; redenAfwijzing: string; woonplaatsGemeente?: string | undefined };

export class VerzoekRegel extends Error {}
class OnvolledigVerzoek extends VerzoekRegel {}

const VANDAAG_OF_LATER = (datum: string | null) => (datum && datum > vandaag() ? datum : vandaag());

/** Creates or changes the toewijzingen a granted verzoek asks for. */
async function wijsToe(tx: Tx, v: VerzoekRij, inhoud: VerzoekInhoud): Promise<void> {
  const nu = klok.nu();
  for (const p of inhoud.producten) {
    const referentie = inhoud.referentieAanbieder ?? p.referentieAanbieder;
    if (p.soort === "ongewijzigd") continue;
    if (p.soort === "wijzigen" && p.toewijzingnummer !== null) {
      await tx
        .update(toewijzingen)
        .set({
          ...(p.einddatum ? { einddatum: p.einddatum } : {}),
          ...(p.omvang ? { omvang: p.omvang, budget: null } : {}),
          ...(p.budget !== null ? { budget: p.budget, omvang: null } : {}),
          redenWijziging: "12",
          referentieAanbieder: referentie,
          toewijzingsmoment: nu,
          gewijzigdOp: nu,
          versie: sql`${toewijzingen.versie} + 1`,
        })
        .where(and(eq(toewijzingen.wet, v.wet), eq(toewijzingen.toewijzingnummer, p.toewijzingnummer)));
      continue;
    }
    if (!p.product) throw new OnvolledigVerzoek("Een gevraagd product heeft geen productcategorie.");
    await tx.insert(toewijzingen).values({
      gemeenteCode: v.gemeenteCode,
      zaakId: v.zaakId,
      besluitId: null,
      persoonId: v.persoonId,
      wet: v.wet,
      toewijzingnummer: await nieuwToewijzingnummer(tx, v.wet),
      aanbiederAgb: v.aanbiederAgb,
      productCategorie: p.product.categorie,
      productCode: p.product.code,
      ingangsdatum: VANDAAG_OF_LATER(p.ingangsdatum),
      einddatum: p.einddatum,
      omvang: p.budget !== null ? null : p.omvang,
      budget: p.budget,
      referentieAanbieder: referentie,
      toewijzingsmoment: nu,
      gegevens: { verzoekId: v.id },
    });
  }
}

export async function beantwoordVerzoek(
  tx: Tx,
  v: VerzoekRij,
  antwoord: Antwoord,
  door: { medewerkerId: string; sleutels: BsnSleutels },
): Promise<{ verzoek: VerzoekRij; berichtIds: string[] }> {
  const zaak = await haalZaak(tx, v.zaakId);
  if (!zaak) throw new VerzoekRegel("De zaak van dit verzoek bestaat niet meer.");
  const dag = vandaag();
  const uitkomst = beantwoord(
    v.status as "open",
    zaak.feiten as Record<string, string | null>,
    antwoord.antwoord as AntwoordSoort,
    dag,
  );
  if (!uitkomst.ok) throw new VerzoekRegel(uitkomst.reden);
  const inhoud = v.inhoud as VerzoekInhoud;
  const berichtIds: string[] = [];
  if (antwoord.antwoord === "toewijzen") {
    await wijsToe(tx, v, inhoud);
    const { berichtId } = await maak301(tx, {
      persoonId: v.persoonId,
      aanbiederAgb: v.aanbiederAgb,
      wet: v.wet,
      aangemaaktDoor: door.medewerkerId,
      sleutels: door.sleutels,
    });
    berichtIds.push(berichtId);
  } else {
    for (const referentieAanbieder of referenties(inhoud)) {
      const { berichtId } = await maak319(
        tx,
        {
          wet: v.wet,
          aanbiederAgb: v.aanbiederAgb,
          referentieAanbieder,
          verzoekAntwoord: antwoord.antwoord === "afwijzen" ? "1" : "2",
          redenAfwijzing: antwoord.antwoord === "afwijzen" ? antwoord.redenAfwijzing : null,
          woonplaatsGemeente: antwoord.antwoord === "afwijzen" ? (antwoord.woonplaatsGemeente ?? null) : null,
        },
        { persoonId: v.persoonId, zaakId: v.zaakId, aangemaaktDoor: door.medewerkerId },
      );
      berichtIds.push(berichtId);
    }
    if (berichtIds.length === 0)
      throw new OngeldigBericht("Het verzoek heeft geen referentie van de aanbieder.", []);
  }
  const feiten = { ...(zaak.feiten as object), ...uitkomst.feiten };
  const volgende = volgendeTermijn({ ...zaak, feiten }, dag);
  const bijgewerkt = await werkZaakBij(tx, zaak.id, zaak.versie, {
    feiten,
    volgendeTermijnDatum: volgende?.uiterlijkeDatum ?? null,
    volgendeTermijnSoort: volgende?.soort ?? null,
  });
  if (!bijgewerkt) throw new VerzoekRegel("De zaak is intussen gewijzigd; probeer het opnieuw.");
  await voegGebeurtenisToe(tx, {
    gemeenteCode: zaak.gemeenteCode,
    zaakId: zaak.id,
    medewerkerId: door.medewerkerId,
    soort: `verzoek-${antwoord.antwoord}`,
    vanStatus: zaak.status,
    naarStatus: zaak.status,
    toelichting:
      antwoord.antwoord === "toewijzen"
        ? "Verzoek toegewezen; toewijzing (301) klaargezet voor de aanbieder."
        : antwoord.antwoord === "afwijzen"
          ? `Verzoek afgewezen (reden ${antwoord.redenAfwijzing}); antwoord (319) klaargezet.`
          : "Verzoek in onderzoek; antwoord (319) klaargezet, definitief antwoord binnen 8 weken.",
    gegevens: { verzoekId: v.id, berichtIds },
  });
  const verzoek = await werkVerzoekBij(tx, v.id, v.versie, {
    status: uitkomst.status,
    beantwoordOp: uitkomst.feiten.verzoekBeantwoordOp ?? dag,
    ...(antwoord.antwoord === "in-onderzoek" ? { inOnderzoekOp: dag } : {}),
    antwoord: { ...antwoord, op: dag, berichtIds },
  });
  if (!verzoek) throw new VerzoekRegel("Het verzoek is intussen gewijzigd; laad het opnieuw.");
  return { verzoek, berichtIds };
}
