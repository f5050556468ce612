import { z } from "zod";

/** RFC 9457 problem details, with the field errors Voordeur adds for validation problems. */
export const veldFout = z.object({ veld: z.string(), melding: z.string(), regel: z.string().optional() });
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(veldFout).optional(),
  /** The code of the domain rule that refused (422), e.g. `plan-ondertekend`. */
  regel: z.string().optional(),
});
export type Problem = z.infer<typeof problem>;
export type VeldFout = z.infer<typeof veldFout>;
