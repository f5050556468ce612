import type { FastifyServerOptions } from "fastify";

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

/** Fastify/pino logger options: structured JSON, no query strings (they can hold search terms), redaction. */
export function loggerOptions(level: string): FastifyServerOptions["logger"] {
  return {
    level,
    redact: { paths: redactPaths, censor: "[verborgen]" },
    serializers: {
      req(request: { method: string; url: string; id: string }) {
        return { id: request.id, method: request.method, url: request.url.split("?")[0] };
      },
    },
  };
}
