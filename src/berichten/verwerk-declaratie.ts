/**
 * 323 declaratie (issue 17): every prestatie is judged against the toewijzing it names
 * (domain/declaraties/prestatie.ts: product, period within the toewijzing, volume within what was granted
 * counting earlier approved lines, not after the toewijzing ended or was deleted, tariff × volume = bedrag) and
 * approved or rejected with the WJ001 retourcodes; a DeclaratieNummer received before refuses the whole
 * declaratie (9333). The declaratie and its lines are stored (`declaraties`, `prestaties`) with the term of its
 * answer (10 working days); the answer itself, the 325, is made by `maak325` from the same outcome and put in
 * the outbox with the other retours (partij.ts). Idempotent like every incoming message: the same
 * BerichtIdentificatie is stored and processed once.
 */
import {
  bekendeReferenties,
  declaratienummerBekend,
  goedgekeurdePrestaties,
  slaDeclaratieOp,
  tarievenVanAgb,
} from "../db/declaraties";
import { GOED, type Retourcode } from "../domain/berichten/retourcodes";
import { antwoordtermijn, toegekend, totaal } from "../domain/declaraties/declaratie";
import { beoordeelPrestatie, type Goedgekeurd, type Prestatie } from "../domain/declaraties/prestatie";
import { tariefOp } from "../domain/declaraties/tarief";
import { vandaag } from "../lib/klok";
import type { Antwoord325, PrestatieAntwoord } from "./bouw";
import { klasseSleutel, Uitslag, type VerwerkContext, type Verwerking } from "./verwerking";
import { knoop, lijst, tekst, type XmlKnoop } from "./xml";
import type { XsdVersies } from "./xsd";

export interface GelezenPrestatie extends Prestatie {
  vorigeReferentie: string | null;
  /** As written in the message (may not be a number we know). */
  toewijzingnummerTekst: string;
}

export interface GelezenDeclaratie {
  declaratienummer: string;
  periode: { van: string; tot: string };
  ingediend: { bedrag: number; debetCredit: "D" | "C" };
  xsdVersie: XsdVersies;
  clienten: { bsn: string; prestaties: GelezenPrestatie[] }[];
}

const dc = (w: string | null): "D" | "C" => (w === "C" ? "C" : "D");
const getal = (w: string | null) => Number(w ?? Number.NaN);

/** The declaratie of a 323 (XSD-valid, so every required element is there). */
export function leesDeclaratie(inhoud: XmlKnoop): GelezenDeclaratie {
  const d = knoop(inhoud.Declaratie);
  const periode = knoop(d.DeclaratiePeriode);
  const totaal_ = knoop(d.TotaalIngediendBedrag);
  const versie = knoop(knoop(inhoud.Header).XsdVersie);
  return {
    declaratienummer: tekst(d.DeclaratieNummer) ?? "",
    periode: { van: tekst(periode.Begindatum) ?? "", tot: tekst(periode.Einddatum) ?? "" },
    ingediend: { bedrag: getal(tekst(totaal_.TotaalBedrag)), debetCredit: dc(tekst(totaal_.DebetCredit)) },
    xsdVersie: {
      basisschema: tekst(versie.BasisschemaXsdVersie) ?? "",
      bericht: tekst(versie.BerichtXsdVersie) ?? "",
    },
    clienten: lijst(knoop(d.Clienten).Client).map((c) => ({
      bsn: tekst(c.Bsn) ?? "",
      prestaties: lijst(knoop(c.Prestaties).Prestatie).map((r) => {
        const ref = knoop(r.ProductReferentie);
        const periode_ = knoop(r.ProductPeriode);
        const bedrag = knoop(r.IngediendBedrag);
        const tarief = tekst(r.ProductTarief);
        return {
          referentie: tekst(ref.ReferentieNummer) ?? "",
          vorigeReferentie: tekst(ref.VorigReferentieNummer),
          toewijzingnummer: getal(tekst(r.ToewijzingNummer)),
          toewijzingnummerTekst: tekst(r.ToewijzingNummer) ?? "",
          categorie: tekst(r.ProductCategorie) ?? "",
          code: tekst(r.ProductCode) ?? "",
          begindatum: tekst(periode_.Begindatum) ?? "",
          einddatum: tekst(periode_.Einddatum) ?? "",
          volume: getal(tekst(r.GeleverdVolume)),
          eenheid: tekst(r.Eenheid) ?? "",
          tarief: tarief === null ? null : Number(tarief),
          bedrag: getal(tekst(bedrag.Bedrag)),
          debetCredit: dc(tekst(bedrag.DebetCredit)),
        };
      }),
    })),
  };
}

const PRESTATIE = "Prestatie";
const DECLARATIE = "DeclaratieAntwoord";

