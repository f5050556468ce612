import { z } from "zod";
import { tekst } from "../domain/tekst";

export const inloggen = z
  .object({
    gebruikersnaam: tekst("Gebruikersnaam").min(1, "Vul uw gebruikersnaam in").max(100),
    wachtwoord: tekst("Wachtwoord").min(1, "Vul uw wachtwoord in").max(256),
  })
  .strict();

export const sessie = z.object({
  gebruikersnaam: tekst(),
  naam: tekst(),
  gemeente: z.object({ code: tekst(), naam: tekst() }),
  rollen: z.array(tekst()),
  vakgroepen: z.array(tekst()),
  /**
   * What the medewerker may do on gemeente-wide kinds (kwaliteit, goedkeuring, berichten, auditlog …), derived
   * from the authorisation policy so the UI shows only what will be allowed; every request is still checked.
   */
  rechten: z.record(tekst(), z.array(z.enum(["lezen", "aanmaken", "wijzigen", "verwijderen"]))),
  /** When the session ends if the user stays idle (ISO timestamp). */
  idleVerlooptOp: tekst(),
  /** When the session ends regardless of activity (ISO timestamp). */
  verlooptOp: tekst(),
  methode: z.enum(["wachtwoord", "oidc"]).optional(),
});
export type Sessie = z.infer<typeof sessie>;

export const sessieConfig = z.object({ sso: z.boolean() });
