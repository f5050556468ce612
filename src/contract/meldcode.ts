/** The Meldcode huiselijk geweld en kindermishandeling (issue 14; domain/meldcode): requests and answers. */
import { z } from "zod";
import {
  MELDCODE_STAPPEN,
  MELDCODE_STATUSSEN,
  OVERLEG_MET,
  SIGNAAL_SOORTEN,
} from "../domain/meldcode/meldcode";
import { tekst } from "../domain/tekst";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-01-05`);
const kort = (label: string) => tekst(label, { eenRegel: true }).trim().max(200, "Maximaal 200 tekens");
const lang = (label: string) => tekst(label).trim().max(5000, "Maximaal 5000 tekens");

export const meldcodeSignaal = z
  .object({
    soort: z.enum(SIGNAAL_SOORTEN, "Kies eigen waarneming of standpunt van een ander"),
    datum: datum("Datum"),
    bron: kort("Bron"),
    wie: kort("Wie zegt dit").optional(),
    omschrijving: lang("Omschrijving"),
  })
  .strict();

export const meldcodeOverleg = z
  .object({
    met: z.enum(OVERLEG_MET, "Kies casemanager veiligheid of Veilig Thuis"),
    naam: kort("Met wie"),
    datum: datum("Datum"),
    advies: lang("Advies"),
  })
  .strict();

export const afwegingsantwoord = z
  .object({
    vraag: z.number().int().min(1).max(5),
    antwoord: z.boolean("Kies ja of nee"),
    motivering: lang("Motivering"),
  })
  .strict();

/** One step; the fields' names are those the domain names in its refusals. */
export const meldcodeStapVerzoek = z.discriminatedUnion("stap", [
  z.object({ stap: z.literal("signalen"), signalen: z.array(meldcodeSignaal).max(50) }).strict(),
  z.object({ stap: z.literal("overleg"), overleg: z.array(meldcodeOverleg).max(20) }).strict(),
  z
    .object({
      stap: z.literal("gesprek"),
      gevoerd: z.boolean("Kies of het gesprek is gevoerd"),
      datum: datum("Datum van het gesprek").optional(),
      metWie: kort("Met wie").optional(),
      verslag: lang("Verslag").optional(),
      redenNietVeilig: lang("Reden").optional(),
    })
    .strict(),
  z.object({ stap: z.literal("afweging"), afweging: z.array(afwegingsantwoord).max(5) }).strict(),
  z
    .object({
      stap: z.literal("beslissingen"),
      meldingNodig: z.boolean("Kies of melden noodzakelijk is"),
      meldingMotivering: lang("Motivering"),
      hulpMogelijk: z.boolean("Kies of hulp mogelijk is"),
      hulpMotivering: lang("Motivering"),
    })
    .strict(),
]);

/** How the parents learn of the melding: the written notice (a letter sent next), or why they are not informed. */
export const OUDERS_INFORMEREN = ["per-brief", "niet"] as const;

export const meldingVerzoek = z
  .object({
    datum: datum("Datum van de melding"),
    contactpersoon: kort("Contactpersoon bij Veilig Thuis"),
    inhoud: lang("Wat is gemeld"),
    oudersInformeren: z.enum(
      OUDERS_INFORMEREN,
      "Ouders informeren: kies of de ouders een brief krijgen of waarom niet",
    ),
    oudersRedenNiet: lang("Waarom worden de ouders niet geïnformeerd").optional(),
  })
  .strict();

/** The parents' letter about the melding: why it was made, in general terms, as the letter will say it. */
export const kennisgevingVerzoek = z
  .object({
    reden: tekst("Waarom is de melding gedaan (voor de brief)")
      .trim()
      .max(2000, "Waarom is de melding gedaan (voor de brief): maximaal 2000 tekens")
      .default(""),
  })
  .strict();

export const afsluitingVerzoek = z.object({ toelichting: lang("Toelichting") }).strict();

const uitkomst = z.object({
  soort: z.enum(["onvolledig", "geen-vermoeden", "melden", "hulp"]),
  volgendeVraag: z.number().int().nullable(),
  reden: tekst().nullable(),
});

export const meldcodeInhoud = z.object({
  auteur: tekst(),
  stappen: z.object({
    signalen: z.array(meldcodeSignaal).nullable(),
    overleg: z.array(meldcodeOverleg).nullable(),
    gesprek: z
      .object({
        gevoerd: z.boolean(),
        datum: tekst().nullable(),
        metWie: tekst().nullable(),
        verslag: tekst().nullable(),
        redenNietVeilig: tekst().nullable(),
      })
      .nullable(),
    afweging: z.array(afwegingsantwoord).nullable(),
    beslissingen: z
      .object({
        meldingNodig: z.boolean(),
        meldingMotivering: tekst(),
        hulpMogelijk: z.boolean(),
        hulpMotivering: tekst(),
      })
      .nullable(),
  }),
  volgendeStap: z.enum(MELDCODE_STAPPEN).nullable(),
  uitkomst,
  meldingVereist: z.object({ vereist: z.boolean(), reden: tekst().nullable() }),
  melding: z
    .object({
      datum: tekst(),
      contactpersoon: tekst(),
      inhoud: tekst(),
      /** The parents' letter is still to be sent (closing waits for it). */
      oudersBriefVolgt: z.boolean(),
      oudersGeinformeerdOp: tekst().nullable(),
      /** The letters on the zaak (Documenten) that informed them. */
      kennisgevingDocumentIds: z.array(z.uuid()),
      oudersRedenNiet: tekst().nullable(),
    })
    .nullable(),
  afsluiting: tekst(),
  afgeslotenOp: tekst().nullable(),
  afgeslotenDoor: tekst().nullable(),
});

/** A Meldcode as the caller may see it: its existence always, its content only per policy rule 18. */
export const meldcodeWeergave = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  zaaknummer: tekst(),
  status: z.enum(MELDCODE_STATUSSEN),
  gestartOp: tekst(),
  versie: z.number().int(),
  /** null: the caller sees only that it exists ("Meldcode loopt"). */
  inhoud: meldcodeInhoud.nullable(),
});

export const meldcodesOpZaak = z.object({
  meldcodes: z.array(meldcodeWeergave),
  kanStarten: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});
