import { z } from "zod";
import { LEEFGEBIEDEN } from "../domain/routering/leefgebieden";
import { VEILIGHEID_NIVEAUS } from "../domain/routering/routering";
import { tekst } from "../domain/tekst";
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
    omschrijving: tekst("Omschrijving")
      .trim()
      .min(1, "Beschrijf de hulpvraag kort")
      .max(5000, "Maximaal 5000 tekens"),
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
    thema: tekst("Thema").trim().max(100).optional(),
  })
  .strict();
export type NieuweZaak = z.infer<typeof nieuweZaak>;

export const termijn = z.object({
  soort: tekst(),
  startdatum: tekst(),
  uiterlijkeDatum: tekst(),
  status: z.enum(["lopend", "opgeschort", "gehaald", "verlopen"]),
  opgeschortDagen: z.number().int(),
  bron: tekst(),
  uitleg: tekst(),
});

export const zaakPersoon = z.object({ persoonId: z.uuid(), naam: tekst(), rol: tekst() });

export const zaak = z.object({
  id: z.uuid(),
  zaaknummer: tekst(),
  zaaktype: tekst(),
  status: tekst(),
  werkvoorraad: tekst(),
  behandelaar: z.object({ id: z.uuid(), naam: tekst() }).nullable(),
  meldingsdatum: tekst(),
  kanaal: tekst(),
  omschrijving: tekst(),
  veiligheid: tekst(),
  leefgebieden: z.array(tekst()),
  wijk: tekst().nullable(),
  personen: z.array(zaakPersoon),
  termijnen: z.array(termijn),
  routering: z.object({ regel: tekst(), uitleg: tekst() }).nullable(),
  versie: z.number().int(),
});
export type Zaak = z.infer<typeof zaak>;

export const werkvoorraadTelling = z.object({
  code: tekst(),
  naam: tekst(),
  aantal: z.number().int(),
  verlopen: z.number().int(),
});

export const zaakInWerkvoorraad = z.object({
  id: z.uuid(),
  zaaknummer: tekst(),
  zaaktype: tekst(),
  status: tekst(),
  behandelaar: tekst().nullable(),
  meldingsdatum: tekst(),
  hoofdpersoon: tekst().nullable(),
  wijk: tekst().nullable(),
  veiligheid: tekst(),
  werkvoorraad: tekst(),
  /** Crisis or spoed: on top of the list, with an alert text. */
  spoed: z.boolean(),
  /** A dwangsom bij niet tijdig beslissen runs (Awb 4:17): a warning on the row. */
  dwangsom: z
    .object({
      stand: z.enum(["loopt", "maximum-bereikt"]),
      bedrag: z.number().int(),
      bedragPerDagNu: z.number().int(),
    })
    .nullable()
    .optional(),
  termijn: z
    .object({ soort: tekst(), uiterlijkeDatum: tekst(), status: tekst(), urgentie: tekst() })
    .nullable(),
});

const jaNee = (label: string) =>
  z
    .enum(["true", "false"], `${label}: kies ja of nee`)
    .transform((v) => v === "true")
    .optional();

/** The filters of a werkvoorraad and of "Mijn zaken" (query string; all optional). */
export const werkvoorraadFilters = z.object({
  behandelaar: z.uuid("Onbekende behandelaar").optional(),
  wijk: tekst("Wijk").max(100).optional(),
  status: tekst("Status").max(50).optional(),
  verlopen: jaNee("Alleen verlopen termijnen"),
  termijnBinnen: z.coerce
    .number("Termijn binnen: vul een aantal dagen in")
    .int("Termijn binnen: vul een heel aantal dagen in")
    .min(0, "Termijn binnen: vul 0 of meer dagen in")
    .max(365, "Termijn binnen: vul hoogstens 365 dagen in")
    .optional(),
  spoed: jaNee("Alleen spoed en crisis"),
});

