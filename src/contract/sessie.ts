import { z } from "zod";

export const inloggen = z
  .object({
    gebruikersnaam: z.string().min(1, "Vul uw gebruikersnaam in").max(100),
    wachtwoord: z.string().min(1, "Vul uw wachtwoord in").max(256),
  })
  .strict();

export const sessie = z.object({
  gebruikersnaam: z.string(),
  naam: z.string(),
  gemeente: z.object({ code: z.string(), naam: z.string() }),
  rollen: z.array(z.string()),
  vakgroepen: z.array(z.string()),
  /**
   * What the medewerker may do on gemeente-wide kinds (kwaliteit, goedkeuring, berichten, auditlog …), derived
   * from the authorisation policy so the UI shows only what will be allowed; every request is still checked.
   */
  rechten: z.record(z.string(), z.array(z.enum(["lezen", "aanmaken", "wijzigen", "verwijderen"]))),
  /** When the session ends if the user stays idle (ISO timestamp). */
  idleVerlooptOp: z.string(),
  /** When the session ends regardless of activity (ISO timestamp). */
  verlooptOp: z.string(),
  methode: z.enum(["wachtwoord", "oidc"]).optional(),
});
export type Sessie = z.infer<typeof sessie>;

export const sessieConfig = z.object({ sso: z.boolean() });
