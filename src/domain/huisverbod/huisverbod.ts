/**
 * The tijdelijk huisverbod as the Regiegroep records it (DOMAIN §4, seed 004 §7.1.2). Pure.
 *
 * Source: Wet tijdelijk huisverbod (Wth, BWBR0024649), as in force since 1 January 2009:
 *  - art. 1 onder b and c: the huisverbod is the burgemeester's beschikking ordering a person to leave the house at
 *    once and not to return nor contact those who live there; the uithuisgeplaatste is the one it is imposed on
 *    (the ones who live there are the achterblijvers);
 *  - art. 2 lid 1: the order holds for ten days, save an extension under art. 9;
 *  - art. 2 lid 2: only an adult (meerderjarig) can be ordered out;
 *  - art. 2 lid 4: the beschikking names the place, the duration, the facts and the persons it protects — here we
 *    keep its kenmerk, not the beschikking itself (the burgemeester's file has it);
 *  - art. 9 lid 1: the burgemeester may extend it "tot ten hoogste vier weken nadat het is opgelegd" when the danger
 *    (or the serious suspicion of it) continues. An extension can only extend an order that still runs: it is
 *    decided before the current end (afterwards there is nothing left to extend; a new order needs new facts).
 *  - ending early: the burgemeester withdraws (trekt in) the order when the danger has gone; he must keep judging
 *    whether it is still needed (ABRvS 2010 on the duty to reconsider). No article of its own: the beschikking's
 *    withdrawal by the one who gave it.
 *
 * How the duration counts: from the moment of imposing, in calendar days on the Dutch wall clock (imposed on
 * 1 May at 14:00 → it ends on 11 May at 14:00, also across a change to summer time). The Algemene termijnenwet
 * does not move it: its art. 1 and 2 extend "een in een wet gestelde termijn" within which something must be done;
 * the huisverbod's ten days are the duration of a measure, not a term to act within (domain/termijnen/regels.ts).
 */
import { naarLokaal, vanLokaal } from "../afspraken/tijd";
import { leeftijdOp } from "../persoon/leeftijd";
import { dagenTussen, plusDagen } from "../termijnen/kalender";

/** Wth art. 2 lid 1. */
export const DUUR_DAGEN = 10;
/** Wth art. 9 lid 1: "ten hoogste vier weken nadat het is opgelegd". */
export const MAX_DUUR_DAGEN = 28;
/** Wth art. 2 lid 2. */
export const MEERDERJARIG_VANAF = 18;

export const HUISVERBOD_STATUSSEN = ["opgelegd", "verlengd", "beeindigd", "afgelopen"] as const;
export type HuisverbodStatus = (typeof HUISVERBOD_STATUSSEN)[number];

export const HUISVERBOD_STATUS_LABELS: Record<HuisverbodStatus, string> = {
  opgelegd: "Opgelegd",
  verlengd: "Verlengd",
  beeindigd: "Ingetrokken door de burgemeester",
  afgelopen: "Afgelopen",
};

/** The dated facts of one huisverbod (ISO instants). */
export interface Huisverbod {
  opgelegdOp: string;
  verlenging: { besloten: string; tot: string } | null;
  beeindiging: { op: string } | null;
}

/** A refusal names its rule and field in Dutch; `ongeldig`: input that cannot be right whatever the state (400). */
export type Uitkomst =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };

const ja: Uitkomst = { ok: true };
const nee = (regel: string, veld: string, reden: string) => ({ ok: false as const, regel, veld, reden });
const tijd = (iso: string) => new Date(iso).getTime();

/** The instant `dagen` calendar days later on the Dutch wall clock (same clock time; an hour that does not exist
 * that day, when summer time starts, falls back to exactly `dagen` × 24 hours). */
