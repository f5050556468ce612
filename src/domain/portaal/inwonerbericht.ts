/**
 * The secure conversation of a zaak between the resident and its medewerkers (issue 16: "a secure conversation per
 * zaak, audited, no e-mail content; e-mail or SMS only says er staat een bericht voor u klaar"). Pure: who may write
 * when, and the words of the notice.
 */
export const MAX_BERICHT_TEKENS = 4000;

/** A resident writes on an open zaak; once closed, a new question is a new hulpvraag. A medewerker may always answer. */
export function magSchrijven(
  van: "inwoner" | "medewerker",
  zaak: { afgeslotenOp: string | null },
): string | null {
  if (van === "inwoner" && zaak.afgeslotenOp !== null)
    return "Deze zaak is afgesloten. Heeft u een nieuwe vraag? Kies dan Hulp vragen in Mijn Voordeur.";
  return null;
}

/** The e-mail that a message is waiting: never its content, only where to read it (Mijn Voordeur, DigiD). */
export function kennisgeving(gemeente: string, zaaknummer: string): { onderwerp: string; tekst: string } {
  return {
    onderwerp: "Er staat een bericht voor u klaar",
    tekst: [
      "Beste inwoner,",
      "",
      `Er staat een nieuw bericht voor u klaar in Mijn Voordeur, over uw zaak ${zaaknummer}.`,
      "Log in met DigiD om het bericht te lezen.",
      "",
      "Wat er in het bericht staat, zetten we niet in deze e-mail. Zo blijven uw gegevens veilig.",
      "",
      "Met vriendelijke groet,",
      `Gemeente ${gemeente}`,
    ].join("\n"),
  };
}
