/**
 * The definitive resultatenplan as a letter (PDF) for the resident to sign, on the gemeente's letterhead
 * (src/documenten/brief.ts). The introduction is the gemeente's tekstblok `resultatenplan-ondertekening`.
 */
import type { Ingelogd } from "../auth/sessies";
import type { Tx } from "../db/client";
import { slaDocumentOp } from "../db/documenten";
import { haalPersoon } from "../db/personen";
import type { PlanRij } from "../db/resultatenplan";
import { haalTekstblok } from "../db/tekstblokken";
import type { ZaakRij } from "../db/zaken";
import { type BriefBlok, datumVoluit, maakBriefPdf } from "../documenten/brief";
import { EENHEDEN, FREQUENTIES } from "../domain/catalogus/producten";
import { DOMEIN_LABELS, type Resultatenmatrix, zoekResultaat } from "../domain/catalogus/resultatenmatrix";
import { vulIn } from "../domain/documenten/sjabloon";
import { aanschrijfnaam, volledigeNaam } from "../domain/persoon/naam";
import type { Maatwerkvoorziening, PlanInhoud } from "../domain/resultatenplan/inhoud";
import { productVan } from "../domain/resultatenplan/regels";
import { vandaag } from "../lib/klok";
import type { GeladenContext } from "./context";

export const TEKSTBLOK_ONDERTEKENING = {
  code: "resultatenplan-ondertekening",
  titel: "Resultatenplan ter ondertekening",
  tekst:
    "Samen met u hebben wij uw hulpvraag onderzocht. In dit resultatenplan staat wat u wilt bereiken, wat u en uw netwerk zelf doen en welke ondersteuning nodig is. Herkent u zich in dit plan? Onderteken het dan en stuur het terug. Het ondertekende plan geldt als uw aanvraag ({{zaaknummer}}).",
};

const euro = (cent: number) =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cent / 100);

function omvangTekst(m: Maatwerkvoorziening): string {
  if (m.budget !== null) return `budget ${euro(m.budget)}`;
  if (!m.omvang) return "";
  return `${m.omvang.volume} × ${EENHEDEN[m.omvang.eenheid] ?? m.omvang.eenheid}, ${(FREQUENTIES[m.omvang.frequentie] ?? "").toLowerCase()}`;
}

function inhoudBlokken(inhoud: PlanInhoud, ctx: GeladenContext): BriefBlok[] {
  const naam = (id: string | null) => {
    const p = ctx.zaakPersonen.find((x) => x.persoonId === id);
    return p ? volledigeNaam(p) : "het gezin";
  };
  const matrix: Resultatenmatrix = ctx.matrix;
  const blokken: BriefBlok[] = [{ kop: "Uw hulpvraag" }, { alinea: inhoud.hulpvraag || "—" }];
  if (inhoud.resultaten.length > 0) {
    blokken.push({ kop: "Resultaten" });
    blokken.push({
      tabel: {
        kolommen: ["Voor", "Domein", "Hoofdresultaat", "Eerstvolgende stap"],
        rijen: inhoud.resultaten.map((r) => {
          const gevonden = zoekResultaat(matrix, r.domein, r.hoofdresultaat, r.subresultaat);
          return [
            naam(r.persoonId),
            DOMEIN_LABELS[r.domein],
            gevonden.ok ? gevonden.hoofdresultaat.omschrijving : r.hoofdresultaat,
            gevonden.ok && gevonden.subresultaat ? gevonden.subresultaat.omschrijving : "—",
          ];
        }),
      },
    });
  }
  if (inhoud.voorliggendeOplossingen.length > 0) {
    blokken.push({ kop: "Wat u, uw netwerk en voorzieningen in de buurt doen" });
    blokken.push({ lijst: inhoud.voorliggendeOplossingen.map((v) => v.omschrijving) });
  }
  if (inhoud.kortdurendeOndersteuning.length > 0) {
    blokken.push({ kop: "Kortdurende ondersteuning door de gemeente" });
    blokken.push({
      lijst: inhoud.kortdurendeOndersteuning.map(
        (k) => `${k.omschrijving} (${datumVoluit(k.startdatum)} tot ${datumVoluit(k.einddatum)})`,
      ),
    });
  }
  if (inhoud.maatwerkvoorzieningen.length > 0) {
    blokken.push({ kop: "Maatwerkvoorzieningen" });
    blokken.push({
      tabel: {
        kolommen: ["Voor", "Product", "Vorm", "Periode", "Omvang"],
        rijen: inhoud.maatwerkvoorzieningen.map((m) => {
          const product = productVan(m, ctx.producten);
          return [
            naam(m.persoonId),
            `${m.productCode} ${product?.omschrijving ?? ""} (niveau ${product?.interventieniveau ?? "?"})`,
            m.leveringsvorm === "zin" ? "Zorg in natura" : "Persoonsgebonden budget",
            `${datumVoluit(m.ingangsdatum)} – ${m.einddatum ? datumVoluit(m.einddatum) : "onbepaald"}`,
            omvangTekst(m),
          ];
        }),
      },
    });
  }
  if (inhoud.evaluatiemomenten.length > 0) {
    blokken.push({ kop: "Evaluatie" });
    blokken.push({ lijst: inhoud.evaluatiemomenten.map((e) => `${datumVoluit(e.datum)}: ${e.wijze}`) });
  }
  return blokken;
}

