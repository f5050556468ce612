/**
 * Outgoing messages: a message is built from the database, validated against its XSD and the iStandaarden
 * conditions, and stored in the outbox (`berichten`, status `klaar`) in the caller's transaction — so it
 * exists exactly when the change that causes it commits. The sender (verzender.ts) delivers it later.
 * An invalid message is never stored as ready: the caller gets a Dutch error and its transaction rolls back.
 * When the XSD is missing (the iStandaarden folder is an outside component) the conditions are still
 * checked, but the message waits as `wacht-op-validatie`, is never sent so, and is validated once the
 * folder is there (wachtend.ts).
 */
import { sql } from "drizzle-orm";
import {
  type NieuwBericht,
  nieuweBerichtIdentificatie,
  slaBerichtOp,
  type ToewijzingRij,
  toewijzingenVoor301,
} from "../db/berichten";
import { rijen, type Tx } from "../db/client";
import { haalPersoon } from "../db/personen";
import { werkKostenBijNa301 } from "../declaraties/kosten";
import {
  type Antwoord319,
  type ClientGegevens,
  type Conditiefout,
  controleer301,
  controleer319,
  type Omvang,
  type ToegewezenProduct,
} from "../domain/berichten/toewijzing";
import { STANDAARD_VAN_WET, type Standaard, typeVan, type Wet } from "../domain/berichten/typen";
import { nu, vandaag } from "../lib/klok";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { ontsleutelBsn } from "../privacy/bsn-versleuteling";
import { bouw301, bouw319, type KopGegevens } from "./bouw";
import { bsnSleutels } from "./omgeving";
import { NOG_ONBEKENDE_XSD_VERSIES, valideerXsd, XsdOntbreekt, type XsdVersies, xsdVersies } from "./xsd";

/** Status of an outgoing message built while its XSD was missing: not validated, so never sent. */
export const WACHT_OP_VALIDATIE = "wacht-op-validatie";
export const MELDING_WACHT_OP_VALIDATIE =
  "Nog niet gecontroleerd tegen het XSD van de iStandaard (de map met XSD's ontbreekt); het bericht wordt pas verstuurd na die controle.";

/** The XSD versions of a type, or null when its schema is missing (the message must wait). */
function bekendeXsdVersies(standaard: Standaard, type: string): XsdVersies | null {
  try {
    return xsdVersies(standaard, type);
  } catch (fout) {
    if (fout instanceof XsdOntbreekt) return null;
    throw fout;
  }
}

/** A message that may not be sent: the Dutch reason and the broken conditions (→ 422). */
export class OngeldigBericht extends Error {
  constructor(
    message: string,
    readonly fouten: Conditiefout[],
  ) {
    super(message);
  }
}

const tijd = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

/** Toewijzingsdatum and -tijd in Dutch local time. */
export function toewijzingsmoment(moment: Date): { datum: string; tijd: string } {
  const [datum = "", uur = ""] = tijd.format(moment).split(" ");
  return { datum, tijd: uur };
}

/** The gemeente of a transaction does not change: asked once per transaction. */
const gemeenteVanTransactie = new WeakMap<Tx, string>();

export async function huidigeGemeente(tx: Tx): Promise<string> {
  const bekend = gemeenteVanTransactie.get(tx);
  if (bekend) return bekend;
  const [rij] = await rijen<{ g: string }>(tx, sql`select voordeur_gemeente() as g`);
  if (!rij?.g) throw new Error("geen gemeente in deze transactie");
  gemeenteVanTransactie.set(tx, rij.g);
  return rij.g;
}

export function geslachtCode(geslacht: string | null): "0" | "1" | "2" {
  const g = (geslacht ?? "").toLowerCase();
  if (g === "1" || g.startsWith("m")) return "1";
  if (g === "2" || g.startsWith("v") || g.startsWith("f")) return "2";
  return "0";
}

