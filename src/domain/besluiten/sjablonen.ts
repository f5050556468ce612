/**
 * The default letter templates of the besluiten area. They are seeded per gemeente as tekstblokken
 * (the beheerder edits them at /beheer/teksten); `{{naam}}` placeholders are filled by brieven.ts.
 * Paragraphs are separated by an empty line. Product tables, the motivation and the bezwaarclausule are
 * added by the letter itself, so a template cannot lose them.
 */
export interface Sjabloon {
  code: string;
  titel: string;
  tekst: string;
  /** Placeholders the letter fills for this template. */
  plaatshouders: readonly string[];
}

const ALGEMEEN = ["naam", "gemeente", "zaaknummer", "kenmerk", "besluitdatum", "grondslag"] as const;

export const SJABLOON_CODES = {
  toekenning: "brief-toekenning",
  afwijzing: "brief-afwijzing",
  wijziging: "brief-wijziging",
  beeindiging: "brief-beeindiging",
  beeindigingVerhuizing: "brief-beeindiging-verhuizing",
  beeindigingOnjuisteGegevens: "brief-beeindiging-onjuiste-gegevens",
  afsluiting: "brief-afsluiting",
  enquete: "brief-enquete-uitnodiging",
  bezwaarclausule: "bezwaarclausule",
  beslissingOpBezwaar: "brief-beslissing-op-bezwaar",
} as const;

