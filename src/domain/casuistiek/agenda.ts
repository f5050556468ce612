/**
 * The agenda of a casuïstiekoverleg: which zaken may be put on it, and what an outcome must contain.
 */
export type AgendaRegel = "overleg-niet-voorbij" | "zaak-open" | "niet-dubbel" | "uitkomst-inhoud";

export interface AgendaWeigering {
  regel: AgendaRegel;
  reden: string;
}

export function toetsAgendapunt(invoer: {
  overlegDatum: string;
  vandaag: string;
  zaakAfgesloten: boolean;
  alOpAgenda: boolean;
}): AgendaWeigering | null {
  if (invoer.overlegDatum < invoer.vandaag)
    return {
      regel: "overleg-niet-voorbij",
      reden: "Dit overleg is al geweest; zet de zaak op de agenda van een volgend overleg.",
    };
  if (invoer.zaakAfgesloten)
    return { regel: "zaak-open", reden: "Een afgesloten zaak kan niet worden ingebracht in het overleg." };
  if (invoer.alOpAgenda)
    return { regel: "niet-dubbel", reden: "Deze zaak staat al op de agenda van dit overleg." };
  return null;
}

export function toetsUitkomst(uitkomst: {
  advies: string;
  besluiten: readonly string[];
}): AgendaWeigering | null {
  if (uitkomst.advies.trim() === "" && !uitkomst.besluiten.some((b) => b.trim() !== ""))
    return { regel: "uitkomst-inhoud", reden: "Leg een advies of ten minste één besluit vast." };
  return null;
}

/** The journaal text written to the zaak after the overleg (no names: the zaak itself holds them). */
export function uitkomstAlsJournaal(uitkomst: {
  overlegDatum: string;
  advies: string;
  besluiten: readonly string[];
}): string {
  const regels = [`Casuïstiekoverleg ${uitkomst.overlegDatum}.`];
  if (uitkomst.advies.trim()) regels.push(`Advies: ${uitkomst.advies.trim()}`);
  const besluiten = uitkomst.besluiten.map((b) => b.trim()).filter(Boolean);
  if (besluiten.length > 0) regels.push(`Besluiten: ${besluiten.map((b, i) => `${i + 1}. ${b}`).join(" ")}`);
  return regels.join("\n");
}
