/**
 * The confirmation of an appointment (004 §4.2): a letter to the resident — for a minor to the parent
 * with gezag — with the folder on free independent cliëntondersteuning (Wmo 2015 art. 2.3.2 lid 3,
 * Jeugdwet art. 2.6) and, for youth, the Infoblad Jeugd. The texts come from the gemeente's tekstblokken.
 */

import type { Brief, BriefBlok } from "../documenten/brief";
import { onbekendePlaatshouders, vulIn } from "../documenten/sjabloon";
import { leeftijdOp } from "../persoon/leeftijd";
import { type Naam, volledigeNaam } from "../persoon/naam";
import { type Adressant, HOEDANIGHEID_LABELS, type Vertegenwoordiging } from "../persoon/vertegenwoordiging";
import type { Zaaktype } from "../zaak/zaaktypen";
import { datumMetWeekdag } from "./tijd";

export const TEKST_CLIENTONDERSTEUNING = "folder-clientondersteuning";
export const TEKST_INFOBLAD_JEUGD = "infoblad-jeugd";
export const TEKST_BRIEF_BEVESTIGING = "brief-bevestiging-afspraak";

/** The placeholders the letter template may use. */
export const BEVESTIGING_PLAATSHOUDERS = [
  "datum",
  "begintijd",
  "eindtijd",
  "locatie",
  "adres",
  "medewerker",
  "onderwerp",
  "zaaknummer",
  "gemeente",
] as const;

const JEUGD_ZAAKTYPEN: readonly Zaaktype[] = ["jeugd", "veilig-opgroeien", "leerplicht"];

export interface Betrokkene extends Naam {
  persoonId: string;
  /** Role on the zaak, or "relatie-gezag" / "relatie-ouder" for a parent found through the BRP relations. */
  rol: string;
  geboortedatum: string;
  email: string | null;
}

/** Youth: a youth zaaktype, or a minor as hoofdpersoon or gezinslid. */
export function isJeugdzaak(
  zaaktype: string,
  betrokkenen: readonly Betrokkene[],
  peildatum: string,
): boolean {
  if ((JEUGD_ZAAKTYPEN as readonly string[]).includes(zaaktype)) return true;
  return betrokkenen.some(
    (b) => (b.rol === "hoofdpersoon" || b.rol === "gezinslid") && leeftijdOp(b.geboortedatum, peildatum) < 18,
  );
}

export type Ontvangerkeuze<T> = { ok: true; ontvanger: T; reden: string } | { ok: false; reden: string };

/**
 * Who gets the confirmation: the addressees of the zaak's first letter by the rule for letters about a
 * resident (domain/persoon/vertegenwoordiging.ts, DOMAIN §6) — the resident himself, his vertegenwoordiger, or
 * for a minor the parents with gezag (or the voogd) at one address; a parent without gezag gets none. Among
 * those addressees, one with a known e-mail address.
 */
export function kiesOntvanger<T extends Adressant & { email: string | null }>(
  uitkomst: Vertegenwoordiging<T>,
): Ontvangerkeuze<T> {
  if (!uitkomst.ok) return { ok: false, reden: uitkomst.reden };
  const aan = uitkomst.brieven[0]?.aan ?? [];
  const gekozen = aan.find((p) => p.persoon.email) ?? aan[0];
  if (!gekozen) return { ok: false, reden: "Er is niemand aan wie de bevestiging kan worden gericht." };
  return { ok: true, ontvanger: gekozen.persoon, reden: HOEDANIGHEID_LABELS[gekozen.hoedanigheid] };
}

export interface BevestigingGegevens {
  gemeente: string;
  zaaknummer: string;
  /** Letter date, YYYY-MM-DD. */
  briefdatum: string;
  ontvanger: Naam & { geslacht: string | null; adresregels: readonly string[] };
  afspraak: {
    datum: string;
    begintijd: string;
    eindtijd: string;
    locatie: string;
    adres: string;
    medewerker: string;
    onderwerp: string;
  };
  sjabloon: { titel: string; tekst: string };
  bijlagen: readonly { titel: string; tekst: string }[];
}

export interface Adres {
  straat: string | null;
  huisnummer: number;
  huisletter: string | null;
  toevoeging: string | null;
  postcode: string;
  woonplaats: string;
}

