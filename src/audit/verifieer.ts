import { ketensMetAudit, leesKeten } from "../db/audit";
import type { Executor } from "../db/client";
import { KetenControle, type Ketenfout } from "../domain/audit/keten";

export interface Verificatie {
  gemeenteCode: string;
  aantal: number;
  fouten: Ketenfout[];
}

/** Verifies every gemeente's audit chain, streaming; `voortgang` is called after every batch. */
export async function verifieerAuditketens(
  db: Executor,
  voortgang: (gemeenteCode: string, aantal: number) => void = () => {},
): Promise<Verificatie[]> {
  const perGemeente = new Map<string, Verificatie>();
  for (const { gemeenteCode, keten } of await ketensMetAudit(db)) {
    const v: Verificatie = perGemeente.get(gemeenteCode) ?? { gemeenteCode, aantal: 0, fouten: [] };
    perGemeente.set(gemeenteCode, v);
    const controle = new KetenControle();
    for await (const batch of leesKeten(db, gemeenteCode, keten)) {
      for (const regel of batch) {
        const fout = controle.controleer(regel);
        if (fout && v.fouten.length < 100) v.fouten.push(fout);
      }
      voortgang(gemeenteCode, v.aantal + controle.aantal);
    }
    v.aantal += controle.aantal;
  }
  return [...perGemeente.values()];
}
