/**
 * How long a closed dossier is kept (AVG art. 5 lid 1 e; DOMAIN §6), counted from the end of care.
 * Jeugdwet art. 7.3.10: 20 years. For the other laws the law names no term; these are Voordeur's choices,
 * in line with the Selectielijst gemeentelijke archiefbescheiden, and can be changed here per law:
 * Wmo 15 years, Participatiewet 10, schuldhulp 7. Zaaktypen about children follow the Jeugdwet, and the
 * Regiegroep (families, often with children) keeps the longest term.
 */
import type { Zaaktype } from "../zaak/zaaktypen";

export interface Bewaarregel {
  jaren: number;
  bron: string;
}

export const BEWAARTERMIJNEN: Record<Zaaktype, Bewaarregel> = {
  jeugd: { jaren: 20, bron: "Jeugdwet art. 7.3.10 lid 1" },
  "veilig-opgroeien": { jaren: 20, bron: "Jeugdwet art. 7.3.10 lid 1" },
  leerplicht: { jaren: 20, bron: "Jeugdwet art. 7.3.10 lid 1 (dossier over een jeugdige)" },
  regie: { jaren: 20, bron: "langste termijn van de betrokken wetten (Jeugdwet art. 7.3.10)" },
  wmo: { jaren: 15, bron: "keuze gemeente (Selectielijst gemeentelijke archiefbescheiden), Wmo 2015" },
  werk: {
    jaren: 10,
    bron: "keuze gemeente (Selectielijst gemeentelijke archiefbescheiden), Participatiewet",
  },
  schuldhulp: { jaren: 7, bron: "keuze gemeente (Selectielijst gemeentelijke archiefbescheiden), Wgs" },
};

/** Adds whole years; 29 February becomes 28 February in a non-leap year. */
export function plusJaren(iso: string, jaren: number): string {
  const jaar = Number(iso.slice(0, 4)) + jaren;
  const maandDag = iso.slice(5, 10);
  const schrikkel = (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
  return `${String(jaar).padStart(4, "0")}-${maandDag === "02-29" && !schrikkel ? "02-28" : maandDag}`;
}

/** The end of care: the latest of the closing date and the end of every toewijzing. */
export function eindeZorg(afsluitdatum: string, eindes: readonly (string | null)[]): string {
  return [afsluitdatum, ...eindes.filter((e): e is string => e !== null)].sort().at(-1) as string;
}

export function bewarenTot(zaaktype: Zaaktype, einde: string): { bewarenTot: string } & Bewaarregel {
  const regel = BEWAARTERMIJNEN[zaaktype];
  return { ...regel, bewarenTot: plusJaren(einde, regel.jaren) };
}