/** Makes the letter and stores it as a document of the zaak; returns the document id. */
export async function maakPlanBrief(
  tx: Tx,
  wie: Ingelogd,
  zaak: ZaakRij,
  plan: PlanRij,
  ctx: GeladenContext,
): Promise<string> {
  const inhoud = plan.inhoud as PlanInhoud;
  const hoofd = ctx.zaakPersonen.find((p) => p.rol === "hoofdpersoon") ?? ctx.zaakPersonen[0];
  const persoon = hoofd ? await haalPersoon(tx, hoofd.persoonId) : undefined;
  const blok = (await haalTekstblok(tx, TEKSTBLOK_ONDERTEKENING.code)) ?? TEKSTBLOK_ONDERTEKENING;
  const datum = vandaag();
  const pdf = await maakBriefPdf({
    gemeente: { naam: wie.gemeente.naam },
    geadresseerde: {
      naam: persoon ? aanschrijfnaam(persoon) : "De inwoner",
      adresregels: persoon
        ? [
            [
              persoon.straat,
              `${persoon.huisnummer}${persoon.huisletter ?? ""}${persoon.toevoeging ? `-${persoon.toevoeging}` : ""}`,
            ]
              .filter(Boolean)
              .join(" "),
            `${persoon.postcode.slice(0, 4)} ${persoon.postcode.slice(4)}  ${persoon.woonplaats}`,
          ]
        : [],
    },
    datum,
    kenmerk: `${zaak.zaaknummer} / plan versie ${plan.versie}`,
    onderwerp: "Uw resultatenplan ter ondertekening",
    aanhef: persoon ? `Beste ${aanschrijfnaam(persoon)},` : "Beste inwoner,",
    inhoud: [
      { alinea: vulIn(blok.tekst, { zaaknummer: zaak.zaaknummer }) },
      ...inhoudBlokken(inhoud, ctx),
      { kop: "Voor akkoord" },
      {
        gegevens: [
          ["Naam", ""],
          ["Datum", ""],
          ["Handtekening", ""],
        ],
      },
    ],
    ondertekening: { naam: wie.naam, functie: "Toegangsmedewerker" },
  });
  const document = await slaDocumentOp(tx, {
    zaakId: zaak.id,
    persoonId: hoofd?.persoonId ?? null,
    soort: "resultatenplan",
    titel: `Resultatenplan ${zaak.zaaknummer} (versie ${plan.versie}) ter ondertekening`,
    contentType: "application/pdf",
    inhoud: pdf,
    aangemaaktDoor: wie.medewerkerId,
  });
  return document.id;
}
