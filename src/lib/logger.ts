import type { FastifyServerOptions } from "fastify";
import { type DestinationStream, type Logger, type LoggerOptions, pino } from "pino";
import { databaseFout } from "../db/fouten";

/** Paths pino always censors: credentials and personal data never reach stdout. */
export const redactPaths = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "*.bsn",
  "*.wachtwoord",
  "*.password",
  "*.geboortedatum",
  "*.omschrijving",
  "*.email",
];

/** BSN-like digit runs are masked wherever they slip into a message. */
export function maskeerCijferreeksen(text: string): string {
  return text.replace(/\d{8,9}/g, "*********");
}

/** Only the stack frames: a stack's first line repeats the message (for Drizzle: the query with its values). */
function alleenFrames(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  const frames = stack.split("\n").filter((regel) => /^\s+at /.test(regel));
  return frames.length > 0 ? maskeerCijferreeksen(frames.slice(0, 15).join("\n")) : undefined;
}

/**
 * Any error as it may be logged (pino's `err`, and every job's failure). A database error is reduced to its code,
 * the statement's name, the SQL's first keyword and the constraint (db/fouten.ts#databaseFout): never its
 * parameters, message or detail, which quote names, addresses and case text; `message` is then only what kind of
 * failure it was. Other errors keep their message (BSN-like digit runs masked). Stack frames always, without the
 * first line (it repeats the message).
 */
export function foutVoorLog(
  fout: unknown,
): { type: string; message: string; stack: string } & Record<string, unknown> {
  if (!fout || typeof fout !== "object") return { type: typeof fout, message: "", stack: "" };
  const { name, message, stack } = fout as { name?: unknown; message?: unknown; stack?: unknown };
  // The class (DrizzleQueryError leaves `name` at "Error"), as pino's own error serializer does.
  const klasse = (fout as { constructor?: { name?: unknown } }).constructor?.name;
  const type =
    typeof klasse === "string" && klasse !== "Object" ? klasse : typeof name === "string" ? name : "Error";
  const frames = alleenFrames(stack) ?? "";
  const database = databaseFout(fout);
  if (database) {
    const wat = database.verbindingVerloren ? "databaseverbinding verloren" : "databasefout";
    return { type, message: `${wat} (${database.code ?? "zonder code"})`, ...database, stack: frames };
  }
  const melding = typeof message === "string" ? maskeerCijferreeksen(message.slice(0, 300)) : "";
  return { type, message: melding, stack: frames };
}

/**
 * Fastify/pino logger options: structured JSON, no query strings (they can hold search terms), redaction, errors
 * through `foutVoorLog`. `stroom` replaces stdout (tests read the lines).
 */
export function loggerOptions(level: string, stroom?: DestinationStream): FastifyServerOptions["logger"] {
  return {
    level,
    redact: { paths: redactPaths, censor: "[verborgen]" },
    serializers: {
      req(request: { method: string; url: string; id: string }) {
        return { id: request.id, method: request.method, url: request.url.split("?")[0] };
      },
      err: foutVoorLog,
    },
    ...(stroom ? { stream: stroom } : {}),
  };
}

/** A logger with the same options outside a Fastify app (the primary of several processes, src/main.ts). */
export function maakLogger(level: string): Logger {
  const { redact, serializers } = loggerOptions(level) as {
    redact: LoggerOptions["redact"];
    serializers: LoggerOptions["serializers"];
  };
  return pino({ level, redact, serializers });
}
