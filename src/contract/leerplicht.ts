/** Vakgroep Jeugd (issue 15; domain/leerplicht, domain/jeugd): the verzuimaanpak, schools, SMW and POH-jeugd. */
import { z } from "zod";
import { POH_UITKOMSTEN, SCHOOL_SOORTEN, SMW_SOORTEN, VERWIJZINGEN } from "../domain/jeugd/jeugd";
import { PLICHTEN } from "../domain/leerplicht/leeftijd";
import { DOORVERWIJZING_SOORTEN, STAP_SOORTEN, VERZUIM_SOORTEN } from "../domain/leerplicht/verzuim";
import { tekst } from "../domain/tekst";
import { verplichteRegel, verplichteTekst } from "./velden";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-01-05`);
const vrij = (label: string) => tekst(label).trim().max(5000, "Maximaal 5000 tekens");
const aantal = (label: string, max: number) =>
  z
    .int(`${label}: vul een heel getal in`)
    .min(1, `${label}: minimaal 1`)
    .max(max, `${label}: maximaal ${max}`);

export const verzuimmeldingVerzoek = z
  .object({
    datum: datum("Datum van de melding"),
    leerlingId: z.uuid("Kies de leerling"),
    verzuimsoort: z.enum(VERZUIM_SOORTEN, "Kies de soort verzuim"),
    uren: z
      .int("Uren verzuim: vul een heel getal in")
      .min(0, "Uren verzuim: niet negatief")
      .max(1000, "Uren verzuim: maximaal 1000")
      .nullable(),
    schoolId: z.uuid("Kies de school").nullable(),
    toelichting: vrij("Toelichting").optional(),
  })
  .strict();

const VERVOLGSTAPPEN = STAP_SOORTEN.filter((s) => s !== "verzuimmelding") as [
  Exclude<(typeof STAP_SOORTEN)[number], "verzuimmelding">,
  ...Exclude<(typeof STAP_SOORTEN)[number], "verzuimmelding">[],
];

export const leerplichtStapVerzoek = z
  .object({
    soort: z.enum(VERVOLGSTAPPEN, "Kies de stap"),
    datum: datum("Datum"),
    toelichting: vrij("Toelichting").optional(),
  })
  .strict();

export const doorverwijzingVerzoek = z.discriminatedUnion(
  "soort",
  [
    z
      .object({
        soort: z.literal("veilig-opgroeien"),
        datum: datum("Datum"),
        casemanagerId: z.uuid("Kies de casemanager Veilig Opgroeien"),
        toelichting: verplichteTekst("Onderliggende problematiek"),
      })
      .strict(),
    z
      .object({
        soort: z.literal("meldcode"),
        datum: datum("Datum"),
        toelichting: verplichteTekst("Onderliggende problematiek"),
      })
      .strict(),
  ],
  { error: "Kies: overdragen aan Veilig Opgroeien of de Meldcode starten" },
);

const persoonKeuze = z.object({ persoonId: z.uuid(), naam: tekst(), geboortedatum: tekst().nullable() });
const keuze = z.object({ id: z.uuid(), naam: tekst() });

export const leerplichtInhoud = z.object({
  leerling: persoonKeuze.extend({
    plicht: z.enum(PLICHTEN),
    plichtLabel: tekst(),
    plichtBron: tekst(),
    plichtTot: tekst().nullable(),
    leerplichtVanaf: tekst(),
    achttienOp: tekst(),
    rmcSignaalVanaf: tekst(),
  }),
  school: z.object({ id: z.uuid(), naam: tekst(), brin: tekst() }).nullable(),
  verzuimsoort: z.enum(VERZUIM_SOORTEN),
  verzuimLabel: tekst(),
  uren: z.number().int().nullable(),
  stappen: z.array(
    z.object({
      soort: z.enum(STAP_SOORTEN),
      label: tekst(),
      datum: tekst(),
      toelichting: tekst().nullable(),
      vastgelegdDoor: tekst(),
    }),
  ),
  afgerond: z.boolean(),
  volgendeStappen: z.array(z.object({ soort: z.enum(STAP_SOORTEN), label: tekst() })),
  doorverwijzingen: z.array(
    z.object({
      soort: z.enum(DOORVERWIJZING_SOORTEN),
      label: tekst(),
      datum: tekst(),
      toelichting: tekst(),
      casemanager: tekst().nullable(),
      meldcodeId: z.uuid().nullable(),
      vastgelegdDoor: tekst(),
    }),
  ),
});

/** The verzuimaanpak as the caller may see it (policy rule 25a). */
export const leerplichtWeergave = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  versie: z.number().int(),
  kanVastleggen: z.boolean(),
  inhoud: leerplichtInhoud.nullable(),
});

export const leerplichtOpZaak = z.object({
  traject: leerplichtWeergave.nullable(),
  kanStarten: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
  leerlingen: z.array(persoonKeuze),
  scholen: z.array(z.object({ id: z.uuid(), naam: tekst(), brin: tekst() })),
  casemanagers: z.array(keuze),
});

export const schoolVerzoek = z
  .object({
    brin: tekst("BRIN-code", { eenRegel: true }).trim(),
    naam: verplichteRegel("Naam van de school"),
    soort: z.enum(SCHOOL_SOORTEN, "Kies de soort school"),
    smwIds: z.array(z.uuid("Kies een schoolmaatschappelijk werker")).max(20, "Maximaal 20 medewerkers"),
  })
  .strict();

export const schoolWijziging = schoolVerzoek.omit({ brin: true }).extend({ actief: z.boolean() }).strict();

export const schoolWeergave = z.object({
  id: z.uuid(),
  brin: tekst(),
  naam: tekst(),
  soort: z.enum(SCHOOL_SOORTEN),
  soortLabel: tekst(),
  actief: z.boolean(),
  versie: z.number().int(),
  smw: z.array(keuze),
});

export const scholenOverzicht = z.object({
  scholen: z.array(schoolWeergave),
  /** The SMW'ers the beheerder can link (empty for whoever may not change schools). */
  kandidaten: z.array(keuze),
  kanBeheren: z.boolean(),
});

export const smwRegistratieVerzoek = z
  .object({
    schoolId: z.uuid("Kies de school"),
    soort: z.enum(SMW_SOORTEN, "Kies kort contact of training"),
    datum: datum("Datum"),
    deelnemers: aantal("Aantal deelnemers", 500),
    onderwerp: verplichteRegel("Onderwerp"),
  })
  .strict();

export const smwOverzicht = z.object({
  perSchool: z.array(
    z.object({
      school: z.object({ id: z.uuid(), naam: tekst(), brin: tekst(), soortLabel: tekst() }),
      smw: z.array(tekst()),
      korteContacten: z.number().int(),
      trainingen: z.number().int(),
      deelnemers: z.number().int(),
    }),
  ),
  /** The schools the caller is linked to (where they may register). */
  mijnScholen: z.array(z.object({ id: z.uuid(), naam: tekst() })),
});

export const pohRegistratieVerzoek = z
  .object({
    huisartsenpraktijk: verplichteRegel("Huisartsenpraktijk"),
    datum: datum("Datum van afsluiten"),
    contacten: aantal("Aantal contacten", 100),
    uitkomst: z.enum(POH_UITKOMSTEN, "Kies de uitkomst"),
    verwezenNaar: z.enum(VERWIJZINGEN, "Kies waarnaar is verwezen").nullable(),
  })
  .strict();

const pohTelling = z.object({
  jeugdigen: z.number().int(),
  contacten: z.number().int(),
  zonderVerwijzing: z.number().int(),
  verwezen: z.number().int(),
  percentageZonderVerwijzing: z.number().int().nullable(),
});

export const pohOverzicht = z.object({
  totaal: pohTelling,
  perPraktijk: z.array(pohTelling.extend({ huisartsenpraktijk: tekst() })),
  verwijzingen: z.array(z.object({ naar: z.enum(VERWIJZINGEN), label: tekst(), aantal: z.number().int() })),
  kanRegistreren: z.boolean(),
});
