import { z } from "zod";

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
