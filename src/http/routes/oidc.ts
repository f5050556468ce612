import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { rondOidcAanvraagAf, startOidcAanvraag } from "../../auth/oidc";
import { beeindigSessieMetToken, maakSessie, SESSIE_COOKIE } from "../../auth/sessies";
import { tekst } from "../../domain/tekst";
import { nietGevonden } from "../../handeling/weigering";
import { zetSessieCookie } from "./sessie";

const callbackQuery = z.looseObject({
  code: tekst("Code").optional(),
  state: tekst("State").optional(),
  error: tekst("Foutcode").optional(),
});

/** OIDC single sign-on (authorization code + PKCE); only active when VOORDEUR_OIDC_ISSUER is set. */
export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, db } = app.voordeur;

  const ingeschakeld = () => {
    if (!config.oidc) throw nietGevonden("SSO is niet ingeschakeld.");
    return config.oidc;
  };

  app.get(
    "/sessie/oidc/start",
    {
      schema: {
        tags: ["sessie"],
        summary: "Inloggen via SSO (OpenID Connect): stuurt door naar de identiteitsprovider",
        security: [],
      },
    },
    async (request, reply) => {
      const oidc = ingeschakeld();
      const url = await startOidcAanvraag(db, oidc, request.log);
      reply.header("Cache-Control", "no-store");
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    "/sessie/oidc/callback",
    {
      schema: {
        tags: ["sessie"],
        summary: "Terugkeer van de identiteitsprovider: maakt de sessie en stuurt door naar de app",
        security: [],
        querystring: callbackQuery,
      },
    },
    async (request, reply) => {
      const oidc = ingeschakeld();
      const vraagteken = request.url.indexOf("?");
      const zoekterm = vraagteken === -1 ? "" : request.url.slice(vraagteken + 1);
      const gebruiker = await rondOidcAanvraagAf(db, oidc, zoekterm, request.log);
      // A new login replaces the session this client had (session fixation).
      const vorige = request.cookies[SESSIE_COOKIE];
      if (vorige) await beeindigSessieMetToken(db, vorige);
      const { token } = await maakSessie(db, gebruiker, "oidc", config.sessie);
      request.log.info({ medewerkerId: gebruiker.id }, "SSO: ingelogd");
      zetSessieCookie(reply, token, config.secureCookies, config.sessie.absoluutUren);
      reply.header("Cache-Control", "no-store");
      return reply.redirect("/", 302);
    },
  );
};
