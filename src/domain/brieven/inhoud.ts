/**
 * What the letters around the melding and the terms say (pure): the template text filled with the zaak's
 * facts, plus the parts a template cannot lose (the dates in an overview, the verslag's findings). Rendered by
 * src/brieven with documenten/brief.ts#maakBriefPdf; addressees come from domain/persoon/vertegenwoordiging.
 */
import { alineas, type BriefInhoud } from "../besluiten/brieven";
import { type BriefBlok, datumVoluit } from "../documenten/brief";
import { ontbrekendeVelden, type Waarden } from "../documenten/sjabloon";
import { type Kalender, pasAtwToe, plusDagen } from "../termijnen/kalender";
import type { TermijnSoort } from "../termijnen/regels";
import type { Zaaktype } from "../zaak/zaaktypen";

export type { BriefInhoud } from "../besluiten/brieven";

/** Every placeholder of the templates with a value, else the letter must not go out (a typo, a gap). */
function vul(onderwerp: string, sjablonen: readonly string[], waarden: Waarden, blokken: BriefBlok[]) {
  return {
    onderwerp,
    blokken,
    ontbrekend: [...new Set(sjablonen.flatMap((s) => ontbrekendeVelden(s, waarden)))],
  } satisfies BriefInhoud;
}

/** The template's paragraphs, then the facts a template cannot lose in an overview ("Overzicht"). */
function metOverzicht(
  sjabloon: { titel: string; tekst: string },
  waarden: Waarden,
  gegevens: readonly (readonly [string, string])[],
): BriefInhoud {
  const blokken: BriefBlok[] = [...alineas(sjabloon.tekst, waarden), { kop: "Overzicht" }, { gegevens }];
  return vul(sjabloon.titel, [sjabloon.tekst], waarden, blokken);
}

/** The placeholders every letter around a melding has: the client, the gemeente, the kenmerk, the melding's date. */
const meldingWaarden = (g: {
  clientNaam: string;
  gemeente: string;
  zaaknummer: string;
  meldingsdatum: string;
}): Waarden => ({
  naam: g.clientNaam,
  gemeente: g.gemeente,
  zaaknummer: g.zaaknummer,
  meldingsdatum: datumVoluit(g.meldingsdatum),
});

