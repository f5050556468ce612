import type { App } from "../http/app";

/**
 * A new medewerker with content access, as a beheerder makes one: roles that give access wait for a second person
 * (domain/gebruikers/vier-ogen.ts), so the teamleider approves the request in their own session.
 */
export async function maakMedewerkerMetToegang(
  app: App,
  sessies: { beheerder: string; teamleider: string },
  invoer: {
    gebruikersnaam: string;
    naam: string;
    rollen: string[];
    vakgroepen: string[];
    wachtwoord: string;
  },
): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/gebruikers",
    headers: { cookie: sessies.beheerder },
    payload: invoer,
  });
  if (res.statusCode !== 201) throw new Error(`medewerker maken gaf ${res.statusCode}: ${res.body}`);
  const gemaakt = res.json() as { id: string; wachtOpGoedkeuring: { verzoekId: string } | null };
  if (gemaakt.wachtOpGoedkeuring) {
    const url = `/api/rolverzoeken/${gemaakt.wachtOpGoedkeuring.verzoekId}`;
    const verzoek = (
      await app.inject({ method: "GET", url, headers: { cookie: sessies.teamleider } })
    ).json();
    const goed = await app.inject({
      method: "POST",
      url: `${url}/goedkeuring`,
      headers: { cookie: sessies.teamleider, "if-match": `"${verzoek.versie}"` },
    });
    if (goed.statusCode !== 200) throw new Error(`goedkeuring gaf ${goed.statusCode}: ${goed.body}`);
  }
  return gemaakt.id;
}
