/**
 * The definitive resultatenplan as a letter (PDF) for the resident to sign, on the gemeente's letterhead
 * (src/documenten/brief.ts, sent by src/brieven/verzenden.ts). The introduction is the gemeente's tekstblok
 * `resultatenplan-ondertekening`; the end says who must sign (for a minor by age, Jeugdwet art. 7.3.4).
 */
import type { Ingelogd } from "../auth/sessies";
import { geadresseerdenVan } from "../brieven/geadresseerden";
import { verstuurBrieven } from "../brieven/verzenden";
import type { Tx } from "../db/client";
import type { PlanRij } from "../db/resultatenplan";
import { haalTekstblok } from "../db/tekstblokken";
import type { ZaakRij } from "../db/zaken";
import { type BriefBlok, datumVoluit } from "../documenten/brief";
import { ondertekenBlokken } from "../domain/brieven/inhoud";
import { EENHEDEN, FREQUENTIES } from "../domain/catalogus/producten";
import { DOMEIN_LABELS, type Resultatenmatrix, zoekResultaat } from "../domain/catalogus/resultatenmatrix";
import { ontbrekendeVelden, vulIn } from "../domain/documenten/sjabloon";
import { volledigeNaam } from "../domain/persoon/naam";
import { HOEDANIGHEID_LABELS } from "../domain/persoon/vertegenwoordiging";
import type { Maatwerkvoorziening, PlanInhoud } from "../domain/resultatenplan/inhoud";
import { productVan } from "../domain/resultatenplan/regels";
import { weigerAls } from "../handeling/weigering";
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

/**
 * Makes the letter, stores it as a document of the zaak and sends it (one per address: for a minor to the
 * gezaghebbenden, naming the child), with a signature block for everyone who must sign by the age rules
 * (domain/persoon/vertegenwoordiging.ts); returns the id of the first document.
 */
export async function maakPlanBrief(
  tx: Tx,
  wie: Ingelogd,
  zaak: ZaakRij,
  plan: PlanRij,
  ctx: GeladenContext,
): Promise<string> {
  const inhoud = plan.inhoud as PlanInhoud;
  const datum = vandaag();
  const { client, uitkomst } = await geadresseerdenVan(tx, zaak.id, datum);
  weigerAls(uitkomst);
  const blok = (await haalTekstblok(tx, TEKSTBLOK_ONDERTEKENING.code)) ?? TEKSTBLOK_ONDERTEKENING;
  const waarden = { zaaknummer: zaak.zaaknummer };
  const [eerste] = await verstuurBrieven(
    tx,
    wie,
    {
      zaak,
      soort: "resultatenplan",
      titel: `Resultatenplan ${zaak.zaaknummer} (versie ${plan.versie}) ter ondertekening`,
      kenmerk: `${zaak.zaaknummer} / plan versie ${plan.versie}`,
      datum,
      inhoud: {
        onderwerp: "Uw resultatenplan ter ondertekening",
        blokken: [
          { alinea: vulIn(blok.tekst, waarden) },
          ...inhoudBlokken(inhoud, ctx),
          ...ondertekenBlokken(
            uitkomst.ondertekenaars.map((o) => ({
              naam: volledigeNaam(o.persoon),
              label: HOEDANIGHEID_LABELS[o.hoedanigheid],
            })),
            uitkomst.uitleg,
            uitkomst.bron,
          ),
        ],
        ontbrekend: ontbrekendeVelden(blok.tekst, waarden),
      },
      ondertekening: { naam: wie.naam, functie: "Toegangsmedewerker" },
    },
    uitkomst,
    client,
  );
  if (!eerste) throw new Error("geen brief gemaakt");
  return eerste.documentId;
}
