/** The veiligheidsprotocollen (issue 14; domain/protocollen): texts, meldingen bij de teamleider, their steps. */
import { z } from "zod";
import { MELDBARE_PROTOCOLLEN, MELDING_STATUSSEN, PROTOCOL_SOORTEN } from "../domain/protocollen/protocollen";
import { tekst } from "../domain/tekst";
import { pagina } from "./paginering";

const kort = (label: string) =>
  tekst(label, { eenRegel: true }).trim().max(200, `${label}: maximaal 200 tekens`);
const lang = (label: string, max = 5000) => tekst(label).trim().max(max, `${label}: maximaal ${max} tekens`);
const tijdstip = (label: string) =>
  z.iso.datetime({ offset: true, message: `${label}: vul een datum en tijd in` });

export const protocolSoort = z.enum(PROTOCOL_SOORTEN, "Onbekend protocol");

export const protocoltekstVerzoek = z.object({ titel: kort("Titel"), tekst: lang("Tekst", 20_000) }).strict();

export const protocoltekstWeergave = z.object({
  soort: protocolSoort,
  titel: tekst(),
  tekst: tekst(),
  versie: z.number().int(),
  /** The example text of the base seed is still in place. */
  voorbeeld: z.boolean(),
  /** A calamiteit threat or PSHI incident is reported from this protocol's page. */
  meldbaar: z.boolean(),
  gewijzigdOp: tekst().nullable(),
  /** null: the example text put in when the gemeente was set up. */
  gewijzigdDoor: tekst().nullable(),
});

export const protocollenLijst = z.object({
  items: z.array(protocoltekstWeergave),
  /** The caller may change the texts (the beheerder). */
  magWijzigen: z.boolean(),
});

export const protocolversies = z.object({ items: z.array(protocoltekstWeergave) });

export const protocolmeldingVerzoek = z
  .object({
    protocol: z.enum(MELDBARE_PROTOCOLLEN, "Kies wat u meldt"),
    wat: lang("Wat is er gebeurd of wat is de dreiging"),
    waar: kort("Waar"),
    wanneer: tijdstip("Wanneer"),
    zaaknummer: kort("Zaaknummer").optional(),
  })
  .strict();

export const protocolstapVerzoek = z
  .object({ tijdstip: tijdstip("Wanneer"), wat: lang("Wat is er gedaan"), door: kort("Door wie") })
  .strict();

export const protocolAfsluitingVerzoek = z.object({ evaluatie: lang("Evaluatie") }).strict();

export const protocolmeldingSamenvatting = z.object({
  id: z.uuid(),
  protocol: z.enum(MELDBARE_PROTOCOLLEN),
  status: z.enum(MELDING_STATUSSEN),
  gemeldOp: tekst(),
  melder: tekst(),
  versie: z.number().int(),
});

export const protocolmeldingenPagina = pagina(protocolmeldingSamenvatting);

export const protocolmeldingWeergave = protocolmeldingSamenvatting.extend({
  wat: tekst(),
  waar: tekst(),
  wanneer: tekst(),
  zaak: z.object({ id: z.uuid(), zaaknummer: tekst() }).nullable(),
  opgestartOp: tekst().nullable(),
  opgestartDoor: tekst().nullable(),
  afgeslotenOp: tekst().nullable(),
  afgeslotenDoor: tekst().nullable(),
  evaluatie: tekst(),
  stappen: z.array(
    z.object({
      tijdstip: tekst(),
      wat: tekst(),
      door: tekst(),
      vastgelegdDoor: tekst(),
      vastgelegdOp: tekst(),
    }),
  ),
  /** What the caller may do now (the policy and the status together). */
  acties: z.object({ opstarten: z.boolean(), stapVastleggen: z.boolean(), afsluiten: z.boolean() }),
});
