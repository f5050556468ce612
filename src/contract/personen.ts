import { z } from "zod";

export const persoonSamenvatting = z.object({
  id: z.uuid(),
  naam: z.string(),
  geboortedatum: z.string(),
  bsnGemaskeerd: z.string().nullable(),
  zonderBsn: z.boolean(),
  adres: z.string(),
  wijk: z.string().nullable(),
});
export type PersoonSamenvatting = z.infer<typeof persoonSamenvatting>;

export const betrokkenheid = z.object({ vakgroep: z.string(), medewerker: z.string().nullable() });

export const zaakInDossier = z.object({
  id: z.uuid(),
  zaaknummer: z.string(),
  zaaktype: z.string(),
  werkvoorraad: z.string(),
  status: z.string(),
  behandelaar: z.string().nullable(),
  meldingsdatum: z.string(),
  rol: z.string(),
  /** false: the caller may know the zaak exists and who handles it, not what it is about. */
  inzage: z.boolean(),
  omschrijving: z.string().nullable(),
});

export const relatie = z.object({
  soort: z.string(),
  richting: z.enum(["van", "naar"]),
  persoonId: z.uuid(),
  naam: z.string(),
  geboortedatum: z.string(),
});

export const netwerklid = z.object({
  id: z.uuid(),
  naam: z.string(),
  relatie: z.string(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  mantelzorger: z.boolean(),
});

export const klantdossier = z.object({
  id: z.uuid(),
  versie: z.number().int(),
  naam: z.string(),
  bsnGemaskeerd: z.string().nullable(),
  zonderBsnReden: z.string().nullable(),
  voornamen: z.string(),
  voorvoegsel: z.string().nullable(),
  geslachtsnaam: z.string(),
  geboortedatum: z.string(),
  geslacht: z.string().nullable(),
  adres: z.object({
    straat: z.string().nullable(),
    huisnummer: z.number().int(),
    huisletter: z.string().nullable(),
    toevoeging: z.string().nullable(),
    postcode: z.string(),
    woonplaats: z.string(),
  }),
  wijk: z.object({ code: z.string(), naam: z.string().nullable() }).nullable(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  communicatie: z.record(z.string(), z.unknown()),
  relaties: z.array(relatie),
  netwerk: z.array(netwerklid),
  betrokkenheden: z.array(betrokkenheid),
  zaken: z.array(zaakInDossier),
});
export type Klantdossier = z.infer<typeof klantdossier>;

export const auditRegel = z.object({
  tijdstip: z.string(),
  gebruikersnaam: z.string(),
  actie: z.string(),
  resource: z.string(),
  reden: z.string(),
});

export const bsnInzienVerzoek = z
  .object({ reden: z.string().trim().min(5, "Geef een reden (minstens 5 tekens)").max(500) })
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

export const nieuwNetwerklid = z
  .object({
    naam: z.string().trim().min(1, "Vul een naam in").max(200),
    relatie: z.string().trim().min(1, "Vul de relatie in (bijvoorbeeld buurvrouw)").max(100),
    telefoon: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, "Geen geldig telefoonnummer")
      .optional(),
    email: z.email("Geen geldig e-mailadres").max(254).optional(),
    mantelzorger: z.boolean().default(false),
  })
  .strict();

export const inzageDocument = z.object({
  id: z.string(),
  soort: z.enum(["zaak", "aantekening"]),
  titel: z.string(),
  datum: z.string(),
  inhoud: z.string(),
});

export const inzageVerzoek = z
  .object({
    beslissingen: z
      .array(
        z
          .object({
            documentId: z.string().max(100),
            opnemen: z.boolean(),
            motivering: z.string().trim().max(2000).optional(),
          })
          .strict(),
      )
      .max(1000),
  })
  .strict();

export const inzageExport = z.object({
  id: z.uuid(),
  aangemaaktOp: z.string(),
  inhoud: z.record(z.string(), z.unknown()),
});
