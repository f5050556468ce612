/**
 * The default texts of the letters the law requires around the melding and the terms: the ontvangstbevestiging
 * (Wmo 2015 art. 2.3.2 lid 1–3 and 6), the onderzoeksverslag (lid 8) and the notices of verlenging (Awb 4:14)
 * and opschorting (Awb 4:15), and the written notice to the parents of a melding at Veilig Thuis (Meldcode
 * huiselijk geweld en kindermishandeling, DOMAIN §5). Own wording at B1 level. They are seeded per gemeente as tekstblokken
 * (src/seed/brieven.ts) that the beheerder edits at Beheer › Teksten; `{{naam}}` placeholders are filled by
 * the letter. Paragraphs are separated by an empty line. The dates that matter (melding, persoonlijk plan,
 * onderzoek, the new term) are also put in an overview by the letter itself, so a template cannot lose them.
 */
import type { Sjabloon } from "../besluiten/sjablonen";

export const BRIEF_CODES = {
  ontvangstbevestiging: "brief-ontvangstbevestiging",
  onderzoeksverslag: "brief-onderzoeksverslag",
  onderzoeksverslagVervolg: "brief-onderzoeksverslag-vervolg",
  verlenging: "brief-verlenging",
  opschorting: "brief-opschorting",
  kennisgevingVeiligThuis: "brief-kennisgeving-veilig-thuis",
  voorschot: "brief-voorschot",
} as const;

const CONTACT =
  "Heeft u vragen? Neem dan contact op met de Toegang van de gemeente {{gemeente}} en noem uw kenmerk {{zaaknummer}}.";

