import { z } from "zod";
import { AUDIT_ACTIE_CODES } from "../domain/audit/filter";
import { WEIGERGROND_CODES } from "../domain/inzage/inzage";
import { tekst } from "../domain/tekst";

export const persoonSamenvatting = z.object({
  id: z.uuid(),
  naam: tekst(),
  geboortedatum: tekst(),
  bsnGemaskeerd: tekst().nullable(),
  zonderBsn: z.boolean(),
  adres: tekst(),
  wijk: tekst().nullable(),
});
export type PersoonSamenvatting = z.infer<typeof persoonSamenvatting>;

export const betrokkenheid = z.object({ vakgroep: tekst(), medewerker: tekst().nullable() });

export const zaakInDossier = z.object({
  id: z.uuid(),
  zaaknummer: tekst(),
  zaaktype: tekst(),
  werkvoorraad: tekst(),
  status: tekst(),
  behandelaar: tekst().nullable(),
  meldingsdatum: tekst(),
  rol: tekst(),
  /** false: the caller may know the zaak exists and who handles it, not what it is about. */
  inzage: z.boolean(),
  omschrijving: tekst().nullable(),
});

export const relatie = z.object({
  id: z.uuid(),
  soort: tekst(),
  richting: z.enum(["van", "naar"]),
  persoonId: z.uuid(),
  naam: tekst(),
  geboortedatum: tekst(),
  /** An ended relation: since when and why (kept for the history; letters go by current relations only). */
  beeindigdOp: tekst().nullable(),
  redenBeeindiging: tekst().nullable(),
});

export const netwerklid = z.object({
  id: z.uuid(),
  naam: tekst(),
  relatie: tekst(),
  telefoon: tekst().nullable(),
  email: tekst().nullable(),
  mantelzorger: z.boolean(),
});

export const klantdossier = z.object({
  id: z.uuid(),
  versie: z.number().int(),
  naam: tekst(),
  bsnGemaskeerd: tekst().nullable(),
  zonderBsnReden: tekst().nullable(),
  voornamen: tekst(),
  voorvoegsel: tekst().nullable(),
  geslachtsnaam: tekst(),
  geboortedatum: tekst(),
  geslacht: tekst().nullable(),
  adres: z.object({
    straat: tekst().nullable(),
    huisnummer: z.number().int(),
    huisletter: tekst().nullable(),
    toevoeging: tekst().nullable(),
    postcode: tekst(),
    woonplaats: tekst(),
  }),
  wijk: z.object({ code: tekst(), naam: tekst().nullable() }).nullable(),
  telefoon: tekst().nullable(),
  email: tekst().nullable(),
  communicatie: z.record(tekst(), z.unknown()),
  /** The BRP's geheimhouding persoonsgegevens (Wet BRP art. 2.59): shown as a warning wherever the dossier is. */
  geheimhouding: z.boolean(),
  relaties: z.array(relatie),
  beeindigdeRelaties: z.array(relatie),
  netwerk: z.array(netwerklid),
  betrokkenheden: z.array(betrokkenheid),
  zaken: z.array(zaakInDossier),
});
export type Klantdossier = z.infer<typeof klantdossier>;

export const auditRegel = z.object({
  id: z.number().int(),
  tijdstip: tekst(),
  medewerkerId: z.uuid().nullable(),
  gebruikersnaam: tekst(),
  actie: tekst(),
  resource: tekst(),
  persoonId: z.uuid().nullable(),
  reden: tekst(),
});

const datumFilter = (label: string) =>
  tekst(label)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} is geen geldige datum (dag-maand-jaar)`)
    .optional();

/** The audit page's filters (GET /api/audit and /api/audit.csv); empty means "all". */
export const auditFilterQuery = z.object({
  persoonId: z.uuid("Geen geldige persoon").optional(),
  medewerkerId: z.uuid("Geen geldige medewerker").optional(),
  actie: z.enum(AUDIT_ACTIE_CODES, "Kies een bestaande actie").optional(),
  van: datumFilter("Van"),
  tot: datumFilter("Tot en met"),
});

export const bsnInzienVerzoek = z
  .object({ reden: tekst("Reden").trim().min(5, "Geef een reden (minstens 5 tekens)").max(500) })
  .strict();

export const nieuweRelatie = z
  .object({
    gerelateerdeId: z.uuid("Onbekende persoon"),
    soort: z.enum(
      ["partner", "ouder", "gezag", "wettelijk-vertegenwoordiger", "mantelzorger"],
      "Onbekende relatie",
    ),
  })
  .strict();

export const relatieBeeindiging = z
  .object({
    beeindigdOp: z.iso.date("Einddatum: gebruik een datum als 2026-01-05"),
    reden: tekst("Reden").trim().min(5, "Geef de reden (minstens 5 tekens)").max(500, "Maximaal 500 tekens"),
  })
  .strict();
export type RelatieBeeindiging = z.infer<typeof relatieBeeindiging>;

export const nieuwNetwerklid = z
  .object({
    naam: tekst("Naam").trim().min(1, "Vul een naam in").max(200),
    relatie: tekst("Relatie").trim().min(1, "Vul de relatie in (bijvoorbeeld buurvrouw)").max(100),
    telefoon: tekst("Telefoonnummer")
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, "Geen geldig telefoonnummer")
      .optional(),
    email: z.email("Geen geldig e-mailadres").max(254).optional(),
    mantelzorger: z.boolean().default(false),
  })
  .strict();

export const inzageDocument = z.object({
  id: tekst(),
  soort: z.enum(["zaakgegevens", "document", "journaal"]),
  zaakId: z.uuid().nullable(),
  zaaknummer: tekst().nullable(),
  titel: tekst(),
  datum: tekst(),
  inhoud: tekst(),
});

export const inzageVerzoek = z
  .object({
    beslissingen: z
      .array(
        z
          .object({
            documentId: tekst("Document").max(100),
            uitkomst: z.enum(["verstrekken", "weigeren"], "Kies verstrekken of niet verstrekken"),
            grond: z.enum(WEIGERGROND_CODES, "Kies een grond uit de lijst").optional(),
            toelichting: tekst("Motivering").trim().max(2000).optional(),
          })
          .strict(),
      )
      .max(1000),
  })
  .strict();

export const inzageExport = z.object({
  id: z.uuid(),
  aangemaaktOp: tekst(),
  inhoud: z.record(tekst(), z.unknown()),
  samenvatting: z.object({
    verstrekt: z.array(z.object({ documentId: tekst(), titel: tekst(), zaaknummer: tekst().nullable() })),
    geweigerd: z.array(
      z.object({
        documentId: tekst(),
        titel: tekst(),
        zaaknummer: tekst().nullable(),
        grond: tekst(),
        grondLabel: tekst(),
        toelichting: tekst(),
      }),
    ),
  }),
});

/** An open request for inzage from Mijn Voordeur, at the teamleider. */
export const openInzageverzoek = z.object({
  id: z.uuid(),
  persoonId: z.uuid(),
  naam: tekst(),
  ontvangenOp: tekst(),
  /** AVG art. 12 lid 3. */
  uiterlijk: tekst(),
  toelichting: tekst(),
  /** Asked by a parent, curator or mentor for the person. */
  namens: z.boolean(),
});