export function plusDagenNl(iso: string, dagen: number): string {
  const moment = new Date(iso);
  const lokaal = naarLokaal(moment);
  const doel = vanLokaal(plusDagen(lokaal.datum, dagen), lokaal.tijd);
  if (!doel) return new Date(moment.getTime() + dagen * 86_400_000).toISOString();
  return new Date(doel.getTime() + (moment.getTime() % 60_000)).toISOString();
}

/** Wth art. 2 lid 1: ten days after the order was imposed. */
export const oorspronkelijkEinde = (hv: Pick<Huisverbod, "opgelegdOp">) =>
  plusDagenNl(hv.opgelegdOp, DUUR_DAGEN);

/** Wth art. 9 lid 1: the latest end an extension may set. */
export const uiterstEinde = (hv: Pick<Huisverbod, "opgelegdOp">) =>
  plusDagenNl(hv.opgelegdOp, MAX_DUUR_DAGEN);

/** When the order ends (or ended): withdrawn, extended, or after its ten days. */
export function eindeVan(hv: Huisverbod): string {
  return hv.beeindiging?.op ?? hv.verlenging?.tot ?? oorspronkelijkEinde(hv);
}

/** The end without a withdrawal: the moment until which an extension or a withdrawal may be decided. */
const lopendTot = (hv: Huisverbod) => hv.verlenging?.tot ?? oorspronkelijkEinde(hv);

export function statusVan(hv: Huisverbod, nu: string): HuisverbodStatus {
  if (hv.beeindiging) return "beeindigd";
  if (tijd(nu) >= tijd(eindeVan(hv))) return "afgelopen";
  return hv.verlenging ? "verlengd" : "opgelegd";
}

/** Calendar days left on the Dutch clock (0 on the last day, negative once ended). */
export function dagenResterend(hv: Huisverbod, nu: string): number {
  return dagenTussen(naarLokaal(new Date(nu)).datum, naarLokaal(new Date(eindeVan(hv))).datum);
}

/** The Dutch calendar date of an instant (the termijn engine counts in dates). */
export const datumNl = (iso: string) => naarLokaal(new Date(iso)).datum;

function nietInToekomst(moment: string, nu: string, veld: string, wat: string): Uitkomst {
  if (tijd(moment) <= tijd(nu)) return ja;
  return { ...nee("moment-niet-in-toekomst", veld, `${wat} ligt in de toekomst.`), ongeldig: true };
}

/** Registering an order: imposed not in the future, on an adult (Wth art. 2 lid 2), with at least one achterblijver. */
export function toetsRegistratie(invoer: {
  opgelegdOp: string;
  nu: string;
  /** Of the uithuisgeplaatste; null when unknown. */
  geboortedatumUithuisgeplaatste: string | null;
  uithuisgeplaatsteId: string;
  achterblijverIds: readonly string[];
}): Uitkomst[] {
  const fouten: Uitkomst[] = [
    nietInToekomst(invoer.opgelegdOp, invoer.nu, "opgelegdOp", "Het tijdstip van opleggen"),
  ];
  const geboren = invoer.geboortedatumUithuisgeplaatste;
  const opDatum = datumNl(invoer.opgelegdOp);
  if (geboren && leeftijdOp(geboren, opDatum) < MEERDERJARIG_VANAF)
    fouten.push(
      nee(
        "wth-2-lid-2-meerderjarig",
        "uithuisgeplaatsteId",
        "Een huisverbod kan alleen aan een meerderjarige worden opgelegd (Wth art. 2 lid 2).",
      ),
    );
  if (invoer.achterblijverIds.length === 0)
    fouten.push(
      nee(
        "wth-1-achterblijvers",
        "achterblijverIds",
        "Kies wie in de woning achterblijft (ten minste één persoon).",
      ),
    );
  if (invoer.achterblijverIds.includes(invoer.uithuisgeplaatsteId))
    fouten.push(
      nee(
        "wth-1-uithuisgeplaatste-geen-achterblijver",
        "achterblijverIds",
        "De uithuisgeplaatste kan niet ook achterblijver zijn.",
      ),
    );
  if (new Set(invoer.achterblijverIds).size !== invoer.achterblijverIds.length)
    fouten.push(nee("achterblijvers-uniek", "achterblijverIds", "Elke achterblijver staat er één keer in."));
  return fouten.filter((f) => !f.ok);
}

