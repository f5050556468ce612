/**
 * Password policy for local accounts, after the BIO / NCSC guidance: length over complexity rules,
 * no passwords that are trivially guessable from the account itself or from common lists.
 */
export const MINIMALE_LENGTE = 12;
export const MAXIMALE_LENGTE = 256;

const VEELGEBRUIKT = new Set([
  "welkom123456",
  "wachtwoord123",
  "wachtwoord1234",
  "password1234",
  "123456789012",
  "qwertyuiop12",
  "voordeur1234",
  "gemeente1234",
  "zomer2026zomer",
  "winter2026winter",
]);

export interface Beleidsuitkomst {
  geldig: boolean;
  meldingen: string[];
}

export function controleerWachtwoordbeleid(wachtwoord: string, gebruikersnaam?: string): Beleidsuitkomst {
  const meldingen: string[] = [];
  const lengte = [...wachtwoord].length;
  if (lengte < MINIMALE_LENGTE)
    meldingen.push(`Het wachtwoord moet minstens ${MINIMALE_LENGTE} tekens lang zijn.`);
  if (lengte > MAXIMALE_LENGTE)
    meldingen.push(`Het wachtwoord mag hoogstens ${MAXIMALE_LENGTE} tekens lang zijn.`);
  const klein = wachtwoord.toLowerCase();
  if (gebruikersnaam && gebruikersnaam.length >= 3 && klein.includes(gebruikersnaam.toLowerCase())) {
    meldingen.push("Het wachtwoord mag de gebruikersnaam niet bevatten.");
  }
  if (VEELGEBRUIKT.has(klein))
    meldingen.push("Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden.");
  if (lengte >= 1 && new Set(wachtwoord).size < 4) {
    meldingen.push("Het wachtwoord bestaat uit te weinig verschillende tekens.");
  }
  return { geldig: meldingen.length === 0, meldingen };
}
