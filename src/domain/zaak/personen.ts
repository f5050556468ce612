/** The persons on a zaak and their roles. */

export const ZAAK_ROLLEN = [
  "hoofdpersoon",
  "gezinslid",
  "melder",
  "gezaghebbende",
  "vertegenwoordiger",
] as const;
export type ZaakRol = (typeof ZAAK_ROLLEN)[number];

export const ZAAK_ROL_LABELS: Record<ZaakRol, string> = {
  hoofdpersoon: "Hoofdpersoon",
  gezinslid: "Gezinslid",
  melder: "Melder",
  gezaghebbende: "Gezaghebbende",
  vertegenwoordiger: "Vertegenwoordiger",
};

export interface ZaakPersoon {
  persoonId: string;
  rol: ZaakRol;
}

/** Same shape as the API's validation errors (`errors: [{veld, melding}]`). */
export interface Validatiefout {
  veld: string;
  melding: string;
}

export type ZaakPersonenValidatie = { ok: true } | { ok: false; fouten: Validatiefout[] };

export function isZaakRol(waarde: unknown): waarde is ZaakRol {
  return typeof waarde === "string" && (ZAAK_ROLLEN as readonly string[]).includes(waarde);
}

/**
 * At least one person; exactly one hoofdpersoon; every person has an id and a known role; the same person
 * may have several roles (a resident reporting for themself is hoofdpersoon and melder) but not one role twice.
 * Accepts unchecked input, so it can validate a request body as is.
 */
export function valideerZaakPersonen(
  personen: readonly { persoonId?: unknown; rol?: unknown }[],
): ZaakPersonenValidatie {
  const fouten: Validatiefout[] = [];
  if (!Array.isArray(personen) || personen.length === 0) {
    return {
      ok: false,
      fouten: [{ veld: "personen", melding: "Voeg ten minste één persoon toe aan de zaak." }],
    };
  }
  const gezien = new Set<string>();
  let hoofdpersonen = 0;
  personen.forEach((persoon, i) => {
    const id = typeof persoon?.persoonId === "string" ? persoon.persoonId.trim() : "";
    if (id === "") fouten.push({ veld: `personen[${i}].persoonId`, melding: "Kies een persoon." });
    const rol = persoon?.rol;
    if (!isZaakRol(rol)) {
      fouten.push({
        veld: `personen[${i}].rol`,
        melding: `Onbekende rol. Kies uit: ${ZAAK_ROLLEN.join(", ")}.`,
      });
      return;
    }
    if (rol === "hoofdpersoon") hoofdpersonen++;
    if (id === "") return;
    const sleutel = `${id}\u0000${rol}`;
    if (gezien.has(sleutel)) {
      fouten.push({
        veld: `personen[${i}]`,
        melding: `Deze persoon staat al met de rol ${ZAAK_ROL_LABELS[rol].toLowerCase()} op de zaak.`,
      });
    }
    gezien.add(sleutel);
  });
  if (hoofdpersonen === 0) {
    fouten.push({
      veld: "personen",
      melding: "Wijs precies één hoofdpersoon aan; er is nu geen hoofdpersoon.",
    });
  } else if (hoofdpersonen > 1) {
    fouten.push({
      veld: "personen",
      melding: `Een zaak heeft precies één hoofdpersoon; er zijn er nu ${hoofdpersonen}.`,
    });
  }
  return fouten.length === 0 ? { ok: true } : { ok: false, fouten };
}