export function alsToegewezenProduct(t: ToewijzingRij): ToegewezenProduct {
  const moment = toewijzingsmoment(t.toewijzingsmoment);
  const omvang = t.omvang as Omvang | null;
  return {
    toewijzingnummer: t.toewijzingnummer,
    referentieAanbieder: t.referentieAanbieder,
    product: { categorie: t.productCategorie, code: t.productCode },
    toewijzingsdatum: moment.datum,
    toewijzingstijd: moment.tijd,
    ingangsdatum: t.ingangsdatum,
    einddatum: t.einddatum,
    redenWijziging: t.redenWijziging,
    omvang: omvang
      ? { volume: Number(omvang.volume), eenheid: omvang.eenheid, frequentie: omvang.frequentie }
      : null,
    budget: t.budget,
  };
}

async function clientGegevens(tx: Tx, persoonId: string, sleutels: BsnSleutels): Promise<ClientGegevens> {
  const p = await haalPersoon(tx, persoonId);
  if (!p)
    throw new OngeldigBericht("Deze cliënt bestaat niet.", [{ veld: "persoonId", melding: "Onbekend" }]);
  if (!p.bsnVersleuteld)
    throw new OngeldigBericht("Een toewijzing kan alleen voor een cliënt met een BSN worden verstuurd.", [
      { veld: "bsn", melding: "De cliënt heeft geen BSN" },
    ]);
  return {
    bsn: ontsleutelBsn(sleutels, p.bsnVersleuteld),
    geboortedatum: p.geboortedatum,
    geslacht: geslachtCode(p.geslacht),
    achternaam: p.geslachtsnaam,
    voorvoegsel: p.voorvoegsel,
    voornamen: p.voornamen,
    adres: {
      straat: p.straat,
      huisnummer: p.huisnummer,
      huisletter: p.huisletter,
      toevoeging: p.toevoeging,
      postcode: p.postcode,
      woonplaats: p.woonplaats,
    },
  };
}

export interface UitgaandBericht {
  standaard: Standaard;
  type: string;
  ontvanger: string;
  aanbiederAgb: string;
  persoonId: string | null;
  zaakId: string | null;
  heenberichtId?: string | null;
  aangemaaktDoor?: string | null;
  /** Builds the XML once the header (identificatie, XSD versions) is known. */
  bouw(kop: KopGegevens): string;
  /** The current gemeente when the caller knows it (saves a query). */
  gemeenteCode?: string;
  /** For a retour: header copied from the heenbericht. */
  kop?: { afzender: string; ontvanger: string; identificatie: string; dagtekening: string };
}

/**
 * Builds the message and validates it against its XSD: the outbox row, not yet stored (`klaar`; or
 * `wacht-op-validatie` when the XSD is missing, with placeholder XSD versions filled in at validation).
 */
export async function maakUitgaand(tx: Tx, b: UitgaandBericht): Promise<NieuwBericht> {
  const type = typeVan(b.standaard, b.type);
  if (!type) throw new Error(`onbekend berichttype ${b.standaard} ${b.type}`);
  const gemeente = b.gemeenteCode ?? (await huidigeGemeente(tx));
  const versies = bekendeXsdVersies(b.standaard, b.type);
  const kop: KopGegevens = {
    afzender: b.kop?.afzender ?? gemeente,
    ontvanger: b.kop?.ontvanger ?? b.ontvanger,
    identificatie: b.kop?.identificatie ?? (await nieuweBerichtIdentificatie(tx)),
    dagtekening: b.kop?.dagtekening ?? vandaag(),
    xsdVersies: versies ?? NOG_ONBEKENDE_XSD_VERSIES,
  };
  const xml = b.bouw(kop);
  if (versies) {
    const xsdFouten = valideerXsd(b.standaard, b.type, xml);
    if (xsdFouten.length > 0)
      throw new OngeldigBericht(
        `Het bericht ${b.type} voldoet niet aan het XSD van de iStandaard en wordt niet verstuurd.`,
        xsdFouten,
      );
  }
  return {
    gemeenteCode: gemeente,
    richting: "uitgaand",
    standaard: b.standaard,
    berichttype: b.type,
    berichtcode: type.berichtcode,
    afzender: kop.afzender,
    ontvanger: kop.ontvanger,
    identificatie: kop.identificatie,
    dagtekening: kop.dagtekening,
    aanbiederAgb: b.aanbiederAgb,
    persoonId: b.persoonId,
    zaakId: b.zaakId,
    heenberichtId: b.heenberichtId ?? null,
    ...(versies
      ? { status: "klaar", volgendePoging: nu() }
      : {
          status: WACHT_OP_VALIDATIE,
          volgendePoging: null,
          verwerking: { meldingen: [MELDING_WACHT_OP_VALIDATIE] },
        }),
    xml,
    aangemaaktDoor: b.aangemaaktDoor ?? null,
  };
}

