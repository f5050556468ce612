import { ketensMetAudit, leesKeten } from "../db/audit";
import type { Db, Executor } from "../db/client";
import { type Anker, type Ketenkop, toetsKop } from "../domain/audit/anker";
import { KetenControle, type Ketenfout } from "../domain/audit/keten";
import { type GelezenAnkers, leesAnkers } from "./anker";
import { schakelAudit } from "./schakelaar";

export interface Verificatie {
  gemeenteCode: string;
  aantal: number;
  fouten: Ketenfout[];
}

const MAX_FOUTEN = 100;
const sleutelVan = (g: string, k: number) => `${g}/${k}`;

/**
 * Verifies every gemeente's audit chain (the linked rows, in chain order), streaming; `voortgang` is called after every batch. With `koppen`
 * (the heads of the newest anchor) it also demands that every anchored head is still there, unchanged, with
 * exactly the anchored number of rows up to it: that is what shows deleted newest rows, or a gemeente whose
 * rows are all gone.
 */
export async function verifieerAuditketens(
  db: Executor,
  voortgang: (gemeenteCode: string, aantal: number) => void = () => {},
  koppen: readonly Ketenkop[] = [],
): Promise<Verificatie[]> {
  const perGemeente = new Map<string, Verificatie>();
  const verificatieVan = (gemeenteCode: string) => {
    const v = perGemeente.get(gemeenteCode) ?? { gemeenteCode, aantal: 0, fouten: [] };
    perGemeente.set(gemeenteCode, v);
    return v;
  };
  const voegToe = (v: Verificatie, fouten: readonly Ketenfout[]) => {
    for (const f of fouten) if (v.fouten.length < MAX_FOUTEN) v.fouten.push(f);
  };
  const verankerd = new Map(koppen.map((k) => [sleutelVan(k.gemeenteCode, k.keten), k]));

  for (const { gemeenteCode, keten } of await ketensMetAudit(db)) {
    const v = verificatieVan(gemeenteCode);
    const kop = verankerd.get(sleutelVan(gemeenteCode, keten));
    verankerd.delete(sleutelVan(gemeenteCode, keten));
    const controle = new KetenControle();
    let aantalTotKop = 0;
    let hashOpKop: string | null = null;
    let hoogsteId: number | null = null;
    for await (const batch of leesKeten(db, gemeenteCode, keten)) {
      for (const regel of batch) {
        const fout = controle.controleer(regel);
        if (fout) voegToe(v, [fout]);
        hoogsteId = regel.id;
        // In chain order: count up to and including the anchored head.
        if (kop && hashOpKop === null) aantalTotKop++;
        if (kop && regel.id === kop.laatsteId) hashOpKop = regel.hash;
      }
      voortgang(gemeenteCode, v.aantal + controle.aantal);
    }
    v.aantal += controle.aantal;
    if (kop) voegToe(v, toetsKop(kop, { aantalTotKop, hashOpKop, hoogsteId }));
  }
  // Anchored chains without a single row left (up to a whole gemeente).
  for (const kop of verankerd.values()) {
    if (kop.aantal === 0) continue;
    voegToe(
      verificatieVan(kop.gemeenteCode),
      toetsKop(kop, { aantalTotKop: 0, hashOpKop: null, hoogsteId: null }),
    );
  }
  return [...perGemeente.values()].sort((a, b) => (a.gemeenteCode < b.gemeenteCode ? -1 : 1));
}

export interface AuditRapport {
  verificaties: Verificatie[];
  /** The newest valid anchor the chains were compared with. */
  anker: { tijdstip: string; bestand: string } | undefined;
  /** Anchor lines that are forged (bad HMAC) or unreadable. */
  ankerFouten: GelezenAnkers["fouten"];
  /** False when a chain is broken or truncated, or an anchor is forged. */
  intact: boolean;
}

/** `npm run audit:verifieer`: links what is open, then every chain against the newest valid anchor of the folder. */
export async function verifieerMetAnkers(
  db: Db,
  ankers: { dir: string; sleutel: Buffer },
  voortgang?: (gemeenteCode: string, aantal: number) => void,
): Promise<AuditRapport> {
  await schakelAudit(db);
  const gelezen = leesAnkers(ankers.dir, ankers.sleutel);
  const nieuwste: Anker | undefined = gelezen.nieuwste?.anker;
  const verificaties = await verifieerAuditketens(db, voortgang, nieuwste?.ketens ?? []);
  return {
    verificaties,
    anker: gelezen.nieuwste
      ? { tijdstip: gelezen.nieuwste.anker.tijdstip, bestand: gelezen.nieuwste.bestand }
      : undefined,
    ankerFouten: gelezen.fouten,
    intact: gelezen.fouten.length === 0 && verificaties.every((v) => v.fouten.length === 0),
  };
}
