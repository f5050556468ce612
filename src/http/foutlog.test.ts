import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foutVoorLog } from "../lib/logger";
import { startTestVoordeur, type TestVoordeur } from "../test/app";
import { type Schrijver, schrijfAantekeningen, zaakMetSchrijver } from "../test/journaal";

/**
 * Issue Vertrouwen, item 4: a database error is logged by its code and the statement's name, never with its
 * parameters, message or detail (PostgreSQL quotes the row: "Failing row contains (…)", "Key (x)=(…)").
 * Runs on PGlite and on a PostgreSQL server; the app's log lines are captured.
 */
const MARKER = "MARKER-ZAAKTEKST-123";

let t: TestVoordeur;
let z: Schrijver;
const regels: string[] = [];

beforeAll(async () => {
  const stroom = new Writable({
    write(stuk, _codering, klaar) {
      regels.push(...String(stuk).split("\n").filter(Boolean));
      klaar();
    },
  });
  t = await startTestVoordeur({ logLevel: "info" }, { logStroom: stroom });
  z = await zaakMetSchrijver(t);
});
afterAll(() => t.sluit());

/** Runs a query that fails and returns the error the driver and Drizzle throw. */
async function foutVan(query: ReturnType<typeof sql>): Promise<unknown> {
  return t.database.db.execute(query).then(
    () => expect.fail("de query had moeten mislukken"),
    (fout: unknown) => fout,
  );
}

describe("database errors in the log", () => {
  it("a failing write through the API logs code, constraint and statement, never the case text", async () => {
    // A rule the database enforces and the API does not know about: the insert fails with 23514, and
    // PostgreSQL's detail quotes the whole row, the note's text included.
    await t.database.db.execute(
      sql.raw(`alter table journaal add constraint test_geen_marker check (tekst not like '%MARKER%')`),
    );
    try {
      const voor = regels.length;
      const [antwoord] = await schrijfAantekeningen(t, z, [`Huisbezoek ${MARKER}: Aaltje Hoving, Norg`]);
      expect(antwoord?.status).toBe(500);
      expect(JSON.stringify(antwoord?.body)).not.toContain(MARKER);

      const nieuw = regels.slice(voor);
      expect(nieuw.filter((r) => r.includes(MARKER))).toEqual([]);
      const fout = nieuw.map((r) => JSON.parse(r)).find((r) => r.msg === "onverwachte fout");
      expect(fout?.err).toMatchObject({
        type: "DrizzleQueryError",
        code: "23514",
        constraint: "test_geen_marker",
        sql: "insert",
        statement: expect.stringMatching(/^vd_[\w-]{27}$/),
      });
      expect(fout?.err.stack).toMatch(/^\s+at /);
      expect(JSON.stringify(fout)).not.toMatch(/Hoving|Norg|params|Failing row/);
    } finally {
      await t.database.db.execute(sql.raw("alter table journaal drop constraint test_geen_marker"));
    }
    const [daarna] = await schrijfAantekeningen(t, z, [`Huisbezoek ${MARKER}`]);
    expect(daarna?.status).toBe(201);
  });

  it("values in PostgreSQL's message or detail never reach the summary (invalid input, unique key)", async () => {
    const ongeldig = await foutVan(sql`select ${MARKER}::int as n`);
    // The driver's message itself quotes the value: `invalid input syntax for type integer: "MARKER-…"`.
    expect(String((ongeldig as { cause?: { message?: string } }).cause?.message)).toContain(MARKER);
    const samenvatting = foutVoorLog(ongeldig);
    expect(samenvatting).toMatchObject({ code: "22P02", sql: "select" });
    expect(JSON.stringify(samenvatting)).not.toContain(MARKER);

    await t.database.db.execute(
      sql.raw("create table test_uniek (waarde text constraint test_uniek_waarde unique)"),
    );
    try {
      await t.database.db.execute(sql`insert into test_uniek values (${MARKER})`);
      const dubbel = await foutVan(sql`insert into test_uniek values (${MARKER})`);
      // `Key (waarde)=(MARKER-…) already exists.`
      expect(String((dubbel as { cause?: { detail?: string } }).cause?.detail)).toContain(MARKER);
      const uniek = foutVoorLog(dubbel);
      expect(uniek).toMatchObject({ code: "23505", constraint: "test_uniek_waarde", sql: "insert" });
      expect(JSON.stringify(uniek)).not.toContain(MARKER);
    } finally {
      await t.database.db.execute(sql.raw("drop table test_uniek"));
    }
  });

  it("other errors keep their message, with BSN-like digit runs masked", () => {
    expect(foutVoorLog(new TypeError("geen persoon voor 999990019"))).toMatchObject({
      type: "TypeError",
      message: "geen persoon voor *********",
    });
  });
});