export const zaakActieVerzoek = z
  .object({
    actie: z.enum(ACTIES, "Onbekende actie"),
    datum: datum.optional(),
    toelichting: tekst("Toelichting").trim().max(2000).optional(),
    behandelaar: z.uuid("Onbekende medewerker").optional(),
    redenen: z.array(tekst("Reden").trim().min(1).max(500)).max(10).optional(),
    terugkoppelingInwoner: z
      .object({
        op: datum,
        kanaal: z.enum(TERUGKOPPELING_KANALEN, "Onbekend kanaal"),
        samenvatting: tekst("Samenvatting").trim().max(1000).optional(),
      })
      .strict()
      .optional(),
    reden: tekst("Reden").trim().max(1000).optional(),
    besluitSoort: z.enum(BESLUIT_SOORTEN, "Onbekende besluitsoort").optional(),
    uitkomst: z.enum(UITKOMSTEN, "Onbekende uitkomst").optional(),
  })
  .strict();

export const aanvraagVerzoek = z.object({ aanvraagdatum: datum }).strict();

export const opschortingVerzoek = z
  .object({
    soort: z.enum(TERMIJN_SOORTEN, "Onbekende termijn"),
    van: datum,
    tot: datum.nullable().default(null),
    reden: tekst("Reden").trim().min(3, "Geef de reden van de opschorting").max(500),
  })
  .strict();

export const zaakActieOptie = z.object({
  actie: tekst(),
  label: tekst(),
  naar: tekst(),
  toegestaan: z.boolean(),
  reden: tekst().nullable(),
});

export const zaakGebeurtenis = z.object({
  tijdstip: tekst(),
  soort: tekst(),
  vanStatus: tekst().nullable(),
  naarStatus: tekst().nullable(),
  door: tekst().nullable(),
  toelichting: tekst().nullable(),
});

/** The header facts of the zaak workspace (domain/zaak/kop.ts): in words, with the hoofdpersoon's age. */
export const werkbladKop = z.object({
  zaaktypeNaam: tekst(),
  statusNaam: tekst(),
  hoofdpersoon: z
    .object({ persoonId: z.uuid(), naam: tekst(), leeftijd: z.number().int().nullable() })
    .nullable(),
  termijn: z
    .object({
      soort: tekst(),
      uiterlijkeDatum: tekst(),
      dagen: z.number().int(),
      status: z.enum(["lopend", "opgeschort", "verlopen"]),
    })
    .nullable(),
});

export const zaakDetail = zaak.extend({
  acties: z.array(zaakActieOptie),
  historie: z.array(zaakGebeurtenis),
  kop: werkbladKop,
});
export type ZaakDetail = z.infer<typeof zaakDetail>;

export const mijnTermijn = z.object({
  id: z.uuid(),
  zaaknummer: tekst(),
  zaaktype: tekst(),
  status: tekst(),
  hoofdpersoon: tekst().nullable(),
  termijn: z.object({ soort: tekst(), uiterlijkeDatum: tekst(), urgentie: tekst() }),
});

export const verlengingVerzoek = z
  .object({
    soort: z.enum(TERMIJN_SOORTEN, "Onbekende termijn"),
    weken: z.number().int().min(1, "Minstens 1 week").max(12, "Hoogstens 12 weken"),
    reden: tekst("Reden").trim().min(3, "Geef de reden van de verlenging").max(500),
    medegedeeldOp: datum,
  })
  .strict();

export const journaalRegel = z.object({
  id: z.uuid(),
  tijdstip: tekst(),
  auteur: tekst(),
  zichtbaarheid: z.enum(["dossier", "werkaantekening"]),
  tekst: tekst(),
});

export const nieuweJournaalRegel = z
  .object({
    zichtbaarheid: z.enum(["dossier", "werkaantekening"], "Kies dossier of persoonlijke werkaantekening"),
    tekst: tekst("Aantekening")
      .trim()
      .min(1, "Schrijf een aantekening")
      .max(10_000, "Maximaal 10 000 tekens"),
  })
  .strict();
