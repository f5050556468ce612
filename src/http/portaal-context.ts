import type { FastifyReply, FastifyRequest } from "fastify";
import {
  type Inwoner,
  inGemeenteVanInwoner,
  PORTAAL_COOKIE,
  PORTAAL_COOKIE_PAD,
  zetNamens,
  zoekPortaalSessie,
} from "../auth/portaal-sessies";
import { type InwonerHandeling, inwonerHandeling } from "../handeling/inwoner";
import { namensGeldtNog } from "../portaal/namens";
import { nietIngelogd } from "./problem";

/** The logged-in resident of this portal request, or a 401 problem. */
export async function inwonerVan(request: FastifyRequest): Promise<Inwoner> {
  const token = request.cookies[PORTAAL_COOKIE];
  const { db, config } = request.server.voordeur;
  const inwoner = token ? await zoekPortaalSessie(db, token, config.portaal.sessie) : undefined;
  if (!inwoner) throw nietIngelogd("Log in met DigiD om verder te gaan.");
  return inwoner;
}

/** The act context of a portal request: the resident, in a transaction inside their gemeente. */
export async function metInwoner<T>(
  request: FastifyRequest,
  work: (h: InwonerHandeling) => Promise<T>,
): Promise<T> {
  const inwoner = await inwonerVan(request);
  const { db } = request.server.voordeur;
  let vervallen = false;
  const uitkomst = await inGemeenteVanInwoner(db, inwoner, async (tx) => {
    const h = inwonerHandeling(tx, inwoner, request.id);
    if (await namensGeldtNog(h)) return work(h);
    vervallen = true;
    return work(inwonerHandeling(tx, { ...inwoner, namensPersoonId: inwoner.persoonId }, request.id));
  });
  // The relation ended: from now on they act for themselves again (after the transaction: one connection).
  if (vervallen) await zetNamens(db, inwoner.sessieId, inwoner.persoonId);
  return uitkomst;
}

export function zetPortaalCookie(reply: FastifyReply, token: string, secure: boolean, absoluutUren: number) {
  reply.setCookie(PORTAAL_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: PORTAAL_COOKIE_PAD,
    maxAge: absoluutUren * 3600,
  });
}

export function wisPortaalCookie(reply: FastifyReply) {
  reply.clearCookie(PORTAAL_COOKIE, { path: PORTAAL_COOKIE_PAD });
}
