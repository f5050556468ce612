/** The Wmo themes on a zaak and the normenkader huishoudelijke hulp (issue 15; domain/wmo): requests and answers. */
import { z } from "zod";
import { tekst } from "../domain/tekst";
import { HULPMIDDEL_SOORTEN, WMO_THEMAS } from "../domain/wmo/themas";
import { CAK_SOORTEN, VERSTREKKINGSVORMEN } from "../domain/wmo/verstrekking";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-01-05`);
const sleutels = <T extends Record<string, string>>(r: T) =>
  Object.keys(r) as [keyof T & string, ...(keyof T & string)[]];

const antwoord = z.union([
  z.boolean(),
  z.number(),
  tekst("Antwoord").max(2000, "Antwoord: maximaal 2000 tekens"),
]);

export const factorKeuze = z
  .object({
    code: tekst("Factor", { eenRegel: true }).max(60),
    aantal: z.number("Vul het aantal in").int("Aantal: een heel getal").min(1).max(20),
  })
  .strict();

export const themaVerzoek = z
  .object({
    thema: z.enum(WMO_THEMAS, "Kies een Wmo-thema"),
    antwoorden: z.record(tekst("Vraag", { eenRegel: true }).max(60), antwoord),
    /** Huishoudelijke hulp only: the normenkader factors that apply (the hours follow from them). */
    factoren: z.array(factorKeuze).max(30).optional(),
  })
  .strict();

export const verstrekkingVerzoek = z
  .object({
    soort: z.enum(sleutels(HULPMIDDEL_SOORTEN), "Kies het hulpmiddel"),
    vorm: z.enum(sleutels(VERSTREKKINGSVORMEN), "Kies bruikleen, eigendom of pgb"),
    leverancier: tekst("Leverancier", { eenRegel: true }).trim().max(200).nullable(),
    geleverdOp: datum("Geleverd op").nullable(),
  })
  .strict();

export const innameVerzoek = z
  .object({ verstrekkingId: z.uuid("Onbekende verstrekking"), ingenomenOp: datum("Ingenomen op") })
  .strict();

export const cakMeldingVerzoek = z
  .object({
    soort: z.enum(sleutels(CAK_SOORTEN), "Kies start of einde"),
    ingangsdatum: datum("Ingangsdatum"),
    gemeldOp: datum("Gemeld op"),
  })
  .strict();

const normFactor = z
  .object({
    code: tekst("Code", { eenRegel: true })
      .trim()
      .regex(/^[a-z0-9-]{2,60}$/, "Code: kleine letters, cijfers en streepjes (2 tot 60 tekens)"),
    omschrijving: tekst("Omschrijving", { eenRegel: true }).trim().min(3, "Vul de omschrijving in").max(200),
    urenPerJaar: z.number("Vul de uren per jaar in").int("Uren per jaar: een heel getal"),
    perStuk: z.boolean(),
    groep: tekst("Groep", { eenRegel: true }).trim().max(60).optional(),
  })
  .strict();

export const normenkaderVerzoek = z
  .object({
    bron: tekst("Bron").trim().min(3, "Vul de bron in (onderzoek en besluit van de gemeente)").max(1000),
    basisOmschrijving: tekst("Basismodule", { eenRegel: true }).trim().min(3).max(200),
    basisUrenPerJaar: z.number("Vul de uren van de basismodule in").int(),
    factoren: z.array(normFactor).max(30),
  })
  .strict();

export const normenkaderWeergave = z.object({
  /** 0: no normenkader set yet; the example applies. Send it as If-Match to set the next version. */
  versie: z.number().int(),
  voorbeeld: z.boolean(),
  bron: tekst(),
  basisOmschrijving: tekst(),
  basisUrenPerJaar: z.number().int(),
  factoren: z.array(
    z.object({
      code: tekst(),
      omschrijving: tekst(),
      urenPerJaar: z.number().int(),
      perStuk: z.boolean(),
      groep: tekst().optional(),
    }),
  ),
  vastgesteldOp: tekst().nullable(),
});

/** The beheer page's answer: the normenkader and whether this medewerker may set the next version. */
export const normenkaderBeheer = normenkaderWeergave.extend({ kanVaststellen: z.boolean() });

const vraagWeergave = z.object({
  code: tekst(),
  label: tekst(),
  uitleg: tekst().nullable(),
  verplicht: z.boolean(),
  vorm: z.enum(["janee", "keuze", "getal", "tekst"]),
  opties: z.array(z.object({ code: tekst(), label: tekst() })),
  min: z.number().nullable(),
  max: z.number().nullable(),
  eenheid: tekst().nullable(),
});

const berekening = z.object({
  normenkaderVersie: z.number().int(),
  regels: z.array(z.object({ omschrijving: tekst(), aantal: z.number().int(), uren: z.number().int() })),
  urenPerJaar: z.number(),
  urenPerWeek: z.number(),
});

export const wmoOpZaak = z.object({
  zaakId: z.uuid(),
  /** The zaak's versie: send it as If-Match with every change. */
  versie: z.number().int(),
  /** A toekennend besluit (toekenning or wijziging) and its date: verstrekking and CAK follow it. */
  toekenningOp: tekst().nullable(),
  themas: z.array(
    z.object({
      code: z.enum(WMO_THEMAS),
      label: tekst(),
      omschrijving: tekst(),
      vragen: z.array(vraagWeergave),
      /** The WMO020 categories of its maatwerkvoorzieningen (none: a regeling outside the iWmo messages). */
      categorieen: z.array(z.object({ code: tekst(), naam: tekst() })),
      /** The catalogue's products in those categories, valid today. */
      producten: z.array(z.object({ code: tekst(), omschrijving: tekst() })),
      antwoorden: z.record(tekst(), antwoord).nullable(),
      /** Every required question answered. */
      volledig: z.boolean(),
      vastgelegdDoor: tekst().nullable(),
      gewijzigdOp: tekst().nullable(),
    }),
  ),
  huishouden: z.object({
    normenkader: normenkaderWeergave,
    factoren: z.array(z.object({ code: tekst(), aantal: z.number().int() })),
    berekening: berekening.nullable(),
  }),
  verstrekkingen: z.array(
    z.object({
      id: z.uuid(),
      soort: tekst(),
      soortLabel: tekst(),
      vorm: tekst(),
      vormLabel: tekst(),
      leverancier: tekst().nullable(),
      geleverdOp: tekst().nullable(),
      ingenomenOp: tekst().nullable(),
    }),
  ),
  cakMeldingen: z.array(
    z.object({ soort: tekst(), soortLabel: tekst(), ingangsdatum: tekst(), gemeldOp: tekst() }),
  ),
  kanVastleggen: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});
