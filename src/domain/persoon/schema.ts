import { z } from "zod";
import { tekst } from "../tekst";
import { isGeldigBsn } from "./bsn";
import { isGeldigePostcode } from "./postcode";

/** One line, no control characters (they break letters and exports); quotes, HTML, emoji and diacritics are fine. */
const regel = (label: string) => tekst(label, { eenRegel: true }).trim();
const vrij = (label: string, max: number, melding = `Maximaal ${max} tekens`) =>
  regel(label).max(max, melding);
const verplicht = (label: string, max: number, leeg: string) => vrij(label, max).min(1, leeg);

/** A real calendar date (2026-02-30 is not), not in the future and not before 1900. */
export const geboortedatum = z.iso
  .date("Gebruik een datum als 1950-03-05")
  .refine((d) => {
    const [j, m, dag] = d.split("-").map(Number) as [number, number, number];
    const datum = new Date(Date.UTC(j, m - 1, dag));
    return datum.getUTCMonth() === m - 1 && datum.getUTCDate() === dag;
  }, "Deze datum bestaat niet")
  .refine((d) => d >= "1900-01-01", "De geboortedatum ligt voor 1900")
  .refine((d) => d <= new Date().toISOString().slice(0, 10), "De geboortedatum ligt in de toekomst");

export const GESLACHTEN = ["man", "vrouw", "onbekend"] as const;

export const adres = z
  .object({
    straat: vrij("Straat", 200).optional(),
    huisnummer: z.number("Vul een huisnummer in").int("Een huisnummer is een heel getal").min(1).max(99_999),
    huisletter: regel("Huisletter")
      .regex(/^[A-Za-z]$/, "Eén letter")
      .optional(),
    toevoeging: vrij("Toevoeging", 4).optional(),
    postcode: regel("Postcode").refine(isGeldigePostcode, "Gebruik een postcode als 1234 AB"),
    woonplaats: verplicht("Woonplaats", 80, "Vul de woonplaats in"),
  })
  .strict();

export const communicatie = z
  .object({
    laaggeletterd: z.boolean().optional(),
    tolk: z.boolean().optional(),
    taal: vrij("Taal", 50).optional(),
    postVoorkeur: z.boolean().optional(),
    doof: z.boolean().optional(),
    blind: z.boolean().optional(),
  })
  .strict();

const persoonVelden = {
  voornamen: verplicht("Voornamen", 200, "Vul de voornamen in"),
  voorvoegsel: vrij("Voorvoegsel", 20).optional(),
  geslachtsnaam: verplicht("Achternaam", 200, "Vul de achternaam in"),
  geboortedatum,
  geslacht: z.enum(GESLACHTEN, "Kies man, vrouw of onbekend").optional(),
  adres,
  telefoon: regel("Telefoonnummer")
    .regex(/^\+?[0-9 ()-]{6,20}$/, "Geen geldig telefoonnummer")
    .optional(),
  email: z.email("Geen geldig e-mailadres").max(254).optional(),
  communicatie: communicatie.optional(),
  /** "Geheimhouding persoonsgegevens" from the BRP (Wet BRP art. 2.59); set when the data are taken over. */
  geheimhouding: z.boolean("Geheimhouding: kies ja of nee").optional(),
};

/** POST /api/personen. Either a valid BSN or the reason there is none (e.g. not yet registered in the BRP). */
export const nieuwePersoon = z
  .object({
    bsn: regel("BSN").max(11, "Een BSN heeft 9 cijfers").optional(),
    zonderBsnReden: vrij("Reden zonder BSN", 200).optional(),
    ...persoonVelden,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.bsn !== undefined && p.bsn !== "" && !isGeldigBsn(p.bsn)) {
      ctx.addIssue({ code: "custom", path: ["bsn"], message: "Dit is geen geldig BSN (elfproef)" });
    }
    if ((p.bsn === undefined || p.bsn === "") && !p.zonderBsnReden) {
      ctx.addIssue({
        code: "custom",
        path: ["bsn"],
        message: "Vul een BSN in, of geef aan waarom er geen is",
      });
    }
  });
export type NieuwePersoon = z.infer<typeof nieuwePersoon>;

export const wijzigPersoon = z.object(persoonVelden).partial().strict();
