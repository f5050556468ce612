/** Medewerkers and requests for access as the API shows them. */
import type { Gebruiker, Rolverzoek } from "../contract/gebruikers";
import type { Tx } from "../db/client";
import { type GebruikerRij, namenVan, openRolverzoekenVan, type RolverzoekRij } from "../db/gebruikers";
import { magBeslissen } from "../domain/gebruikers/vier-ogen";
import type { Handeling } from "../handeling/context";

/** The medewerkers with the access that waits for a second person (one query for all of them). */
export async function gebruikersAlsApi(tx: Tx, rijen: readonly GebruikerRij[]): Promise<Gebruiker[]> {
  const open = await openRolverzoekenVan(
    tx,
    rijen.map((r) => r.id),
  );
  return rijen.map((rij) => {
    const verzoek = open.get(rij.id);
    return {
      id: rij.id,
      gebruikersnaam: rij.gebruikersnaam,
      naam: rij.naam,
      email: rij.email,
      rollen: rij.rollen,
      vakgroepen: rij.vakgroepen,
      actief: rij.actief,
      sso: rij.oidcSubject !== null,
      versie: rij.versie,
      laatstIngelogdOp: rij.laatstIngelogdOp?.toISOString() ?? null,
      wachtOpGoedkeuring: verzoek
        ? {
            verzoekId: verzoek.id,
            rollen: verzoek.rollen,
            vakgroepen: verzoek.vakgroepen,
            aangevraagdOp: verzoek.aangevraagdOp.toISOString(),
          }
        : null,
    };
  });
}

export async function gebruikerAlsApi(tx: Tx, rij: GebruikerRij): Promise<Gebruiker> {
  const [api] = await gebruikersAlsApi(tx, [rij]);
  if (!api) throw new Error("gebruiker niet weer te geven");
  return api;
}

/** Requests with the names of who asked, for whom and who decided, and what the reader may decide. */
export async function rolverzoekenAlsApi(
  h: Handeling,
  rijen: readonly RolverzoekRij[],
): Promise<Rolverzoek[]> {
  const namen = await namenVan(
    h.tx,
    rijen.flatMap((r) => [r.medewerkerId, r.aangevraagdDoor, ...(r.beslistDoor ? [r.beslistDoor] : [])]),
  );
  const naam = (id: string) => namen.get(id) ?? { id, naam: "onbekend", gebruikersnaam: "" };
  const ik = { medewerkerId: h.wie.medewerkerId, rollen: h.wie.rollen };
  return rijen.map((r) => ({
    id: r.id,
    gebruiker: naam(r.medewerkerId),
    rollen: r.rollen,
    vakgroepen: r.vakgroepen,
    aangevraagdDoor: naam(r.aangevraagdDoor),
    aangevraagdOp: r.aangevraagdOp.toISOString(),
    status: r.status,
    beslistDoor: r.beslistDoor ? naam(r.beslistDoor) : null,
    beslistOp: r.beslistOp?.toISOString() ?? null,
    versie: r.versie,
    magGoedkeuren: magBeslissen(ik, r, "goedkeuren").ok,
    magWeigeren: magBeslissen(ik, r, "weigeren").ok,
  }));
}

export async function rolverzoekAlsApi(h: Handeling, rij: RolverzoekRij): Promise<Rolverzoek> {
  const [api] = await rolverzoekenAlsApi(h, [rij]);
  if (!api) throw new Error("rolverzoek niet weer te geven");
  return api;
}
