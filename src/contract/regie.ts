/** The Regiegroep themes on a zaak (issue 14; domain/regie): Spoed voor Jeugd, nazorg, MDO 23+, Wet verplichte GGZ. */
import { z } from "zod";
import { MDO_STATUSSEN } from "../domain/regie/mdo";
import { NAZORG_STATUSSEN, NAZORGPUNTEN, PUNT_STATUSSEN } from "../domain/regie/nazorg";
import { SPOED_STATUSSEN } from "../domain/regie/spoed";
import { REGIE_THEMAS } from "../domain/regie/thema";
import { BETROKKEN_ROLLEN, MELDERS, WVGGZ_STATUSSEN } from "../domain/regie/wvggz";
import { tekst } from "../domain/tekst";
import { moment } from "./huisverbod";
import { verplichteRegel as kort, verplichteTekst as lang } from "./velden";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-05-01`);
const vrijeTekst = (label: string) => tekst(label).trim().max(5000, "Maximaal 5000 tekens");
const puntStatus = z.enum(PUNT_STATUSSEN, "Kies open, geregeld of niet van toepassing");

export const spoedOverdrachtVerzoek = z
  .object({
    overgedragenOp: moment("Overgedragen op"),
    aan: kort("Overgedragen aan"),
    wat: lang("Wat is overgedragen"),
  })
  .strict();

export const nazorgVerzoek = z
  .object({
    zelfmelder: z.boolean("Geef aan of het een zelfmelder is"),
    gemeldOp: datum("Melding ontvangen op"),
    verwachtOp: datum("Verwachte datum").nullable(),
    piContact: z
      .object({ naam: kort("Casemanager van de PI"), op: datum("Contact met de PI op") })
      .strict()
      .nullable(),
    achterblijvers: vrijeTekst("Achterblijvers"),
    punten: z
      .object(
        Object.fromEntries(NAZORGPUNTEN.map((p) => [p, puntStatus])) as {
          [K in (typeof NAZORGPUNTEN)[number]]: typeof puntStatus;
        },
      )
      .strict(),
  })
  .strict();

export const mdoVerzoek = z
  .object({
    aangemeldOp: datum("Aangemeld bij het MDO 23+ op"),
    aanleiding: lang("Aanleiding (zorgen)"),
    overleggen: z
      .array(
        z
          .object({
            datum: datum("Datum van het overleg"),
            persoonIds: z.array(z.uuid("Kies de besproken personen uit de personen op de zaak")).max(50),
            deelnemers: z
              .array(z.object({ organisatie: kort("Organisatie"), rol: kort("Rol") }).strict())
              .max(50, "Maximaal 50 deelnemers"),
            acties: z
              .array(
                z
                  .object({
                    wie: kort("Wie"),
                    wat: lang("Wat"),
                    uiterlijk: datum("Uiterlijk"),
                    gedaan: z.boolean("Geef aan of de actie gedaan is"),
                  })
                  .strict(),
              )
              .max(100, "Maximaal 100 acties"),
            vervolgOp: datum("Vervolgoverleg op").nullable(),
          })
          .strict(),
      )
      .max(100, "Maximaal 100 overleggen"),
  })
  .strict();

export const wvggzVerzoek = z
  .object({
    betrokkeneId: z.uuid("Kies de betrokkene uit de personen op de zaak"),
    melding: z
      .object({
        op: datum("Melding ontvangen op"),
        door: kort("Gemeld door"),
        melder: z.enum(MELDERS, "Kies wie de melding deed"),
        zorgen: lang("De zorgen van de melder"),
      })
      .strict(),
    onderzoek: z
      .object({
        door: kort("Onderzoek gedaan door"),
        afgerondOp: datum("Onderzoek afgerond op"),
        bevindingen: lang("Bevindingen"),
      })
      .strict()
      .nullable(),
    besluit: z
      .object({
        op: datum("Besluit genomen op"),
        aanvraag: z.boolean("Geef aan of er een aanvraag wordt ingediend"),
        motivering: lang("Motivering"),
      })
      .strict()
      .nullable(),
    betrokkenen: z
      .array(
        z
          .object({ rol: z.enum(BETROKKEN_ROLLEN, "Kies de rol van de betrokkene"), naam: kort("Naam") })
          .strict(),
      )
      .max(50, "Maximaal 50 betrokkenen"),
    crisismaatregel: z
      .object({ op: datum("Crisismaatregel genomen op"), toelichting: vrijeTekst("Toelichting") })
      .strict()
      .nullable(),
  })
  .strict();

const mdoInhoud = mdoVerzoek.extend({
  status: z.enum(MDO_STATUSSEN),
  openActies: z.number().int(),
  teLaat: z.number().int(),
  volgendOverleg: tekst().nullable(),
});

const wvggzInhoud = wvggzVerzoek.extend({ status: z.enum(WVGGZ_STATUSSEN) });

const spoedInhoud = z.object({
  overgedragenOp: tekst(),
  aan: tekst(),
  wat: tekst(),
  /** The next opening of the office (working day, 8.30) when the zaak returns to the Regiegroep. */
  terugOp: tekst(),
  teruggezetOp: tekst().nullable(),
  status: z.enum(SPOED_STATUSSEN),
});

const nazorgInhoud = nazorgVerzoek.extend({
  status: z.enum(NAZORG_STATUSSEN),
  /** Calendar days until the expected date (negative once passed); null when unknown. */
  dagenTotVerwacht: z.number().int().nullable(),
});

/** One theme record as the caller may see it: its existence always, its content only per policy rule 21. */
export const regieThemaWeergave = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  thema: z.enum(REGIE_THEMAS),
  versie: z.number().int(),
  gestartDoor: tekst(),
  gestartOp: tekst(),
  /** null: the caller sees only that there is one. */
  spoed: spoedInhoud.nullable(),
  nazorg: nazorgInhoud.nullable(),
  mdo: mdoInhoud.nullable(),
  wvggz: wvggzInhoud.nullable(),
});

export const regieOpZaak = z.object({
  themas: z.array(regieThemaWeergave),
  kanVastleggen: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});
