/** "Ophalen uit de BRP" (Haal Centraal BRP Personen bevragen v2; src/brp): requests and answers. */
import { z } from "zod";
import { BRP_DOELEN } from "../domain/brp/velden";
import { GEZAG_SOORTEN } from "../domain/brp/vertaal";
import { isGeldigBsn } from "../domain/persoon/bsn";
import { isGeldigePostcode } from "../domain/persoon/postcode";
import { tekst } from "../domain/tekst";

const doel = z.enum(
  BRP_DOELEN,
  "Kies het doel van de bevraging: aanmelding, dossier bijwerken of woonplaatsbeginsel",
);
const regel = (label: string) => tekst(label, { eenRegel: true }).trim();

/** By BSN (typed at the aanmelding) or by a resident of the klantdossier (the BSN is read on the server). */
export const brpRaadpleegVerzoek = z.union(
  [
    z
      .object({
        doel,
        bsn: regel("BSN").refine((b) => isGeldigBsn(b), "Dit is geen geldig BSN (elfproef)"),
      })
      .strict(),
    z.object({ doel, persoonId: z.uuid("Onbekende persoon") }).strict(),
  ],
  "Geef een BSN of een inwoner uit het klantdossier",
);

export const brpZoekVerzoek = z.union(
  [
    z
      .object({
        doel,
        geslachtsnaam: regel("Achternaam")
          .min(1, "Vul de achternaam in")
          .max(200)
          .regex(
            /^[a-zA-Z0-9À-ž .\-']+\*?$/,
            "Alleen letters, spaties, punt, streepje of apostrof (en * aan het eind)",
          ),
        voorvoegsel: regel("Voorvoegsel").max(10).optional(),
        geboortedatum: z.iso.date("Geboortedatum: gebruik een datum als 1950-03-05"),
      })
      .strict(),
    z
      .object({
        doel,
        postcode: regel("Postcode").refine(isGeldigePostcode, "Gebruik een postcode als 1234 AB"),
        huisnummer: z
          .number("Vul een huisnummer in")
          .int("Een huisnummer is een heel getal")
          .min(1)
          .max(99_999),
        huisletter: regel("Huisletter")
          .regex(/^[A-Za-z]$/, "Eén letter")
          .optional(),
        toevoeging: regel("Toevoeging")
          .regex(/^[a-zA-Z0-9 -]{1,4}$/, "Maximaal 4 tekens")
          .optional(),
      })
      .strict(),
  ],
  "Zoek met achternaam en geboortedatum, of met postcode en huisnummer",
);

const gerelateerde = z.object({
  bsn: tekst().nullable(),
  naam: tekst(),
  geboortedatum: tekst().nullable(),
  /** The same person in our klantdossier (by BSN), when there is one. */
  inKlantdossier: z.object({ id: z.uuid(), naam: tekst() }).nullable(),
});

export const brpPersoon = z.object({
  bsn: tekst().nullable(),
  naam: tekst(),
  voornamen: tekst().nullable(),
  voorvoegsel: tekst().nullable(),
  geslachtsnaam: tekst().nullable(),
  geboortedatum: tekst().nullable(),
  geboortedatumTekst: tekst().nullable(),
  geslacht: z.enum(["man", "vrouw", "onbekend"]).nullable(),
  adres: z
    .object({
      straat: tekst().nullable(),
      huisnummer: z.number(),
      huisletter: tekst().nullable(),
      toevoeging: tekst().nullable(),
      postcode: tekst(),
      woonplaats: tekst(),
    })
    .nullable(),
  adresSinds: tekst().nullable(),
  verblijfplaats: z.enum(["woonadres", "briefadres", "locatie", "buitenland", "onbekend"]).nullable(),
  gemeenteVanInschrijving: z.object({ code: tekst(), naam: tekst().nullable() }).nullable(),
  geheimhouding: z.boolean(),
  kinderen: z.array(gerelateerde),
  ouders: z.array(gerelateerde),
  partner: gerelateerde.extend({ sinds: tekst().nullable() }).nullable(),
  gezag: z.array(
    z.object({
      minderjarige: z.object({ bsn: tekst(), naam: tekst().nullable() }),
      soort: z.enum(GEZAG_SOORTEN),
      omschrijving: tekst(),
      bron: tekst(),
      gezaghebbenden: z.array(
        z.object({ bsn: tekst().nullable(), naam: tekst(), rol: z.enum(["ouder", "derde"]) }),
      ),
      toelichting: tekst().nullable(),
      inOnderzoek: z.boolean(),
    }),
  ),
  /** Already in the klantdossier (by BSN). */
  inKlantdossier: z.object({ id: z.uuid(), naam: tekst() }).nullable(),
});

export const brpRaadpleegAntwoord = z.object({
  /** When the BRP answered (ISO instant); the UI shows "Gegevens uit de BRP van 3 december 2026". */
  opgehaaldOp: tekst(),
  doel,
  persoon: brpPersoon,
  woonplaats: z.object({ brpGemeente: tekst().nullable(), toelichting: tekst(), bron: tekst() }),
});

export const brpZoekAntwoord = z.object({
  opgehaaldOp: tekst(),
  doel,
  personen: z.array(
    z.object({
      bsn: tekst().nullable(),
      naam: tekst(),
      geboortedatum: tekst().nullable(),
      adres: tekst().nullable(),
      geheimhouding: z.boolean(),
    }),
  ),
});

export type BrpRaadpleegAntwoord = z.infer<typeof brpRaadpleegAntwoord>;
export type BrpPersoonGegevens = z.infer<typeof brpPersoon>;
