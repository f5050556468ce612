/**
 * What the rest of the app may know about a database error, for both drivers (PGlite and node-postgres, each
 * wrapped by Drizzle in a DrizzleQueryError whose `cause` is the driver's error):
 * - its SQLSTATE (`databaseFoutcode`), e.g. 23505 for a unique violation;
 * - whether the connection to the server was lost (`isVerbindingVerloren`): a restart, failover or
 *   pg_terminate_backend — trying again in a moment may work;
 * - the parts that are safe to log (`databaseFout`, used by lib/logger.ts#foutVoorLog). A database error carries personal data and case content in
 *   several places: Drizzle's message and `params` hold every query parameter, PostgreSQL's message can quote a
 *   value (`invalid input syntax for type uuid: "…"`), its `detail` quotes rows (`Key (x)=(…) already exists`,
 *   `Failing row contains (…)`). The summary keeps only the code, the statement's name and the SQL's first
 *   keyword (no values), and the name of the constraint that was hit.
 */
import { statementNaam } from "./voorbereid";

type Foutachtig = {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
  query?: unknown;
  constraint?: unknown;
};

interface Schakel {
  fout: Foutachtig;
  /**
   * Thrown by the database driver itself: reached from the top only through Drizzle's wrapper (it has the query)
   * or an AggregateError (Node's connect to several addresses). A socket error under another library's error
   * (`fetch failed` from an identity provider) is not the database's.
   */
  vanDriver: boolean;
}

/** The error and its causes (Drizzle wraps the driver's error; Node's connect errors can be an AggregateError). */
function keten(fout: unknown): Schakel[] {
  const gevonden: Schakel[] = [];
  const bezoek = (e: unknown, diepte: number, vanDriver: boolean) => {
    if (!e || typeof e !== "object" || diepte > 3) return;
    const f = e as Foutachtig;
    gevonden.push({ fout: f, vanDriver });
    const doorgeefluik = typeof f.query === "string" || Array.isArray(f.errors);
    if (Array.isArray(f.errors))
      for (const sub of f.errors.slice(0, 4)) bezoek(sub, diepte + 1, vanDriver && doorgeefluik);
    bezoek(f.cause, diepte + 1, vanDriver && doorgeefluik);
  };
  bezoek(fout, 0, true);
  return gevonden;
}

/** Class (2) and subclass (3); no SQLSTATE class starts with E, Node's error codes (EPIPE) all do. */
const SQLSTATE = /^[0-9A-DF-Z][0-9A-Z]{4}$/;

/** The SQLSTATE of a database error, also when wrapped by Drizzle (`cause`). */
export function databaseFoutcode(fout: unknown): string | undefined {
  for (const { fout: f } of keten(fout))
    if (typeof f.code === "string" && SQLSTATE.test(f.code)) return f.code;
  return undefined;
}

/**
 * SQLSTATEs of a lost or refused connection: admin_shutdown (pg_terminate_backend, fast shutdown), crash_shutdown,
 * cannot_connect_now (starting up or shutting down), and class 08 connection exceptions.
 */
const VERBINDING_SQLSTATES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
/** Node's socket errors when the server is gone or not reachable (yet). */
const VERBINDING_SOCKETFOUTEN = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
/** node-postgres and pg-pool report these without a code. */
const VERBINDING_MELDINGEN =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect)/;

function verbroken({ fout: f, vanDriver }: Schakel): boolean {
  if (typeof f.code === "string" && VERBINDING_SQLSTATES.has(f.code)) return true;
  if (!vanDriver) return false;
  if (typeof f.code === "string") return VERBINDING_SOCKETFOUTEN.has(f.code);
  return typeof f.message === "string" && VERBINDING_MELDINGEN.test(f.message);
}

/** Is this error a lost or refused connection to the database server (the request may succeed when retried)? */
export function isVerbindingVerloren(fout: unknown): boolean {
  return keten(fout).some(verbroken);
}

/** The parts of a database error that hold no values; undefined when the error is not a database error. */
export interface DatabaseFout {
  /** SQLSTATE, or Node's socket error code (ECONNREFUSED). */
  code?: string;
  /** The statement's name (`vd_…`, the name VoorbereideClient prepares it under) and its first SQL keyword. */
  statement?: string;
  sql?: string;
  /** The constraint that was hit (a name from the schema, never a value). */
  constraint?: string;
  verbindingVerloren?: true;
}

export function databaseFout(fout: unknown): DatabaseFout | undefined {
  const fouten = keten(fout).map((s) => s.fout);
  const query = fouten.map((f) => f.query).find((q): q is string => typeof q === "string");
  const sqlstate = databaseFoutcode(fout);
  const verloren = isVerbindingVerloren(fout);
  if (query === undefined && sqlstate === undefined && !verloren) return undefined;
  const code =
    sqlstate ??
    keten(fout)
      .filter((s) => s.vanDriver)
      .map((s) => s.fout.code)
      .find((c): c is string => typeof c === "string" && VERBINDING_SOCKETFOUTEN.has(c));
  const constraint = fouten.map((f) => f.constraint).find((c): c is string => typeof c === "string");
  return {
    ...(code ? { code } : {}),
    ...(query !== undefined
      ? { statement: statementNaam(query), sql: (/^\s*(\w+)/.exec(query)?.[1] ?? "").toLowerCase() }
      : {}),
    ...(constraint ? { constraint } : {}),
    ...(verloren ? { verbindingVerloren: true as const } : {}),
  };
}
