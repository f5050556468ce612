/** Shared by the policy's table tests per resource: an actor, and its "J"/"N" row over the four actions. */
import { type Actie, beslis, type Resource } from "./beleid";

export const GEMEENTE = "1699";

export const actor = (medewerkerId: string, rollen: string[], vakgroepen: string[] = []) => ({
  medewerkerId,
  gemeenteCode: GEMEENTE,
  rollen,
  vakgroepen,
});
export type TestActor = ReturnType<typeof actor>;

const ACTIES: Actie[] = ["lezen", "aanmaken", "wijzigen", "verwijderen"];

/** "lezen aanmaken wijzigen verwijderen" as J/N, e.g. "JJJN". */
export const oordeelRij = (wie: TestActor, resource: Resource) =>
  ACTIES.map((a) => (beslis(wie, a, resource).toegestaan ? "J" : "N")).join("");
