import { describe, expect, it } from "vitest";
import { VoorbereideClient } from "./voorbereid";

const serverUrl = process.env.VOORDEUR_TEST_DATABASE_URL;

/** The statements this connection prepared (named ones from the protocol: vd_…). */
async function voorbereid(client: VoorbereideClient): Promise<string[]> {
  const r = await client.query({
    text: "select statement from pg_prepared_statements where name like $1 order by statement",
    values: ["vd_%"],
  });
  return (r as unknown as { rows: { statement: string }[] }).rows.map((x) => x.statement);
}

// Runs on a PostgreSQL server only (npm run test:postgres): PGlite has no connection pool to prepare on.
describe.skipIf(!serverUrl)("VoorbereideClient", () => {
  it("prepares each parameterised query text once per connection and reuses it", async () => {
    const client = new VoorbereideClient({ connectionString: serverUrl });
    await client.connect();
    try {
      for (const n of [1, 2, 3]) {
        const r = await client.query({ text: "select $1::int + 1 as n", values: [n] });
        expect((r as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(n + 1);
      }
      await client.query("select 42"); // no parameters: simple protocol, not prepared
      await client.query("select $1::text as t", ["ook de (tekst, waarden)-vorm"]);
      expect(await voorbereid(client)).toEqual([
        "select $1::int + 1 as n",
        "select $1::text as t",
        "select statement from pg_prepared_statements where name like $1 order by statement",
      ]);
    } finally {
      await client.end();
    }
  });

  it("keeps working after an error inside a transaction", async () => {
    const client = new VoorbereideClient({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query("begin");
      await expect(client.query({ text: "select 1 / $1::int", values: [0] })).rejects.toThrow();
      await client.query("rollback");
      const r = await client.query({ text: "select 1 / $1::int as q", values: [1] });
      expect((r as unknown as { rows: { q: number }[] }).rows[0]?.q).toBe(1);
    } finally {
      await client.end();
    }
  });
});