export const BRIEF_SJABLONEN: readonly Sjabloon[] = [
  {
    code: BRIEF_CODES.ontvangstbevestiging,
    titel: "Bevestiging van uw melding",
    plaatshouders: [
      "naam",
      "gemeente",
      "zaaknummer",
      "meldingsdatum",
      "persoonlijkPlanUiterlijk",
      "onderzoekUiterlijk",
    ],
    tekst: [
      "Op {{meldingsdatum}} heeft u bij de gemeente {{gemeente}} gemeld dat u ondersteuning nodig heeft. Met deze brief bevestigen wij dat wij uw melding hebben ontvangen (Wet maatschappelijke ondersteuning 2015, artikel 2.3.2, eerste lid).",
      "Wat gebeurt er nu? Wij nemen contact met u op voor een gesprek. Samen met u onderzoeken wij wat u nodig heeft, wat u zelf of met mensen om u heen kunt doen en welke ondersteuning daarbij past. Het onderzoek is uiterlijk op {{onderzoekUiterlijk}} klaar. Daarna krijgt u een verslag van het onderzoek.",
      "Uw eigen plan. Voordat het onderzoek begint, mag u ons een persoonlijk plan geven. Daarin schrijft u wat uw situatie is en welke ondersteuning volgens u het beste past. Wij betrekken uw plan bij het onderzoek. U kunt uw plan tot en met {{persoonlijkPlanUiterlijk}} inleveren: zeven dagen na uw melding (artikel 2.3.2, tweede en vijfde lid). Een plan is niet verplicht.",
      "Gratis cliëntondersteuning. U en uw mantelzorger kunnen gratis hulp krijgen van een onafhankelijke cliëntondersteuner, bijvoorbeeld om het gesprek voor te bereiden of om erbij te zijn (artikel 2.3.2, derde lid). Meer hierover leest u in de bijlage.",
      "Een persoonsgebonden budget. Krijgt u ondersteuning van de gemeente? Dan kunt u die meestal krijgen van een aanbieder waarmee de gemeente afspraken heeft (zorg in natura), of als persoonsgebonden budget (pgb) waarmee u de ondersteuning zelf inkoopt. In het gesprek leggen wij u uit welke mogelijkheden er zijn en wat de gevolgen van die keuze zijn (artikel 2.3.2, zesde lid, en artikel 2.3.6).",
      CONTACT,
    ].join("\n\n"),
  },
  {
    code: BRIEF_CODES.onderzoeksverslag,
    titel: "Verslag van het onderzoek",
    plaatshouders: ["naam", "gemeente", "zaaknummer", "meldingsdatum", "grondslag"],
    tekst: [
      "Op {{meldingsdatum}} heeft u zich bij de gemeente {{gemeente}} gemeld met een vraag om ondersteuning. Samen met u hebben wij onderzocht wat er nodig is. In deze brief leest u wat uit het onderzoek is gekomen.",
      "U krijgt dit verslag omdat de wet dat voorschrijft: {{grondslag}}.",
    ].join("\n\n"),
  },
  {
    code: BRIEF_CODES.onderzoeksverslagVervolg,
    titel: "Verslag van het onderzoek: wat kunt u nu doen?",
    plaatshouders: ["naam", "gemeente", "zaaknummer", "beslistermijn", "pgbGrondslag"],
    tekst: [
      "Wilt u na dit onderzoek ondersteuning aanvragen? Dan kunt u nu een aanvraag doen. Meestal doet u dat door het resultatenplan te ondertekenen dat wij samen met u opstellen. Op uw aanvraag beslissen wij binnen {{beslistermijn}}.",
      "U kunt kiezen voor ondersteuning van een aanbieder waarmee de gemeente afspraken heeft, of voor een persoonsgebonden budget als u aan de voorwaarden voldoet ({{pgbGrondslag}}). Uw consulent legt u de gevolgen van die keuze uit.",
      "Klopt er iets niet in dit verslag, of wilt u iets aanvullen? Laat het ons dan binnen twee weken weten en noem uw kenmerk {{zaaknummer}}. Wij voegen uw reactie bij uw dossier. Ook daarbij kunt u gratis hulp krijgen van een onafhankelijke cliëntondersteuner.",
    ].join("\n\n"),
  },
  {
    code: BRIEF_CODES.verlenging,
    titel: "Wij hebben meer tijd nodig",
    plaatshouders: [
      "naam",
      "gemeente",
      "zaaknummer",
      "wat",
      "besluit",
      "ontvangenOp",
      "oudeDatum",
      "nieuweDatum",
      "weken",
      "reden",
      "bron",
    ],
    tekst: [
      "Op {{ontvangenOp}} ontvingen wij {{wat}}. Wij wilden u uiterlijk op {{oudeDatum}} {{besluit}} sturen. Dat lukt helaas niet.",
      "De reden is: {{reden}}",
      "Wij verlengen de termijn daarom met {{weken}}. U ontvangt {{besluit}} uiterlijk op {{nieuweDatum}}. Dit laten wij u weten voordat de termijn afloopt, zoals de wet voorschrijft ({{bron}}).",
      CONTACT,
    ].join("\n\n"),
  },
  {
    code: BRIEF_CODES.opschorting,
    titel: "De termijn staat tijdelijk stil",
    plaatshouders: ["naam", "gemeente", "zaaknummer", "wat", "besluit", "vanaf", "reden", "gevolg", "bron"],
    tekst: [
      "Wij zijn bezig met {{wat}}. De termijn waarbinnen u {{besluit}} van ons krijgt, staat vanaf {{vanaf}} tijdelijk stil. Dat heet opschorten.",
      "De reden is: {{reden}}",
      "{{gevolg}}",
      "Dit bevestigen wij u met deze brief ({{bron}}).",
      CONTACT,
    ].join("\n\n"),
  },
  {
    code: BRIEF_CODES.kennisgevingVeiligThuis,
    titel: "Wij hebben een melding gedaan bij Veilig Thuis",
    plaatshouders: ["naam", "gemeente", "zaaknummer", "meldingsdatum", "reden", "medewerker"],
    tekst: [
      "Met deze brief laten wij u weten dat wij op {{meldingsdatum}} een melding hebben gedaan bij Veilig Thuis. Wij vinden het belangrijk dat u dit van ons hoort.",
      "Waarom hebben wij dit gedaan? {{reden}}",
      "Wij werken met de meldcode huiselijk geweld en kindermishandeling. Die schrijft voor dat wij een melding doen bij Veilig Thuis als wij ons zorgen maken over de veiligheid thuis en denken dat hulp van ons alleen niet genoeg is.",
      "Wat doet Veilig Thuis nu? Veilig Thuis is de organisatie voor advies en hulp bij huiselijk geweld en kindermishandeling. Veilig Thuis bekijkt de melding en beslist wat er nodig is. Meestal neemt Veilig Thuis contact met u op voor een gesprek. Veilig Thuis kan ook hulp regelen of onderzoeken of iedereen thuis veilig is. U kunt Veilig Thuis ook zelf bellen: 0800-2000 (gratis, dag en nacht).",
      "Heeft u vragen over deze brief? Neem dan contact op met {{medewerker}} van de Toegang van de gemeente {{gemeente}} en noem uw kenmerk {{zaaknummer}}.",
    ].join("\n\n"),
  },
  {
    code: BRIEF_CODES.voorschot,
    titel: "U krijgt een voorschot op uw bijstand",
    plaatshouders: ["naam", "gemeente", "zaaknummer", "aanvraagdatum", "bedrag", "procent", "verleendOp"],
    tekst: [
      "Op {{aanvraagdatum}} heeft u bij de gemeente {{gemeente}} bijstand aangevraagd. Wij hebben nog niet besloten over uw aanvraag. Daarom krijgt u nu een voorschot (Participatiewet, artikel 52, eerste lid).",
      "U krijgt een voorschot van {{bedrag}}. Dat is {{procent}} van de bijstandsnorm die voor u geldt. Wij maken het bedrag over vanaf {{verleendOp}}.",
      "Een voorschot is nog geen besluit over uw recht op bijstand. Als wij hebben besloten, verrekenen wij het voorschot met de bijstand die u krijgt. Krijgt u geen bijstand, dan kunnen wij het voorschot terugvragen.",
      CONTACT,
    ].join("\n\n"),
  },
];

export function briefSjabloon(code: string): Sjabloon | undefined {
  return BRIEF_SJABLONEN.find((s) => s.code === code);
}