/** ["Dorpsstraat 1a-2", "9301 AA  RODEN"] as Dutch mail expects it. */
export function adresregels(a: Adres): string[] {
  const nummer = `${a.huisnummer}${a.huisletter ?? ""}${a.toevoeging ? `-${a.toevoeging}` : ""}`;
  return [
    a.straat ? `${a.straat} ${nummer}` : nummer,
    `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}  ${a.woonplaats.toUpperCase()}`,
  ];
}

/** "Geachte mevrouw De Vries," — the prefix capitalised after a title, as Dutch letters do. */
export function aanhef(n: Naam & { geslacht: string | null }): string {
  const achternaam = [
    n.voorvoegsel ? n.voorvoegsel.charAt(0).toUpperCase() + n.voorvoegsel.slice(1) : "",
    n.geslachtsnaam,
  ]
    .filter(Boolean)
    .join(" ");
  if (n.geslacht === "vrouw") return `Geachte mevrouw ${achternaam},`;
  if (n.geslacht === "man") return `Geachte heer ${achternaam},`;
  return `Geachte ${volledigeNaam(n)},`;
}

function waarden(g: BevestigingGegevens) {
  return {
    datum: datumMetWeekdag(g.afspraak.datum),
    begintijd: g.afspraak.begintijd,
    eindtijd: g.afspraak.eindtijd,
    locatie: g.afspraak.locatie,
    adres: g.afspraak.adres,
    medewerker: g.afspraak.medewerker,
    onderwerp: g.afspraak.onderwerp,
    zaaknummer: g.zaaknummer,
    gemeente: g.gemeente,
  };
}

/** Template errors the beheerder made (a typo in a placeholder), so no letter goes out with a gap. */
export function sjabloonFouten(tekst: string): string[] {
  return onbekendePlaatshouders(tekst, BEVESTIGING_PLAATSHOUDERS);
}

function alineas(tekst: string): string[] {
  return tekst
    .split(/\n\s*\n/)
    .map((a) => a.trim())
    .filter(Boolean);
}

export function bevestigingsbrief(g: BevestigingGegevens): Brief {
  const w = waarden(g);
  const inhoud: BriefBlok[] = [
    ...alineas(vulIn(g.sjabloon.tekst, w)).map((alinea) => ({ alinea })),
    {
      gegevens: [
        ["Datum", w.datum],
        ["Tijd", `${w.begintijd} tot ${w.eindtijd} uur`],
        ["Locatie", [w.locatie, w.adres].filter(Boolean).join(", ")],
        ["Met", w.medewerker],
        ["Onderwerp", w.onderwerp],
      ],
    },
  ];
  if (g.bijlagen.length > 0) {
    inhoud.push({ alinea: "Bij deze brief:" }, { lijst: g.bijlagen.map((b) => b.titel) });
  }
  return {
    gemeente: { naam: g.gemeente },
    geadresseerde: { naam: volledigeNaam(g.ontvanger), adresregels: g.ontvanger.adresregels },
    datum: g.briefdatum,
    kenmerk: g.zaaknummer,
    onderwerp: g.sjabloon.titel,
    aanhef: aanhef(g.ontvanger),
    inhoud,
    ondertekening: { naam: g.afspraak.medewerker, functie: `Toegang, gemeente ${g.gemeente}` },
    bijlagen: g.bijlagen,
  };
}

/** The plain-text mail that carries the letter (PDF) and the invitation (.ics). */
export function bevestigingsmail(g: BevestigingGegevens): { onderwerp: string; tekst: string } {
  const w = waarden(g);
  const tekst = [
    aanhef(g.ontvanger),
    "",
    ...alineas(vulIn(g.sjabloon.tekst, w)).flatMap((a) => [a, ""]),
    `Datum: ${w.datum}`,
    `Tijd: ${w.begintijd} tot ${w.eindtijd} uur`,
    `Locatie: ${[w.locatie, w.adres].filter(Boolean).join(", ")}`,
    `Met: ${w.medewerker}`,
    "",
    "In de bijlagen vindt u de bevestigingsbrief (PDF) en een uitnodiging (.ics) voor uw agenda.",
    ...(g.bijlagen.length > 0 ? [`De brief bevat ook: ${g.bijlagen.map((b) => b.titel).join("; ")}.`] : []),
    "",
    "Met vriendelijke groet,",
    "",
    w.medewerker,
    `Gemeente ${g.gemeente}`,
    `Kenmerk: ${g.zaaknummer}`,
  ];
  return { onderwerp: `${g.sjabloon.titel} op ${w.datum}`, tekst: tekst.join("\n") };
}
