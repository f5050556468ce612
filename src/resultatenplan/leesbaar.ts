/**
 * The resultatenplan in words, as blocks of a letter: what the letter for signing says (brief.ts) and what the
 * resident reads in Mijn Voordeur before signing (portaal/plan.ts) — the same text in both places.
 */
import { type BriefBlok, datumVoluit } from "../documenten/brief";
import { EENHEDEN, FREQUENTIES } from "../domain/catalogus/producten";
import { DOMEIN_LABELS, type Resultatenmatrix, zoekResultaat } from "../domain/catalogus/resultatenmatrix";
import { volledigeNaam } from "../domain/persoon/naam";
import type { Maatwerkvoorziening, PlanInhoud } from "../domain/resultatenplan/inhoud";
import { productVan } from "../domain/resultatenplan/regels";
import type { GeladenContext } from "./context";

const euro = (cent: number) =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cent / 100);

function omvangTekst(m: Maatwerkvoorziening): string {
  if (m.budget !== null) return `budget ${euro(m.budget)}`;
  if (!m.omvang) return "";
  return `${m.omvang.volume} × ${EENHEDEN[m.omvang.eenheid] ?? m.omvang.eenheid}, ${(FREQUENTIES[m.omvang.frequentie] ?? "").toLowerCase()}`;
}

export function planInWoorden(inhoud: PlanInhoud, ctx: GeladenContext): BriefBlok[] {
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
