/** Text fields that recur in the contracts: required, trimmed, with a Dutch message naming the field by its label. */
import { tekst } from "../domain/tekst";

/** One line, at most 200 characters. */
export const verplichteRegel = (label: string) =>
  tekst(label, { eenRegel: true })
    .trim()
    .min(1, `Vul ${label.toLowerCase()} in`)
    .max(200, "Maximaal 200 tekens");

/** Free text, at most 5000 characters. */
export const verplichteTekst = (label: string) =>
  tekst(label).trim().min(1, `Vul ${label.toLowerCase()} in`).max(5000, "Maximaal 5000 tekens");
