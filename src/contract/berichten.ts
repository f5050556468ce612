import { z } from "zod";
import { tekst } from "../domain/tekst";
import { paginaQuery } from "./paginering";

const retourcode = z.object({ code: tekst(), omschrijving: tekst(), klasse: tekst() });

export const berichtVerwerking = z.object({
  retouren: z.array(retourcode),
  meldingen: z.array(tekst()),
  retourberichtId: tekst().nullable(),
});

export const inkomendAntwoord = z.object({
  id: z.uuid(),
  berichtcode: z.number().int(),
  status: tekst(),
  verwerking: berichtVerwerking,
});

export const berichtSamenvatting = z.object({
  id: z.uuid(),
  richting: z.enum(["uitgaand", "inkomend"]),
  standaard: z.enum(["iwmo", "ijw"]),
  berichttype: tekst(),
  omschrijving: tekst(),
  afzender: tekst(),
  ontvanger: tekst(),
  identificatie: tekst(),
  dagtekening: tekst(),
  aanbiederAgb: tekst().nullable(),
  persoonId: z.uuid().nullable(),
  zaakId: z.uuid().nullable(),
  heenberichtId: z.uuid().nullable(),
  status: tekst(),
  retouren: z.array(retourcode),
  meldingen: z.array(tekst()),
  aandacht: tekst().nullable(),
  afgehandeldOp: tekst().nullable(),
  pogingen: z.number().int(),
  laatsteFout: tekst().nullable(),
  verzondenOp: tekst().nullable(),
  aangemaaktOp: tekst(),
});
export type BerichtSamenvatting = z.infer<typeof berichtSamenvatting>;

export const berichtenQuery = paginaQuery.extend({
  richting: z.enum(["uitgaand", "inkomend"], "Kies uitgaand of inkomend").optional(),
  zaakId: z.uuid("Onbekende zaak").optional(),
  persoonId: z.uuid("Onbekende persoon").optional(),
  aanbiederAgb: tekst("AGB-code")
    .regex(/^\d{8}$/, "Een AGB-code heeft 8 cijfers")
    .optional(),
  aandacht: z.enum(["ja", "nee"]).optional(),
});

const omvang = z.object({ volume: z.number(), eenheid: tekst(), frequentie: tekst() });

export const gevraagdProduct = z.object({
  referentieAanbieder: tekst().nullable(),
  toewijzingnummer: z.number().int().nullable(),
  soort: z.enum(["nieuw", "wijzigen", "ongewijzigd"]),
  product: z.object({ categorie: tekst(), code: tekst().nullable() }).nullable(),
  ingangsdatum: tekst().nullable(),
  einddatum: tekst().nullable(),
  omvang: omvang.nullable(),
  budget: z.number().int().nullable(),
  verwijzer: z
    .object({ type: tekst(), naam: tekst().nullable(), zorgverlenerCode: tekst().nullable() })
    .nullable(),
  commentaar: tekst().nullable(),
});

export const termijnKort = z.object({
  soort: tekst(),
  uiterlijkeDatum: tekst(),
  status: tekst(),
  bron: tekst(),
});

export const verzoekDetail = z.object({
  id: z.uuid(),
  soort: z.enum(["toewijzing", "wijziging"]),
  wet: z.enum(["wmo", "jeugd"]),
  status: z.enum(["open", "in-onderzoek", "toegewezen", "afgewezen"]),
  zaakId: z.uuid(),
  zaaknummer: tekst(),
  persoonId: z.uuid(),
  client: tekst(),
  aanbiederAgb: tekst(),
  aanbieder: tekst().nullable(),
  berichtId: z.uuid(),
  ontvangenOp: tekst(),
  inOnderzoekOp: tekst().nullable(),
  beantwoordOp: tekst().nullable(),
  referentieAanbieder: tekst().nullable(),
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
        woonplaatsGemeente: tekst("Gemeente van het woonplaatsbeginsel")
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
