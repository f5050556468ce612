import { z } from "zod";
import { TOESTEMMING_WIJZEN } from "../domain/casuistiek/toestemming";
import { WERKVOORRAAD_LABELS } from "../domain/routering/routering";
import { tekst } from "../domain/tekst";
import { NIET_OPPAKKEN_REDENEN } from "../domain/werkverdeling/niet-oppakken";
import { RAADPLEGING_LABELS, RAADPLEGING_SOORTEN } from "../domain/werkverdeling/veilig-opgroeien";
import { TERUGKOPPELING_KANALEN } from "../domain/zaak/statusmachine";
import { pagina } from "./paginering";
import { zaakDetail } from "./zaken";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");
const uitleg = (label: string, melding: string, max = 2000) =>
  tekst(label).trim().min(3, melding).max(max, `Maximaal ${max} tekens`);

export const oppakkenVerzoek = z
  .object({
    /** The medewerker who gets the zaak on their name; default: the caller. */
    behandelaarId: z.uuid("Onbekende medewerker").optional(),
    overwegingen: uitleg("Overwegingen", "Leg de overwegingen vast (minstens 3 tekens)"),
  })
  .strict();
export type OppakkenVerzoek = z.infer<typeof oppakkenVerzoek>;

export const nietOppakkenVerzoek = z
  .object({
    redenen: z
      .array(tekst("Reden").trim().min(3, "Beschrijf de reden").max(500))
      .min(1, "Geef minstens één reden")
      .max(10),
    terugkoppeling: z
      .object({
        op: datum,
        kanaal: z.enum(TERUGKOPPELING_KANALEN, "Kies hoe de inwoner is teruggekoppeld"),
        samenvatting: uitleg("Samenvatting", "Vat de terugkoppeling aan de inwoner samen", 1000),
      })
      .strict(),
  })
  .strict();
export type NietOppakkenVerzoek = z.infer<typeof nietOppakkenVerzoek>;

export const overdrachtVerzoek = z
  .object({
    naarWerkvoorraad: tekst("Werkvoorraad").trim().min(1, "Kies een werkvoorraad").max(50),
    reden: uitleg("Reden", "Geef de reden van de overdracht"),
  })
  .strict();
export type OverdrachtVerzoek = z.infer<typeof overdrachtVerzoek>;

export const raadplegingVerzoek = z
  .object({
    soort: z.enum(RAADPLEGING_SOORTEN, "Kies geraadpleegd of toegevoegd"),
    medewerkerId: z.uuid("Kies een casemanager Veilig Opgroeien"),
    op: datum,
    toelichting: uitleg("Toelichting", "Licht de raadpleging toe"),
  })
  .strict();
export type RaadplegingVerzoek = z.infer<typeof raadplegingVerzoek>;

export const veiligOpgroeienCheck = z.object({
  nodig: z.boolean(),
  /** Children involved and nothing recorded yet. */
  open: z.boolean(),
  minderjarigen: z.number().int(),
  uitleg: tekst(),
  raadpleging: z
    .object({
      soort: z.enum(RAADPLEGING_SOORTEN),
      medewerker: z.object({ id: z.uuid(), naam: tekst() }),
      op: tekst(),
      toelichting: tekst(),
    })
    .nullable(),
});
export type VeiligOpgroeienCheck = z.infer<typeof veiligOpgroeienCheck>;

export const verdeelmoment = z.object({
  datum: tekst(),
  soort: z.enum(["direct", "regulier"]),
  uitleg: tekst(),
});

/** The answer to a werkverdeling step: the zaak plus the open Veilig Opgroeien check, if any. */
export const werkverdelingZaak = zaakDetail.extend({ veiligOpgroeien: veiligOpgroeienCheck });

export const medewerkerKeuze = z.object({
  id: z.uuid(),
  naam: tekst(),
  vakgroepen: z.array(tekst()),
  /** Why this medewerker may handle the zaken (vakgroep, Regiegroep, teamleider). */
  grond: tekst(),
  ikZelf: z.boolean(),
});

export const teVerdelenZaak = z.object({
  id: z.uuid(),
  zaaknummer: tekst(),
  zaaktype: tekst(),
  status: tekst(),
  meldingsdatum: tekst(),
  veiligheid: tekst(),
  leefgebieden: z.array(tekst()),
  wijk: tekst().nullable(),
  verdeelmoment,
});

export const regiegroepOverzicht = pagina(teVerdelenZaak).extend({ verdeelmoment });

