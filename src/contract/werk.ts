/** The Werk flow of a jongere on a werk zaak (issue 15; domain/werk/jongeren): requests and answers. */
import { z } from "zod";
import { tekst } from "../domain/tekst";
import { ACTIEPLAN_STAPPEN, AFSTEMMINGEN, CONTACTWIJZEN, RICHTINGEN } from "../domain/werk/jongeren";
import { termijn } from "./zaken";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-01-05`);
const sleutels = <T extends Record<string, string>>(r: T) =>
  Object.keys(r) as [keyof T & string, ...(keyof T & string)[]];

export const contactVerzoek = z
  .object({
    op: datum("Datum van het contact"),
    wijze: z.enum(sleutels(CONTACTWIJZEN), "Kies hoe u contact had"),
  })
  .strict();

export const afzienVerzoek = z
  .object({
    op: datum("Datum"),
    reden: tekst("Reden").trim().max(2000, "Reden: maximaal 2000 tekens"),
    afstemming: z.enum(sleutels(AFSTEMMINGEN), "Kies hoe u afstemt met de hulpverlening"),
  })
  .strict();

export const intakeVerzoek = z.object({ op: datum("Datum van de intake") }).strict();

export const planVerzoek = z
  .object({
    opgesteldOp: datum("Datum van het plan"),
    richting: z.enum(sleutels(RICHTINGEN), "Kies de richting van het plan"),
    afspraken: tekst("Afspraken").trim().max(4000, "Afspraken: maximaal 4000 tekens"),
    voortgangOp: datum("Voortgangsgesprek"),
  })
  .strict();

export const stapVerzoek = z
  .object({
    soort: z.enum(sleutels(ACTIEPLAN_STAPPEN), "Kies de stap"),
    doel: tekst("Doel").trim().max(1000, "Doel: maximaal 1000 tekens"),
    evaluatieOp: datum("Evaluatie op"),
  })
  .strict();

export const werktrajectOpZaak = z.object({
  zaakId: z.uuid(),
  /** The zaak's versie: send it as If-Match with every change. */
  versie: z.number().int(),
  doelgroep: z.enum(["jongere", "volwassene", "onbekend"]),
  meldingOp: tekst(),
  eindeZoekperiode: tekst().nullable(),
  weken: z.array(
    z.object({
      week: z.number().int(),
      van: tekst(),
      tot: tekst(),
      contact: tekst().nullable(),
      stand: z.enum(["gehad", "gemist", "loopt", "komt"]),
    }),
  ),
  contacten: z.array(z.object({ op: tekst(), wijze: tekst(), wijzeLabel: tekst() })),
  afzien: z.object({ op: tekst(), reden: tekst(), afstemming: tekst(), afstemmingLabel: tekst() }).nullable(),
  intakeOp: tekst().nullable(),
  plan: z
    .object({
      opgesteldOp: tekst(),
      richting: tekst(),
      richtingLabel: tekst(),
      afspraken: tekst(),
      voortgangOp: tekst(),
    })
    .nullable(),
  stappen: z.array(
    z.object({
      soort: tekst(),
      soortLabel: tekst(),
      doel: tekst(),
      evaluatieOp: tekst(),
      vastgelegdOp: tekst(),
    }),
  ),
  /** The Pw terms on the zaak (zoekperiode, beslissing, voorschot). */
  termijnen: z.array(termijn),
  kanVastleggen: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});
