import { z } from "zod";
import { LEEFGEBIEDEN } from "../domain/routering/leefgebieden";
import { VEILIGHEID_NIVEAUS } from "../domain/routering/routering";
import { TERMIJN_SOORTEN } from "../domain/termijnen/regels";
import { AANMELDKANALEN } from "../domain/zaak/kanalen";
import { ZAAK_ROLLEN } from "../domain/zaak/personen";
import { ACTIES, BESLUIT_SOORTEN, TERUGKOPPELING_KANALEN, UITKOMSTEN } from "../domain/zaak/statusmachine";
import { ZAAKTYPEN } from "../domain/zaak/zaaktypen";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");

export const nieuweZaak = z
  .object({
    zaaktype: z.enum(ZAAKTYPEN, "Onbekend zaaktype"),
    meldingsdatum: datum,
    kanaal: z.enum(AANMELDKANALEN, "Onbekend kanaal"),
    omschrijving: z.string().trim().min(1, "Beschrijf de hulpvraag kort").max(5000, "Maximaal 5000 tekens"),
    personen: z
      .array(
        z
          .object({ persoonId: z.uuid("Onbekende persoon"), rol: z.enum(ZAAK_ROLLEN, "Onbekende rol") })
          .strict(),
      )
      .min(1, "Koppel minstens één persoon")
      .max(20),
    veiligheid: z.enum(VEILIGHEID_NIVEAUS, "Kies veilig, zorgen, onveilig of crisis"),
    leefgebieden: z.array(z.enum(LEEFGEBIEDEN, "Onbekend leefgebied")).max(LEEFGEBIEDEN.length).default([]),
    thema: z.string().trim().max(100).optional(),
  })
  .strict();
export type NieuweZaak = z.infer<typeof nieuweZaak>;

export const termijn = z.object({
  soort: z.string(),
  startdatum: z.string(),
  uiterlijkeDatum: z.string(),
  status: z.enum(["lopend", "opgeschort", "gehaald", "verlopen"]),
  opgeschortDagen: z.number().int(),
  bron: z.string(),
  uitleg: z.string(),
});

export const zaakPersoon = z.object({ persoonId: z.uuid(), naam: z.string(), rol: z.string() });

export const zaak = z.object({
  id: z.uuid(),
  zaaknummer: z.string(),
  zaaktype: z.string(),
  status: z.string(),
  werkvoorraad: z.string(),
  behandelaar: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  meldingsdatum: z.string(),
  kanaal: z.string(),
  omschrijving: z.string(),
  veiligheid: z.string(),
  leefgebieden: z.array(z.string()),
  wijk: z.string().nullable(),
  personen: z.array(zaakPersoon),
  termijnen: z.array(termijn),
  routering: z.object({ regel: z.string(), uitleg: z.string() }).nullable(),
  versie: z.number().int(),
});
export type Zaak = z.infer<typeof zaak>;

export const werkvoorraadTelling = z.object({
  code: z.string(),
  naam: z.string(),
  aantal: z.number().int(),
  verlopen: z.number().int(),
});

export const zaakInWerkvoorraad = z.object({
  id: z.uuid(),
  zaaknummer: z.string(),
  zaaktype: z.string(),
  status: z.string(),
  behandelaar: z.string().nullable(),
  meldingsdatum: z.string(),
  hoofdpersoon: z.string().nullable(),
  wijk: z.string().nullable(),
  veiligheid: z.string(),
  termijn: z
    .object({ soort: z.string(), uiterlijkeDatum: z.string(), status: z.string(), urgentie: z.string() })
    .nullable(),
});

export const zaakActieVerzoek = z
  .object({
    actie: z.enum(ACTIES, "Onbekende actie"),
    datum: datum.optional(),
    toelichting: z.string().trim().max(2000).optional(),
    behandelaar: z.uuid("Onbekende medewerker").optional(),
    redenen: z.array(z.string().trim().min(1).max(500)).max(10).optional(),
    terugkoppelingInwoner: z
      .object({
        op: datum,
        kanaal: z.enum(TERUGKOPPELING_KANALEN, "Onbekend kanaal"),
        samenvatting: z.string().trim().max(1000).optional(),
      })
      .strict()
      .optional(),
    reden: z.string().trim().max(1000).optional(),
    besluitSoort: z.enum(BESLUIT_SOORTEN, "Onbekende besluitsoort").optional(),
    uitkomst: z.enum(UITKOMSTEN, "Onbekende uitkomst").optional(),
  })
  .strict();

export const aanvraagVerzoek = z.object({ aanvraagdatum: datum }).strict();

export const onderzoekAfgerondVerzoek = z.object({ datum }).strict();

export const opschortingVerzoek = z
  .object({
    soort: z.enum(TERMIJN_SOORTEN, "Onbekende termijn"),
    van: datum,
    tot: datum.nullable().default(null),
    reden: z.string().trim().min(3, "Geef de reden van de opschorting").max(500),
  })
  .strict();

export const zaakActieOptie = z.object({
  actie: z.string(),
  label: z.string(),
  naar: z.string(),
  toegestaan: z.boolean(),
  reden: z.string().nullable(),
});

export const zaakGebeurtenis = z.object({
  tijdstip: z.string(),
  soort: z.string(),
  vanStatus: z.string().nullable(),
  naarStatus: z.string().nullable(),
  door: z.string().nullable(),
  toelichting: z.string().nullable(),
});

export const zaakDetail = zaak.extend({
  acties: z.array(zaakActieOptie),
  historie: z.array(zaakGebeurtenis),
});

export const mijnTermijn = z.object({
  id: z.uuid(),
  zaaknummer: z.string(),
  zaaktype: z.string(),
  status: z.string(),
  hoofdpersoon: z.string().nullable(),
  termijn: z.object({ soort: z.string(), uiterlijkeDatum: z.string(), urgentie: z.string() }),
});

export const verlengingVerzoek = z
  .object({
    soort: z.enum(TERMIJN_SOORTEN, "Onbekende termijn"),
    weken: z.number().int().min(1, "Minstens 1 week").max(12, "Hoogstens 12 weken"),
    reden: z.string().trim().min(3, "Geef de reden van de verlenging").max(500),
    medegedeeldOp: datum,
  })
  .strict();

export const journaalRegel = z.object({
  id: z.uuid(),
  tijdstip: z.string(),
  auteur: z.string(),
  zichtbaarheid: z.enum(["dossier", "werkaantekening"]),
  tekst: z.string(),
});

export const nieuweJournaalRegel = z
  .object({
    zichtbaarheid: z.enum(["dossier", "werkaantekening"], "Kies dossier of persoonlijke werkaantekening"),
    tekst: z.string().trim().min(1, "Schrijf een aantekening").max(10_000, "Maximaal 10 000 tekens"),
  })
  .strict();