export const toestemmingVerzoek = z
  .object({
    gegevenDoor: uitleg("Gegeven door", "Wie gaf toestemming (de inwoner of een vertegenwoordiger)?", 200),
    op: datum,
    wijze: z.enum(TOESTEMMING_WIJZEN, "Kies mondeling, schriftelijk of digitaal"),
    toelichting: tekst("Toelichting").trim().max(1000).optional(),
  })
  .strict();

export const intrekkingVerzoek = z.object({ op: datum }).strict();

export const toestemming = z.object({
  gegevenDoor: tekst(),
  op: tekst(),
  wijze: z.enum(TOESTEMMING_WIJZEN),
  toelichting: tekst().nullable(),
  ingetrokkenOp: tekst().nullable(),
  vastgelegdDoor: tekst(),
});

export const uitkomst = z.object({
  advies: tekst(),
  besluiten: z.array(tekst()),
  door: tekst().nullable(),
  op: tekst(),
});

export const werkverdelingVanZaak = z.object({
  veiligOpgroeien: veiligOpgroeienCheck,
  /** For a Regiegroep zaak that is not picked up yet: when it is distributed. */
  verdeelmoment: verdeelmoment.nullable(),
  toestemming: toestemming.nullable(),
  agendapunten: z.array(
    z.object({
      overlegId: z.uuid(),
      datum: tekst(),
      titel: tekst(),
      uitkomst: uitkomst.nullable(),
    }),
  ),
});
export type WerkverdelingVanZaak = z.infer<typeof werkverdelingVanZaak>;

export const nieuwOverleg = z
  .object({
    datum,
    titel: uitleg("Titel", "Geef het overleg een titel", 200),
  })
  .strict();

export const overlegSamenvatting = z.object({
  id: z.uuid(),
  datum: tekst(),
  titel: tekst(),
  aantalAgendapunten: z.number().int(),
  versie: z.number().int(),
});

export const nieuwAgendapunt = z
  .object({
    zaakId: z.uuid("Onbekende zaak"),
    vraag: tekst("Vraag").trim().max(2000, "Maximaal 2000 tekens").optional(),
  })
  .strict();

/** The structured, anonymised summary of a casus: what every participant of the overleg sees. */
export const casusSamenvatting = z.object({
  zaaktype: tekst(),
  leeftijden: z.array(z.object({ rol: tekst(), aanduiding: tekst(), leeftijd: z.number().int() })),
  gezinssamenstelling: tekst(),
  leefgebieden: z.array(tekst()),
  veiligheid: tekst(),
});

/**
 * The free text of a casus: the zaak's omschrijving, the question brought in and the advies and besluiten
 * of the uitkomst — anonymised, or as written in the named view. Sent only to those the policy allows
 * (the zaak's vakgroep, the Regiegroep, the teamleider, whoever works on the zaak; beleid rule 16).
 */
export const casusVrijeTekst = z.object({
  omschrijving: tekst(),
  vraag: tekst(),
  /** Empty until the uitkomst is recorded. */
  advies: tekst(),
  besluiten: z.array(tekst()),
});

export const agendapunt = z.object({
  id: z.uuid(),
  /** "Casus 1", "Casus 2": the reference used in the meeting. */
  referentie: tekst(),
  casus: casusSamenvatting,
  /** Null when the policy does not allow this medewerker the free text; `vrijeTekstNiet` says why. */
  vrijeTekst: casusVrijeTekst.nullable(),
  vrijeTekstNiet: tekst().nullable(),
  /** Only in the named view (consent recorded for every item). */
  benoemd: z
    .object({
      zaakId: z.uuid(),
      zaaknummer: tekst(),
      personen: z.array(z.object({ naam: tekst(), rol: tekst(), leeftijd: z.number().int() })),
    })
    .nullable(),
  toestemmingBenoemd: z.boolean(),
  /** Whether and when the outcome was recorded; its content is part of `vrijeTekst`. */
  uitkomst: z.object({ door: tekst().nullable(), op: tekst() }).nullable(),
  versie: z.number().int(),
});

export const overlegDetail = z.object({
  id: z.uuid(),
  datum: tekst(),
  titel: tekst(),
  benoemd: z.boolean(),
  agendapunten: z.array(agendapunt),
  versie: z.number().int(),
});
export type OverlegDetail = z.infer<typeof overlegDetail>;

export const uitkomstVerzoek = z
  .object({
    advies: tekst("Advies").trim().max(4000, "Maximaal 4000 tekens").default(""),
    besluiten: z.array(tekst("Besluit").trim().max(1000, "Maximaal 1000 tekens")).max(20).default([]),
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
