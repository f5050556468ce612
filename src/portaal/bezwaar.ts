/**
 * Bezwaar maken in Mijn Voordeur (issue 16). The resident, logged in with DigiD (Awb art. 2:15 and 2:16: an
 * electronic bezwaarschrift through the channel the gemeente opened), writes why they disagree with the besluit (the
 * gronden, Awb art. 6:5 lid 1 onder d); name, address and date come with the login and the day. It lands as a bezwaar
 * on the zaak through the same act as one a medewerker registers (besluiten/bezwaar.ts), received today, with its Awb
 * deadlines (art. 6:7, 6:9, 7:10) and, after the term, marked late (art. 6:11 is the jurist's to weigh).
 */

import { registreerBezwaar } from "../besluiten/bezwaar";
import { bezwarenVanZaak, geldigBesluit } from "../db/besluiten";
import type { ZaakRij } from "../db/zaken";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { vandaag } from "../lib/klok";
import { laadMijnZaak } from "./zaken";

/** Can the resident object now, until when, and is a bezwaar of theirs running (rule 30d; for the zaak page)? */
export async function bezwaarStandVan(h: InwonerHandeling, zaak: ZaakRij) {
  const besluit = await geldigBesluit(h.tx, zaak.id);
  const lopend = besluit
    ? (await bezwarenVanZaak(h.tx, zaak.id)).find((b) => b.besluitId === besluit.id && b.uitkomst === null)
    : undefined;
  return {
    mogelijk: Boolean(besluit?.bezwaarUiterlijk) && !lopend,
    uiterlijk: besluit?.bezwaarUiterlijk ?? null,
    lopend: lopend ? { ontvangenOp: lopend.ontvangenOp, teLaat: lopend.teLaat } : null,
  };
}

export async function dienBezwaarIn(h: InwonerHandeling, zaakId: string, v: { gronden: string }) {
  const zaak = await laadMijnZaak(h, zaakId);
  vereisInwoner(h, "aanmaken", {
    soort: "bezwaar",
    gemeenteCode: zaak.gemeenteCode,
    hoofdpersoonId: h.inwoner.namensPersoonId,
  });
  const { bezwaar } = await registreerBezwaar(h, zaak, {
    ontvangenOp: vandaag(),
    gronden: v.gronden,
    // Whether the gemeente's bezwaaradviescommissie advises is the jurist's call (Awb art. 7:13); until then the
    // shorter beslistermijn of Awb art. 7:10 lid 1 applies, the safe side.
    adviescommissie: false,
  });
  return { ontvangenOp: bezwaar.ontvangenOp, teLaat: bezwaar.teLaat };
}