export async function verwerkDeclaratie(ctx: VerwerkContext): Promise<Verwerking> {
  const d = leesDeclaratie(ctx.inhoud);
  const agb = ctx.kop.afzender;
  const sleutel = { aanbiederAgb: agb, wet: ctx.wet };
  const uitslag = new Uitslag();
  const regels = d.clienten.flatMap((c, ci) => c.prestaties.map((p) => ({ p, ci, bsn: c.bsn })));
  const dubbel = await declaratienummerBekend(ctx.tx, { ...sleutel, declaratienummer: d.declaratienummer });

  const personen = new Map<string, string | null>();
  for (const c of d.clienten) personen.set(c.bsn, (await ctx.zoek.persoon(c.bsn))?.id ?? null);
  const toewijzingen = new Map<number, Awaited<ReturnType<typeof ctx.zoek.toewijzing>>>();
  for (const { p } of regels) {
    if (toewijzingen.has(p.toewijzingnummer)) continue;
    const t = await ctx.zoek.toewijzing(ctx.wet, p.toewijzingnummer);
    toewijzingen.set(p.toewijzingnummer, t && t.aanbiederAgb === agb ? t : undefined);
  }
  const ids = [...toewijzingen.values()].flatMap((t) => (t ? [t.id] : []));
  const eerder = new Map<string, Goedgekeurd[]>();
  for (const r of await goedgekeurdePrestaties(ctx.tx, ids))
    if (r.toewijzingId)
      eerder.set(r.toewijzingId, [
        ...(eerder.get(r.toewijzingId) ?? []),
        { ...r, debetCredit: dc(r.debetCredit) },
      ]);
  const referenties = await bekendeReferenties(
    ctx.tx,
    sleutel,
    regels.map(({ p }) => p.referentie),
  );
  const tarieven = await tarievenVanAgb(ctx.tx, agb);
  const inDitBericht = new Set<string>();

  const uitkomsten = regels.map(({ p, bsn }, i) => {
    const t = toewijzingen.get(p.toewijzingnummer);
    const persoonId = personen.get(bsn) ?? null;
    const label = `prestatie ${i + 1} (${p.referentie})`;
    if (dubbel) {
      uitslag.zet(PRESTATIE, i, "0233", label);
      return { p, t, persoonId, oordeel: { goedgekeurd: false, codes: ["0233"], meldingen: [] } };
    }
    const contract = tariefOp(
      tarieven.filter((r) => r.wet === ctx.wet && r.productCode === p.code && r.eenheid === p.eenheid),
      p.begindatum,
    );
    const bekend = referenties.get(p.referentie);
    const oordeel = beoordeelPrestatie(p, {
      declaratieperiode: d.periode,
      toewijzing: t
        ? {
            vanClient: persoonId !== null && t.persoonId === persoonId,
            categorie: t.productCategorie,
            code: t.productCode,
            ingangsdatum: t.ingangsdatum,
            einddatum: t.einddatum,
            redenWijziging: t.redenWijziging,
            omvang: t.omvang
              ? (({ volume, eenheid, frequentie }) => ({ volume: Number(volume), eenheid, frequentie }))(
                  t.omvang as { volume: number; eenheid: string; frequentie: string },
                )
              : null,
            budget: t.budget,
          }
        : null,
      contracttarief: contract?.bedrag ?? null,
      eerder: t ? (eerder.get(t.id) ?? []) : [],
      referentie:
        p.debetCredit === "D" && inDitBericht.has(p.referentie) ? { debet: true, credit: false } : bekend,
    });
    if (p.debetCredit === "D") inDitBericht.add(p.referentie);
    if (oordeel.goedgekeurd && t) {
      // Approved lines count for the next lines of the same toewijzing and reference.
      eerder.set(t.id, [...(eerder.get(t.id) ?? []), p]);
      const ref = referenties.get(p.referentie) ?? { debet: false, credit: false };
      referenties.set(p.referentie, { ...ref, [p.debetCredit === "C" ? "credit" : "debet"]: true });
    }
    if (oordeel.goedgekeurd) uitslag.zet(PRESTATIE, i, GOED, label);
    oordeel.codes.forEach((code, k) => {
      uitslag.zet(PRESTATIE, i, code, label, oordeel.meldingen[k]);
    });
    return { p, t, persoonId, oordeel };
  });

  const regelsUit = uitkomsten.map(({ p, oordeel }) => ({ ...p, goedgekeurd: oordeel.goedgekeurd }));
  const toegekendBedrag = toegekend(regelsUit);
  const aantalAf = uitkomsten.filter((u) => !u.oordeel.goedgekeurd).length;
  const codesDeclaratie: Retourcode[] = dubbel ? ["9333"] : aantalAf === 0 ? ["8001"] : [GOED];
  if (dubbel)
    uitslag.zet(
      DECLARATIE,
      0,
      "9333",
      "declaratie",
      `Declaratienummer ${d.declaratienummer} is al eerder ontvangen.`,
    );
  else uitslag.codes.set(klasseSleutel(DECLARATIE, 0), codesDeclaratie);
  d.clienten.forEach((_, ci) => {
    uitslag.codes.set(klasseSleutel("Client", ci), [GOED]);
  });
  uitslag.codes.set(klasseSleutel("Header", 0), [GOED]);

  const ontvangen = vandaag();
  const termijn = antwoordtermijn(ctx.wet, ontvangen);
  const signed = (b: { bedrag: number; debetCredit: "D" | "C" }) =>
    b.debetCredit === "C" ? -b.bedrag : b.bedrag;
  await slaDeclaratieOp(
    ctx.tx,
    {
      gemeenteCode: ctx.bericht.gemeenteCode,
      berichtId: ctx.bericht.id,
      wet: ctx.wet,
      aanbiederAgb: agb,
      declaratienummer: d.declaratienummer,
      periodeVan: d.periode.van,
      periodeTot: d.periode.tot,
      ontvangenOp: ontvangen,
      antwoordUiterlijk: termijn.uiterlijk,
      ingediendBedrag: signed(totaal(regelsUit)),
      toegekendBedrag: signed(toegekendBedrag),
      status:
        aantalAf === 0 ? "goedgekeurd" : aantalAf === uitkomsten.length ? "afgekeurd" : "deels-goedgekeurd",
      retourcodes: codesDeclaratie,
    },
    uitkomsten.map(({ p, t, persoonId, oordeel }, volgnummer) => ({
      gemeenteCode: ctx.bericht.gemeenteCode,
      volgnummer,
      toewijzingId: t?.id ?? null,
      persoonId,
      wet: ctx.wet,
      aanbiederAgb: agb,
      referentienummer: p.referentie,
      vorigReferentienummer: p.vorigeReferentie,
      toewijzingnummer: Number.isSafeInteger(p.toewijzingnummer) ? p.toewijzingnummer : null,
      productCategorie: p.categorie,
      productCode: p.code,
      begindatum: p.begindatum,
      einddatum: p.einddatum,
      volume: p.volume,
      eenheid: p.eenheid,
      tarief: p.tarief,
      bedrag: p.bedrag,
      debetCredit: p.debetCredit,
      goedgekeurd: oordeel.goedgekeurd,
      retourcodes: oordeel.codes,
      meldingen: oordeel.meldingen,
    })),
  );

  const v = uitslag.af();
  const persoonIds = [...new Set([...personen.values()].flatMap((id) => (id ? [id] : [])))];
  const zaken = [...new Set(uitkomsten.flatMap((u) => (u.t ? [u.t.zaakId] : [])))];
  return {
    ...v,
    status: dubbel ? "afgekeurd" : v.status,
    persoonId: persoonIds.length === 1 ? (persoonIds[0] ?? null) : null,
    persoonIds,
    zaakId: zaken.length === 1 ? (zaken[0] ?? null) : null,
    declaratie: { toegekend: toegekendBedrag },
    aandacht:
      aantalAf > 0
        ? `Declaratie ${d.declaratienummer}: ${aantalAf} van de ${uitkomsten.length} prestaties afgekeurd (zie de retourcodes); het antwoord (325) gaat uiterlijk ${termijn.uiterlijk} naar de aanbieder.`
        : null,
  };
}

