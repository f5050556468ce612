import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { APPARAAT_COOKIE, APPARAAT_GELDIG_DAGEN } from "../../auth/apparaten";
import { inloggenMetWachtwoord } from "../../auth/inloggen";
import { beeindigSessie, type Ingelogd, SESSIE_COOKIE } from "../../auth/sessies";
import { inloggen, sessie, sessieConfig } from "../../contract/sessie";
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

/** The known-device cookie (auth/apparaten.ts): only ever sent to the login routes. */
export function zetApparaatCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(APPARAAT_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/api/sessie",
    maxAge: APPARAAT_GELDIG_DAGEN * 86_400,
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
      const uitkomst = await inloggenMetWachtwoord(
        db,
        {
          gebruikersnaam: request.body.gebruikersnaam,
          wachtwoord: request.body.wachtwoord,
          ip: request.ip,
          apparaatToken: request.cookies[APPARAAT_COOKIE],
          vorigeSessieToken: request.cookies[SESSIE_COOKIE],
        },
        config.sessie,
        request.log,
      );
      if (uitkomst.soort === "wacht") {
        const minuten = Math.ceil(uitkomst.seconden / 60);
        throw new HttpProblem(
          429,
          `Te veel mislukte pogingen. Probeer het over ${minuten} ${minuten === 1 ? "minuut" : "minuten"} opnieuw.`,
          undefined,
          { "Retry-After": String(uitkomst.seconden) },
        );
      }
      if (uitkomst.soort === "mislukt") {
        throw new HttpProblem(
          401,
          "De combinatie van gebruikersnaam en wachtwoord is onjuist.",
          undefined,
          undefined,
          "Inloggen mislukt",
        );
      }
      zetSessieCookie(reply, uitkomst.sessieToken, config.secureCookies, config.sessie.absoluutUren);
      zetApparaatCookie(reply, uitkomst.apparaatToken, config.secureCookies);
      request.cookies[SESSIE_COOKIE] = uitkomst.sessieToken;
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
