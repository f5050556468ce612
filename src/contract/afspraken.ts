import { z } from "zod";
import { AFSPRAAK_STATUSSEN, LOCATIE_SOORTEN } from "../domain/afspraken/locaties";
import { tekst } from "../domain/tekst";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");
const tijd = tekst("Tijd").regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Gebruik een tijd als 09:30");

export const locatie = z.object({
  id: z.uuid(),
  naam: tekst(),
  soort: z.enum(LOCATIE_SOORTEN),
  adres: tekst(),
  wijk: tekst().nullable(),
  capaciteit: z.number().int().nullable(),
});
export type Locatie = z.infer<typeof locatie>;

export const agendaMedewerker = z.object({ id: z.uuid(), naam: tekst() });

export const werktijd = z
  .object({
    weekdag: z.number().int().min(1, "Kies een weekdag").max(7, "Kies een weekdag"),
    van: tijd,
    tot: tijd,
    locatieId: z.uuid("Onbekende locatie").nullable().default(null),
  })
  .strict();

export const agenda = z.object({
  medewerker: agendaMedewerker,
  werktijden: z.array(
    z.object({
      weekdag: z.number().int(),
      van: tekst(),
      tot: tekst(),
      locatieId: z.uuid().nullable(),
      locatie: tekst().nullable(),
    }),
  ),
  versie: z.number().int(),
});
export type Agenda = z.infer<typeof agenda>;

export const werktijdenWijziging = z
  .object({ werktijden: z.array(werktijd).max(21, "Hoogstens 21 blokken") })
  .strict();

export const agendaQuery = z.object({
  van: datum,
  tot: datum,
  pagina: z.coerce.number().int().min(1).max(100_000).default(1),
  perPagina: z.coerce.number().int().min(1).max(200).default(100),
});

export const nieuweAfspraak = z
  .object({
    datum,
    begintijd: tijd,
    eindtijd: tijd,
    locatieId: z.uuid("Kies een locatie"),
    /** Default: the medewerker who books. */
    medewerkerId: z.uuid("Onbekende medewerker").optional(),
    onderwerp: tekst("Onderwerp")
      .trim()
      .min(1, "Geef het onderwerp van de afspraak")
      .max(500, "Maximaal 500 tekens"),
    /** Send the confirmation here instead of the address in the dossier. */
    email: z.email("Geen geldig e-mailadres").max(254).optional(),
  })
  .strict();
export type NieuweAfspraak = z.infer<typeof nieuweAfspraak>;

export const MAIL_STATUSSEN = ["wachtrij", "verzonden", "mislukt", "geen-emailadres"] as const;

export const afspraak = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  zaaknummer: tekst(),
  datum: tekst(),
  begintijd: tekst(),
  eindtijd: tekst(),
  begin: tekst(),
  eind: tekst(),
  locatie: z.object({ id: z.uuid(), naam: tekst(), soort: tekst(), adres: tekst() }),
  medewerker: agendaMedewerker,
  onderwerp: tekst(),
  status: z.enum(AFSPRAAK_STATUSSEN),
  documentId: z.uuid().nullable(),
  mail: z.object({ status: z.enum(MAIL_STATUSSEN), aan: tekst().nullable() }),
  geannuleerdOp: tekst().nullable(),
  redenAnnulering: tekst().nullable(),
  versie: z.number().int(),
});
export type Afspraak = z.infer<typeof afspraak>;

/** An appointment in someone's agenda: the content only when the caller may read the zaak. */
export const afspraakInAgenda = z.object({
  id: z.uuid(),
  datum: tekst(),
  begintijd: tekst(),
  eindtijd: tekst(),
  locatie: tekst(),
  status: z.enum(AFSPRAAK_STATUSSEN),
  zaak: z.object({ id: z.uuid(), zaaknummer: tekst(), hoofdpersoon: tekst().nullable() }).nullable(),
  onderwerp: tekst().nullable(),
});
export type AfspraakInAgenda = z.infer<typeof afspraakInAgenda>;

export const annulering = z
  .object({
    reden: tekst("Reden").trim().min(3, "Geef de reden van de annulering").max(500, "Maximaal 500 tekens"),
  })
  .strict();

export const bevestigingOntvanger = z.object({
  persoonId: z.uuid().nullable(),
  naam: tekst().nullable(),
  email: tekst().nullable(),
  reden: tekst(),
  jeugd: z.boolean(),
});

export const verwijsindexRegistratie = z.object({
  id: z.uuid(),
  persoonId: z.uuid(),
  naam: tekst(),
  geregistreerdOp: tekst(),
  door: tekst(),
  toelichting: tekst().nullable(),
});

export const nieuweVerwijsindexRegistratie = z
  .object({
    persoonId: z.uuid("Kies de jeugdige"),
    geregistreerdOp: datum,
    toelichting: tekst("Toelichting").trim().max(1000, "Maximaal 1000 tekens").optional(),
  })
  .strict();
export type NieuweVerwijsindexRegistratie = z.infer<typeof nieuweVerwijsindexRegistratie>;

/** Free hours of the buurtteam professionals for the intake, booked from the IAG screen (policy rule 13a). */
export const intakeTijden = z.object({
  items: z.array(
    z.object({
      medewerkerId: z.uuid(),
      naam: tekst(),
      tijden: z.array(
        z.object({
          datum: tekst(),
          begintijd: tekst(),
          eindtijd: tekst(),
          locatieId: z.uuid(),
          locatie: tekst(),
        }),
      ),
    }),
  ),
});

export const intakeBoeking = z
  .object({
    medewerkerId: z.uuid("Kies een medewerker van het buurtteam"),
    locatieId: z.uuid("Kies een tijd"),
    datum,
    begintijd: tijd,
  })
  .strict();
