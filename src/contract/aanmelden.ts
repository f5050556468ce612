import { z } from "zod";
import { CONTACT_THEMAS, CONTACT_UITKOMSTEN, VERWIJZER_SOORTEN } from "../domain/aanmelden/contact";
import { LEEFGEBIEDEN } from "../domain/routering/leefgebieden";
import { VEILIGHEID_NIVEAUS, WET_DOMEINEN } from "../domain/routering/routering";
import { VERBLIJF_SOORTEN } from "../domain/routering/woonplaatsbeginsel";
import { tekst } from "../domain/tekst";
import { AANMELDKANALEN } from "../domain/zaak/kanalen";
import { ZAAKTYPEN } from "../domain/zaak/zaaktypen";
import { betrokkenheid, relatie } from "./personen";

// Labels of the aanmelden vocabulary, for the UI (one source with the API's enums).
export { WET_DOMEIN_LABELS } from "../domain/aanmelden/aanmelding";
export {
  CONTACT_THEMA_LABELS,
  CONTACT_THEMAS,
  CONTACT_UITKOMST_LABELS,
  VERWIJZER_LABELS,
  VERWIJZER_SOORTEN,
} from "../domain/aanmelden/contact";
export { LEEFGEBIED_LABELS, LEEFGEBIEDEN } from "../domain/routering/leefgebieden";
export { VEILIGHEID_NIVEAUS, WERKVOORRAAD_LABELS, WET_DOMEINEN } from "../domain/routering/routering";
export { VERBLIJF_LABELS, VERBLIJF_SOORTEN } from "../domain/routering/woonplaatsbeginsel";
export { AANMELDKANAAL_LABELS, AANMELDKANALEN } from "../domain/zaak/kanalen";

const gemeentecode = tekst("Gemeentecode")
  .trim()
  .regex(/^(GM)?\d{1,4}$/i, "Gebruik de CBS-code van de gemeente, bijvoorbeeld 0106");

const korteTekst = (label: string, melding: string, max = 2000) =>
  tekst(label).trim().min(1, melding).max(max, `Maximaal ${max} tekens`);

export const woonplaatsGegevens = z
  .object({
    brpGemeente: gemeentecode.nullable().optional(),
    verblijf: z
      .object({
        soort: z.enum(VERBLIJF_SOORTEN, "Onbekende soort verblijf"),
        brpGemeenteVoorVerblijf: gemeentecode.nullable().optional(),
      })
      .strict()
      .nullable()
      .optional(),
    gemeenteMoederBijGeboorte: gemeentecode.nullable().optional(),
    feitelijkeVerblijfplaats: gemeentecode.nullable().optional(),
  })
  .strict();

/** Triage and veiligheidscheck as answered by the IAG. */
export const triageInvoer = z
  .object({
    veiligheidssignalen: z.boolean("Zijn er veiligheidssignalen? Kies ja of nee"),
    signalen: tekst("Signalen").trim().max(2000, "Maximaal 2000 tekens").optional(),
    veiligheid: z.enum(VEILIGHEID_NIVEAUS, "Kies veilig, zorgen, onveilig of crisis"),
    leefgebieden: z.array(z.enum(LEEFGEBIEDEN, "Onbekend leefgebied")).max(LEEFGEBIEDEN.length).default([]),
    wetDomein: z.enum(WET_DOMEINEN, "Kies het wetsdomein"),
    extraWetten: z.array(z.enum(WET_DOMEINEN, "Onbekend wetsdomein")).max(WET_DOMEINEN.length).default([]),
    thema: tekst("Thema").trim().max(100).optional(),
    urgent: z.boolean().optional(),
    aantalAanbieders: z.number().int().min(0).max(50).optional(),
    regiegroepOverleg: z
      .object({
        gesprek: korteTekst("Gesprek met de Regiegroep", "Beschrijf het gesprek met de Regiegroep", 5000),
        acties: korteTekst("Afgesproken acties", "Noteer de afgesproken acties", 5000),
      })
      .strict()
      .optional(),
    woonplaats: woonplaatsGegevens.optional(),
  })
  .strict();
