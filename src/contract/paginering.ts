import { z } from "zod";
import { tekst } from "../domain/tekst";

export const paginaQuery = z.object({
  pagina: z.coerce.number().int().min(1).max(100_000).default(1),
  perPagina: z.coerce.number().int().min(1).max(200).default(25),
});

export function pagina<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    pagina: z.number().int(),
    perPagina: z.number().int(),
    totaal: z.number().int(),
  });
}

/** A list paged by key (issue 19): `na` is the `volgende` of the previous page; `pagina` is only the number shown. */
export const sleutelPaginaQuery = paginaQuery.extend({
  na: tekst("Vervolg", { eenRegel: true })
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "Ongeldig vervolg van de lijst")
    .optional(),
});

export function sleutelPagina<T extends z.ZodTypeAny>(item: T) {
  return pagina(item).extend({
    /** The key of the next page (`?na=`), null on the last page. */
    volgende: tekst().nullable(),
  });
}
