/**
 * A pg client that runs every parameterised query as a named prepared statement (per connection), so
 * PostgreSQL parses and plans each distinct query text once per connection instead of on every request.
 * Measured on the hot paths (issue 5/6): parse + plan were ~75 % of PostgreSQL's CPU time per request —
 * a request is ten or more small indexed queries whose execution takes microseconds.
 *
 * Drizzle generates the same text for the same query shape; the statement name is derived from the text.
 * Queries without parameters (begin, commit, DDL, multi-statement migrations) keep the simple protocol, and
 * a connection stops preparing new texts after MAX_PER_VERBINDING (e.g. many `in (…)` list lengths).
 */
import { createHash } from "node:crypto";
import pg from "pg";

const MAX_PER_VERBINDING = 1000;

/** Statement names by query text (shared by all connections; the same text always gets the same name). */
const namen = new Map<string, string>();

/** The name a query text is prepared under; also how a log line names a failed statement without its values. */
export function statementNaam(tekst: string): string {
  return `vd_${createHash("sha1").update(tekst).digest("base64url")}`;
}

function naamVan(tekst: string): string {
  let naam = namen.get(tekst);
  if (naam === undefined) {
    naam = statementNaam(tekst);
    if (namen.size < MAX_PER_VERBINDING * 4) namen.set(tekst, naam);
  }
  return naam;
}

interface QueryConfig {
  text?: unknown;
  name?: unknown;
  values?: unknown;
}

const isConfig = (x: unknown): x is QueryConfig =>
  typeof x === "object" && x !== null && typeof (x as QueryConfig).text === "string";

export class VoorbereideClient extends pg.Client {
  private readonly voorbereid = new Set<string>();

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // The server can drop a connection while the pool has lent it out (restart, failover, pg_terminate_backend).
    // pg then emits 'error' on the client, and pg-pool listens only on idle clients: without this listener Node
    // would end the process. Nothing is lost by ignoring the event here: the query in flight, or the next one,
    // fails with the same error (the request answers 503, see http/error-handler.ts), and on release the pool
    // drops the client because it is no longer queryable. Idle clients are still reported via pool.on("error").
    this.on("error", () => {});
  }

  // pg's query() has many overloads; only the (text or config, values) forms with parameters are changed.
  override query(...args: unknown[]): never {
    const [eerste, waarden] = args;
    const config = typeof eerste === "string" ? { text: eerste } : eerste;
    const parameters = Array.isArray(waarden) ? waarden : isConfig(config) ? config.values : undefined;
    if (isConfig(config) && config.name === undefined && Array.isArray(parameters) && parameters.length > 0) {
      const naam = naamVan(config.text as string);
      if (this.voorbereid.has(naam) || this.voorbereid.size < MAX_PER_VERBINDING) {
        this.voorbereid.add(naam);
        args[0] = { ...config, name: naam };
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
