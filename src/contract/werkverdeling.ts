import { z } from "zod";
import { TOESTEMMING_WIJZEN } from "../domain/casuistiek/toestemming";
import { WERKVOORRAAD_LABELS } from "../domain/routering/routering";
import { NIET_OPPAKKEN_REDENEN } from "../domain/werkverdeling/niet-oppakken";
import { RAADPLEGING_LABELS, RAADPLEGING_SOORTEN } from "../domain/werkverdeling/veilig-opgroeien";
import { TERUGKOPPELING_KANALEN } from "../domain/zaak/statusmachine";
import { pagina } from "./paginering";
import { zaakDetail } from "./zaken";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");
const tekst = (melding: string, max = 2000) =>
  z.string().trim().min(3, melding).max(max, `Maximaal ${max} tekens`);

export const oppakkenVerzoek = z
  .object({
    /** The medewerker who gets the zaak on their name; default: the caller. */
    behandelaarId: z.uuid("Onbekende medewerker").optional(),
    overwegingen: tekst("Leg de overwegingen vast (minstens 3 tekens)"),
  })
  .strict();
export type OppakkenVerzoek = z.infer<typeof oppakkenVerzoek>;

export const nietOppakkenVerzoek = z
  .object({
    redenen: z
      .array(z.string().trim().min(3, "Beschrijf de reden").max(500))
      .min(1, "Geef minstens één reden")
      .max(10),
    terugkoppeling: z
      .object({
        op: datum,
        kanaal: z.enum(TERUGKOPPELING_KANALEN, "Kies hoe de inwoner is teruggekoppeld"),
        samenvatting: tekst("Vat de terugkoppeling aan de inwoner samen", 1000),
      })
      .strict(),
  })
  .strict();
export type NietOppakkenVerzoek = z.infer<typeof nietOppakkenVerzoek>;

export const overdrachtVerzoek = z
  .object({
    naarWerkvoorraad: z.string().trim().min(1, "Kies een werkvoorraad").max(50),
    reden: tekst("Geef de reden van de overdracht"),
  })
  .strict();
export type OverdrachtVerzoek = z.infer<typeof overdrachtVerzoek>;

export const raadplegingVerzoek = z
  .object({
    soort: z.enum(RAADPLEGING_SOORTEN, "Kies geraadpleegd of toegevoegd"),
    medewerkerId: z.uuid("Kies een casemanager Veilig Opgroeien"),
    op: datum,
    toelichting: tekst("Licht de raadpleging toe"),
  })
  .strict();
export type RaadplegingVerzoek = z.infer<typeof raadplegingVerzoek>;

export const veiligOpgroeienCheck = z.object({
  nodig: z.boolean(),
  /** Children involved and nothing recorded yet. */
  open: z.boolean(),
  minderjarigen: z.number().int(),
  uitleg: z.string(),
  raadpleging: z
    .object({
      soort: z.enum(RAADPLEGING_SOORTEN),
      medewerker: z.object({ id: z.uuid(), naam: z.string() }),
      op: z.string(),
      toelichting: z.string(),
    })
    .nullable(),
});
export type VeiligOpgroeienCheck = z.infer<typeof veiligOpgroeienCheck>;

export const verdeelmoment = z.object({
  datum: z.string(),
  soort: z.enum(["direct", "regulier"]),
  uitleg: z.string(),
});

/** The answer to a werkverdeling step: the zaak plus the open Veilig Opgroeien check, if any. */
export const werkverdelingZaak = zaakDetail.extend({ veiligOpgroeien: veiligOpgroeienCheck });

export const medewerkerKeuze = z.object({
  id: z.uuid(),
  naam: z.string(),
  vakgroepen: z.array(z.string()),
  /** Why this medewerker may handle the zaken (vakgroep, Regiegroep, teamleider). */
  grond: z.string(),
  ikZelf: z.boolean(),
});

export const teVerdelenZaak = z.object({
  id: z.uuid(),
  zaaknummer: z.string(),
  zaaktype: z.string(),
  status: z.string(),
  meldingsdatum: z.string(),
  veiligheid: z.string(),
  leefgebieden: z.array(z.string()),
  wijk: z.string().nullable(),
  verdeelmoment,
});

export const regiegroepOverzicht = pagina(teVerdelenZaak).extend({ verdeelmoment });

export const toestemmingVerzoek = z
  .object({
    gegevenDoor: tekst("Wie gaf toestemming (de inwoner of een vertegenwoordiger)?", 200),
    op: datum,
    wijze: z.enum(TOESTEMMING_WIJZEN, "Kies mondeling, schriftelijk of digitaal"),
    toelichting: z.string().trim().max(1000).optional(),
  })
  .strict();

export const intrekkingVerzoek = z.object({ op: datum }).strict();

