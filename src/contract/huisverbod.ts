/** The tijdelijk huisverbod on a zaak of the Regiegroep (issue 14; domain/huisverbod): requests and answers. */
import { z } from "zod";
import { HUISVERBOD_STATUSSEN } from "../domain/huisverbod/huisverbod";
import { tekst } from "../domain/tekst";
import { verplichteRegel, verplichteTekst } from "./velden";

/** An instant with its offset ("2026-05-01T14:00:00+02:00"); the UI sends Dutch wall-clock time converted. */
export const moment = (label: string) =>
  z.iso.datetime({
    offset: true,
    error: `${label}: gebruik een datum en tijd als 2026-05-01T14:00:00+02:00`,
  });
const kort = verplichteRegel;
const lang = verplichteTekst;

export const huisverbodRegistratie = z
  .object({
    opgelegdOp: moment("Opgelegd op"),
    besluitKenmerk: kort("Kenmerk van het besluit van de burgemeester"),
    uithuisgeplaatsteId: z.uuid("Kies de uithuisgeplaatste"),
    achterblijverIds: z.array(z.uuid("Kies een achterblijver")).max(20, "Maximaal 20 achterblijvers"),
  })
  .strict();

export const huisverbodVerlenging = z
  .object({
    beslotenOp: moment("Besloten op"),
    tot: moment("Verlengd tot"),
    kenmerk: kort("Kenmerk van het verlengingsbesluit"),
  })
  .strict();

export const huisverbodBeeindiging = z
  .object({ op: moment("Ingetrokken op"), reden: lang("Reden van intrekken") })
  .strict();

export const ggdContactVerzoek = z
  .object({ op: moment("Contact op"), wie: kort("Contactpersoon bij de GGD"), notitie: lang("Notitie") })
  .strict();

const persoonOpHuisverbod = z.object({ persoonId: z.uuid(), naam: tekst(), minderjarig: z.boolean() });
const zaakVerwijzing = z.object({ id: z.uuid(), zaaknummer: tekst() });

export const huisverbodInhoud = z.object({
  opgelegdOp: tekst(),
  besluitKenmerk: tekst(),
  uithuisgeplaatste: persoonOpHuisverbod,
  achterblijvers: z.array(persoonOpHuisverbod),
  /** When it ends (or ended): after ten days, the extension's end, or the withdrawal. */
  einde: tekst(),
  oorspronkelijkEinde: tekst(),
  /** Four weeks after imposing (Wth art. 9 lid 1). */
  uiterstEinde: tekst(),
  /** Calendar days left on the Dutch clock (0 on the last day; negative once ended). */
  dagenResterend: z.number().int(),
  /** The latest end an extension may set now; null when it no longer can be extended. */
  verlengenMogelijkTot: tekst().nullable(),
  verlenging: z.object({ beslotenOp: tekst(), tot: tekst(), kenmerk: tekst() }).nullable(),
  beeindiging: z.object({ op: tekst(), reden: tekst() }).nullable(),
  ggdContacten: z.array(z.object({ op: tekst(), wie: tekst(), notitie: tekst(), vastgelegdDoor: tekst() })),
  steunzaken: z.object({
    uithuisgeplaatste: zaakVerwijzing.nullable(),
    achterblijvers: zaakVerwijzing.nullable(),
  }),
  geregistreerdDoor: tekst(),
  geregistreerdOp: tekst(),
});

/** A huisverbod as the caller may see it: its existence always, its content only per policy rule 19. */
export const huisverbodWeergave = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  zaaknummer: tekst(),
  status: z.enum(HUISVERBOD_STATUSSEN),
  versie: z.number().int(),
  /** null: the caller sees only that there is one. */
  inhoud: huisverbodInhoud.nullable(),
});

export const huisverbodOpZaak = z.object({
  huisverbod: huisverbodWeergave.nullable(),
  kanRegistreren: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});