/** Validates against the XSD and stores the message in the outbox as `klaar` (or waiting, see maakUitgaand). */
export async function zetInOutbox(tx: Tx, b: UitgaandBericht): Promise<{ id: string }> {
  return slaBerichtOp(tx, await maakUitgaand(tx, b));
}

/**
 * SEAM for the besluiten area: the 301 toewijzing of one client for one aanbieder under one law, with all
 * current and changed toewijzingen (kernel table `toewijzingen`), validated (XSD + conditions) and stored
 * in the outbox as `klaar` in the caller's transaction (`wacht-op-validatie` while the XSD is missing).
 * Throws OngeldigBericht (Dutch, 422-able) otherwise.
 */
export async function maak301(
  tx: Tx,
  invoer: {
    persoonId: string;
    aanbiederAgb: string;
    wet: Wet;
    aangemaaktDoor?: string | null;
    sleutels?: BsnSleutels;
  },
): Promise<{ berichtId: string }> {
  const rijen_ = await toewijzingenVoor301(tx, { ...invoer, vandaag: vandaag() });
  if (rijen_.length === 0)
    throw new OngeldigBericht(
      "Er zijn geen actuele of gewijzigde toewijzingen voor deze cliënt en aanbieder.",
      [{ veld: "toewijzingen", melding: "Geen toewijzingen om te versturen" }],
    );
  const gemeenteCode = await huidigeGemeente(tx);
  const bericht = {
    wet: invoer.wet,
    gemeenteCode,
    aanbiederAgb: invoer.aanbiederAgb,
    client: await clientGegevens(tx, invoer.persoonId, invoer.sleutels ?? bsnSleutels()),
    producten: rijen_.map(alsToegewezenProduct),
  };
  const fouten = controleer301(bericht);
  if (fouten.length > 0)
    throw new OngeldigBericht("De toewijzing voldoet niet aan de voorwaarden van de iStandaard.", fouten);
  // The toewijzingen changed: their expected cost (issue 17) is kept in step.
  await werkKostenBijNa301(tx, invoer.aanbiederAgb, rijen_);
  const nieuwste = [...rijen_].sort(
    (a, b) => b.toewijzingsmoment.getTime() - a.toewijzingsmoment.getTime(),
  )[0];
  const opgeslagen = await zetInOutbox(tx, {
    standaard: STANDAARD_VAN_WET[invoer.wet],
    type: "301",
    gemeenteCode,
    ontvanger: invoer.aanbiederAgb,
    aanbiederAgb: invoer.aanbiederAgb,
    persoonId: invoer.persoonId,
    zaakId: nieuwste?.zaakId ?? null,
    aangemaaktDoor: invoer.aangemaaktDoor ?? null,
    bouw: (kop) => bouw301(bericht, kop),
  });
  return { berichtId: opgeslagen.id };
}

/** The 319 answer on a verzoek (afgewezen or in onderzoek), validated and stored in the outbox. */
export async function maak319(
  tx: Tx,
  antwoord: Omit<Antwoord319, "gemeenteCode">,
  context: { persoonId: string; zaakId: string; aangemaaktDoor?: string | null },
): Promise<{ berichtId: string }> {
  const volledig = { ...antwoord, gemeenteCode: await huidigeGemeente(tx) };
  const fouten = controleer319(volledig);
  if (fouten.length > 0) throw new OngeldigBericht("Het antwoord voldoet niet aan de voorwaarden.", fouten);
  const opgeslagen = await zetInOutbox(tx, {
    standaard: STANDAARD_VAN_WET[antwoord.wet],
    type: "319",
    gemeenteCode: volledig.gemeenteCode,
    ontvanger: antwoord.aanbiederAgb,
    aanbiederAgb: antwoord.aanbiederAgb,
    persoonId: context.persoonId,
    zaakId: context.zaakId,
    aangemaaktDoor: context.aangemaaktDoor ?? null,
    bouw: (kop) => bouw319(volledig, kop),
  });
  return { berichtId: opgeslagen.id };
}
