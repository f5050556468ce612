/**
 * 315 verzoek om toewijzing and 317 verzoek om wijziging: a zaak in the werkvoorraad of the law, with the
 * answer clocks (5 working days; woonplaatsbeginsel 2 weeks for youth) on it, and an open verzoek for A&O.
 * Unknown client → retour 8187 and a task for A&O; another verzoek still open → retour 9374.
 */
import { openVerzoekVan, voegVerzoekToe } from "../db/berichten";
import { nieuwZaaknummer, voegZaakToe, type ZaakRij } from "../db/zaken";
import { GOED } from "../domain/berichten/retourcodes";
import type { Omvang } from "../domain/berichten/toewijzing";
import { type GevraagdProduct, omschrijvingVerzoek, type VerzoekInhoud } from "../domain/berichten/verzoek";
import { vandaag } from "../lib/klok";
import { volgendeTermijn } from "../zaken/termijnen";
import { Uitslag, type VerwerkContext, type Verwerking } from "./verwerking";
import { knoop, lijst, tekst, type XmlKnoop } from "./xml";

const ONBEKENDE_CLIENT =
  "Verzoek van een aanbieder voor een BSN dat niet als inwoner bekend is: zoek de inwoner op of registreer hem, en vraag de aanbieder het verzoek opnieuw te sturen.";
const ONBEKENDE_TOEWIJZING =
  "Verzoek om wijziging noemt een toewijzing die niet (meer) bij deze cliënt en aanbieder hoort: controleer de toewijzingen en neem contact op met de aanbieder.";

function omvang(k: XmlKnoop): Omvang | null {
  const o = knoop(k.Omvang);
  const volume = tekst(o.Volume);
  return volume
    ? { volume: Number(volume), eenheid: tekst(o.Eenheid) ?? "", frequentie: tekst(o.Frequentie) ?? "" }
    : null;
}

function gevraagd(k: XmlKnoop, soort: GevraagdProduct["soort"]): GevraagdProduct {
  const p = knoop(k.Product);
  const v = knoop(k.Verwijzer);
  const nummer = tekst(k.ToewijzingNummer);
  const budget = tekst(k.Budget);
  return {
    referentieAanbieder: tekst(k.ReferentieAanbieder),
    toewijzingnummer: nummer ? Number(nummer) : null,
    soort,
    product: tekst(p.Categorie) ? { categorie: tekst(p.Categorie) ?? "", code: tekst(p.Code) } : null,
    ingangsdatum: tekst(k.ToewijzingIngangsdatum) ?? tekst(k.GewensteIngangsdatum),
    einddatum: tekst(k.ToewijzingEinddatum) ?? tekst(k.Einddatum),
    omvang: omvang(k),
    budget: budget ? Number(budget) : null,
    verwijzer: tekst(v.Type)
      ? { type: tekst(v.Type) ?? "", naam: tekst(v.Naam), zorgverlenerCode: tekst(v.ZorgverlenerCode) }
      : null,
    commentaar: tekst(k.Commentaar),
  };
}

/** The verzoek as read from a 315 or 317 (pure reading of the parsed XML). */
export function leesVerzoek(inhoud: XmlKnoop, soort: "toewijzing" | "wijziging"): VerzoekInhoud {
  const client = knoop(inhoud.Client);
  if (soort === "toewijzing") {
    return {
      referentieAanbieder: null,
      redenVerzoek: null,
      commentaar: tekst(client.Commentaar),
      producten: lijst(knoop(client.AangevraagdeProducten).AangevraagdProduct).map((p) =>
        gevraagd(p, "nieuw"),
      ),
    };
  }
  const v = knoop(client.Verzoek);
  return {
    referentieAanbieder: tekst(v.ReferentieAanbieder),
    redenVerzoek: tekst(v.RedenVerzoek),
    commentaar: tekst(v.Commentaar),
    producten: [
      ...lijst(knoop(v.OngewijzigdeProducten).OngewijzigdProduct).map((p) => gevraagd(p, "ongewijzigd")),
      ...lijst(knoop(v.TeWijzigenProducten).TeWijzigenProduct).map((p) => gevraagd(p, "wijzigen")),
      ...lijst(knoop(v.NieuweProducten).NieuwProduct).map((p) => gevraagd(p, "nieuw")),
    ],
  };
}

/** The element name and occurrence of each product line, for its retourcodes. */
function klasseVan(inhoud: VerzoekInhoud, index: number): [string, number] {
  const p = inhoud.producten[index];
  if (!p || inhoud.referentieAanbieder === null) return ["AangevraagdProduct", index];
  const naam = { ongewijzigd: "OngewijzigdProduct", wijzigen: "TeWijzigenProduct", nieuw: "NieuwProduct" }[
    p.soort
  ];
  return [naam, inhoud.producten.slice(0, index).filter((q) => q.soort === p.soort).length];
}

