import { magToewijzen } from "../aanbieders/leverbaarheid";
import type { Ingelogd } from "../auth/sessies";
import { maak301, OngeldigBericht } from "../berichten/uitgaand";
import type { BesluitVerzoek } from "../contract/besluiten";
import { aanbiederOpAgb } from "../db/aanbieders";
import {
  beeindigToewijzingen,
  besluitenVanZaak,
  geldigBesluit,
  lopendeToewijzingen,
  type ToewijzingRij,
  vervallenOpenMomenten,
  vervangEerdereBesluiten,
  voegBesluitToe,
  voegMomentenToe,
  voegToewijzingToe,
} from "../db/besluiten";
import { productenMetCodes } from "../db/catalogus-matrix";
import type { Tx } from "../db/client";
import { nieuwToewijzingnummer } from "../db/toewijzingnummer";
import { personenVanZaak, type ZaakRij } from "../db/zaken";
import {
  type BesluitInvoer,
  type CatalogusProduct,
  type PlanFeiten,
  REDEN_WIJZIGING_BIJ_BEEINDIGING,
  REDEN_WIJZIGING_BIJ_WIJZIGING,
  toetsBesluit,
  WETTEN_VAN_ZAAKTYPE,
  type Wet,
} from "../domain/besluiten/besluit";
import { beschikkingInhoud, sjabloonVoorBesluit, type ToegekendProduct } from "../domain/besluiten/brieven";
import { SJABLOON_CODES } from "../domain/besluiten/sjablonen";
import { teplannenMomenten } from "../domain/evaluatie/momenten";
import { volledigeNaam } from "../domain/persoon/naam";
import { plusDagen } from "../domain/termijnen/kalender";
import { BESLUIT_SOORT_LABELS } from "../domain/zaak/statusmachine";
import type { Zaaktype } from "../domain/zaak/zaaktypen";
import { auditeer, type Handeling } from "../handeling/context";
import { regelOvertreden, regelsOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { type OndertekendPlan, ondertekendPlan } from "../resultatenplan/ondertekend";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { termijnenVan } from "../zaken/termijnen";
import { toetsActie } from "../zaken/zaak";
import { ontvangersVan, sjabloonTekst, verstuurBrief } from "./brieven";
import { voerOvergangenUit } from "./zaakovergang";

type BesluitFeiten = OpgeslagenFeiten & { besluitId?: string };

function planFeiten(plan: OndertekendPlan | null): PlanFeiten | null {
  if (!plan) return null;
  return {
    ondertekendOp: plan.ondertekendOp,
    // A signed plan only holds a pgb whose pgb-toets passed (the plan cannot be saved otherwise).
    maatwerkvoorzieningen: plan.maatwerkvoorzieningen.map((m) => ({
      productCode: m.productCode,
      leveringsvorm: m.leveringsvorm,
      pgbBezwaren: [],
    })),
    afwijking: plan.afwijking,
    afwijkingGoedgekeurd: plan.afwijkingGoedgekeurd,
  };
}

function invoerVan(v: BesluitVerzoek): BesluitInvoer {
  return {
    soort: v.soort,
    besluitdatum: v.besluitdatum,
    leveringsvorm: v.leveringsvorm,
    producten: v.producten.map((p) => ({ ...p })),
    reden: v.reden,
    einddatum: v.einddatum,
    nieuweGemeente: v.nieuweGemeente,
    terugvordering: v.terugvordering,
    motivering: v.motivering,
  };
}

const geldigOp = (p: CatalogusProduct, datum: string) =>
  p.geldigVanaf <= datum && (p.geldigTot === null || p.geldigTot >= datum);

const weiger = (regel: string, detail: string, veld: string) =>
  regelsOvertreden([{ regel, veld, melding: detail }]);

/** Refusal of F's leverbaarheid check (cliëntenstop, no contract …) as 422 naming the rule. */
async function toetsLeverbaarheid(
  tx: Tx,
  wie: Ingelogd,
  zaak: ZaakRij,
  v: BesluitVerzoek,
  producten: readonly { wet: Wet; persoonId: string }[],
) {
  if (v.leveringsvorm !== "zin" || (v.soort !== "toekenning" && v.soort !== "wijziging")) return;
  for (const [i, p] of v.producten.entries()) {
    const info = producten[i];
    if (!p.aanbiederAgb || !info) continue;
    const oordeel = await magToewijzen(tx, {
      aanbiederAgb: p.aanbiederAgb,
      gemeenteCode: wie.gemeente.code,
      wet: info.wet,
      productCategorie: p.categorie,
      productCode: p.productcode,
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum,
      zaakId: zaak.id,
      persoonId: info.persoonId,
    });
    if (!oordeel.toegestaan) throw weiger(oordeel.regel, oordeel.reden, `producten.${i}.aanbiederAgb`);
  }
}

export interface GenomenBesluit {
  besluit: Awaited<ReturnType<typeof voegBesluitToe>>;
  toewijzingen: ToewijzingRij[];
  berichten: string[];
  zaak: ZaakRij;
}

export async function neemBesluit(h: Handeling, zaak: ZaakRij, v: BesluitVerzoek): Promise<GenomenBesluit> {
  const { tx, wie } = h;
  const zaaktype = zaak.zaaktype as Zaaktype;
  const invoer = invoerVan(v);
  // One after the other: queries on one transaction cannot run side by side.
  const plan = await ondertekendPlan(tx, zaak.id);
  const catalogus = await productenMetCodes(
    tx,
    v.producten.map((p) => p.productcode),
  );
  const inKracht = await geldigBesluit(tx, zaak.id);
  const betrokkenen = await personenVanZaak(tx, zaak.id);

  // 1. Every rule before anything is written.
  const fouten = toetsBesluit(invoer, {
    zaaktype,
    plan: planFeiten(plan),
    catalogus,
    besluitInKracht: (inKracht?.soort as BesluitInvoer["soort"] | undefined) ?? null,
    vandaag: vandaag(),
  });
  if (fouten.length > 0) throw regelsOvertreden(fouten);
  const hoofdpersoon = betrokkenen.find((b) => b.rol === "hoofdpersoon")?.persoonId;
  const opZaak = new Set(betrokkenen.map((b) => b.persoonId));
  const perProduct = v.producten.map((p, i) => {
    const persoonId = p.persoonId ?? hoofdpersoon;
    if (!persoonId || !opZaak.has(persoonId))
      throw weiger(
        "persoon-op-zaak",
        "Dit product is voor een persoon die niet bij de zaak hoort.",
        `producten.${i}.persoonId`,
      );
    const product = catalogus.find(
      (c) =>
        c.code === p.productcode &&
        c.categorie === p.categorie &&
        geldigOp(c, p.ingangsdatum) &&
        WETTEN_VAN_ZAAKTYPE[zaaktype].includes(c.wet),
    );
    if (!product) throw new Error("product verdween na de toets");
    return { persoonId, wet: product.wet, product };
  });
  const overgang = { datum: v.besluitdatum, besluitSoort: v.soort };
  const weigering = toetsActie(zaak, "neem-besluit", overgang, wie);
  if (weigering) throw regelOvertreden(weigering);
  await toetsLeverbaarheid(tx, wie, zaak, v, perProduct);

  // 2. The bezwaartermijn runs from the bekendmaking (the letter is sent today, on the besluitdatum).
  const vorige = (zaak.feiten ?? {}) as BesluitFeiten;
  const nieuweFeiten = (f: OpgeslagenFeiten, besluitId: string): BesluitFeiten => {
    const { bezwaarOntvangenOp, besluitOpBezwaarOp, adviescommissie, ...rest } = f;
    return {
      ...rest,
      // The first besluit answered the aanvraag: the beslistermijn keeps that date.
      besluitdatum: vorige.besluitdatum ?? v.besluitdatum,
      beschikkingBekendgemaaktOp: v.besluitdatum,
      besluitId,
    };
  };
  const bezwaarUiterlijk =
    termijnenVan({ ...zaak, feiten: nieuweFeiten(vorige, "") }, vandaag()).find((t) => t.soort === "bezwaar")
      ?.uiterlijkeDatum ?? null;

  // 3. The beschikking.
  const ontvangers = await ontvangersVan(tx, zaak.id, v.besluitdatum);
  const aanbieders = new Map<string, string>();
  for (const p of v.producten)
    if (p.aanbiederAgb && !aanbieders.has(p.aanbiederAgb))
      aanbieders.set(p.aanbiederAgb, (await aanbiederOpAgb(tx, p.aanbiederAgb))?.naam ?? p.aanbiederAgb);
  const leveringsvorm = v.leveringsvorm ?? "zin";
  const naamVan = (persoonId: string | undefined) => {
    const persoon = betrokkenen.find((b) => b.persoonId === persoonId);
    return persoon ? volledigeNaam(persoon) : volledigeNaam(ontvangers.client);
  };
  const toegekend: ToegekendProduct[] = v.producten.map((p, i) => ({
    voor: naamVan(perProduct[i]?.persoonId),
    code: p.productcode,
    omschrijving: perProduct[i]?.product.omschrijving ?? p.productcode,
    interventieniveau: perProduct[i]?.product.interventieniveau ?? null,
    leveringsvorm,
    aanbiederNaam: p.aanbiederAgb ? (aanbieders.get(p.aanbiederAgb) ?? null) : null,
    ingangsdatum: p.ingangsdatum,
    einddatum: p.einddatum,
    omvang: p.omvang,
    budget: p.budget,
  }));
  const volgnummer = (await besluitenVanZaak(tx, zaak.id)).length + 1;
  const kenmerk = `${zaak.zaaknummer}/B${volgnummer}`;
  const inhoud = beschikkingInhoud(
    {
      soort: v.soort,
      zaaktype,
      gemeente: wie.gemeente.naam,
      zaaknummer: zaak.zaaknummer,
      kenmerk,
      clientNaam: volledigeNaam(ontvangers.client),
      besluitdatum: v.besluitdatum,
      aanvraagdatum: vorige.aanvraagdatum ?? plan?.ondertekendOp ?? zaak.meldingsdatum,
      bezwaarUiterlijk,
      producten: toegekend,
      reden: v.reden,
      einddatum: v.einddatum,
      nieuweGemeente: v.nieuweGemeente,
      terugvordering: v.terugvordering,
      motivering: v.motivering,
    },
    {
      besluit: await sjabloonTekst(tx, sjabloonVoorBesluit(v.soort, v.reden)),
      bezwaarclausule: await sjabloonTekst(tx, SJABLOON_CODES.bezwaarclausule),
    },
  );
  const { documentId, verzending } = await verstuurBrief(tx, wie, {
    zaak,
    ontvangers,
    soort: "beschikking",
    titel: `Beschikking ${v.soort === "beeindiging" ? "beëindiging" : v.soort} ${kenmerk}`,
    kenmerk,
    datum: v.besluitdatum,
    inhoud,
  });

  // 4. The besluit and what it does to the toewijzingen.
  const besluit = await voegBesluitToe(tx, {
    zaakId: zaak.id,
    soort: v.soort,
    besluitdatum: v.besluitdatum,
    leveringsvorm: v.producten.length > 0 ? leveringsvorm : null,
    producten: v.producten.map((p, i) => ({
      persoonId: perProduct[i]?.persoonId,
      categorie: p.categorie,
      productcode: p.productcode,
      omschrijving: toegekend[i]?.omschrijving,
      interventieniveau: toegekend[i]?.interventieniveau,
      wet: perProduct[i]?.wet ?? null,
      aanbiederAgb: p.aanbiederAgb,
      aanbiederNaam: toegekend[i]?.aanbiederNaam ?? null,
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum,
      omvang: p.omvang,
      budget: p.budget,
    })),
    reden: v.reden,
    einddatum: v.einddatum,
    nieuweGemeente: v.nieuweGemeente,
    terugvordering: v.terugvordering,
    motivering: v.motivering,
    plan: plan ? { id: plan.planId, versie: plan.versie, ondertekendOp: plan.ondertekendOp } : null,
    kenmerk,
    documentId,
    bezwaarUiterlijk,
    verzending,
    genomenDoor: wie.medewerkerId,
  });
  await vervangEerdereBesluiten(tx, zaak.id, besluit.id);

  const geraakt: ToewijzingRij[] = [];
  if (v.soort === "beeindiging" || v.soort === "wijziging") {
    const peil = v.soort === "beeindiging" ? (v.einddatum as string) : v.besluitdatum;
    const lopend = await lopendeToewijzingen(tx, zaak.id, peil);
    const eerste = v.producten.map((p) => p.ingangsdatum).sort()[0];
    const einde = v.soort === "beeindiging" ? peil : plusDagen(eerste ?? v.besluitdatum, -1);
    const reden =
      v.soort === "beeindiging" && v.reden
        ? REDEN_WIJZIGING_BIJ_BEEINDIGING[v.reden]
        : REDEN_WIJZIGING_BIJ_WIJZIGING;
    geraakt.push(
      ...(await beeindigToewijzingen(
        tx,
        lopend.map((t) => t.id),
        einde,
        reden,
      )),
    );
  }
  const kentToe = v.soort === "toekenning" || v.soort === "wijziging";
  if (kentToe && leveringsvorm === "zin") {
    for (const [i, p] of v.producten.entries()) {
      const info = perProduct[i];
      if (!info || !p.aanbiederAgb) continue;
      geraakt.push(
        await voegToewijzingToe(tx, {
          zaakId: zaak.id,
          besluitId: besluit.id,
          persoonId: info.persoonId,
          wet: info.wet,
          toewijzingnummer: await nieuwToewijzingnummer(tx, info.wet),
          aanbiederAgb: p.aanbiederAgb,
          productCategorie: p.categorie,
          productCode: p.productcode,
          ingangsdatum: p.ingangsdatum,
          einddatum: p.einddatum,
          omvang: p.omvang,
          budget: null,
        }),
      );
    }
  }

  // 5. One 301 per client, aanbieder and law that has new or changed toewijzingen.
  const berichten: string[] = [];
  const sleutels = new Map(geraakt.map((t) => [`${t.persoonId}|${t.aanbiederAgb}|${t.wet}`, t]));
  for (const t of sleutels.values()) {
    try {
      const { berichtId } = await maak301(tx, {
        persoonId: t.persoonId,
        aanbiederAgb: t.aanbiederAgb,
        wet: t.wet,
        aangemaaktDoor: wie.medewerkerId,
      });
      berichten.push(berichtId);
    } catch (fout) {
      if (fout instanceof OngeldigBericht)
        throw regelOvertreden(
          fout.message,
          fout.fouten.map((f) => ({ veld: f.veld, melding: f.melding })),
          "toewijzingsbericht-geldig",
        );
      throw fout;
    }
  }

  // 6. Evaluation moments: from the signed plan (or the standard one) for what is granted.
  if (v.soort !== "afwijzing") await vervallenOpenMomenten(tx, zaak.id);
  if (kentToe) {
    const momenten = teplannenMomenten(plan?.evaluatiemomenten ?? [], v.producten);
    await voegMomentenToe(
      tx,
      momenten.map((m) => ({ zaakId: zaak.id, besluitId: besluit.id, datum: m.datum, wijze: m.wijze })),
    );
  }

  // 7. The zaak follows: neem-besluit, with the bekendmaking (bezwaartermijn) recorded.
  const bijgewerkt = await voerOvergangenUit(h, zaak, [
    {
      actie: "neem-besluit",
      invoer: overgang,
      feiten: (f) => nieuweFeiten(f, besluit.id),
      toelichting: `Beschikking ${kenmerk} (${BESLUIT_SOORT_LABELS[v.soort].toLowerCase()}) verzonden per ${verzending.wijze}.`,
      gegevens: { besluitId: besluit.id, documentId },
    },
  ]);
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "besluit",
      persoonId: ontvangers.client.id,
      reden: `beschikking ${kenmerk} (${v.soort})`,
    },
    ...[...new Set(geraakt.map((t) => t.persoonId))].map((persoonId) => ({
      actie: "wijzigen" as const,
      resource: "toewijzing",
      persoonId,
      reden: `toewijzingen bij beschikking ${kenmerk}`,
    })),
  ]);
  return { besluit, toewijzingen: geraakt, berichten, zaak: bijgewerkt };
}
