import type { Ingelogd } from "../auth/sessies";
import { type Actie, type Actor, beslis, type Resource } from "../domain/autorisatie";
import { geenToegang } from "./problem";

/** The policy's view of the logged-in medewerker. */
export function actorVan(wie: Ingelogd) {
  return {
    gebruikerId: wie.gebruikerId,
    gemeenteCode: wie.gemeente.code,
    rollen: wie.rollen,
    vakgroepen: wie.vakgroepen,
  } satisfies Actor;
}

/** Asks the one authorisation policy (src/domain/autorisatie) and turns a refusal into 403. */
export function vereis(wie: Ingelogd, actie: Actie, resource: Resource): void {
  const besluit = beslis(actorVan(wie), actie, resource);
  if (!besluit.toegestaan) throw geenToegang(besluit.reden);
}
