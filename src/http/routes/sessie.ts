import { eq, sql } from "drizzle-orm";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { registreerMislukking, wachttijd, wisMislukkingen } from "../../auth/inlogbeperking";
import { beeindigSessie, type Ingelogd, maakSessie, SESSIE_COOKIE } from "../../auth/sessies";
import { controleerWachtwoord, dummyHash } from "../../auth/wachtwoord";
import { inloggen, sessie, sessieConfig } from "../../contract/sessie";
import { gebruikers } from "../../db/schema";
import { alsSysteem } from "../../db/tenant";
import { rechtenVan } from "../../domain/autorisatie";
import { actorVan } from "../../handeling/context";
import { ingelogd } from "../context";
import { HttpProblem } from "../problem";
export function sessieAntwoord(wie: Ingelogd) {
  return {
    gebruikersnaam: wie.gebruikersnaam,
    naam: wie.naam,
    gemeente: wie.gemeente,
    rollen: wie.rollen,
    vakgroepen: wie.vakgroepen,
    rechten: rechtenVan(actorVan(wie)),
    idleVerlooptOp: wie.idleVerlooptOp.toISOString(),
    verlooptOp: wie.verlooptOp.toISOString(),
  };
}

export function zetSessieCookie(reply: FastifyReply, token: string, secure: boolean, absoluutUren: number) {
  reply.setCookie(SESSIE_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    maxAge: absoluutUren * 3600,
  });
}

export const sessieRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, db } = app.voordeur;

  app.post(
    "/sessie",
    {
      schema: {
        tags: ["sessie"],
        summary: "Inloggen met gebruikersnaam en wachtwoord",
        security: [],
        body: inloggen,
        response: { 200: sessie },
      },
    },
    async (request, reply) => {
      const { gebruikersnaam, wachtwoord } = request.body;
      const wacht = await wachttijd(db, gebruikersnaam, request.ip);
      if (wacht > 0) {
        throw new HttpProblem(
          429,
          `Te veel mislukte pogingen. Probeer het over ${Math.ceil(wacht / 60)} minuten opnieuw.`,
          undefined,
          {
            "Retry-After": String(wacht),
          },
        );
      }
      const gebruiker = await alsSysteem(db, async (tx) => {
        const [rij] = await tx
          .select({
            id: gebruikers.id,
            gemeenteCode: gebruikers.gemeenteCode,
            hash: gebruikers.wachtwoordHash,
            actief: gebruikers.actief,
          })
          .from(gebruikers)
          .where(eq(sql`lower(${gebruikers.gebruikersnaam})`, gebruikersnaam.toLowerCase()));
        return rij;
      });
      const hash = gebruiker?.hash ?? (await dummyHash());
      const klopt = await controleerWachtwoord(hash, wachtwoord);
      if (!gebruiker?.hash || !gebruiker.actief || !klopt) {
        await registreerMislukking(db, gebruikersnaam, request.ip);
        throw new HttpProblem(
          401,
          "De combinatie van gebruikersnaam en wachtwoord is onjuist.",
          undefined,
          undefined,
          "Inloggen mislukt",
        );
      }
      await wisMislukkingen(db, gebruikersnaam);
      const { token } = await maakSessie(db, gebruiker, "wachtwoord", config.sessie);
      zetSessieCookie(reply, token, config.secureCookies, config.sessie.absoluutUren);
      request.cookies[SESSIE_COOKIE] = token;
      request.ingelogdCache = undefined;
      return sessieAntwoord(await ingelogd(request));
    },
  );

  app.get(
    "/sessie",
    {
      schema: {
        tags: ["sessie"],
        summary: "Wie is er ingelogd (verlengt de sessie)",
        response: { 200: sessie },
      },
    },
    async (request) => sessieAntwoord(await ingelogd(request)),
  );

  app.delete(
    "/sessie",
    { schema: { tags: ["sessie"], summary: "Uitloggen", response: { 204: z.null() } } },
    async (request, reply) => {
      const wie = await ingelogd(request).catch(() => undefined);
      if (wie) await beeindigSessie(db, wie.sessieId);
      reply.clearCookie(SESSIE_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/sessie/configuratie",
    {
      schema: {
        tags: ["sessie"],
        summary: "Welke inlogmethoden er zijn",
        security: [],
        response: { 200: sessieConfig },
      },
    },
    async () => ({ sso: Boolean(config.oidc) }),
  );
};