/** The 325 for a processed 323: the codes per class, the rejected prestaties per client. */
export function antwoordVan(ctx: Pick<VerwerkContext, "wet" | "kop" | "inhoud">, v: Verwerking): Antwoord325 {
  const kopCodes = v.codes.get(klasseSleutel("Header", 0)) ?? [GOED];
  const base = {
    wet: ctx.wet,
    declaratieIdentificatie: { identificatie: ctx.kop.identificatie, dagtekening: ctx.kop.dagtekening },
    kopCodes,
  };
  const d = leesDeclaratie(ctx.inhoud);
  if (!v.declaratie) return { ...base, xsdVersieDeclaratie: d.xsdVersie, antwoord: null };
  let i = 0;
  const clienten = d.clienten.flatMap((c, ci) => {
    const afgekeurd: PrestatieAntwoord[] = [];
    for (const p of c.prestaties) {
      const codes = v.codes.get(klasseSleutel(PRESTATIE, i++)) ?? [];
      if (codes.some((code) => code !== GOED))
        afgekeurd.push({ ...p, toewijzingnummer: p.toewijzingnummerTekst, codes });
    }
    return afgekeurd.length > 0
      ? [{ bsn: c.bsn, prestaties: afgekeurd, codes: v.codes.get(klasseSleutel("Client", ci)) ?? [GOED] }]
      : [];
  });
  return {
    ...base,
    xsdVersieDeclaratie: d.xsdVersie,
    antwoord: {
      declaratienummer: d.declaratienummer,
      ingediend: d.ingediend,
      toegekend: v.declaratie.toegekend,
      clienten,
      codes: v.codes.get(klasseSleutel(DECLARATIE, 0)) ?? [GOED],
    },
  };
}
