import { z } from "zod";
import { paginaQuery } from "./paginering";

const retourcode = z.object({ code: z.string(), omschrijving: z.string(), klasse: z.string() });

export const berichtVerwerking = z.object({
  retouren: z.array(retourcode),
  meldingen: z.array(z.string()),
  retourberichtId: z.string().nullable(),
});

export const inkomendAntwoord = z.object({
  id: z.uuid(),
  berichtcode: z.number().int(),
  status: z.string(),
  verwerking: berichtVerwerking,
});

export const berichtSamenvatting = z.object({
  id: z.uuid(),
  richting: z.enum(["uitgaand", "inkomend"]),
  standaard: z.enum(["iwmo", "ijw"]),
  berichttype: z.string(),
  omschrijving: z.string(),
  afzender: z.string(),
  ontvanger: z.string(),
  identificatie: z.string(),
  dagtekening: z.string(),
  aanbiederAgb: z.string().nullable(),
  persoonId: z.uuid().nullable(),
  zaakId: z.uuid().nullable(),
  heenberichtId: z.uuid().nullable(),
  status: z.string(),
  retouren: z.array(retourcode),
  meldingen: z.array(z.string()),
  aandacht: z.string().nullable(),
  afgehandeldOp: z.string().nullable(),
  pogingen: z.number().int(),
  laatsteFout: z.string().nullable(),
  verzondenOp: z.string().nullable(),
  aangemaaktOp: z.string(),
});
export type BerichtSamenvatting = z.infer<typeof berichtSamenvatting>;

export const berichtenQuery = paginaQuery.extend({
  richting: z.enum(["uitgaand", "inkomend"], "Kies uitgaand of inkomend").optional(),
  zaakId: z.uuid("Onbekende zaak").optional(),
  persoonId: z.uuid("Onbekende persoon").optional(),
  aanbiederAgb: z
    .string()
    .regex(/^\d{8}$/, "Een AGB-code heeft 8 cijfers")
    .optional(),
  aandacht: z.enum(["ja", "nee"]).optional(),
});

const omvang = z.object({ volume: z.number(), eenheid: z.string(), frequentie: z.string() });

export const gevraagdProduct = z.object({
  referentieAanbieder: z.string().nullable(),
  toewijzingnummer: z.number().int().nullable(),
  soort: z.enum(["nieuw", "wijzigen", "ongewijzigd"]),
  product: z.object({ categorie: z.string(), code: z.string().nullable() }).nullable(),
  ingangsdatum: z.string().nullable(),
  einddatum: z.string().nullable(),
  omvang: omvang.nullable(),
  budget: z.number().int().nullable(),
  verwijzer: z
    .object({ type: z.string(), naam: z.string().nullable(), zorgverlenerCode: z.string().nullable() })
    .nullable(),
  commentaar: z.string().nullable(),
});

export const termijnKort = z.object({
  soort: z.string(),
  uiterlijkeDatum: z.string(),
  status: z.string(),
  bron: z.string(),
});

export const verzoekDetail = z.object({
  id: z.uuid(),
  soort: z.enum(["toewijzing", "wijziging"]),
  wet: z.enum(["wmo", "jeugd"]),
  status: z.enum(["open", "in-onderzoek", "toegewezen", "afgewezen"]),
  zaakId: z.uuid(),
  zaaknummer: z.string(),
  persoonId: z.uuid(),
  client: z.string(),
  aanbiederAgb: z.string(),
  aanbieder: z.string().nullable(),
  berichtId: z.uuid(),
  ontvangenOp: z.string(),
  inOnderzoekOp: z.string().nullable(),
  beantwoordOp: z.string().nullable(),
  referentieAanbieder: z.string().nullable(),
  producten: z.array(gevraagdProduct),
  /** The open answer clocks, nearest first. */
  termijnen: z.array(termijnKort),
  versie: z.number().int(),
});
export type VerzoekDetail = z.infer<typeof verzoekDetail>;

export const verzoekenQuery = paginaQuery.extend({ zaakId: z.uuid("Onbekende zaak").optional() });

export const REDENEN_AFWIJZING = {
  "1": "Geen wijziging, maar nieuwe aanvraag",
  "2": "Past niet binnen budget",
  "3": "Geen contract",
  "4": "Past niet binnen contract",
  "5": "Andere gemeente",
  "6": "Stapeling",
  "7": "Zorginhoudelijke afkeur",
  "8": "Woonplaatsbeginsel",
  "9": "Leeftijdsgrens is bereikt",
} as const;

export const verzoekAntwoordVerzoek = z.discriminatedUnion(
  "antwoord",
  [
    z.object({ antwoord: z.literal("toewijzen") }).strict(),
    z.object({ antwoord: z.literal("in-onderzoek") }).strict(),
    z
      .object({
        antwoord: z.literal("afwijzen"),
        redenAfwijzing: z.enum(Object.keys(REDENEN_AFWIJZING) as ["1"], "Kies een reden van afwijzing"),
        woonplaatsGemeente: z
          .string()
          .regex(/^\d{4}$/, "Een gemeentecode (CBS) heeft 4 cijfers")
          .optional(),
      })
      .strict(),
  ],
  "Kies toewijzen, afwijzen of in onderzoek",
);

export const verzoekAntwoordResultaat = z.object({
  verzoek: verzoekDetail,
  berichtIds: z.array(z.uuid()),
});