export const toestemming = z.object({
  gegevenDoor: z.string(),
  op: z.string(),
  wijze: z.enum(TOESTEMMING_WIJZEN),
  toelichting: z.string().nullable(),
  ingetrokkenOp: z.string().nullable(),
  vastgelegdDoor: z.string(),
});

export const uitkomst = z.object({
  advies: z.string(),
  besluiten: z.array(z.string()),
  door: z.string().nullable(),
  op: z.string(),
});

export const werkverdelingVanZaak = z.object({
  veiligOpgroeien: veiligOpgroeienCheck,
  /** For a Regiegroep zaak that is not picked up yet: when it is distributed. */
  verdeelmoment: verdeelmoment.nullable(),
  toestemming: toestemming.nullable(),
  agendapunten: z.array(
    z.object({
      overlegId: z.uuid(),
      datum: z.string(),
      titel: z.string(),
      uitkomst: uitkomst.nullable(),
    }),
  ),
});
export type WerkverdelingVanZaak = z.infer<typeof werkverdelingVanZaak>;

export const nieuwOverleg = z
  .object({
    datum,
    titel: tekst("Geef het overleg een titel", 200),
  })
  .strict();

export const overlegSamenvatting = z.object({
  id: z.uuid(),
  datum: z.string(),
  titel: z.string(),
  aantalAgendapunten: z.number().int(),
  versie: z.number().int(),
});

export const nieuwAgendapunt = z
  .object({
    zaakId: z.uuid("Onbekende zaak"),
    vraag: z.string().trim().max(2000, "Maximaal 2000 tekens").optional(),
  })
  .strict();

/** The structured, anonymised summary of a casus: what every participant of the overleg sees. */
export const casusSamenvatting = z.object({
  zaaktype: z.string(),
  leeftijden: z.array(z.object({ rol: z.string(), aanduiding: z.string(), leeftijd: z.number().int() })),
  gezinssamenstelling: z.string(),
  leefgebieden: z.array(z.string()),
  veiligheid: z.string(),
});

/**
 * The free text of a casus: the zaak's omschrijving, the question brought in and the advies and besluiten
 * of the uitkomst — anonymised, or as written in the named view. Sent only to those the policy allows
 * (the zaak's vakgroep, the Regiegroep, the teamleider, whoever works on the zaak; beleid rule 16).
 */
export const casusVrijeTekst = z.object({
  omschrijving: z.string(),
  vraag: z.string(),
  /** Empty until the uitkomst is recorded. */
  advies: z.string(),
  besluiten: z.array(z.string()),
});

export const agendapunt = z.object({
  id: z.uuid(),
  /** "Casus 1", "Casus 2": the reference used in the meeting. */
  referentie: z.string(),
  casus: casusSamenvatting,
  /** Null when the policy does not allow this medewerker the free text; `vrijeTekstNiet` says why. */
  vrijeTekst: casusVrijeTekst.nullable(),
  vrijeTekstNiet: z.string().nullable(),
  /** Only in the named view (consent recorded for every item). */
  benoemd: z
    .object({
      zaakId: z.uuid(),
      zaaknummer: z.string(),
      personen: z.array(z.object({ naam: z.string(), rol: z.string(), leeftijd: z.number().int() })),
    })
    .nullable(),
  toestemmingBenoemd: z.boolean(),
  /** Whether and when the outcome was recorded; its content is part of `vrijeTekst`. */
  uitkomst: z.object({ door: z.string().nullable(), op: z.string() }).nullable(),
  versie: z.number().int(),
});

export const overlegDetail = z.object({
  id: z.uuid(),
  datum: z.string(),
  titel: z.string(),
  benoemd: z.boolean(),
  agendapunten: z.array(agendapunt),
  versie: z.number().int(),
});
export type OverlegDetail = z.infer<typeof overlegDetail>;

export const uitkomstVerzoek = z
  .object({
    advies: z.string().trim().max(4000, "Maximaal 4000 tekens").default(""),
    besluiten: z.array(z.string().trim().max(1000, "Maximaal 1000 tekens")).max(20).default([]),
  })
  .strict();

/** Choices for the UI (one source with the server's rules). */
export const overdrachtDoelen = Object.entries(WERKVOORRAAD_LABELS).map(([code, naam]) => ({ code, naam }));
export const nietOppakkenRedenen: readonly string[] = NIET_OPPAKKEN_REDENEN;
export const terugkoppelingKanalen: readonly string[] = TERUGKOPPELING_KANALEN;
export const toestemmingWijzen: readonly string[] = TOESTEMMING_WIJZEN;
export const raadplegingKeuzes = RAADPLEGING_SOORTEN.map((soort) => ({
  soort,
  label: RAADPLEGING_LABELS[soort],
}));
