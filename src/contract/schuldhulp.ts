/** Schuldhulp, the dwangsom and the Pw voorschot on a zaak (issue 15; domain/schuldhulp): requests and answers. */
import { z } from "zod";
import { DREIGINGEN, TOEGANG_UITKOMSTEN, TREDEN } from "../domain/schuldhulp/schuldhulp";
import { tekst } from "../domain/tekst";
import { DWANGSOM_UITZONDERINGEN } from "../domain/termijnen/dwangsom";
import { termijn } from "./zaken";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-01-05`);
const cent = (label: string) =>
  z
    .number(`Vul ${label.toLowerCase()} in`)
    .int(`${label}: een bedrag in hele centen`)
    .min(1, `${label} moet meer dan € 0 zijn`)
    .max(100_000_000, `${label}: te hoog bedrag`);

export const wgsVerzoek = z
  .object({
    hulpvraagOp: datum("Datum van de hulpvraag"),
    dreiging: z.enum(DREIGINGEN, "Kies wat er dreigt").nullable(),
    eersteGesprekOp: datum("Datum van het eerste gesprek").nullable(),
    toegang: z
      .object({
        op: datum("Datum van de beschikking"),
        uitkomst: z.enum(TOEGANG_UITKOMSTEN, "Kies toegelaten of afgewezen"),
      })
      .strict()
      .nullable(),
  })
  .strict();

export const tredeVerzoek = z
  .object({
    trede: z.enum(TREDEN, "Kies de hulp uit het plan van aanpak"),
    gestartOp: datum("Gestart op"),
    motivatie: tekst("Motivatie").trim().max(2000, "Motivatie: maximaal 2000 tekens").nullable(),
  })
  .strict();

const tredeWeergave = z.object({
  trede: z.enum(TREDEN),
  label: tekst(),
  gestartOp: tekst(),
  motivatie: tekst().nullable(),
  vastgelegdDoor: tekst(),
});

export const schuldhulpOpZaak = z.object({
  zaakId: z.uuid(),
  /** The zaak's versie: send it as If-Match with every change. */
  versie: z.number().int(),
  /** Whether schuldhulp was recorded (existence, for whoever may read the zaak). */
  bestaat: z.boolean(),
  inhoud: z
    .object({
      hulpvraagOp: tekst().nullable(),
      dreiging: z.enum(DREIGINGEN).nullable(),
      dreigingLabel: tekst().nullable(),
      spoed: z.boolean(),
      eersteGesprekOp: tekst().nullable(),
      toegang: z.object({ op: tekst(), uitkomst: z.enum(TOEGANG_UITKOMSTEN) }).nullable(),
      /** The Wgs terms: eerste gesprek (art. 4) and beschikking (art. 4a). */
      termijnen: z.array(termijn),
      treden: z.array(tredeWeergave),
    })
    .nullable(),
  kanVastleggen: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});

export const ingebrekestellingVerzoek = z
  .object({
    ontvangenOp: datum("Ontvangen op"),
    uitzondering: z.enum(DWANGSOM_UITZONDERINGEN, "Kies een uitzondering uit de lijst").nullable(),
  })
  .strict();

export const dwangsomWeergave = z.object({
  beslissenUiterlijk: tekst(),
  startdatum: tekst(),
  dagen: z.number().int(),
  bedrag: z.number().int(),
  bedragPerDagNu: z.number().int(),
  stand: z.enum(["nog-niet-verschuldigd", "loopt", "maximum-bereikt", "gestopt", "niet-verschuldigd"]),
  vaststellenUiterlijk: tekst().nullable(),
  bron: tekst(),
  uitleg: tekst(),
});

export const dwangsomOpZaak = z.object({
  zaakId: z.uuid(),
  versie: z.number().int(),
  beslistermijn: termijn.nullable(),
  ingebrekestelling: z
    .object({ ontvangenOp: tekst(), uitzondering: z.enum(DWANGSOM_UITZONDERINGEN).nullable() })
    .nullable(),
  dwangsom: dwangsomWeergave.nullable(),
  kanVastleggen: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});

export const voorschotVerzoek = z
  .object({
    verleendOp: datum("Verleend op"),
    bedragCent: cent("Bedrag"),
    normCent: cent("Norm"),
  })
  .strict();

export const voorschottenOpZaak = z.object({
  zaakId: z.uuid(),
  versie: z.number().int(),
  termijn: termijn.nullable(),
  voorschotten: z.array(
    z.object({
      id: z.uuid(),
      verleendOp: tekst(),
      bedragCent: z.number().int(),
      normCent: z.number().int(),
      procent: z.number(),
      documentIds: z.array(z.uuid()),
      vastgelegdDoor: tekst(),
    }),
  ),
  kanVastleggen: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});
