import { gemeentenMetAudit, leesKeten } from "../db/audit";
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
  const uitkomst: Verificatie[] = [];
  for (const gemeenteCode of await gemeentenMetAudit(db)) {
    const controle = new KetenControle();
    const fouten: Ketenfout[] = [];
    for await (const batch of leesKeten(db, gemeenteCode)) {
      for (const regel of batch) {
        const fout = controle.controleer(regel);
        if (fout && fouten.length < 100) fouten.push(fout);
      }
      voortgang(gemeenteCode, controle.aantal);
    }
    uitkomst.push({ gemeenteCode, aantal: controle.aantal, fouten });
  }
  return uitkomst;
}
