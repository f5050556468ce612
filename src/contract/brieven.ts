import { z } from "zod";
import { VERSLAG_ONDERDELEN } from "../domain/brieven/inhoud";
import { tekst } from "../domain/tekst";
import { zaakDetail } from "./zaken";

const bevinding = (label: string) =>
  tekst(label).trim().max(5000, `${label}: maximaal 5000 tekens`).optional();

/**
 * The findings of the onderzoek per part of Wmo 2015 art. 2.3.2 lid 4 (a–g) and the outcome. Which parts are
 * required depends on the zaaktype (domain/brieven/inhoud.ts#VERSLAG_WETTEN); the act names the missing ones.
 */
export const onderzoeksverslagVerzoek = z
  .object({
    behoeften: bevinding(VERSLAG_ONDERDELEN.behoeften.label),
    eigenKracht: bevinding(VERSLAG_ONDERDELEN.eigenKracht.label),
    netwerk: bevinding(VERSLAG_ONDERDELEN.netwerk.label),
    mantelzorger: bevinding(VERSLAG_ONDERDELEN.mantelzorger.label),
    algemeneVoorzieningen: bevinding(VERSLAG_ONDERDELEN.algemeneVoorzieningen.label),
    samenwerking: bevinding(VERSLAG_ONDERDELEN.samenwerking.label),
    eigenBijdrage: bevinding(VERSLAG_ONDERDELEN.eigenBijdrage.label),
    // Required, but checked by the act with the missing parts, so every missing field is named at once.
    conclusie: tekst("Uitkomst van het onderzoek")
      .trim()
      .max(5000, "Uitkomst van het onderzoek: maximaal 5000 tekens")
      .default(""),
  })
  .strict();
export type OnderzoeksverslagVerzoek = z.infer<typeof onderzoeksverslagVerzoek>;

/** Which letter of several a preview shows (1-based). */
export const voorbeeldQuery = z
  .object({
    brief: z.coerce
      .number("Kies het nummer van de brief")
      .int("Kies het nummer van de brief")
      .min(1, "Kies het nummer van de brief")
      .max(20, "Kies het nummer van de brief")
      .default(1),
  })
  .strict();

export const verzondenBrief = z.object({
  documentId: z.uuid(),
  aan: tekst(),
  verzending: z.object({ wijze: z.enum(["e-mail", "post"]), aan: tekst().nullable() }),
});

export const briefVerzonden = z.object({ zaak: zaakDetail, brieven: z.array(verzondenBrief) });

const partij = z.object({
  persoonId: z.uuid(),
  naam: tekst(),
  hoedanigheid: tekst(),
  /** Dutch label of the hoedanigheid ("ouder met gezag"). */
  label: tekst(),
});

/** Who the letters of a zaak go to and who signs the plan; `probleem` when they cannot go out. */
export const geadresseerdenAntwoord = z.object({
  hoofdpersoon: z.object({ persoonId: z.uuid(), naam: tekst(), leeftijd: z.number().int() }),
  leeftijdsgroep: tekst().nullable(),
  brieven: z.array(
    z.object({
      aan: z.array(partij),
      adres: tekst(),
      wijze: z.enum(["e-mail", "post"]),
      over: tekst().nullable(),
    }),
  ),
  ondertekenaars: z.array(partij),
  uitleg: tekst().nullable(),
  bron: tekst().nullable(),
  probleem: tekst().nullable(),
});
export type GeadresseerdenAntwoord = z.infer<typeof geadresseerdenAntwoord>;
