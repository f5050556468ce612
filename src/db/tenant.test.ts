import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestVoordeur, type TestVoordeur } from "../test/app";
import { rijen } from "./client";
import { gebruikers, vakgroepen, wijken } from "./schema";
import { inGemeente } from "./tenant";

let t: TestVoordeur;
beforeAll(async () => {
  t = await startTestVoordeur();
});
afterAll(() => t.sluit());

const noordenveld = { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" };

describe("row level security: one gemeente never sees another's rows", () => {
  it("a query in a gemeente context returns only that gemeente's rows, even without a filter", async () => {
    const namen = await inGemeente(t.database.db, noordenveld, (tx) =>
      tx.select({ g: gebruikers.gemeenteCode }).from(gebruikers),
    );
    expect(namen.length).toBeGreaterThan(0);
    expect(new Set(namen.map((n) => n.g))).toEqual(new Set(["1699"]));
    const w = await inGemeente(t.database.db, noordenveld, (tx) => tx.select().from(wijken));
    expect(w.every((x) => x.gemeenteCode === "1699")).toBe(true);
  });

  it("inserting a row for another gemeente is refused by the database", async () => {
    await expect(
      inGemeente(t.database.db, noordenveld, (tx) =>
        tx.insert(vakgroepen).values({ gemeenteCode: "0106", code: "inbraak", naam: "Inbraak" }),
      ),
    ).rejects.toThrow();
    const [n] = await rijen<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from vakgroepen where code = 'inbraak'`,
    );
    expect(n?.n).toBe(0);
  });

  it("updates and deletes of another gemeente's rows touch nothing", async () => {
    const gewijzigd = await inGemeente(t.database.db, noordenveld, (tx) =>
      tx
        .update(gebruikers)
        .set({ naam: "Gekaapt" })
        .where(eq(gebruikers.gebruikersnaam, "assen-iag"))
        .returning(),
    );
    expect(gewijzigd).toHaveLength(0);
    const verwijderd = await inGemeente(t.database.db, noordenveld, (tx) =>
      tx.delete(wijken).where(eq(wijken.gemeenteCode, "0106")).returning(),
    );
    expect(verwijderd).toHaveLength(0);
  });

  it("moving a row to another gemeente is refused", async () => {
    await expect(
      inGemeente(t.database.db, noordenveld, (tx) =>
        tx.update(wijken).set({ gemeenteCode: "0106" }).where(eq(wijken.code, "roden")),
      ),
    ).rejects.toThrow();
  });

  it("without a gemeente set, the app role sees nothing at all", async () => {
    const leeg = await inGemeente(t.database.db, { gemeenteCode: "", samenwerkingsverbandCode: "" }, (tx) =>
      tx.select().from(gebruikers),
    );
    expect(leeg).toHaveLength(0);
  });

  it("every table with a gemeente_code column the app role can read has row level security enabled (new tables cannot forget it)", async () => {
    // Owner-only tables (sessions, OIDC requests: looked up by token before a gemeente is known) have no grant.
    const zonder = await rijen<{ tabel: string }>(
      t.database.db,
      sql`select c.table_name as tabel from information_schema.columns c
          join pg_class k on k.relname = c.table_name and k.relkind = 'r'
          join pg_namespace n on n.oid = k.relnamespace and n.nspname = 'public'
          where c.table_schema = 'public' and c.column_name = 'gemeente_code'
            and has_table_privilege('voordeur_app', k.oid, 'SELECT') and not k.relrowsecurity`,
    );
    expect(zonder.map((z) => z.tabel)).toEqual([]);
  });
});
