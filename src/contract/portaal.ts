/** Mijn Voordeur (issue 16): the resident portal's requests and answers (routes in http/routes/portaal.ts). */
import { z } from "zod";
import { CONTACT_THEMAS } from "../domain/aanmelden/contact";
import { CONTACTWIJZEN } from "../domain/portaal/hulpvraag";
import { MAX_BERICHT_TEKENS } from "../domain/portaal/inwonerbericht";
import { LEEFGEBIEDEN } from "../domain/routering/leefgebieden";
import { tekst } from "../domain/tekst";
import { pagina } from "./paginering";

const keuze = z.object({ code: tekst(), naam: tekst() });

export const portaalInloggen = z.object({
  gemeenten: z.array(keuze),
  digid: z.boolean(),
  demo: z.boolean(),
});

export const gemeenteQuery = z.object({ gemeente: tekst("Gemeente").regex(/^\d{4}$/, "Kies uw gemeente") });

export const demoInwoner = z.object({
  persoonId: z.uuid(),
  naam: tekst(),
  gemeenteCode: tekst(),
  gemeenteNaam: tekst(),
  toelichting: tekst(),
});
export const demoInwoners = z.object({ items: z.array(demoInwoner) });
export const demoInlogVerzoek = z.object({ persoonId: z.uuid("Kies een inwoner") }).strict();

const namensKeuze = z.object({
  persoonId: z.uuid(),
  naam: tekst(),
  grond: z.enum(["uzelf", "gezag", "wettelijk-vertegenwoordiger"]),
});

export const portaalSessie = z.object({
  naam: tekst(),
  gemeente: keuze,
  methode: z.enum(["oidc", "demo"]),
  namens: namensKeuze,
  keuzes: z.array(namensKeuze),
  verlooptOp: tekst(),
  idleVerlooptOp: tekst(),
});
export const namensVerzoek = z.object({ persoonId: z.uuid("Kies voor wie u dit doet") }).strict();

export const zaakVoorInwoner = z.object({
  id: z.uuid(),
  zaaknummer: tekst(),
  onderwerp: tekst(),
  gemeldOp: tekst(),
  afgesloten: z.boolean(),
  status: tekst(),
  volgendeStap: tekst().nullable(),
});
export const mijnZaken = z.object({ items: z.array(zaakVoorInwoner) });
export const mijnZaak = zaakVoorInwoner.extend({
  contactpersoon: tekst().nullable(),
  termijnen: z.array(z.object({ soort: tekst(), datum: tekst(), tekst: tekst() })),
  /** Letters sent about this zaak, to download (rule 30d). */
  brieven: z.array(z.object({ id: z.uuid(), naam: tekst(), datum: tekst() })),
  /** A plan shared for signing, or signed; null: none to read yet. */
  plan: z.object({ status: z.enum(["ter-ondertekening", "ondertekend"]) }).nullable(),
  bezwaar: z.object({
    mogelijk: z.boolean(),
    uiterlijk: tekst().nullable(),
    lopend: z.object({ ontvangenOp: tekst(), teLaat: z.boolean() }).nullable(),
  }),
  /** Messages from the gemeente not read yet (Berichten). */
  nieuweBerichten: z.number().int(),
  /** The planned appointments still to come. */
  afspraken: z.array(
    z.object({
      id: z.uuid(),
      versie: z.number().int(),
      datum: tekst(),
      begintijd: tekst(),
      eindtijd: tekst(),
      onderwerp: tekst(),
      met: tekst(),
      waar: tekst(),
    }),
  ),
  /** An unanswered invitation to the cliëntervaringsonderzoek (its code opens the anonymous questionnaire). */
  enquete: z.object({ code: tekst() }).nullable(),
  /** Documents the consulent asked for; aangeleverdOp set once sent. */
  gevraagdeDocumenten: z.array(
    z.object({
      id: z.uuid(),
      omschrijving: tekst(),
      uiterlijk: tekst().nullable(),
      aangeleverdOp: tekst().nullable(),
    }),
  ),
});

const briefBlok = z.union([
  z.object({ kop: tekst() }),
  z.object({ alinea: tekst() }),
  z.object({ lijst: z.array(tekst()).readonly() }),
  z.object({ gegevens: z.array(z.tuple([tekst(), tekst()]).readonly()).readonly() }),
  z.object({
    tabel: z.object({
      kolommen: z.array(tekst()).readonly(),
      rijen: z.array(z.array(tekst()).readonly()).readonly(),
    }),
  }),
]);

export const mijnPlan = z.object({
  status: z.enum(["ter-ondertekening", "ondertekend"]),
  versie: z.number().int(),
  /** SHA-256 of the version shown; signing sends it back (domain/portaal/ondertekening.ts). */
  hash: tekst(),
  blokken: z.array(briefBlok),
  wieTekent: tekst(),
  ondertekenaars: z.array(z.object({ naam: tekst(), hoedanigheid: tekst(), getekendOp: tekst().nullable() })),
  ikMoetTekenen: z.boolean(),
  ondertekend: z.object({ datum: tekst(), digitaal: z.boolean() }).nullable(),
});

