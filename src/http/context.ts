import type { FastifyReply, FastifyRequest } from "fastify";
import { type Ingelogd, inSessie, SESSIE_COOKIE, zoekSessie } from "../auth/sessies";
import { inGemeente } from "../db/tenant";
import type { Handeling } from "../handeling/context";
import { HttpProblem, nietIngelogd } from "./problem";

declare module "fastify" {
  interface FastifyRequest {
    /** Cached session lookup; undefined = not looked up yet, null = not logged in. */
    ingelogdCache?: Ingelogd | null;
  }
}

/** The logged-in medewerker of this request, or a 401 problem. */
export async function ingelogd(request: FastifyRequest): Promise<Ingelogd> {
  if (request.ingelogdCache === undefined) {
    const token = request.cookies[SESSIE_COOKIE];
    const { db, config } = request.server.voordeur;
    request.ingelogdCache = (token && (await zoekSessie(db, token, config.sessie))) || null;
  }
  if (!request.ingelogdCache) throw nietIngelogd();
  return request.ingelogdCache;
}

/**
 * Opens the act context of this request: a transaction inside the logged-in user's gemeente (row-level
 * security), the user, and the request id for the audit trail. Routes pass it to the acts they call.
 */
export async function metGemeente<T>(
  request: FastifyRequest,
  work: (h: Handeling) => Promise<T>,
): Promise<T> {
  const { db, config } = request.server.voordeur;
  const token = request.cookies[SESSIE_COOKIE];
  if (request.ingelogdCache === undefined && token) {
    // The common case: session lookup and tenant settings in the transaction's first statement.
    const r = await inSessie(db, token, config.sessie, (tx, wie) => work({ tx, wie, verzoekId: request.id }));
    request.ingelogdCache = r.wie ?? null;
    if (!r.wie) throw nietIngelogd();
    return r.uitkomst;
  }
  const wie = await ingelogd(request);
  return inGemeente(
    db,
    { gemeenteCode: wie.gemeente.code, samenwerkingsverbandCode: wie.samenwerkingsverbandCode },
    (tx) => work({ tx, wie, verzoekId: request.id }),
  );
}

/** Largest versie a row can have (PostgreSQL integer). */
const MAX_VERSIE = 2_147_483_647;

/** The version the client based its edit on (If-Match), for optimistic locking; undefined when absent or unusable. */
export function verwachteVersie(request: FastifyRequest, vanaf = 1): number | undefined {
  const header = request.headers["if-match"];
  if (typeof header !== "string") return undefined;
  const n = Number(header.replace(/^W\//, "").replaceAll('"', ""));
  return Number.isInteger(n) && n >= vanaf && n <= MAX_VERSIE ? n : undefined;
}

/**
 * The one If-Match helper for every changing route: the versie the client saw, or 428 when it sent none.
 * A stale versie is refused by the act that loads the resource (409).
 */
export function vereisVersie(request: FastifyRequest, vanaf = 1): number {
  const versie = verwachteVersie(request, vanaf);
  if (versie === undefined) {
    throw new HttpProblem(
      428,
      "Stuur de versie mee in de If-Match-header, zodat wijzigingen van anderen niet verloren gaan.",
    );
  }
  return versie;
}

export function zetVersie(reply: FastifyReply, versie: number) {
  reply.header("ETag", `"${versie}"`);
}