/** A sentence typed by a medewerker ends with a full stop in the letter. */
const zin = (tekst: string) => {
  const t = tekst.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

// ——— Ontvangstbevestiging (Wmo 2015 art. 2.3.2 lid 1–3 and 6) ———

/**
 * The last day the resident may hand in a persoonlijk plan: "gedurende zeven dagen na de melding" (Wmo 2015
 * art. 2.3.2 lid 2), a term set by law, so the Algemene termijnenwet moves an end on a weekend or feestdag
 * (art. 1) and keeps two working days in it (art. 2).
 */
export function persoonlijkPlanUiterlijk(kalender: Kalender, meldingsdatum: string): string {
  return pasAtwToe(kalender, meldingsdatum, plusDagen(meldingsdatum, 7)).einde;
}

export interface OntvangstGegevens {
  gemeente: string;
  zaaknummer: string;
  clientNaam: string;
  meldingsdatum: string;
  persoonlijkPlanUiterlijk: string;
  onderzoekUiterlijk: string;
}

export function ontvangstbevestigingInhoud(
  g: OntvangstGegevens,
  sjabloon: { titel: string; tekst: string },
  bijlagen: readonly string[],
): BriefInhoud {
  const waarden: Waarden = {
    ...meldingWaarden(g),
    persoonlijkPlanUiterlijk: datumVoluit(g.persoonlijkPlanUiterlijk),
    onderzoekUiterlijk: datumVoluit(g.onderzoekUiterlijk),
  };
  const blokken: BriefBlok[] = [
    ...alineas(sjabloon.tekst, waarden),
    { kop: "Overzicht" },
    {
      gegevens: [
        ["Datum van uw melding", datumVoluit(g.meldingsdatum)],
        ["Persoonlijk plan", `inleveren tot en met ${datumVoluit(g.persoonlijkPlanUiterlijk)}`],
        ["Onderzoek klaar", `uiterlijk ${datumVoluit(g.onderzoekUiterlijk)}`],
        ["Uw kenmerk", g.zaaknummer],
      ],
    },
  ];
  if (bijlagen.length > 0) blokken.push({ alinea: "Bij deze brief:" }, { lijst: bijlagen });
  return vul(sjabloon.titel, [sjabloon.tekst], waarden, blokken);
}

// ——— Onderzoeksverslag (Wmo 2015 art. 2.3.2 lid 4 and 8) ———

export const VERSLAG_VELDEN = [
  "behoeften",
  "eigenKracht",
  "netwerk",
  "mantelzorger",
  "algemeneVoorzieningen",
  "samenwerking",
  "eigenBijdrage",
] as const;
export type VerslagVeld = (typeof VERSLAG_VELDEN)[number];

/** What the onderzoek covers, Wmo 2015 art. 2.3.2 lid 4 onder a–g: the headings of the verslag. */
export const VERSLAG_ONDERDELEN: Record<VerslagVeld, { onder: string; label: string; kop: string }> = {
  behoeften: {
    onder: "a",
    label: "Behoeften, persoonskenmerken en voorkeuren",
    kop: "Uw behoeften, persoonskenmerken en voorkeuren",
  },
  eigenKracht: {
    onder: "b",
    label: "Eigen kracht en gebruikelijke hulp",
    kop: "Wat u zelf kunt, en met gebruikelijke hulp van huisgenoten",
  },
  netwerk: {
    onder: "c",
    label: "Mantelzorg en sociaal netwerk",
    kop: "Mantelzorg en hulp van mensen om u heen",
  },
  mantelzorger: {
    onder: "d",
    label: "Ondersteuning van de mantelzorger",
    kop: "Ondersteuning voor uw mantelzorger",
  },
  algemeneVoorzieningen: {
    onder: "e",
    label: "Algemene voorzieningen en maatschappelijk nuttige activiteiten",
    kop: "Voorzieningen en activiteiten in de buurt",
  },
  samenwerking: {
    onder: "f",
    label: "Afstemming met zorgverzekeraar, zorgaanbieders en andere partijen",
    kop: "Afstemming met zorgverzekeraar, zorgaanbieders en anderen",
  },
  eigenBijdrage: { onder: "g", label: "Eigen bijdrage", kop: "Eigen bijdrage" },
};

export interface VerslagWet {
  grondslag: string;
  beslistermijn: string;
  pgbGrondslag: string;
  /** The parts the onderzoek must cover; each needs a finding in the verslag. */
  onderdelen: readonly VerslagVeld[];
  /** Where the list of parts comes from. */
  bron: string;
}

/**
 * Per zaaktype with an onderzoeksverslag (ZAAKTYPE_CONFIG.onderzoeksverslag): the law the verslag rests on.
 * The Jeugdwet itself lists no parts; the NMD verordening follows the Wmo's steps, without the Wmo's mantelzorg
 * support (d) and eigen bijdrage (g), which the Jeugdwet does not know for ambulant help.
 */
export const VERSLAG_WETTEN: Partial<Record<Zaaktype, VerslagWet>> = {
  wmo: {
    grondslag: "Wet maatschappelijke ondersteuning 2015, artikel 2.3.2, achtste lid",
    beslistermijn: "twee weken (Wet maatschappelijke ondersteuning 2015, artikel 2.3.5, tweede lid)",
    pgbGrondslag: "Wet maatschappelijke ondersteuning 2015, artikel 2.3.6",
    onderdelen: VERSLAG_VELDEN,
    bron: "Wmo 2015 art. 2.3.2 lid 4 onder a–g",
  },
  jeugd: {
    grondslag: "de Verordening jeugdhulp van de gemeente",
    beslistermijn: "acht weken (Algemene wet bestuursrecht, artikel 4:13)",
    pgbGrondslag: "Jeugdwet, artikel 8.1.1",
    onderdelen: ["behoeften", "eigenKracht", "netwerk", "algemeneVoorzieningen", "samenwerking"],
    bron: "Verordening jeugdhulp NMD (naar Wmo 2015 art. 2.3.2 lid 4)",
  },
};

export type VerslagInvoer = Partial<Record<VerslagVeld, string | undefined>> & { conclusie: string };

/** The parts the verslag must cover but leaves empty, as field errors in Dutch. */
export function toetsVerslag(wet: VerslagWet, invoer: VerslagInvoer): { veld: string; melding: string }[] {
  const fouten: { veld: string; melding: string }[] = wet.onderdelen
    .filter((veld) => !invoer[veld]?.trim())
    .map((veld) => ({
      veld,
      melding: `Beschrijf wat het onderzoek opleverde over: ${VERSLAG_ONDERDELEN[veld].label.toLowerCase()} (${wet.bron.replace("a–g", VERSLAG_ONDERDELEN[veld].onder)}).`,
    }));
  if (!invoer.conclusie.trim())
    fouten.push({ veld: "conclusie", melding: "Beschrijf de uitkomst van het onderzoek." });
  return fouten;
}

export interface VerslagGegevens {
  gemeente: string;
  zaaknummer: string;
  clientNaam: string;
  meldingsdatum: string;
  wet: VerslagWet;
  invoer: VerslagInvoer;
}

export function onderzoeksverslagInhoud(
  g: VerslagGegevens,
  sjablonen: { titel: string; inleiding: string; vervolg: string },
): BriefInhoud {
  const waarden: Waarden = {
    naam: g.clientNaam,
    gemeente: g.gemeente,
    zaaknummer: g.zaaknummer,
    meldingsdatum: datumVoluit(g.meldingsdatum),
    grondslag: g.wet.grondslag,
    beslistermijn: g.wet.beslistermijn,
    pgbGrondslag: g.wet.pgbGrondslag,
  };
  const blokken: BriefBlok[] = [...alineas(sjablonen.inleiding, waarden)];
  for (const veld of g.wet.onderdelen) {
    const tekst = g.invoer[veld]?.trim();
    if (!tekst) continue;
    blokken.push({ kop: VERSLAG_ONDERDELEN[veld].kop }, ...alineas(tekst, {}));
  }
  blokken.push({ kop: "Uitkomst van het onderzoek" }, ...alineas(g.invoer.conclusie, {}));
  blokken.push({ kop: "Wat kunt u nu doen?" }, ...alineas(sjablonen.vervolg, waarden));
  return vul(sjablonen.titel, [sjablonen.inleiding, sjablonen.vervolg], waarden, blokken);
}

// ——— Verlenging (Awb 4:14) and opschorting (Awb 4:15) ———

/** How a term is named in a letter: what was received, what we are busy with, and what the resident gets. */
const ONDERWERPEN: Partial<Record<TermijnSoort, { ontvangen: string; bezig: string; besluit: string }>> = {
  beslissing: { ontvangen: "uw aanvraag", bezig: "uw aanvraag", besluit: "ons besluit" },
  "beslissing-bezwaar": {
    ontvangen: "uw bezwaarschrift",
    bezig: "uw bezwaarschrift",
    besluit: "onze beslissing op uw bezwaar",
  },
  onderzoek: {
    ontvangen: "uw melding",
    bezig: "het onderzoek naar aanleiding van uw melding",
    besluit: "het verslag van het onderzoek",
  },
};
const ANDERS = { ontvangen: "uw verzoek", bezig: "uw verzoek", besluit: "ons antwoord" };
export const onderwerpVan = (soort: TermijnSoort) => ONDERWERPEN[soort] ?? ANDERS;

/**
 * The article the notice of a verlenging rests on: a term set by law (Wmo 2.3.5, a verordening) → Awb 4:14
 * lid 1; the reasonable term of Awb 4:13 → 4:14 lid 3; the beslissing op bezwaar → Awb 7:10 lid 3.
 */
export function verlengingBron(soort: TermijnSoort, regelBron: string): string {
  if (soort === "beslissing-bezwaar") return "Algemene wet bestuursrecht, artikel 7:10, derde lid";
  if (regelBron.startsWith("Awb art. 4:13")) return "Algemene wet bestuursrecht, artikel 4:14, derde lid";
  return "Algemene wet bestuursrecht, artikel 4:14, eerste lid";
}

/** The article of an opschorting: Awb 4:15 for a beslistermijn; the onderzoek's own source otherwise. */
export function opschortingBron(soort: TermijnSoort, zaaktype: Zaaktype): string {
  if (soort === "onderzoek")
    return zaaktype === "wmo"
      ? "Wet maatschappelijke ondersteuning 2015, artikel 2.3.2, eerste lid"
      : "de Verordening jeugdhulp van de gemeente";
  return "Algemene wet bestuursrecht, artikel 4:15";
}

const wekenTekst = (n: number) => `${n} ${n === 1 ? "week" : "weken"}`;

export interface VerlengingGegevens {
  soort: TermijnSoort;
  gemeente: string;
  zaaknummer: string;
  clientNaam: string;
  /** When the term started (the aanvraag, the bezwaarschrift). */
  ontvangenOp: string;
  oudeDatum: string;
  nieuweDatum: string;
  weken: number;
  reden: string;
  bron: string;
}

export function verlengingInhoud(
  g: VerlengingGegevens,
  sjabloon: { titel: string; tekst: string },
): BriefInhoud {
  const o = onderwerpVan(g.soort);
  const waarden: Waarden = {
    naam: g.clientNaam,
    gemeente: g.gemeente,
    zaaknummer: g.zaaknummer,
    wat: o.ontvangen,
    besluit: o.besluit,
    ontvangenOp: datumVoluit(g.ontvangenOp),
    oudeDatum: datumVoluit(g.oudeDatum),
    nieuweDatum: datumVoluit(g.nieuweDatum),
    weken: wekenTekst(g.weken),
    reden: zin(g.reden),
    bron: g.bron,
  };
  return metOverzicht(sjabloon, waarden, [
    ["Eerdere uiterste datum", datumVoluit(g.oudeDatum)],
    ["Verlengd met", wekenTekst(g.weken)],
    ["Nieuwe uiterste datum", datumVoluit(g.nieuweDatum)],
    ["Uw kenmerk", g.zaaknummer],
  ]);
}

export interface OpschortingGegevens {
  soort: TermijnSoort;
  gemeente: string;
  zaaknummer: string;
  clientNaam: string;
  van: string;
  /** null: still suspended, the end is not known yet. */
  tot: string | null;
  /** The term's end after the opschorting; null while it is open. */
  nieuweDatum: string | null;
  reden: string;
  bron: string;
}

export function opschortingInhoud(
  g: OpschortingGegevens,
  sjabloon: { titel: string; tekst: string },
): BriefInhoud {
  const o = onderwerpVan(g.soort);
  const gevolg =
    g.tot && g.nieuweDatum
      ? `De termijn staat stil tot ${datumVoluit(g.tot)}. U krijgt ${o.besluit} daardoor uiterlijk op ${datumVoluit(g.nieuweDatum)}.`
      : `Zodra de reden voorbij is, bijvoorbeeld omdat wij de gevraagde gegevens hebben ontvangen, loopt de termijn weer. Wij laten u dan weten wanneer u ${o.besluit} uiterlijk krijgt.`;
  const waarden: Waarden = {
    naam: g.clientNaam,
    gemeente: g.gemeente,
    zaaknummer: g.zaaknummer,
    wat: o.bezig,
    besluit: o.besluit,
    vanaf: datumVoluit(g.van),
    reden: zin(g.reden),
    gevolg,
    bron: g.bron,
  };
  const blokken: BriefBlok[] = [
    ...alineas(sjabloon.tekst, waarden),
    { kop: "Overzicht" },
    {
      gegevens: [
        ["Termijn staat stil vanaf", datumVoluit(g.van)],
        ["Termijn staat stil tot", g.tot ? datumVoluit(g.tot) : "nog niet bekend"],
        [
          "Nieuwe uiterste datum",
          g.nieuweDatum ? datumVoluit(g.nieuweDatum) : "volgt zodra de termijn weer loopt",
        ],
        ["Uw kenmerk", g.zaaknummer],
      ],
    },
  ];
  return vul(sjabloon.titel, [sjabloon.tekst], waarden, blokken);
}

// ——— Kennisgeving of a melding at Veilig Thuis (Meldcode, DOMAIN §5) ———

export interface KennisgevingGegevens {
  gemeente: string;
  zaaknummer: string;
  clientNaam: string;
  meldingsdatum: string;
  /** Why the melding was made, in general terms: written by the professional for this letter only. */
  reden: string;
  /** Whom to contact at the gemeente: the professional who sends the letter. */
  medewerker: string;
}

/**
 * The parents' (or the adult victim's) written notice of a melding at Veilig Thuis: that and when it was made,
 * why in the professional's own general words (no other content of the Meldcode), what Veilig Thuis does and
 * whom to contact, with the dates in an overview a template cannot lose.
 */
export function kennisgevingVeiligThuisInhoud(
  g: KennisgevingGegevens,
  sjabloon: { titel: string; tekst: string },
): BriefInhoud {
  const waarden: Waarden = {
    ...meldingWaarden(g),
    reden: zin(g.reden),
    medewerker: g.medewerker,
  };
  return metOverzicht(sjabloon, waarden, [
    ["Melding gedaan bij", "Veilig Thuis"],
    ["Datum van de melding", datumVoluit(g.meldingsdatum)],
    ["Veilig Thuis", "0800-2000 (gratis, dag en nacht)"],
    ["Uw contactpersoon bij de gemeente", g.medewerker],
    ["Uw kenmerk", g.zaaknummer],
  ]);
}

// ——— Voorschot op de bijstand (Participatiewet art. 52 lid 1) ———

export interface VoorschotGegevens {
  gemeente: string;
  zaaknummer: string;
  clientNaam: string;
  aanvraagdatum: string;
  verleendOp: string;
  /** "€ 1.234,56" */
  bedrag: string;
  /** "95 %" */
  procent: string;
}

/** The letter with a voorschot while the aanvraag is undecided: the amount, its share of the norm, what it means. */
export function voorschotInhoud(
  g: VoorschotGegevens,
  sjabloon: { titel: string; tekst: string },
): BriefInhoud {
  const waarden: Waarden = {
    naam: g.clientNaam,
    gemeente: g.gemeente,
    zaaknummer: g.zaaknummer,
    aanvraagdatum: datumVoluit(g.aanvraagdatum),
    verleendOp: datumVoluit(g.verleendOp),
    bedrag: g.bedrag,
    procent: g.procent,
  };
  return metOverzicht(sjabloon, waarden, [
    ["Datum van uw aanvraag", datumVoluit(g.aanvraagdatum)],
    ["Voorschot", `${g.bedrag} (${g.procent} van de norm)`],
    ["Vanaf", datumVoluit(g.verleendOp)],
    ["Uw kenmerk", g.zaaknummer],
  ]);
}

// ——— Who signs (the plan for signature) ———

const SCHRIJFLIJN = "______________________________";

/**
 * The signature part of a letter to sign (the resultatenplan): who must sign and why, with the article
 * (domain/persoon/vertegenwoordiging.ts), and a block per signer.
 */
export function ondertekenBlokken(
  ondertekenaars: readonly { naam: string; label: string }[],
  uitleg: string,
  bron: string,
): BriefBlok[] {
  return [
    { kop: "Voor akkoord" },
    { alinea: `Wie ondertekent: ${uitleg} (${bron})` },
    ...ondertekenaars.map(
      (o): BriefBlok => ({
        gegevens: [
          ["Naam", o.naam],
          ["Ondertekent als", o.label],
          ["Datum", SCHRIJFLIJN],
          ["Handtekening", SCHRIJFLIJN],
        ],
      }),
    ),
  ];
}
