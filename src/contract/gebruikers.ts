import { z } from "zod";
import { tekst } from "../domain/tekst";
import { paginaQuery } from "./paginering";

export const gebruikersnaamSchema = tekst("Gebruikersnaam")
  .trim()
  .min(2, "Minimaal 2 tekens")
  .max(50, "Maximaal 50 tekens")
  .regex(/^[a-zA-Z0-9._-]+$/, "Alleen letters, cijfers, punt, streepje en liggend streepje");

const naamSchema = tekst("Naam").trim().min(1, "Vul een naam in").max(200, "Maximaal 200 tekens");
const emailSchema = z.email("Geen geldig e-mailadres").max(254);
const codeLijst = (label: string) => z.array(tekst(label).min(1).max(50)).max(20);

export const ROLVERZOEK_STATUSSEN = ["open", "goedgekeurd", "geweigerd", "ingetrokken"] as const;

/** Roles and vakgroepen that wait for a second person (domain/gebruikers/vier-ogen.ts). */
export const wachtendeToegang = z.object({
  verzoekId: z.uuid(),
  rollen: z.array(tekst()),
  vakgroepen: z.array(tekst()),
  aangevraagdOp: tekst(),
});

export const gebruiker = z.object({
  id: z.uuid(),
  gebruikersnaam: tekst(),
  naam: tekst(),
  email: tekst().nullable(),
  rollen: z.array(tekst()),
  vakgroepen: z.array(tekst()),
  actief: z.boolean(),
  sso: z.boolean(),
  versie: z.number().int(),
  laatstIngelogdOp: tekst().nullable(),
  /** The open request for more access, if any: it is not in `rollen`/`vakgroepen` until approved. */
  wachtOpGoedkeuring: wachtendeToegang.nullable(),
});
export type Gebruiker = z.infer<typeof gebruiker>;

export const nieuweGebruiker = z
  .object({
    gebruikersnaam: gebruikersnaamSchema,
    naam: naamSchema,
    email: emailSchema.optional(),
    rollen: codeLijst("Rol").min(1, "Kies minstens één rol"),
    vakgroepen: codeLijst("Vakgroep").default([]),
    wachtwoord: tekst("Wachtwoord").max(256).optional(),
  })
  .strict();

export const wijzigGebruiker = z
  .object({
    naam: naamSchema,
    email: emailSchema.nullable(),
    // May be empty: a medewerker whose roles still wait for approval has none yet, and taking all away is allowed.
    rollen: codeLijst("Rol"),
    vakgroepen: codeLijst("Vakgroep"),
    actief: z.boolean(),
    wachtwoord: tekst("Wachtwoord").max(256),
  })
  .partial()
  .strict();

export const vakgroep = z.object({
  id: z.uuid(),
  code: tekst(),
  naam: tekst(),
  actief: z.boolean(),
  versie: z.number().int(),
  aantalLeden: z.number().int(),
});
export type Vakgroep = z.infer<typeof vakgroep>;

export const nieuweVakgroep = z
  .object({
    code: tekst("Code")
      .trim()
      .min(2)
      .max(50)
      .regex(/^[a-z0-9-]+$/, "Alleen kleine letters, cijfers en streepjes"),
    naam: naamSchema,
  })
  .strict();

export const wijzigVakgroep = z.object({ naam: naamSchema, actief: z.boolean() }).partial().strict();

export const rolOptie = z.object({ code: tekst(), label: tekst() });

export const wijk = z.object({ id: z.uuid(), code: tekst(), naam: tekst(), soort: tekst() });

const medewerkerKort = z.object({ id: z.uuid(), naam: tekst(), gebruikersnaam: tekst() });

export const rolverzoek = z.object({
  id: z.uuid(),
  gebruiker: medewerkerKort,
  rollen: z.array(tekst()),
  vakgroepen: z.array(tekst()),
  aangevraagdDoor: medewerkerKort,
  aangevraagdOp: tekst(),
  status: z.enum(ROLVERZOEK_STATUSSEN),
  beslistDoor: medewerkerKort.nullable(),
  beslistOp: tekst().nullable(),
  versie: z.number().int(),
  /** May the medewerker who asks approve it / refuse or withdraw it (the same rule the API applies)? */
  magGoedkeuren: z.boolean(),
  magWeigeren: z.boolean(),
});
export type Rolverzoek = z.infer<typeof rolverzoek>;

export const rolverzoekenQuery = paginaQuery
  .extend({ status: z.enum(ROLVERZOEK_STATUSSEN, "Onbekende status").default("open") })
  .strict();
