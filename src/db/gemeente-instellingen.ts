import { eq } from "drizzle-orm";
import type { Executor } from "./client";
import { gemeenten } from "./schema";

/** Whether the gemeente routes to the buurtteam / voorliggend veld first (the Assen model, migration 0053). */
export async function heeftVoorliggendVeldEerst(tx: Executor, gemeenteCode: string): Promise<boolean> {
  const [g] = await tx
    .select({ ja: gemeenten.voorliggendVeldEerst })
    .from(gemeenten)
    .where(eq(gemeenten.code, gemeenteCode));
  return g?.ja === true;
}

export async function zetVoorliggendVeldEerst(
  tx: Executor,
  gemeenteCode: string,
  ja: boolean,
): Promise<void> {
  await tx.update(gemeenten).set({ voorliggendVeldEerst: ja }).where(eq(gemeenten.code, gemeenteCode));
}
