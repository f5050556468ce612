import type { FastifyReply, FastifyRequest } from "fastify";
import { type Ingelogd, SESSIE_COOKIE, zoekSessie } from "../auth/sessies";
import type { Tx } from "../db/client";
import { inGemeente } from "../db/tenant";
import { nietIngelogd } from "./problem";

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

/** Runs data access for the logged-in user's gemeente only (row level security). */
export async function metGemeente<T>(
  request: FastifyRequest,
  work: (tx: Tx, wie: Ingelogd) => Promise<T>,
): Promise<T> {
  const wie = await ingelogd(request);
  return inGemeente(
    request.server.voordeur.db,
    { gemeenteCode: wie.gemeente.code, samenwerkingsverbandCode: wie.samenwerkingsverbandCode },
    (tx) => work(tx, wie),
  );
}

/** The version the client based its edit on (If-Match), for optimistic locking. */
export function verwachteVersie(request: FastifyRequest): number | undefined {
  const header = request.headers["if-match"];
  if (typeof header !== "string") return undefined;
  const n = Number(header.replace(/^W\//, "").replaceAll('"', ""));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function zetVersie(reply: FastifyReply, versie: number) {
  reply.header("ETag", `"${versie}"`);
}
