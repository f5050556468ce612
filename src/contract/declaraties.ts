/** Tariffs, expected cost and realised spending (issue 17): request and response schemas. */
import { z } from "zod";
import { tekst } from "../domain/tekst";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");
const productCode = tekst("Productcode")
  .trim()
  .regex(/^[0-9A-Z]{1,5}$/, "Een productcode bestaat uit hoogstens 5 tekens, bijvoorbeeld 45A33");

/** A tariff: `contractId` for zorg in natura (a product of that contract), null for a pgb tariff. */
export const tariefInvoer = z
  .object({
    contractId: z.uuid("Kies een contract").nullable(),
    wet: z.enum(["wmo", "jeugd"], "Kies Wmo of Jeugdwet"),
    productCode,
    eenheid: tekst("Eenheid")
      .trim()
      .regex(/^\d{2}$/, "Kies een eenheid"),
    bedrag: z
      .number("Vul het bedrag in")
      .int("Het bedrag is in hele centen")
      .positive("Het bedrag is groter dan 0")
      .max(99_999_999, "Het bedrag is te groot"),
    van: datum,
    tot: datum.nullable().default(null),
  })
  .strict();
export type TariefInvoer = z.input<typeof tariefInvoer>;

export const tarief = z.object({
  id: z.uuid(),
  soort: z.enum(["zin", "pgb"]),
  contractId: z.uuid().nullable(),
  wet: z.enum(["wmo", "jeugd"]),
  productCategorie: tekst(),
  productCode: tekst(),
  productOmschrijving: tekst().nullable(),
  eenheid: tekst(),
  eenheidOmschrijving: tekst(),
  bedrag: z.number().int(),
  van: tekst(),
  tot: tekst().nullable(),
  versie: z.number().int(),
});
export type Tarief = z.infer<typeof tarief>;

export const tarievenAntwoord = z.object({
  /** Zorg in natura, per contract of the aanbieder. */
  contracten: z.array(z.object({ contractId: z.uuid(), kenmerk: tekst(), tarieven: z.array(tarief) })),
  /** Pgb tariffs per product (regional, not tied to an aanbieder). */
  pgb: z.array(tarief),
  /** WJ756 eenheden a tariff may have. */
  eenheden: z.array(z.object({ code: tekst(), omschrijving: tekst() })),
});
export type TarievenAntwoord = z.infer<typeof tarievenAntwoord>;

const bedragen = {
  /** Expected cost (eurocent) of what was granted; null when it cannot be computed (see `uitleg`). */
  toegewezen: z.number().int().nullable(),
  /** Approved declared amount (eurocent, credits subtracted). */
  gedeclareerd: z.number().int(),
};

export const besteding = z.object({
  aanbiederAgb: tekst(),
  totaal: z.object({ ...bedragen, zonderBedrag: z.number().int() }),
  perProduct: z.array(
    z.object({ wet: z.enum(["wmo", "jeugd"]), productCode: tekst(), aantal: z.number().int(), ...bedragen }),
  ),
  perToewijzing: z.array(
    z.object({
      toewijzingnummer: z.number().int(),
      wet: z.enum(["wmo", "jeugd"]),
      productCode: tekst().nullable(),
      ingangsdatum: tekst(),
      einddatum: tekst().nullable(),
      ...bedragen,
      uitleg: tekst(),
    }),
  ),
  declaraties: z.array(
    z.object({
      declaratienummer: tekst(),
      wet: z.enum(["wmo", "jeugd"]),
      periodeVan: tekst(),
      periodeTot: tekst(),
      ontvangenOp: tekst(),
      antwoordUiterlijk: tekst(),
      beantwoordOp: tekst().nullable(),
      termijn: z.enum(["gehaald", "verlopen", "lopend"]),
      status: tekst(),
      ingediend: z.number().int(),
      toegekend: z.number().int(),
    }),
  ),
});
export type Besteding = z.infer<typeof besteding>;