/**
 * Wth art. 9 lid 1: the burgemeester extends a running order, decided before it ends, to a later end of at most
 * four weeks after it was imposed.
 */
export function toetsVerlenging(hv: Huisverbod, besloten: string, tot: string, nu: string): Uitkomst {
  const toekomst = nietInToekomst(besloten, nu, "beslotenOp", "Het besluit tot verlenging");
  if (!toekomst.ok) return toekomst;
  if (hv.beeindiging)
    return nee(
      "wth-9-ingetrokken",
      "beslotenOp",
      "Het huisverbod is ingetrokken en kan niet meer worden verlengd.",
    );
  if (tijd(besloten) < tijd(hv.opgelegdOp))
    return nee(
      "wth-9-na-opleggen",
      "beslotenOp",
      "Het besluit tot verlenging ligt vóór het opleggen van het huisverbod.",
    );
  if (tijd(besloten) >= tijd(lopendTot(hv)))
    return nee(
      "wth-9-voor-einde",
      "beslotenOp",
      "Het huisverbod was al afgelopen: verlengen kan alleen zolang het loopt (Wth art. 9 lid 1).",
    );
  if (tijd(tot) <= tijd(lopendTot(hv)))
    return nee("wth-9-later-einde", "tot", "Een verlenging moet het einde van het huisverbod later maken.");
  if (tijd(tot) > tijd(uiterstEinde(hv)))
    return nee(
      "wth-9-ten-hoogste-vier-weken",
      "tot",
      "Verlengen kan tot ten hoogste vier weken na het opleggen (Wth art. 9 lid 1).",
    );
  return ja;
}

/** The burgemeester withdraws a running order (ends it early); not before it was imposed, not after it ended. */
export function toetsBeeindiging(hv: Huisverbod, op: string, nu: string): Uitkomst {
  const toekomst = nietInToekomst(op, nu, "op", "Het tijdstip van intrekken");
  if (!toekomst.ok) return toekomst;
  if (hv.beeindiging) return nee("huisverbod-al-ingetrokken", "op", "Het huisverbod is al ingetrokken.");
  if (tijd(op) < tijd(hv.opgelegdOp))
    return nee(
      "huisverbod-intrekken-na-opleggen",
      "op",
      "Intrekken kan niet vóór het opleggen van het huisverbod.",
    );
  if (tijd(op) >= tijd(lopendTot(hv)))
    return nee(
      "huisverbod-intrekken-voor-einde",
      "op",
      "Het huisverbod was op dat moment al afgelopen; intrekken is niet meer nodig.",
    );
  return ja;
}

/** A contact with the GGD (the Regiegroep works with the GGD during the order, seed 004 §7.1.2): not in the future. */
export function toetsGgdContact(hv: Huisverbod, op: string, nu: string): Uitkomst {
  const toekomst = nietInToekomst(op, nu, "op", "Het contact met de GGD");
  if (!toekomst.ok) return toekomst;
  if (datumNl(op) < plusDagen(datumNl(hv.opgelegdOp), -1))
    return nee(
      "ggd-contact-rond-huisverbod",
      "op",
      "Het contact met de GGD ligt meer dan een dag vóór het opleggen van het huisverbod.",
    );
  return ja;
}

/** The latest extension the UI may offer now (null when the order no longer runs). */
export function verlengenMogelijkTot(hv: Huisverbod, nu: string): string | null {
  if (hv.beeindiging || tijd(nu) >= tijd(lopendTot(hv))) return null;
  return tijd(lopendTot(hv)) < tijd(uiterstEinde(hv)) ? uiterstEinde(hv) : null;
}
