/**
 * Default texts of the afspraken area, seeded per gemeente; the beheerder adapts them under Beheer › Teksten.
 * Own wording (informative, B1 level), based on Wmo 2015 art. 2.3.2 lid 3 and Jeugdwet art. 2.6
 * (free independent cliëntondersteuning) and the Jeugdwet's Verwijsindex (hoofdstuk 7.1).
 */
import type { TekstblokInvoer } from "../db/tekstblokken";
import {
  BEVESTIGING_PLAATSHOUDERS,
  TEKST_BRIEF_BEVESTIGING,
  TEKST_CLIENTONDERSTEUNING,
  TEKST_INFOBLAD_JEUGD,
} from "../domain/afspraken/bevestiging";

export const AFSPRAKEN_TEKSTEN: TekstblokInvoer[] = [
  {
    code: TEKST_BRIEF_BEVESTIGING,
    titel: "Bevestiging van uw afspraak",
    toelichting: `Briefsjabloon voor de bevestiging van een afspraak (brief als PDF en e-mail). Laat een lege regel tussen alinea's. Plaatshouders: ${BEVESTIGING_PLAATSHOUDERS.map((p) => `{{${p}}}`).join(", ")}. Datum, tijd, locatie en medewerker staan ook nog eens in een overzicht onder de tekst.`,
    tekst: [
      "Hierbij bevestigen wij de afspraak die wij met u hebben gemaakt. Op {{datum}} van {{begintijd}} tot {{eindtijd}} uur spreekt u {{medewerker}} van de Toegang van gemeente {{gemeente}}.",
      "Het gesprek gaat over: {{onderwerp}}. We kijken samen met u wat er speelt, wat u zelf of met mensen om u heen kunt doen en welke ondersteuning daarbij past.",
      "Wilt u een geldig identiteitsbewijs meenemen? U mag iemand meenemen die u vertrouwt. U kunt ook gratis hulp krijgen van een onafhankelijke cliëntondersteuner; daarover leest u meer in de bijlage.",
      "Komt het tijdstip u niet uit? Laat het ons dan zo snel mogelijk weten en noem daarbij uw kenmerk {{zaaknummer}}.",
    ].join("\n\n"),
  },
  {
    code: TEKST_CLIENTONDERSTEUNING,
    titel: "Gratis onafhankelijke cliëntondersteuning",
    toelichting:
      "Folder die bij iedere bevestiging van een afspraak wordt meegestuurd (Wmo 2015 art. 2.3.2 lid 3, Jeugdwet art. 2.6). Geen plaatshouders.",
    tekst: [
      "Heeft u een vraag over ondersteuning voor uzelf, uw kind of iemand voor wie u zorgt? Dan heeft u recht op gratis hulp van een onafhankelijke cliëntondersteuner. Dat staat in de wet: in de Wet maatschappelijke ondersteuning 2015 (artikel 2.3.2, derde lid) en in de Jeugdwet (artikel 2.6).",
      "Wat doet een cliëntondersteuner? De cliëntondersteuner staat naast u. Hij of zij helpt u om uw vraag helder te krijgen, bereidt het gesprek met u voor, kan bij het gesprek met de gemeente zijn en denkt mee over oplossingen. Ook als u het niet eens bent met een besluit, kan de cliëntondersteuner u helpen.",
      "Onafhankelijk: de cliëntondersteuner beslist niet over uw aanvraag en werkt niet voor de medewerker die dat wel doet. Alles wat u bespreekt, blijft tussen u en de cliëntondersteuner, tenzij u zelf toestemming geeft om iets te delen.",
      "Kosten: cliëntondersteuning is gratis. U kunt er op ieder moment om vragen: voor het eerste gesprek, tijdens het onderzoek en ook later.",
      "Liever iemand die u al kent? U mag ook een familielid, vriend of buur meenemen naar het gesprek.",
      "Wilt u een cliëntondersteuner? Vraag het de medewerker die deze brief ondertekende of bel de Toegang van uw gemeente. Wij brengen u dan in contact met een cliëntondersteuner.",
    ].join("\n\n"),
  },
  {
    code: TEKST_INFOBLAD_JEUGD,
    titel: "Infoblad Jeugd",
    toelichting:
      "Informatie voor ouders en jongeren, meegestuurd bij afspraken in jeugdzaken (zaaktype jeugd, veilig opgroeien, leerplicht, of een minderjarige in het gezin). Geen plaatshouders.",
    tekst: [
      "Opgroeien gaat niet altijd vanzelf. Soms heeft een kind, een jongere of een gezin hulp nodig. De gemeente is er verantwoordelijk voor dat die hulp er is; dat staat in de Jeugdwet. In dit infoblad leest u hoe dat werkt.",
      "Het gesprek: in het eerste gesprek kijken we samen met u en uw kind wat er aan de hand is, wat goed gaat en wat er anders moet. We vragen ook wie er om u heen kunnen helpen, zoals familie, school of de huisarts. Uw kind mag vanaf 12 jaar zelf meepraten en meebeslissen.",
      "Hulp op maat: soms is een paar gesprekken genoeg, soms is er meer nodig. Dan maken we samen een plan met de resultaten die u wilt bereiken. Als hulp van een zorgaanbieder nodig is, neemt de gemeente daarover een besluit (een beschikking). U kunt bezwaar maken als u het daarmee niet eens bent.",
      "Cliëntondersteuning: u en uw kind hebben recht op gratis onafhankelijke cliëntondersteuning (Jeugdwet artikel 2.6). Zie de andere bijlage bij deze brief.",
      "Verwijsindex: als meerdere hulpverleners bij uw kind betrokken zijn, registreren zij dat in de Verwijsindex. Daarin staat alleen dát een hulpverlener betrokken is, niet waarom. Zo kunnen hulpverleners elkaar vinden en hun hulp op elkaar afstemmen. U wordt geïnformeerd als uw kind wordt geregistreerd.",
      "Privacy: wij gaan zorgvuldig om met uw gegevens en die van uw kind. U mag altijd vragen welke gegevens wij hebben en die inzien.",
      "Een vertrouwenspersoon: heeft u een klacht over de hulp of wilt u advies van iemand die los staat van de hulp? Dan kunt u gratis een vertrouwenspersoon voor de jeugdhulp inschakelen.",
    ].join("\n\n"),
  },
];
