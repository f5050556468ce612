/**
 * The content of the besluiten letters (beschikking, beslissing op bezwaar, afsluitbrief): template text
 * filled with the zaak's facts, plus the parts a template cannot lose (what is granted, the motivation,
 * the bezwaarclausule with the computed last day). Pure; src/besluiten/brieven.ts renders it with
 * documenten/brief.ts#maakBriefPdf.
 */

import { EENHEDEN, FREQUENTIES } from "../catalogus/producten";
import type { BriefBlok } from "../documenten/brief";
import { datumVoluit } from "../documenten/brief";
import { ontbrekendeVelden, vulIn, type Waarden } from "../documenten/sjabloon";
import type { BesluitSoort } from "../zaak/statusmachine";
import type { Zaaktype } from "../zaak/zaaktypen";
import { BEEINDIGING_REDEN_LABELS, type BeeindigingReden, type Leveringsvorm, type Omvang } from "./besluit";
import { SJABLOON_CODES } from "./sjablonen";

/** The legal basis a beschikking names, per zaaktype (DOMAIN §2.4; verify on wetten.overheid.nl). */
export const GRONDSLAG: Record<Zaaktype, string> = {
  wmo: "de Wet maatschappelijke ondersteuning 2015 (artikel 2.3.5) en de Verordening maatschappelijke ondersteuning van de gemeente",
  jeugd: "de Jeugdwet (artikel 2.3) en de Verordening jeugdhulp van de gemeente",
  "veilig-opgroeien": "de Jeugdwet (artikel 2.3) en de Verordening jeugdhulp van de gemeente",
  regie:
    "de Wet maatschappelijke ondersteuning 2015 (artikel 2.3.5), de Jeugdwet (artikel 2.3) en de verordeningen van de gemeente",
  werk: "de Participatiewet",
  schuldhulp: "de Wet gemeentelijke schuldhulpverlening (artikel 4a) en de verordening van de gemeente",
  leerplicht: "de Leerplichtwet 1969",
};

/** The legal basis for withdrawing a besluit after wrong information (and recovering a pgb). */
export const GRONDSLAG_HERZIENING: Record<Zaaktype, string> = {
  wmo: "artikel 2.3.10 en 2.4.1 van de Wet maatschappelijke ondersteuning 2015",
  jeugd: "artikel 8.1.4 van de Jeugdwet",
  "veilig-opgroeien": "artikel 8.1.4 van de Jeugdwet",
  regie: "artikel 2.3.10 van de Wet maatschappelijke ondersteuning 2015 en artikel 8.1.4 van de Jeugdwet",
  werk: "artikel 54 en 58 van de Participatiewet",
  schuldhulp: "artikel 4:48 van de Algemene wet bestuursrecht",
  leerplicht: "artikel 4:48 van de Algemene wet bestuursrecht",
};

const EURO = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
export const euro = (eurocent: number) => EURO.format(eurocent / 100);

export function omvangTekst(o: Omvang): string {
  const eenheid = (EENHEDEN[o.eenheid] ?? o.eenheid).toLowerCase();
  const frequentie = (FREQUENTIES[o.frequentie] ?? "").toLowerCase();
  return [String(o.volume).replace(".", ","), eenheid, frequentie].filter(Boolean).join(" ");
}

export function periodeTekst(van: string, tot: string | null): string {
  return tot ? `${datumVoluit(van)} tot en met ${datumVoluit(tot)}` : `vanaf ${datumVoluit(van)}`;
}

export interface ToegekendProduct {
  /** Name of the person the product is for (in a family plan not always the addressee). */
  voor: string;
  code: string;
  omschrijving: string;
  interventieniveau: number | null;
  leveringsvorm: Leveringsvorm;
  aanbiederNaam: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  omvang: Omvang | null;
  budget: number | null;
}

export interface BeschikkingGegevens {
  soort: BesluitSoort;
  zaaktype: Zaaktype;
  gemeente: string;
  zaaknummer: string;
  kenmerk: string;
  /** Name of the client (the resident the besluit is about). */
  clientNaam: string;
  besluitdatum: string;
  aanvraagdatum: string | null;
  bezwaarUiterlijk: string | null;
  producten: readonly ToegekendProduct[];
  reden: BeeindigingReden | null;
  einddatum: string | null;
  nieuweGemeente: string | null;
  terugvordering: number | null;
  motivering: string;
}

export interface BriefInhoud {
  onderwerp: string;
  blokken: BriefBlok[];
  /** Placeholders the templates use that have no value: the letter must not be sent. */
  ontbrekend: string[];
}

/** The template code of a beschikking. */
export function sjabloonVoorBesluit(soort: BesluitSoort, reden: BeeindigingReden | null): string {
  if (soort === "beeindiging") {
    if (reden === "verhuizing") return SJABLOON_CODES.beeindigingVerhuizing;
    if (reden === "onjuiste-gegevens") return SJABLOON_CODES.beeindigingOnjuisteGegevens;
    return SJABLOON_CODES.beeindiging;
  }
  return SJABLOON_CODES[soort];
}

const ONDERWERP: Record<BesluitSoort, string> = {
  toekenning: "Besluit op uw aanvraag: toekenning",
  afwijzing: "Besluit op uw aanvraag: afwijzing",
  wijziging: "Besluit: wijziging van uw ondersteuning",
  beeindiging: "Besluit: beëindiging van uw ondersteuning",
};

