import { z } from "zod";
import { CONTACT_THEMAS, CONTACT_UITKOMSTEN, VERWIJZER_SOORTEN } from "../domain/aanmelden/contact";
import { LEEFGEBIEDEN } from "../domain/routering/leefgebieden";
import { VEILIGHEID_NIVEAUS, WET_DOMEINEN } from "../domain/routering/routering";
import { VERBLIJF_SOORTEN } from "../domain/routering/woonplaatsbeginsel";
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

const gemeentecode = z
  .string()
  .trim()
  .regex(/^(GM)?\d{1,4}$/i, "Gebruik de CBS-code van de gemeente, bijvoorbeeld 0106");

const korteTekst = (melding: string, max = 2000) =>
  z.string().trim().min(1, melding).max(max, `Maximaal ${max} tekens`);

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
    signalen: z.string().trim().max(2000, "Maximaal 2000 tekens").optional(),
    veiligheid: z.enum(VEILIGHEID_NIVEAUS, "Kies veilig, zorgen, onveilig of crisis"),
    leefgebieden: z.array(z.enum(LEEFGEBIEDEN, "Onbekend leefgebied")).max(LEEFGEBIEDEN.length).default([]),
    wetDomein: z.enum(WET_DOMEINEN, "Kies het wetsdomein"),
    extraWetten: z.array(z.enum(WET_DOMEINEN, "Onbekend wetsdomein")).max(WET_DOMEINEN.length).default([]),
    thema: z.string().trim().max(100).optional(),
    urgent: z.boolean().optional(),
    aantalAanbieders: z.number().int().min(0).max(50).optional(),
    regiegroepOverleg: z
      .object({
        gesprek: korteTekst("Beschrijf het gesprek met de Regiegroep", 5000),
        acties: korteTekst("Noteer de afgesproken acties", 5000),
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
            code: z.string().trim().min(1).max(50),
            reden: z.string().trim().max(1000, "Maximaal 1000 tekens").optional(),
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
        notitie: korteTekst("Schrijf de overdrachtsnotitie voor de andere gemeente", 5000),
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
        naam: z.string().trim().max(200).optional(),
      })
      .strict()
      .optional(),
    melder: z
      .object({
        naam: korteTekst("Vul de naam van de melder in", 200),
        relatie: z.string().trim().max(100).optional(),
        telefoon: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ()-]{6,20}$/, "Geen geldig telefoonnummer")
          .optional(),
      })
      .strict()
      .optional(),
    persoonId: z.uuid("Onbekende persoon").optional(),
    naamZonderRegistratie: z.string().trim().min(1).max(200).optional(),
    gezinsleden: z.array(z.uuid("Onbekende persoon")).max(19).default([]),
    thema: z.enum(CONTACT_THEMAS, "Kies een thema"),
    kenmerken: z.array(z.string().trim().min(1).max(50)).max(10).default([]),
    vraag: korteTekst("Beschrijf de vraag kort", 5000),
    directBeantwoord: z.boolean("Is de vraag direct beantwoord? Kies ja of nee"),
    antwoord: z.string().trim().max(5000, "Maximaal 5000 tekens").optional(),
    triage: triageInvoer.optional(),
    uitkomst: aanmeldUitkomst,
  })
  .strict();
export type AanmeldingVerzoek = z.infer<typeof aanmeldingVerzoek>;

export const meervoudigheid = z.object({
  soort: z.enum(["enkelvoudig", "meervoudig"]),
  leefgebieden: z.array(z.string()),
  wetten: z.array(z.string()),
  reden: z.string(),
});

export const woonplaatsUitkomst = z.object({
  verantwoordelijk: z.string().nullable(),
  eigen: z.boolean(),
  grondslag: z.string(),
  grond: z.string(),
  warmeOverdrachtNodig: z.boolean(),
});

export const werkvoorraadOptie = z.object({ code: z.string(), naam: z.string() });

export const triageUitkomst = z.object({
  meervoudigheid,
  voorstel: z.object({
    werkvoorraad: z.string(),
    werkvoorraadNaam: z.string(),
    regel: z.string(),
    uitleg: z.string(),
    spoed: z.boolean(),
  }),
  woonplaats: woonplaatsUitkomst.nullable(),
  /** The werkvoorraden this medewerker may choose instead of the proposal. */
  keuzes: z.array(werkvoorraadOptie),
});
export type TriageUitkomstApi = z.infer<typeof triageUitkomst>;

export const contactKort = z.object({
  id: z.uuid(),
  tijdstip: z.string(),
  kanaal: z.string(),
  thema: z.string(),
  vraag: z.string(),
  uitkomst: z.enum(CONTACT_UITKOMSTEN),
  zaaknummer: z.string().nullable(),
  door: z.string(),
});

export const contactDetail = contactKort.extend({
  verwijzer: z.object({ soort: z.string(), naam: z.string().optional() }).nullable(),
  melder: z
    .object({ naam: z.string(), relatie: z.string().optional(), telefoon: z.string().optional() })
    .nullable(),
  persoonId: z.uuid().nullable(),
  naamZonderRegistratie: z.string().nullable(),
  kenmerken: z.array(z.string()),
  directBeantwoord: z.boolean(),
  antwoord: z.string().nullable(),
  zaakId: z.uuid().nullable(),
  triage: z.record(z.string(), z.unknown()).nullable(),
  overdracht: z.record(z.string(), z.unknown()).nullable(),
});
export type ContactDetail = z.infer<typeof contactDetail>;

export const aanmeldingResultaat = z.object({
  contact: contactDetail,
  zaak: z
    .object({
      id: z.uuid(),
      zaaknummer: z.string(),
      werkvoorraad: z.string(),
      routering: z.object({ regel: z.string(), uitleg: z.string() }),
      spoed: z.boolean(),
      /** Whether the registering medewerker may read the new zaak (content only of the own vakgroep). */
      magOpenen: z.boolean(),
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
  zaaknummer: z.string(),
  zaaktype: z.string(),
  werkvoorraad: z.string(),
  status: z.string(),
  behandelaar: z.string().nullable(),
  meldingsdatum: z.string(),
  open: z.boolean(),
});

/** The IAG screen's view of a resident: basic information, who is involved, earlier contacts, zaak headlines. */
export const iagPersoon = z.object({
  id: z.uuid(),
  naam: z.string(),
  geboortedatum: z.string(),
  leeftijd: z.number().int(),
  bsnGemaskeerd: z.string().nullable(),
  adres: z.string(),
  wijk: z.string().nullable(),
  telefoon: z.string().nullable(),
  relaties: z.array(relatie),
  betrokkenheden: z.array(betrokkenheid),
  zaken: z.array(zaakKop),
  contacten: z.array(contactKort),
});
export type IagPersoon = z.infer<typeof iagPersoon>;

export const turfVerzoek = z.object({ thema: z.enum(CONTACT_THEMAS, "Kies een thema") }).strict();

export const turfTelling = z.object({ datum: z.string(), thema: z.string(), aantal: z.number().int() });

export const turfOverzicht = z.object({
  datum: z.string(),
  items: z.array(z.object({ thema: z.string(), label: z.string(), aantal: z.number().int() })),
  totaal: z.number().int(),
});

export const notificatie = z.object({
  id: z.uuid(),
  soort: z.string(),
  tekst: z.string(),
  link: z.string().nullable(),
  aangemaaktOp: z.string(),
  gelezenOp: z.string().nullable(),
});
export type Notificatie = z.infer<typeof notificatie>;

export const aanmeldingVanZaak = z.object({ contacten: z.array(contactDetail) });