export async function verwerkVerzoek(ctx: VerwerkContext): Promise<Verwerking> {
  const soort = ctx.type.type === "315" ? "toewijzing" : "wijziging";
  const inhoud = leesVerzoek(ctx.inhoud, soort);
  const uitslag = new Uitslag();
  const alleRegels = (code: "0233" | typeof GOED) =>
    inhoud.producten.forEach((_, i) => {
      const [klasse, n] = klasseVan(inhoud, i);
      uitslag.zet(klasse, n, code, `product ${i + 1}`);
    });
  const persoon = await ctx.zoek.persoon(tekst(knoop(ctx.inhoud.Client).Bsn));
  if (!persoon) {
    uitslag.zet("Client", 0, "8187", "cliënt", "het BSN is niet bekend als inwoner van de gemeente");
    alleRegels("0233");
    uitslag.aandacht = ONBEKENDE_CLIENT;
    return uitslag.af();
  }
  uitslag.persoonId = persoon.id;
  const open = await openVerzoekVan(ctx.tx, persoon.id);
  if (open) {
    uitslag.zet("Client", 0, "9374", "cliënt", "er loopt al een verzoek voor deze cliënt");
    alleRegels("0233");
    uitslag.zaakId = open.zaakId;
    return uitslag.af();
  }
  if (soort === "wijziging") {
    let onbekend = false;
    for (const [i, p] of inhoud.producten.entries()) {
      if (p.soort === "nieuw") continue;
      const t = p.toewijzingnummer ? await ctx.zoek.toewijzing(ctx.wet, p.toewijzingnummer) : undefined;
      if (!t || t.persoonId !== persoon.id || t.aanbiederAgb !== ctx.kop.afzender) {
        const [klasse, n] = klasseVan(inhoud, i);
        uitslag.zet(
          klasse,
          n,
          p.soort === "ongewijzigd" ? "9350" : "9351",
          `product ${i + 1} (toewijzing ${p.toewijzingnummer})`,
          "onbekende toewijzing",
        );
        onbekend = true;
      }
    }
    if (onbekend) {
      uitslag.aandacht = ONBEKENDE_TOEWIJZING;
      uitslag.zet("Verzoek", 0, "0233", "verzoek");
      return uitslag.af();
    }
  }
  const zaak = await maakVerzoekZaak(ctx, persoon.id, persoon.wijkCode, persoon.geboortedatum, soort, inhoud);
  await voegVerzoekToe(ctx.tx, {
    gemeenteCode: ctx.bericht.gemeenteCode,
    soort,
    wet: ctx.wet,
    berichtId: ctx.bericht.id,
    zaakId: zaak.id,
    persoonId: persoon.id,
    aanbiederAgb: ctx.kop.afzender,
    status: "open",
    ontvangenOp: vandaag(),
    inhoud,
  });
  uitslag.zaakId = zaak.id;
  alleRegels(GOED);
  if (soort === "wijziging") uitslag.zet("Verzoek", 0, GOED, "verzoek");
  uitslag.meldingen.push(`Zaak ${zaak.zaaknummer} aangemaakt in werkvoorraad ${zaak.werkvoorraad}.`);
  return uitslag.af();
}

async function maakVerzoekZaak(
  ctx: VerwerkContext,
  persoonId: string,
  wijkCode: string | null,
  geboortedatum: string,
  soort: "toewijzing" | "wijziging",
  inhoud: VerzoekInhoud,
): Promise<ZaakRij> {
  const dag = vandaag();
  const zaaktype = ctx.wet === "wmo" ? "wmo" : "jeugd";
  const feiten = {
    verzoekOntvangenOp: dag,
    // Not a melding: no municipal onderzoek term, the verzoek clocks apply (domain/termijnen).
    verzoekVanAanbieder: true,
    geboortedatum,
    routering: {
      regel: "verzoek-aanbieder",
      uitleg: `Verzoek om ${soort} van een aanbieder (bericht ${ctx.type.type}): werkvoorraad ${zaaktype}; A&O beantwoordt binnen 5 werkdagen.`,
    },
  };
  const basis = {
    gemeenteCode: ctx.bericht.gemeenteCode,
    zaaktype,
    status: "melding",
    werkvoorraad: zaaktype,
    meldingsdatum: dag,
  };
  const volgende = volgendeTermijn({ ...basis, feiten } as ZaakRij, dag);
  return voegZaakToe(
    ctx.tx,
    {
      ...basis,
      zaaknummer: await nieuwZaaknummer(ctx.tx, dag),
      kanaal: "verwijzer",
      omschrijving: omschrijvingVerzoek(soort, ctx.kop.afzender, inhoud),
      veiligheid: "veilig",
      leefgebieden: [],
      wijkCode,
      feiten,
      volgendeTermijnDatum: volgende?.uiterlijkeDatum ?? null,
      volgendeTermijnSoort: volgende?.soort ?? null,
    },
    [{ persoonId, rol: "hoofdpersoon" }],
    {
      medewerkerId: ctx.medewerkerId,
      soort: "verzoek-ontvangen",
      naarStatus: "melding",
      toelichting: feiten.routering.uitleg,
      gegevens: { berichtId: ctx.bericht.id },
    },
  );
}
