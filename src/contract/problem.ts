import { z } from "zod";
import { tekst } from "../domain/tekst";

/** RFC 9457 problem details, with the field errors Voordeur adds for validation problems. */
export const veldFout = z.object({ veld: tekst(), melding: tekst(), regel: tekst().optional() });
export const problem = z.object({
  type: tekst(),
  title: tekst(),
  status: z.number().int(),
  detail: tekst(),
  instance: tekst().optional(),
  errors: z.array(veldFout).optional(),
  /** The code of the domain rule that refused (422), e.g. `plan-ondertekend`. */
  regel: tekst().optional(),
});
export type Problem = z.infer<typeof problem>;
export type VeldFout = z.infer<typeof veldFout>;
