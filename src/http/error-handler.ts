import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { VeldFout } from "../contract/problem";
import { databaseFoutcode, isVerbindingVerloren } from "../db/fouten";
import { nietBeschikbaar, Weigering, type WeigeringSoort } from "../handeling/weigering";
import { HttpProblem, titelVoor } from "./problem";
/** The one place a transport-neutral refusal becomes an HTTP status. */
export const STATUS_VAN_WEIGERING: Record<WeigeringSoort, number> = {
  ongeldig: 400,
  "niet-gevonden": 404,
  "niet-toegestaan": 403,
  conflict: 409,
  "regel-overtreden": 422,
  "niet-beschikbaar": 503,
};

function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  detail: string,
  errors?: readonly VeldFout[],
  title = titelVoor(status),
  extra: Record<string, unknown> = {},
) {
  return reply
    .code(status)
    .type("application/problem+json")
    .send({
      type: "about:blank",
      title,
      status,
      detail,
      instance: request.url.split("?")[0],
      ...(errors && errors.length > 0 ? { errors } : {}),
      ...extra,
    });
}

const bronNaam: Record<string, string> = {
  body: "",
  querystring: "",
  params: "",
  headers: "header.",
};

function veldUitPad(context: string, path: readonly PropertyKey[] | string | undefined): string {
  const prefix = bronNaam[context] ?? "";
  const parts = Array.isArray(path)
    ? path.map(String)
    : typeof path === "string"
      ? path.split("/").filter(Boolean)
      : [];
  return prefix + parts.join(".") || context;
}

function meldingVoor(issue: { code?: string; message?: string; keys?: string[] }): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `Onbekend veld: ${(issue.keys ?? []).join(", ")}`;
    case "invalid_type":
      return issue.message?.includes("received undefined") ? "Dit veld is verplicht" : "Verkeerd type waarde";
    default:
      return issue.message ?? "Ongeldige waarde";
  }
}

/** Said when the database server is gone for a moment (restart, failover): the request may be sent again. */
export const DATABASE_NIET_BEREIKBAAR =
  "De database is even niet bereikbaar; probeer het over een ogenblik opnieuw.";

function sendWeigering(reply: FastifyReply, request: FastifyRequest, weigering: Weigering) {
  const errors = weigering.overtredingen
    .filter((o) => o.veld !== undefined)
    .map((o) => ({ veld: o.veld as string, melding: o.melding, regel: o.regel }));
  return sendProblem(
    reply,
    request,
    STATUS_VAN_WEIGERING[weigering.soort],
    weigering.melding,
    errors,
    undefined,
    weigering.regel ? { regel: weigering.regel } : {},
  );
}

/** Every error leaves the API as problem+json with a Dutch title and detail; never a bare 500 for bad input. */
export function registreerFoutafhandeling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof Weigering) return sendWeigering(reply, request, error);
    // A lost connection can surface in any query, the commit or the pool's connect, in every route and act: it is
    // recognised here, once, and answered as the refusal it is (niet-beschikbaar → 503). The pool has already
    // dropped the broken connection and opens a new one for the next request.
    if (isVerbindingVerloren(error)) {
      request.log.warn({ err: error }, "database niet bereikbaar");
      return sendWeigering(reply, request, nietBeschikbaar(DATABASE_NIET_BEREIKBAAR));
    }
    if (error instanceof HttpProblem) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(reply, request, error.status, error.detail, error.errors, error.title);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.flatMap((v) => {
        const params = (v.params ?? {}) as { keys?: string[] };
        const issue = { code: v.keyword, message: v.message, keys: params.keys };
        const base = veldUitPad(error.validationContext ?? "body", v.instancePath);
        if (issue.code === "unrecognized_keys") {
          return (issue.keys ?? []).map((k) => ({
            veld: base && base !== "body" ? `${base}.${k}` : k,
            melding: "Onbekend veld",
          }));
        }
        return [{ veld: base, melding: meldingVoor(issue) }];
      });
      return sendProblem(
        reply,
        request,
        400,
        "De invoer is niet geldig. Controleer de genoemde velden.",
        errors,
      );
    }
    const status = error.statusCode ?? 500;
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return sendProblem(reply, request, 413, "Het verzoek is groter dan toegestaan.");
    }
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return sendProblem(reply, request, 415, "Dit inhoudstype wordt hier niet ondersteund; gebruik JSON.");
    }
    if (
      error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
      error.code === "FST_ERR_CTP_INVALID_JSON_BODY" ||
      error instanceof SyntaxError
    ) {
      return sendProblem(reply, request, 400, "De inhoud is geen geldige JSON.", [
        { veld: "body", melding: "Geen geldige JSON" },
      ]);
    }
    if (databaseFoutcode(error) === "23505") {
      return sendProblem(reply, request, 409, "Dit bestaat al; een gelijktijdige wijziging kwam u voor.");
    }
    if (status === 429) {
      return sendProblem(reply, request, 429, "Te veel verzoeken. Wacht even en probeer het opnieuw.");
    }
    if (status >= 400 && status < 500) {
      return sendProblem(reply, request, status, "Het verzoek kan niet worden verwerkt.");
    }
    request.log.error({ err: error }, "onverwachte fout");
    if (process.env.VOORDEUR_DEBUG_FOUT) console.error(error);
    return sendProblem(reply, request, 500, "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
  });
}

/**
 * Unknown addresses: problem+json 404 under /api; with the single-page app present, every other GET that is
 * not a file serves its index.html so the client-side router can take over.
 */
export function registreerNietGevonden(app: FastifyInstance, spa: boolean) {
  app.setNotFoundHandler((request, reply) => {
    // A missing hashed file is a 404, never index.html: a browser would fail on HTML as a script.
    if (spa && request.method === "GET" && !/^\/(api|assets\/)/.test(request.url)) {
      return reply.type("text/html").sendFile("index.html");
    }
    return sendProblem(reply, request, 404, "Deze pagina of dit adres bestaat niet.");
  });
}
