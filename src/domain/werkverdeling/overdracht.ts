/**
 * Overdracht of a zaak to another werkvoorraad (vakgroep) with a reason (DOMAIN §2.2, §2.3: e.g. a
 * meervoudige vraag to the Regiegroep, or a Regiegroep zaak back to Jeugd). Pure: the caller passes which
 * werkvoorraden can be filled (have at least one active medewerker who may handle them).
 */
import { WERKVOORRAAD_LABELS, WERKVOORRADEN, type WerkvoorraadCode } from "../routering/routering";
import { grondVoorBehandeling, type Medewerker } from "./behandelaar";

export type OverdrachtRegel =
  | "zaak-open"
  | "werkvoorraad-bekend"
  | "andere-werkvoorraad"
  | "werkvoorraad-bezet"
  | "reden-opgegeven";

export interface OverdrachtInvoer {
  zaak: { werkvoorraad: string; afgesloten: boolean; behandelaar: Medewerker | null };
  naar: string;
  reden: string;
  /** Werkvoorraden with at least one active medewerker who may handle their zaken. */
  vervulbaar: ReadonlySet<string>;
}

export type OverdrachtUitkomst =
  | { ok: true; naar: WerkvoorraadCode; behandelaarBlijft: boolean; uitleg: string }
  | { ok: false; regel: OverdrachtRegel; reden: string };

const isWerkvoorraad = (code: string): code is WerkvoorraadCode =>
  (WERKVOORRADEN as readonly string[]).includes(code);

export function toetsOverdracht(invoer: OverdrachtInvoer): OverdrachtUitkomst {
  const { zaak, naar } = invoer;
  if (zaak.afgesloten)
    return {
      ok: false,
      regel: "zaak-open",
      reden: "Een afgesloten zaak kan niet worden overgedragen. Heropen de zaak eerst.",
    };
  if (!isWerkvoorraad(naar))
    return {
      ok: false,
      regel: "werkvoorraad-bekend",
      reden: `De werkvoorraad '${naar}' bestaat niet. Kies een bestaande werkvoorraad.`,
    };
  if (naar === zaak.werkvoorraad)
    return {
      ok: false,
      regel: "andere-werkvoorraad",
      reden: `De zaak staat al in de werkvoorraad ${WERKVOORRAAD_LABELS[naar]}.`,
    };
  if (invoer.reden.trim().length < 3)
    return { ok: false, regel: "reden-opgegeven", reden: "Geef de reden van de overdracht op." };
  if (!invoer.vervulbaar.has(naar))
    return {
      ok: false,
      regel: "werkvoorraad-bezet",
      reden:
        `Niemand kan de zaken van de werkvoorraad ${WERKVOORRAAD_LABELS[naar]} oppakken: er is geen actieve ` +
        "medewerker in die vakgroep. Kies een andere werkvoorraad of vraag de beheerder de vakgroep te vullen.",
    };
  const behandelaarBlijft =
    zaak.behandelaar !== null && grondVoorBehandeling(naar, zaak.behandelaar) !== null;
  return {
    ok: true,
    naar,
    behandelaarBlijft,
    uitleg: behandelaarBlijft
      ? `De zaak gaat naar ${WERKVOORRAAD_LABELS[naar]}; de behandelaar blijft.`
      : `De zaak gaat naar ${WERKVOORRAAD_LABELS[naar]} en moet daar worden opgepakt.`,
  };
}

/** Werkvoorraden that can be filled: at least one active medewerker of their own vakgroep. */
export function vervulbareWerkvoorraden(medewerkers: readonly Medewerker[]): Set<string> {
  return new Set(
    WERKVOORRADEN.filter((code) =>
      medewerkers.some(
        (m) =>
          m.actief &&
          (m.vakgroepen.includes(code) || (code === "buurtteam" && m.rollen.includes("buurtteam"))),
      ),
    ),
  );
}
