/**
 * After a toekenning on a Wmo zaak: the verstrekking of a hulpmiddel and the notice to the CAK (issue 15). Pure.
 *
 * - Wmo 2015 art. 2.3.6 lid 1: a maatwerkvoorziening is given in natura or, at the resident's choice, as a pgb. In
 *   natura the gemeente's verordening decides between bruikleen (the supplier keeps ownership, it comes back when no
 *   longer needed) and eigendom; both go through the contracted leverancier. With a pgb the resident buys it.
 * - Wmo 2015 art. 2.1.4: the verordening may ask a bijdrage in the costs of a maatwerkvoorziening; the CAK sets and
 *   collects it from the data the gemeente supplies, so the gemeente tells the CAK when a maatwerkvoorziening starts
 *   and stops (the notice is recorded here; the message itself goes through the CAK's own channel).
 */
import type { HulpmiddelSoort } from "./themas";

export const VERSTREKKINGSVORMEN = {
  bruikleen: "In bruikleen (natura)",
  eigendom: "In eigendom (natura)",
  pgb: "Persoonsgebonden budget",
} as const satisfies Record<string, string>;
export type Verstrekkingsvorm = keyof typeof VERSTREKKINGSVORMEN;

export interface VerstrekkingInvoer {
  soort: HulpmiddelSoort;
  vorm: Verstrekkingsvorm;
  leverancier: string | null;
  geleverdOp: string | null;
}

export interface ZaakStand {
  zaaktype: string;
  /** The date of a toekennend besluit on the zaak, null without one. */
  toekenningOp: string | null;
}

export type Toets =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };

const JA: Toets = { ok: true };

/** May this hulpmiddel be recorded as verstrekt on this zaak on `vandaag`? */
export function toetsVerstrekking(zaak: ZaakStand, v: VerstrekkingInvoer, vandaag: string): Toets[] {
  return [
    zaak.zaaktype !== "wmo"
      ? {
          ok: false,
          regel: "wmo-zaak",
          veld: "soort",
          reden: "Een hulpmiddel wordt verstrekt op een Wmo-zaak.",
        }
      : JA,
    zaak.toekenningOp === null
      ? {
          ok: false,
          regel: "verstrekking-na-toekenning",
          veld: "soort",
          reden: "Een hulpmiddel wordt pas verstrekt na een besluit dat het toekent.",
        }
      : JA,
    v.vorm !== "pgb" && !v.leverancier?.trim()
      ? {
          ok: false,
          regel: "leverancier-bij-natura",
          veld: "leverancier",
          reden: "Vul de leverancier in: in natura levert de gecontracteerde leverancier.",
          ongeldig: true,
        }
      : JA,
    v.geleverdOp && v.geleverdOp > vandaag
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "geleverdOp",
          reden: "Geleverd op kan niet in de toekomst liggen.",
          ongeldig: true,
        }
      : JA,
    v.geleverdOp && zaak.toekenningOp && v.geleverdOp < zaak.toekenningOp
      ? {
          ok: false,
          regel: "levering-voor-besluit",
          veld: "geleverdOp",
          reden: "Geleverd op ligt vóór de datum van het besluit.",
        }
      : JA,
  ];
}

/** May a hulpmiddel be taken back (ingenomen) on `op`? Only what is in bruikleen comes back. */
export function toetsInname(
  v: { vorm: Verstrekkingsvorm; geleverdOp: string | null; ingenomenOp: string | null },
  op: string,
  vandaag: string,
): Toets[] {
  return [
    v.vorm !== "bruikleen"
      ? {
          ok: false,
          regel: "inname-alleen-bruikleen",
          veld: "ingenomenOp",
          reden: "Alleen een hulpmiddel in bruikleen wordt ingenomen.",
        }
      : JA,
    v.ingenomenOp ? { ok: false, regel: "al-ingenomen", veld: "ingenomenOp", reden: "Al ingenomen." } : JA,
    !v.geleverdOp
      ? { ok: false, regel: "inname-voor-levering", veld: "ingenomenOp", reden: "Het is nog niet geleverd." }
      : v.geleverdOp > op
        ? {
            ok: false,
            regel: "inname-voor-levering",
            veld: "ingenomenOp",
            reden: "Ingenomen op ligt vóór de levering.",
          }
        : JA,
    op > vandaag
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "ingenomenOp",
          reden: "Ingenomen op kan niet in de toekomst liggen.",
          ongeldig: true,
        }
      : JA,
  ];
}

export const CAK_SOORTEN = {
  start: "Start van de maatwerkvoorziening",
  stop: "Einde van de maatwerkvoorziening",
} as const satisfies Record<string, string>;
export type CakSoort = keyof typeof CAK_SOORTEN;

/** May this CAK notice be recorded, given the notices already recorded on the zaak? */
export function toetsCakMelding(
  zaak: ZaakStand,
  eerdere: readonly { soort: CakSoort; ingangsdatum: string }[],
  m: { soort: CakSoort; ingangsdatum: string; gemeldOp: string },
  vandaag: string,
): Toets[] {
  const start = eerdere.find((e) => e.soort === "start");
  return [
    zaak.zaaktype !== "wmo"
      ? {
          ok: false,
          regel: "wmo-zaak",
          veld: "soort",
          reden: "Een melding aan het CAK hoort bij een Wmo-zaak.",
        }
      : JA,
    zaak.toekenningOp === null
      ? {
          ok: false,
          regel: "cak-na-toekenning",
          veld: "soort",
          reden: "Het CAK krijgt een melding als er een maatwerkvoorziening is toegekend.",
        }
      : JA,
    eerdere.some((e) => e.soort === m.soort)
      ? {
          ok: false,
          regel: "cak-al-gemeld",
          veld: "soort",
          reden: `${CAK_SOORTEN[m.soort]} is al aan het CAK gemeld.`,
        }
      : JA,
    m.soort === "stop" && !start
      ? {
          ok: false,
          regel: "cak-stop-zonder-start",
          veld: "soort",
          reden: "Meld eerst de start aan het CAK.",
        }
      : JA,
    m.soort === "stop" && start && m.ingangsdatum < start.ingangsdatum
      ? {
          ok: false,
          regel: "cak-stop-voor-start",
          veld: "ingangsdatum",
          reden: "Het einde ligt vóór de start van de maatwerkvoorziening.",
        }
      : JA,
    m.gemeldOp > vandaag
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "gemeldOp",
          reden: "Gemeld op kan niet in de toekomst liggen.",
          ongeldig: true,
        }
      : JA,
  ];
}
