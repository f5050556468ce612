import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { databaseFout, databaseFoutcode, isVerbindingVerloren } from "./fouten";

/** A driver error as node-postgres makes it: a message, and a SQLSTATE when the server sent one. */
const driverfout = (message: string, code?: string) =>
  Object.assign(new Error(message), code ? { code } : {});
const viaDrizzle = (oorzaak: Error) =>
  new DrizzleQueryError("insert into journaal values ($1)", ["x"], oorzaak);

describe("db/fouten: which errors are a lost connection", () => {
  it.each([
    ["pg_terminate_backend (57P01) in a query", viaDrizzle(driverfout("terminating connection", "57P01"))],
    [
      "the server is starting up (57P03) at connect",
      driverfout("the database system is starting up", "57P03"),
    ],
    ["connection failure (08006)", viaDrizzle(driverfout("connection failure", "08006"))],
    ["the socket closed during a query", viaDrizzle(driverfout("Connection terminated unexpectedly"))],
    [
      "the rollback after it",
      viaDrizzle(driverfout("Client has encountered a connection error and is not queryable")),
    ],
    [
      "no free server at connect (ECONNREFUSED)",
      driverfout("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"),
    ],
    [
      "ECONNREFUSED on every address (AggregateError)",
      new AggregateError([driverfout("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], ""),
    ],
    ["pg-pool's connect timeout", new Error("timeout exceeded when trying to connect")],
  ])("%s → yes", (_naam, fout) => {
    expect(isVerbindingVerloren(fout)).toBe(true);
    expect(databaseFout(fout)?.verbindingVerloren).toBe(true);
  });

  it.each([
    ["a unique violation", viaDrizzle(driverfout("duplicate key value", "23505"))],
    [
      "another library's socket error (fetch failed ← ECONNREFUSED)",
      new TypeError("fetch failed", { cause: driverfout("connect ECONNREFUSED", "ECONNREFUSED") }),
    ],
    ["a programming error", new TypeError("Cannot read properties of undefined")],
  ])("%s → no", (_naam, fout) => {
    expect(isVerbindingVerloren(fout)).toBe(false);
  });

  it("a Node error code is no SQLSTATE", () => {
    expect(databaseFoutcode(viaDrizzle(driverfout("write EPIPE", "EPIPE")))).toBeUndefined();
    expect(databaseFout(viaDrizzle(driverfout("write EPIPE", "EPIPE")))).toMatchObject({
      code: "EPIPE",
      sql: "insert",
    });
    expect(databaseFoutcode(viaDrizzle(driverfout("duplicate key value", "23505")))).toBe("23505");
  });
});
