/** Veilig Opgroeien on a zaak (issue 14; domain/veilig-opgroeien): requests and answers. */
import { z } from "zod";
import { tekst } from "../domain/tekst";
import { BESLISSING_CODES } from "../domain/veilig-opgroeien/advies";
import { CONCLUSIES, FASEN, STAP_SOORTEN } from "../domain/veilig-opgroeien/traject";
import { verplichteRegel, verplichteTekst } from "./velden";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-01-05`);
const kort = verplichteRegel;
const lang = verplichteTekst;
const vrij = (label: string) => tekst(label).trim().max(5000, "Maximaal 5000 tekens");

export const veiligheidsbeoordelingVerzoek = z
  .object({
    datum: datum("Datum van de beoordeling"),
    procesregisseurId: z.uuid("Kies de procesregisseur"),
    casemanagerId: z.uuid("Kies de casemanager Veilig Opgroeien"),
    conclusie: z.enum(CONCLUSIES, "Kies de conclusie van de beoordeling"),
    toelichting: lang("Toelichting"),
  })
  .strict();

export const gedwongenKaderStapVerzoek = z
  .object({
    soort: z.enum(STAP_SOORTEN, "Kies de stap"),
    datum: datum("Datum"),
    gronden: vrij("Gronden van het verzoek").optional(),
    tot: datum("Einddatum").optional(),
    gecertificeerdeInstelling: tekst("Gecertificeerde instelling", { eenRegel: true })
      .trim()
      .max(200, "Maximaal 200 tekens")
      .optional(),
    toelichting: vrij("Toelichting").optional(),
  })
  .strict();

export const beschermtafelVerzoek = z
  .object({
    datum: datum("Datum van de Beschermtafel"),
    deelnemers: kort("Deelnemers"),
    uitkomst: lang("Uitkomst"),
  })
  .strict();

export const adviesvraagVerzoek = z
  .object({
    beslissing: z.enum(BESLISSING_CODES, "Kies de beslissing waarover u advies vraagt"),
    vraag: lang("Vraag aan de gedragswetenschapper"),
  })
  .strict();

export const adviesVerzoek = z.object({ advies: lang("Advies") }).strict();
export const besluitOpAdviesVerzoek = z.object({ besluit: lang("Beslissing") }).strict();

const wieWanneer = { door: tekst(), op: tekst() };

export const adviesvraagWeergave = z.object({
  id: z.uuid(),
  beslissing: z.enum(BESLISSING_CODES),
  beslissingLabel: tekst(),
  vraag: tekst(),
  gevraagdDoor: tekst(),
  gevraagdOp: tekst(),
  advies: z.object({ tekst: tekst(), ...wieWanneer }).nullable(),
  besluit: z.object({ tekst: tekst(), ...wieWanneer }).nullable(),
});

export const veiligOpgroeienInhoud = z.object({
  beoordelingen: z.array(
    z.object({
      datum: tekst(),
      procesregisseur: tekst(),
      casemanager: tekst(),
      conclusie: z.enum(CONCLUSIES),
      conclusieLabel: tekst(),
      toelichting: tekst(),
    }),
  ),
  fase: z.enum(FASEN),
  faseLabel: tekst(),
  /** The steps that may follow now (the state machine), with their labels. */
  volgendeStappen: z.array(z.object({ soort: z.enum(STAP_SOORTEN), label: tekst() })),
  stappen: z.array(
    z.object({
      soort: z.enum(STAP_SOORTEN),
      label: tekst(),
      datum: tekst(),
      gronden: tekst().nullable(),
      tot: tekst().nullable(),
      gecertificeerdeInstelling: tekst().nullable(),
      toelichting: tekst().nullable(),
      vastgelegdDoor: tekst(),
    }),
  ),
  ots: z
    .object({
      sinds: tekst(),
      tot: tekst(),
      gecertificeerdeInstelling: tekst(),
      verlengingen: z.number().int(),
      beeindigdOp: tekst().nullable(),
      /** Calendar days until the end (0 on the end date; negative after). */
      dagenResterend: z.number().int(),
      /** The latest end an extension decided today may set (BW 1:260 lid 1); null when it cannot be extended. */
      verlengenUiterlijk: tekst().nullable(),
    })
    .nullable(),
  beschermtafels: z.array(
    z.object({ datum: tekst(), deelnemers: tekst(), uitkomst: tekst(), vastgelegdDoor: tekst() }),
  ),
  adviesvragen: z.array(adviesvraagWeergave),
});

/** Veilig Opgroeien as the caller may see it: its existence always, its content only per policy rule 21. */
export const veiligOpgroeienWeergave = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  zaaknummer: tekst(),
  versie: z.number().int(),
  inhoud: veiligOpgroeienInhoud.nullable(),
  /** The caller may record beoordelingen, steps, Beschermtafels and ask for advice. */
  kanVastleggen: z.boolean(),
  /** The caller is the gedragswetenschapper who may give the asked advice. */
  kanAdviseren: z.boolean(),
});

const medewerker = z.object({ id: z.uuid(), naam: tekst() });

export const veiligOpgroeienOpZaak = z.object({
  traject: veiligOpgroeienWeergave.nullable(),
  kanStarten: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
  /** Who can be chosen for the joint assessment (only for whoever may record it). */
  kandidaten: z.object({ procesregisseurs: z.array(medewerker), casemanagers: z.array(medewerker) }),
});

/** The gedragswetenschapper's list: every zaak where advice was asked, open requests first. */
export const adviesvragenLijst = z.object({
  items: z.array(
    z.object({
      trajectId: z.uuid(),
      zaakId: z.uuid(),
      zaaknummer: tekst(),
      versie: z.number().int(),
      /** Where the traject stands: the last beoordeling's conclusion and the phase of the gedwongen kader. */
      conclusie: tekst().nullable(),
      faseLabel: tekst(),
      vraag: adviesvraagWeergave,
    }),
  ),
});
