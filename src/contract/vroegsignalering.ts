/** Vroegsignalering (issue 15; domain/schuldhulp/vroegsignalering): requests and answers. */
import { z } from "zod";
import { CONTACTPOGINGEN, SIGNAALBRONNEN, SIGNAALUITKOMSTEN } from "../domain/schuldhulp/vroegsignalering";
import { tekst } from "../domain/tekst";
import { pagina, paginaQuery } from "./paginering";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-01-05`);
const sleutels = <T extends Record<string, string>>(r: T) =>
  Object.keys(r) as [keyof T & string, ...(keyof T & string)[]];

export const signaalVerzoek = z
  .object({
    persoonId: z.uuid("Kies de inwoner"),
    bron: z.enum(sleutels(SIGNAALBRONNEN), "Kies de soort achterstand"),
    schuldeiser: tekst("Schuldeiser", { eenRegel: true }).trim().min(2, "Vul de schuldeiser in").max(200),
    achterstand: z
      .number("Vul de achterstand in")
      .int("Achterstand: een bedrag in hele centen")
      .max(100_000_000, "Achterstand: te hoog bedrag"),
    ontvangenOp: datum("Ontvangen op"),
  })
  .strict();

export const contactpogingVerzoek = z
  .object({ op: datum("Datum van de contactpoging"), wijze: z.enum(sleutels(CONTACTPOGINGEN), "Kies hoe") })
  .strict();

export const afhandelingVerzoek = z
  .object({ uitkomst: z.enum(sleutels(SIGNAALUITKOMSTEN), "Kies de uitkomst"), op: datum("Afgehandeld op") })
  .strict();

export const vroegsignalenQuery = paginaQuery.extend({ open: z.enum(["ja", "nee"]).default("ja") });

export const vroegsignaal = z.object({
  id: z.uuid(),
  versie: z.number().int(),
  persoon: z.object({ id: z.uuid(), naam: tekst() }),
  bron: tekst(),
  bronLabel: tekst(),
  schuldeiser: tekst(),
  achterstand: z.number().int(),
  ontvangenOp: tekst(),
  contactUiterlijk: tekst(),
  stand: z.enum(["nieuw", "te-laat", "contact-gezocht", "afgehandeld"]),
  contactpoging: z.object({ op: tekst(), wijze: tekst(), wijzeLabel: tekst() }).nullable(),
  afhandeling: z.object({ op: tekst(), uitkomst: tekst(), uitkomstLabel: tekst() }).nullable(),
});

export const signalenLijst = pagina(vroegsignaal).extend({
  /** The counts over all signals of the gemeente (not only this page). */
  telling: z.object({
    totaal: z.number().int(),
    openstaand: z.number().int(),
    contactOpTijd: z.number().int(),
    contacttermijnDagen: z.number().int(),
    perBron: z.array(z.object({ bron: tekst(), label: tekst(), aantal: z.number().int() })),
    perUitkomst: z.array(z.object({ uitkomst: tekst(), label: tekst(), aantal: z.number().int() })),
  }),
  kanVastleggen: z.boolean(),
});