export type TriageInvoerApi = z.infer<typeof triageInvoer>;

export const aanmeldUitkomst = z.discriminatedUnion(
  "soort",
  [
    z.object({ soort: z.literal("beantwoord") }).strict(),
    z
      .object({
        soort: z.literal("zaak"),
        zaaktype: z.enum(ZAAKTYPEN, "Onbekend zaaktype").optional(),
        /** Another werkvoorraad than proposed, with the reason. */
        werkvoorraad: z
          .object({
            code: tekst("Werkvoorraad").trim().min(1).max(50),
            reden: tekst("Reden").trim().max(1000, "Maximaal 1000 tekens").optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    z.object({ soort: z.literal("koppel"), zaakId: z.uuid("Onbekende zaak") }).strict(),
    z
      .object({
        soort: z.literal("overdracht"),
        gemeente: gemeentecode.optional(),
        notitie: korteTekst(
          "Overdrachtsnotitie",
          "Schrijf de overdrachtsnotitie voor de andere gemeente",
          5000,
        ),
      })
      .strict(),
  ],
  "Kies wat er met het contact gebeurt: beantwoord, zaak, koppel of overdracht",
);

export const aanmeldingVerzoek = z
  .object({
    kanaal: z.enum(AANMELDKANALEN, "Onbekend kanaal"),
    verwijzer: z
      .object({
        soort: z.enum(VERWIJZER_SOORTEN, "Onbekende verwijzer"),
        naam: tekst("Naam van de verwijzer").trim().max(200).optional(),
      })
      .strict()
      .optional(),
    melder: z
      .object({
        naam: korteTekst("Naam van de melder", "Vul de naam van de melder in", 200),
        relatie: tekst("Relatie").trim().max(100).optional(),
        telefoon: tekst("Telefoonnummer")
          .trim()
          .regex(/^\+?[0-9 ()-]{6,20}$/, "Geen geldig telefoonnummer")
          .optional(),
      })
      .strict()
      .optional(),
    persoonId: z.uuid("Onbekende persoon").optional(),
    naamZonderRegistratie: tekst("Naam").trim().min(1).max(200).optional(),
    gezinsleden: z.array(z.uuid("Onbekende persoon")).max(19).default([]),
    thema: z.enum(CONTACT_THEMAS, "Kies een thema"),
    kenmerken: z.array(tekst("Kenmerk").trim().min(1).max(50)).max(10).default([]),
    vraag: korteTekst("Vraag", "Beschrijf de vraag kort", 5000),
    directBeantwoord: z.boolean("Is de vraag direct beantwoord? Kies ja of nee"),
    antwoord: tekst("Antwoord").trim().max(5000, "Maximaal 5000 tekens").optional(),
    triage: triageInvoer.optional(),
    uitkomst: aanmeldUitkomst,
    /** The hulpvraag from Mijn Voordeur this contact registers (aanmelden/hulpvragen.ts). */
    hulpvraagId: z.uuid("Onbekende hulpvraag").optional(),
  })
  .strict();
export type AanmeldingVerzoek = z.infer<typeof aanmeldingVerzoek>;

export const meervoudigheid = z.object({
  soort: z.enum(["enkelvoudig", "meervoudig"]),
  leefgebieden: z.array(tekst()),
  wetten: z.array(tekst()),
  reden: tekst(),
});

export const woonplaatsUitkomst = z.object({
  verantwoordelijk: tekst().nullable(),
  eigen: z.boolean(),
  grondslag: tekst(),
  grond: tekst(),
  warmeOverdrachtNodig: z.boolean(),
});

export const werkvoorraadOptie = z.object({ code: tekst(), naam: tekst() });

export const triageUitkomst = z.object({
  meervoudigheid,
  voorstel: z.object({
    werkvoorraad: tekst(),
    werkvoorraadNaam: tekst(),
    regel: tekst(),
    uitleg: tekst(),
    spoed: z.boolean(),
  }),
  woonplaats: woonplaatsUitkomst.nullable(),
  /** The werkvoorraden this medewerker may choose instead of the proposal. */
  keuzes: z.array(werkvoorraadOptie),
});
export type TriageUitkomstApi = z.infer<typeof triageUitkomst>;

export const contactKort = z.object({
  id: z.uuid(),
  tijdstip: tekst(),
  kanaal: tekst(),
  thema: tekst(),
  vraag: tekst(),
  uitkomst: z.enum(CONTACT_UITKOMSTEN),
  zaaknummer: tekst().nullable(),
  door: tekst(),
});

export const contactDetail = contactKort.extend({
  verwijzer: z.object({ soort: tekst(), naam: tekst().optional() }).nullable(),
  melder: z.object({ naam: tekst(), relatie: tekst().optional(), telefoon: tekst().optional() }).nullable(),
  persoonId: z.uuid().nullable(),
  naamZonderRegistratie: tekst().nullable(),
  kenmerken: z.array(tekst()),
  directBeantwoord: z.boolean(),
  antwoord: tekst().nullable(),
  zaakId: z.uuid().nullable(),
  triage: z.record(tekst(), z.unknown()).nullable(),
  overdracht: z.record(tekst(), z.unknown()).nullable(),
});
export type ContactDetail = z.infer<typeof contactDetail>;

export const aanmeldingResultaat = z.object({
  contact: contactDetail,
  zaak: z
    .object({
      id: z.uuid(),
      zaaknummer: tekst(),
      werkvoorraad: tekst(),
      routering: z.object({ regel: tekst(), uitleg: tekst() }),
      spoed: z.boolean(),
      /** Whether the registering medewerker may read the new zaak (content only of the own vakgroep). */
      magOpenen: z.boolean(),
      versie: z.number().int(),
    })
    .nullable(),
  triage: triageUitkomst.nullable(),
  /** How many involved medewerkers were notified. */
  geinformeerd: z.number().int(),
});
export type AanmeldingResultaat = z.infer<typeof aanmeldingResultaat>;

export const routeringVerzoek = z
  .object({ triage: triageInvoer, zaaktype: z.enum(ZAAKTYPEN, "Onbekend zaaktype").optional() })
  .strict();

export const zaakKop = z.object({
  id: z.uuid(),
  zaaknummer: tekst(),
  zaaktype: tekst(),
  werkvoorraad: tekst(),
  status: tekst(),
  behandelaar: tekst().nullable(),
  meldingsdatum: tekst(),
  open: z.boolean(),
  /** For a change from the IAG screen (the Meldcode's start) without reading the whole zaak: If-Match. */
  versie: z.number().int(),
});

/** The IAG screen's view of a resident: basic information, who is involved, earlier contacts, zaak headlines. */
export const iagPersoon = z.object({
  id: z.uuid(),
  naam: tekst(),
  geboortedatum: tekst(),
  leeftijd: z.number().int(),
  bsnGemaskeerd: tekst().nullable(),
  adres: tekst(),
  wijk: tekst().nullable(),
  telefoon: tekst().nullable(),
  relaties: z.array(relatie),
  betrokkenheden: z.array(betrokkenheid),
  zaken: z.array(zaakKop),
  contacten: z.array(contactKort),
});
export type IagPersoon = z.infer<typeof iagPersoon>;

export const turfVerzoek = z.object({ thema: z.enum(CONTACT_THEMAS, "Kies een thema") }).strict();

export const turfTelling = z.object({ datum: tekst(), thema: tekst(), aantal: z.number().int() });

export const turfOverzicht = z.object({
  datum: tekst(),
  items: z.array(z.object({ thema: tekst(), label: tekst(), aantal: z.number().int() })),
  totaal: z.number().int(),
});

export const notificatie = z.object({
  id: z.uuid(),
  soort: tekst(),
  tekst: tekst(),
  link: tekst().nullable(),
  aangemaaktOp: tekst(),
  gelezenOp: tekst().nullable(),
});
export type Notificatie = z.infer<typeof notificatie>;

export const aanmeldingVanZaak = z.object({ contacten: z.array(contactDetail) });