export const handtekeningVerzoek = z
  .object({
    versie: z.number("Geef de versie van het plan").int().min(1),
    hash: tekst("Kenmerk van het plan").regex(/^[0-9a-f]{64}$/, "Onbekend kenmerk van het plan"),
    akkoord: z.boolean("Zet een vinkje als u het plan heeft gelezen en het ermee eens bent"),
  })
  .strict();

export const mijnBezwaarVerzoek = z
  .object({
    gronden: tekst("Waarom bent u het niet eens met het besluit?")
      .trim()
      .min(10, "Schrijf op waarom u het niet eens bent met het besluit (minstens een zin)")
      .max(5000, "Maximaal 5000 tekens"),
  })
  .strict();

export const mijnBezwaarOntvangen = z.object({ ontvangenOp: tekst(), teLaat: z.boolean() });

const crisisnummer = z.object({ naam: tekst(), nummer: tekst(), wanneer: tekst() });

export const hulpvraagKeuzes = z.object({
  themas: z.array(keuze),
  leefgebieden: z.array(keuze),
  contactwijzen: z.array(keuze),
  crisisnummers: z.array(crisisnummer),
});

export const hulpvraagVerzoek = z
  .object({
    thema: z.enum(CONTACT_THEMAS, "Kies waar uw vraag over gaat"),
    leefgebieden: z.array(z.enum(LEEFGEBIEDEN, "Onbekend onderwerp")).max(LEEFGEBIEDEN.length).default([]),
    vraag: tekst("Uw vraag")
      .trim()
      .min(1, "Schrijf kort op wat uw vraag is")
      .max(2000, "Maximaal 2000 tekens"),
    spoed: z.boolean("Is het dringend? Kies ja of nee"),
    onveilig: z.boolean("Voelt u zich of iemand anders zich op dit moment onveilig? Kies ja of nee"),
    contactwijze: z.enum(CONTACTWIJZEN, "Kies hoe we contact met u opnemen"),
    telefoon: tekst("Telefoonnummer", { eenRegel: true }).trim().max(20).optional(),
    email: tekst("E-mailadres", { eenRegel: true }).trim().max(200).optional(),
  })
  .strict();

export const hulpvraagOntvangen = z.object({
  id: z.uuid(),
  ingediendOp: tekst(),
  crisisnummers: z.array(crisisnummer),
});

export const mijnHulpvragen = z.object({
  items: z.array(
    z.object({ id: z.uuid(), thema: tekst(), ingediendOp: tekst(), inBehandeling: z.boolean() }),
  ),
});

/** The IAG's view (aanmelden/hulpvragen.ts). */
export const hulpvraagVoorIag = z.object({
  id: z.uuid(),
  persoonId: z.uuid(),
  naam: tekst(),
  geboortedatum: tekst(),
  namensIemandAnders: z.boolean(),
  ingediendOp: tekst(),
  thema: tekst(),
  leefgebieden: z.array(tekst()),
  vraag: tekst(),
  spoed: z.boolean(),
  onveilig: z.boolean(),
  contactwijze: tekst(),
  telefoon: tekst().nullable(),
  email: tekst().nullable(),
  opgepaktDoor: tekst().nullable(),
  opgepaktOp: tekst().nullable(),
  contactId: z.uuid().nullable(),
  versie: z.number().int(),
});
export const openHulpvragen = pagina(hulpvraagVoorIag);

// ── Berichten (the secure conversation of a zaak; the staff side is contract/inwonerberichten) ────────────

export const inwonerbericht = z.object({
  id: z.uuid(),
  van: z.enum(["inwoner", "medewerker"]),
  afzender: tekst(),
  tekst: tekst(),
  verzondenOp: tekst(),
  gelezenOp: tekst().nullable(),
});
export const gesprek = pagina(inwonerbericht);

export const nieuwInwonerbericht = z
  .object({
    tekst: tekst("Uw bericht")
      .trim()
      .min(1, "Schrijf uw bericht")
      .max(MAX_BERICHT_TEKENS, `Maximaal ${MAX_BERICHT_TEKENS} tekens`),
  })
  .strict();

export const inwonerberichtVerstuurd = z.object({
  id: z.uuid(),
  verzondenOp: tekst(),
  /** How many addressees got an e-mail that a message is waiting (0 for a resident's message). */
  gemeld: z.number().int(),
});

// ── Inzage (AVG art. 15) ───────────────────────────────────────────────────────────────────────────────

export const inzageverzoekVoorInwoner = z.object({
  id: z.uuid(),
  ontvangenOp: tekst(),
  uiterlijk: tekst(),
  /** The inzage was given: its PDF can be downloaded. */
  klaar: z.boolean(),
});
export const mijnInzageverzoeken = z.object({ items: z.array(inzageverzoekVoorInwoner) });
export const inzageAanvraag = z
  .object({
    toelichting: tekst("Toelichting").trim().max(2000, "Maximaal 2000 tekens").default(""),
  })
  .strict();

// ── Afspraken ───────────────────────────────────────────────────────────────────────────────────────────

export const vrijeTijden = z.object({
  items: z.array(z.object({ datum: tekst(), begintijd: tekst(), eindtijd: tekst() })),
});

export const afspraakVerzetten = z
  .object({
    versie: z.number("Geef de versie van de afspraak").int().min(1),
    datum: z.iso.date("Kies een dag"),
    begintijd: tekst("Tijd").regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Kies een tijd"),
  })
  .strict();
