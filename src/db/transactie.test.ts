import type pg from "pg";
import { describe, expect, it } from "vitest";
import { transactieOpEigenVerbinding } from "./client";
import { isVerbindingVerloren } from "./fouten";

/**
 * Issue Vertrouwen, item 1: a connection the server drops between the pool lending it and `begin` must go back to
 * the pool (destroyed), or each such loss shrinks the pool for good and `pool.end()` never resolves.
 */
function nepPool(fout: (tekst: string) => Error | undefined) {
  const vrijgegeven: (Error | undefined)[] = [];
  const verzonden: string[] = [];
  const verbinding = {
    query(q: string | { text: string }, ...rest: unknown[]) {
      const tekst = typeof q === "string" ? q : q.text;
      verzonden.push(tekst);
      const f = fout(tekst);
      const resultaat = { rows: [], rowCount: 0, command: tekst, fields: [] };
      const terug = rest.find((r) => typeof r === "function") as
        | ((e?: Error, r?: unknown) => void)
        | undefined;
      if (terug) {
        queueMicrotask(() => (f ? terug(f) : terug(undefined, resultaat)));
        return undefined;
      }
      return f ? Promise.reject(f) : Promise.resolve(resultaat);
    },
    release(e?: Error) {
      vrijgegeven.push(e);
    },
  };
  const pool = { connect: async () => verbinding } as unknown as pg.Pool;
  return { pool, vrijgegeven, verzonden };
}

const verloren = () => new Error("Connection terminated unexpectedly");

describe("een transactie geeft haar verbinding altijd terug", () => {
  it("begin faalt omdat de verbinding weg is: terug naar de pool als verloren (vernietigd)", async () => {
    const { pool, vrijgegeven } = nepPool((t) => (t.startsWith("begin") ? verloren() : undefined));
    const transactie = transactieOpEigenVerbinding(pool);
    const fout = await transactie(async () => "niet bereikt").catch((e: unknown) => e);
    expect(isVerbindingVerloren(fout)).toBe(true);
    expect(vrijgegeven).toEqual([fout]);
  });

  it("een gewone fout in het werk: rollback en gewoon terug (niet vernietigd)", async () => {
    const { pool, vrijgegeven, verzonden } = nepPool(() => undefined);
    const transactie = transactieOpEigenVerbinding(pool);
    await expect(
      transactie(async () => {
        throw new Error("regel overtreden");
      }),
    ).rejects.toThrow("regel overtreden");
    expect(verzonden.map((t) => t.trim())).toEqual(["begin", "rollback"]);
    expect(vrijgegeven).toEqual([undefined]);
  });

  it("gelukt: begin, commit, één keer terug", async () => {
    const { pool, vrijgegeven, verzonden } = nepPool(() => undefined);
    const transactie = transactieOpEigenVerbinding(pool);
    expect(await transactie(async () => 42)).toBe(42);
    expect(verzonden.map((t) => t.trim())).toEqual(["begin", "commit"]);
    expect(vrijgegeven).toEqual([undefined]);
  });
});