export const SJABLONEN: readonly Sjabloon[] = [
  {
    code: SJABLOON_CODES.toekenning,
    titel: "Beschikking: toekenning",
    plaatshouders: [...ALGEMEEN, "aanvraagdatum"],
    tekst: [
      "Op {{aanvraagdatum}} heeft u ondersteuning aangevraagd. Het resultatenplan dat u samen met uw consulent heeft opgesteld en ondertekend, geldt als uw aanvraag. In deze brief leest u ons besluit.",
      "Wij kennen u de ondersteuning toe die hieronder staat. Wij nemen dit besluit op grond van {{grondslag}}.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.afwijzing,
    titel: "Beschikking: afwijzing",
    plaatshouders: [...ALGEMEEN, "aanvraagdatum"],
    tekst: [
      "Op {{aanvraagdatum}} heeft u ondersteuning aangevraagd. Wij hebben uw aanvraag zorgvuldig beoordeeld op grond van {{grondslag}}.",
      "Wij wijzen uw aanvraag af. Hieronder leest u waarom.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.wijziging,
    titel: "Beschikking: wijziging",
    plaatshouders: [...ALGEMEEN, "ingangsdatum"],
    tekst: [
      "Wij hebben uw ondersteuning opnieuw bekeken. Met ingang van {{ingangsdatum}} wijzigen wij uw ondersteuning. Vanaf die datum vervalt wat wij eerder toekenden en krijgt u de ondersteuning die hieronder staat.",
      "Wij nemen dit besluit op grond van {{grondslag}}.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.beeindiging,
    titel: "Beschikking: beëindiging",
    plaatshouders: [...ALGEMEEN, "einddatum", "reden"],
    tekst: [
      "Wij beëindigen uw ondersteuning per {{einddatum}}. De reden is: {{reden}}.",
      "Wij nemen dit besluit op grond van {{grondslag}}. Na de einddatum levert de aanbieder geen ondersteuning meer op grond van dit besluit.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.beeindigingVerhuizing,
    titel: "Beschikking: beëindiging bij verhuizing (warme overdracht)",
    plaatshouders: [...ALGEMEEN, "einddatum", "nieuweGemeente"],
    tekst: [
      "U verhuist naar de gemeente {{nieuweGemeente}}. Uw ondersteuning van de gemeente {{gemeente}} eindigt daarom per {{einddatum}}.",
      "Wij willen dat uw ondersteuning na de verhuizing zonder onderbreking doorloopt. Daarom nemen wij, met uw toestemming, contact op met de gemeente {{nieuweGemeente}} en dragen wij de informatie over die nodig is (warme overdracht). Meldt u zich ook zelf bij de gemeente {{nieuweGemeente}}; daar wordt beoordeeld welke ondersteuning u krijgt.",
      "Wij nemen dit besluit op grond van {{grondslag}}.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.beeindigingOnjuisteGegevens,
    titel: "Beschikking: beëindiging wegens onjuiste gegevens",
    plaatshouders: [...ALGEMEEN, "einddatum", "terugvordering"],
    tekst: [
      "Wij hebben vastgesteld dat u onjuiste of onvolledige gegevens heeft verstrekt. Als wij de juiste gegevens hadden gekend, hadden wij een ander besluit genomen. Daarom trekken wij het besluit over uw ondersteuning in per {{einddatum}}.",
      "{{terugvordering}}",
      "Wij nemen dit besluit op grond van {{grondslag}}.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.afsluiting,
    titel: "Afsluitbrief",
    plaatshouders: ["naam", "gemeente", "zaaknummer", "kenmerk", "datum", "reden"],
    tekst: [
      "Wij sluiten uw dossier met kenmerk {{zaaknummer}} af per {{datum}}. De reden is: {{reden}}.",
      "Heeft u later opnieuw een vraag over ondersteuning? Neem dan gerust contact op met de Toegang van de gemeente {{gemeente}}.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.enquete,
    titel: "Uitnodiging cliëntervaringsonderzoek",
    plaatshouders: ["gemeente", "enqueteLink", "enqueteCode"],
    tekst: [
      "Wij horen graag hoe u de ondersteuning van de gemeente {{gemeente}} heeft ervaren. Wilt u daarvoor een korte vragenlijst invullen? Dat duurt ongeveer vijf minuten.",
      "Ga naar {{enqueteLink}} of vul op de website de code {{enqueteCode}} in. Uw antwoorden worden anoniem verwerkt: wij kunnen ze niet aan u of uw dossier koppelen.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.bezwaarclausule,
    titel: "Bezwaarclausule",
    plaatshouders: ["gemeente", "kenmerk", "bezwaarUiterlijk"],
    tekst: [
      "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken bij het college van burgemeester en wethouders van de gemeente {{gemeente}}. Uw bezwaarschrift moet uiterlijk op {{bezwaarUiterlijk}} bij ons binnen zijn (Algemene wet bestuursrecht, artikel 6:7).",
      "Zet in uw bezwaarschrift uw naam en adres, de datum, het kenmerk {{kenmerk}} van dit besluit en waarom u het er niet mee eens bent, en onderteken het. U kunt ook eerst contact met ons opnemen; vaak lossen wij het samen op.",
    ].join("\n\n"),
  },
  {
    code: SJABLOON_CODES.beslissingOpBezwaar,
    titel: "Beslissing op bezwaar",
    plaatshouders: ["naam", "gemeente", "kenmerk", "ontvangenOp", "uitkomst", "gevolg"],
    tekst: [
      "Op {{ontvangenOp}} ontvingen wij uw bezwaarschrift tegen ons besluit met kenmerk {{kenmerk}}. Wij hebben uw bezwaar opnieuw beoordeeld.",
      "Wij verklaren uw bezwaar {{uitkomst}}. {{gevolg}}",
      "Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken beroep instellen bij de rechtbank (Algemene wet bestuursrecht, artikel 8:1 en 6:7).",
    ].join("\n\n"),
  },
];

export function sjabloon(code: string): Sjabloon | undefined {
  return SJABLONEN.find((s) => s.code === code);
}

/** What the beheerder sees next to the template: which placeholders it may use. */
export function toelichtingBij(s: Sjabloon): string {
  return `Briefsjabloon. Beschikbare velden: ${s.plaatshouders.map((p) => `{{${p}}}`).join(", ")}. Laat een lege regel tussen alinea's.`;
}