/** Template text → paragraphs, with the values filled in. */
export function alineas(tekst: string, waarden: Waarden): BriefBlok[] {
  return vulIn(tekst, waarden)
    .split(/\n\s*\n/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((alinea) => ({ alinea }));
}

/**
 * The products granted; in a family plan a product for someone else than the client says for whom. Four
 * columns: the interventieniveau is a line of the product (as a fifth column it left the product names
 * too little room on A4).
 */
function productTabel(producten: readonly ToegekendProduct[], clientNaam: string): BriefBlok {
  return {
    tabel: {
      kolommen: ["Product", "Levering", "Periode", "Omvang of budget"],
      rijen: producten.map((p) => [
        [
          `${p.omschrijving} (${p.code})`,
          p.interventieniveau === null ? "" : `interventieniveau ${p.interventieniveau}`,
          p.voor === clientNaam ? "" : `voor ${p.voor}`,
        ]
          .filter(Boolean)
          .join("\n"),
        p.leveringsvorm === "zin"
          ? `Zorg in natura${p.aanbiederNaam ? ` door ${p.aanbiederNaam}` : ""}`
          : "Persoonsgebonden budget (pgb)",
        periodeTekst(p.ingangsdatum, p.einddatum),
        p.omvang ? omvangTekst(p.omvang) : p.budget !== null ? euro(p.budget) : "—",
      ]),
    },
  };
}

function pgbUitleg(producten: readonly ToegekendProduct[]): BriefBlok[] {
  const pgb = producten.filter((p) => p.leveringsvorm === "pgb" && p.budget !== null);
  if (pgb.length === 0) return [];
  const totaal = pgb.reduce((s, p) => s + (p.budget ?? 0), 0);
  return [
    {
      alinea: `U ontvangt een persoonsgebonden budget van in totaal ${euro(totaal)} voor de genoemde periode. De Sociale Verzekeringsbank (SVB) beheert het budget en betaalt uw zorgverleners namens u.`,
    },
  ];
}

/** All values the besluiten templates may use. */
export function besluitWaarden(g: BeschikkingGegevens): Waarden {
  const ingang = g.producten.map((p) => p.ingangsdatum).sort()[0] ?? g.besluitdatum;
  return {
    naam: g.clientNaam,
    gemeente: g.gemeente,
    zaaknummer: g.zaaknummer,
    kenmerk: g.kenmerk,
    besluitdatum: datumVoluit(g.besluitdatum),
    aanvraagdatum: g.aanvraagdatum ? datumVoluit(g.aanvraagdatum) : null,
    grondslag: g.reden === "onjuiste-gegevens" ? GRONDSLAG_HERZIENING[g.zaaktype] : GRONDSLAG[g.zaaktype],
    ingangsdatum: datumVoluit(ingang),
    einddatum: g.einddatum ? datumVoluit(g.einddatum) : null,
    reden: g.reden ? BEEINDIGING_REDEN_LABELS[g.reden].toLowerCase() : null,
    nieuweGemeente: g.nieuweGemeente,
    terugvordering:
      g.terugvordering && g.terugvordering > 0
        ? `U heeft daardoor ten onrechte een persoonsgebonden budget ontvangen. Wij vorderen ${euro(g.terugvordering)} van u terug; hierover ontvangt u een aparte brief met de wijze van betalen.`
        : "Wij vorderen op dit moment geen bedrag van u terug.",
    bezwaarUiterlijk: g.bezwaarUiterlijk ? datumVoluit(g.bezwaarUiterlijk) : null,
  };
}

/** The beschikking: filled template, what is granted, motivation, and the bezwaarclausule. */
export function beschikkingInhoud(
  g: BeschikkingGegevens,
  sjablonen: { besluit: string; bezwaarclausule: string },
): BriefInhoud {
  const waarden = besluitWaarden(g);
  const ontbrekend = [
    ...new Set([
      ...ontbrekendeVelden(sjablonen.besluit, waarden),
      ...(g.bezwaarUiterlijk ? ontbrekendeVelden(sjablonen.bezwaarclausule, waarden) : []),
    ]),
  ];
  // A letter to a gezaghebbende or vertegenwoordiger names the client (src/brieven/verzenden.ts#briefVoor).
  const blokken: BriefBlok[] = [...alineas(sjablonen.besluit, waarden)];
  if (g.producten.length > 0) {
    blokken.push({ kop: g.soort === "afwijzing" ? "Wat u aanvroeg" : "Wat u krijgt" });
    blokken.push(productTabel(g.producten, g.clientNaam));
    if (g.soort !== "afwijzing") blokken.push(...pgbUitleg(g.producten));
  }
  if (g.motivering.trim()) {
    blokken.push({ kop: "Waarom wij zo besluiten" });
    blokken.push(...alineas(g.motivering, {}));
  }
  if (g.bezwaarUiterlijk) {
    blokken.push({ kop: "Bent u het niet eens met dit besluit?" });
    blokken.push(...alineas(sjablonen.bezwaarclausule, waarden));
  }
  return { onderwerp: ONDERWERP[g.soort], blokken, ontbrekend };
}

/** A letter from one template (afsluitbrief, beslissing op bezwaar), optionally followed by more templates. */
export function eenvoudigeBrief(
  onderwerp: string,
  sjablonen: readonly string[],
  waarden: Waarden,
): BriefInhoud {
  return {
    onderwerp,
    blokken: sjablonen.flatMap((s) => alineas(s, waarden)),
    ontbrekend: [...new Set(sjablonen.flatMap((s) => ontbrekendeVelden(s, waarden)))],
  };
}
