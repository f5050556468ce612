import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { startOidcAanvraag, wisselCodeIn } from "../../auth/oidc";
import {
  beeindigPortaalSessie,
  maakPortaalSessie,
  PORTAAL_COOKIE,
  zetNamens,
} from "../../auth/portaal-sessies";
import { aangeleverdDocument } from "../../contract/documentverzoeken";
import { paginaQuery } from "../../contract/paginering";
import {
  afspraakVerzetten,
  demoInlogVerzoek,
  demoInwoners as demoInwonersAntwoord,
  gemeenteQuery,
  gesprek,
  handtekeningVerzoek,
  hulpvraagKeuzes,
  hulpvraagOntvangen,
  hulpvraagVerzoek,
  inwonerberichtVerstuurd,
  inzageAanvraag,
  inzageverzoekVoorInwoner,
  mijnBezwaarOntvangen,
  mijnBezwaarVerzoek,
  mijnHulpvragen as mijnHulpvragenAntwoord,
  mijnInzageverzoeken as mijnInzageverzoekenAntwoord,
  mijnPlan as mijnPlanAntwoord,
  mijnZaak as mijnZaakAntwoord,
  mijnZaken as mijnZakenAntwoord,
  namensVerzoek,
  nieuwInwonerbericht,
  portaalInloggen,
  portaalSessie,
  vrijeTijden,
} from "../../contract/portaal";
import { alleGemeenten } from "../../db/sociale-kaart";
import { alsSysteem } from "../../db/tenant";
import { inzagePdf } from "../../documenten/inzage-pdf";
import { CONTACT_THEMA_LABELS, CONTACT_THEMAS } from "../../domain/aanmelden/contact";
import { CONTACTWIJZE_LABELS, CONTACTWIJZEN } from "../../domain/portaal/hulpvraag";
import { CRISISNUMMERS } from "../../domain/portaal/status";
import { LEEFGEBIED_LABELS, LEEFGEBIEDEN } from "../../domain/routering/leefgebieden";
import { tekst } from "../../domain/tekst";
import { nietGevonden } from "../../handeling/weigering";
import { verzetMijnAfspraak, vrijeTijdenVoorMijnAfspraak } from "../../portaal/afspraken";
import { mijnGesprek, stuurMijnBericht } from "../../portaal/berichten";
import { dienBezwaarIn } from "../../portaal/bezwaar";
import { mijnBrief } from "../../portaal/brieven";
import { leverDocument } from "../../portaal/documentverzoeken";
import { dienHulpvraagIn, mijnHulpvragen } from "../../portaal/hulpvragen";
import { demoInwoner, demoInwoners, gemeenteVoorPortaal, inwonerMetBsn } from "../../portaal/inloggen";
import { mijnInzage, mijnInzageverzoeken, vraagInzage } from "../../portaal/inzage";
import { kiesNamens, mijnSessie } from "../../portaal/namens";
import { mijnPlan, ondertekenMijnPlan } from "../../portaal/plan";
import { mijnZaak, mijnZaken } from "../../portaal/zaken";
import { inwonerVan, metInwoner, wisPortaalCookie, zetPortaalCookie } from "../portaal-context";

/** Per client address: enough for a resident, too little to try many zaak ids or logins (http/app.ts). */
export const PORTAAL_LIMIET = { max: 120, timeWindow: 60_000 };
export const PORTAAL_INLOG_LIMIET = { max: 20, timeWindow: 60_000 };

const TAGS = ["portaal"];
const idParams = z.object({ id: z.uuid("Onbekende zaak") });
const briefParams = idParams.extend({ documentId: z.uuid("Onbekende brief") });
const callbackQuery = z.looseObject({
  code: tekst("Code").optional(),
  state: tekst("State").optional(),
  error: tekst("Foutcode").optional(),
});

/**
 * Mijn Voordeur (issue 16): the resident portal's API under /api/portaal, with its own cookie (path /api/portaal,
 * SameSite=Strict) and shorter session. Routes are thin: parse → act (src/portaal, rule 30) → respond.
 */
export const portaalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, db, bsnSleutels } = app.voordeur;
  const limiet = { rateLimit: PORTAAL_LIMIET };
  const digid = () => {
    if (!config.portaal.oidc) throw nietGevonden("Inloggen met DigiD is hier niet ingeschakeld.");
    return config.portaal.oidc;
  };
  const inlogLimiet = { rateLimit: PORTAAL_INLOG_LIMIET };

  const nieuweSessie = async (
    request: { cookies: Record<string, string | undefined> },
    reply: Parameters<typeof zetPortaalCookie>[0],
    inwoner: { gemeenteCode: string; persoonId: string },
    methode: "oidc" | "demo",
  ) => {
    // A new login replaces the session this client had (session fixation).
    const vorige = request.cookies[PORTAAL_COOKIE];
    if (vorige) await beeindigPortaalSessie(db, vorige);
    const { token } = await maakPortaalSessie(db, inwoner, methode, config.portaal.sessie);
    zetPortaalCookie(reply, token, config.secureCookies, config.portaal.sessie.absoluutUren);
  };

  app.get(
    "/portaal/inloggen",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Hoe een inwoner kan inloggen",
        security: [],
        response: { 200: portaalInloggen },
      },
    },
    async () => {
      const gemeenten = await alsSysteem(db, (tx) => alleGemeenten(tx));
      return {
        gemeenten: gemeenten.map((g) => ({ code: g.code, naam: g.naam })),
        digid: config.portaal.oidc !== undefined,
        demo: config.portaal.demoInlog,
      };
    },
  );

  app.get(
    "/portaal/oidc/start",
    {
      config: inlogLimiet,
      schema: {
        tags: TAGS,
        summary: "Inloggen met DigiD via de OIDC-broker",
        security: [],
        querystring: gemeenteQuery,
      },
    },
    async (request, reply) => {
      const oidc = digid();
      const gemeente = await gemeenteVoorPortaal(db, request.query.gemeente);
      const url = await startOidcAanvraag(db, oidc, request.log, undefined, {
        doel: "inwoner",
        gemeenteCode: gemeente.code,
      });
      reply.header("Cache-Control", "no-store");
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    "/portaal/oidc/callback",
    {
      config: inlogLimiet,
      schema: {
        tags: TAGS,
        summary: "Terugkeer van de DigiD-broker",
        security: [],
        querystring: callbackQuery,
      },
    },
    async (request, reply) => {
      const oidc = digid();
      const vraagteken = request.url.indexOf("?");
      const zoekterm = vraagteken === -1 ? "" : request.url.slice(vraagteken + 1);
      const { claims, gemeenteCode } = await wisselCodeIn(db, oidc, zoekterm, request.log, "inwoner");
      if (!gemeenteCode) throw nietGevonden();
      const inwoner = await inwonerMetBsn(db, bsnSleutels, gemeenteCode, claims[oidc.gebruikersnaamClaim]);
      await nieuweSessie(request, reply, inwoner, "oidc");
      request.log.info({ persoonId: inwoner.persoonId }, "Mijn Voordeur: ingelogd");
      reply.header("Cache-Control", "no-store");
      return reply.redirect("/mijn", 302);
    },
  );

  app.get(
    "/portaal/demo-inwoners",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Demo-inwoners van een gemeente om mee in te loggen (alleen in de demo)",
        security: [],
        querystring: gemeenteQuery,
        response: { 200: demoInwonersAntwoord },
      },
    },
    async (request) => {
      if (!config.portaal.demoInlog) throw nietGevonden("De demo-inlog staat uit.");
      const gemeente = await gemeenteVoorPortaal(db, request.query.gemeente);
      return { items: await demoInwoners(db, gemeente.code) };
    },
  );

  app.post(
    "/portaal/demo-inlog",
    {
      config: inlogLimiet,
      schema: {
        tags: TAGS,
        summary: "Inloggen als demo-inwoner (alleen in de demo)",
        security: [],
        body: demoInlogVerzoek,
      },
    },
    async (request, reply) => {
      if (!config.portaal.demoInlog) throw nietGevonden("De demo-inlog staat uit.");
      const inwoner = await demoInwoner(db, request.body.persoonId);
      await nieuweSessie(request, reply, inwoner, "demo");
      return reply.code(204).send();
    },
  );

  app.get(
    "/portaal/sessie",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Wie is ingelogd, en voor wie treedt hij op",
        response: { 200: portaalSessie },
      },
    },
    async (request, reply) => {
      reply.header("Cache-Control", "no-store");
      return metInwoner(request, mijnSessie);
    },
  );

  app.post(
    "/portaal/uitloggen",
    { config: limiet, schema: { tags: TAGS, summary: "Uitloggen uit Mijn Voordeur", security: [] } },
    async (request, reply) => {
      const token = request.cookies[PORTAAL_COOKIE];
      if (token) await beeindigPortaalSessie(db, token);
      wisPortaalCookie(reply);
      return reply.code(204).send();
    },
  );

  app.put(
    "/portaal/namens",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Kiezen voor wie de inwoner optreedt",
        body: namensVerzoek,
        response: { 200: portaalSessie },
      },
    },
    async (request) => {
      const inwoner = await inwonerVan(request);
      await metInwoner(request, (h) => kiesNamens(h, request.body.persoonId));
      await zetNamens(db, inwoner.sessieId, request.body.persoonId);
      return metInwoner(request, mijnSessie);
    },
  );

  app.get(
    "/portaal/zaken",
    { config: limiet, schema: { tags: TAGS, summary: "Mijn zaken", response: { 200: mijnZakenAntwoord } } },
    async (request) => metInwoner(request, mijnZaken),
  );

  app.get(
    "/portaal/zaken/:id",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Eén zaak in gewone woorden",
        params: idParams,
        response: { 200: mijnZaakAntwoord },
      },
    },
    async (request) => metInwoner(request, (h) => mijnZaak(h, request.params.id)),
  );

  app.get(
    "/portaal/hulpvraag-keuzes",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "De keuzes van het hulpvraagformulier",
        security: [],
        response: { 200: hulpvraagKeuzes },
      },
    },
    async () => ({
      themas: CONTACT_THEMAS.filter((t) => t !== "algemene-informatie").map((code) => ({
        code,
        naam: CONTACT_THEMA_LABELS[code],
      })),
      leefgebieden: LEEFGEBIEDEN.map((code) => ({ code, naam: LEEFGEBIED_LABELS[code] })),
      contactwijzen: CONTACTWIJZEN.map((code) => ({ code, naam: CONTACTWIJZE_LABELS[code] })),
      crisisnummers: [...CRISISNUMMERS],
    }),
  );

  app.get(
    "/portaal/hulpvragen",
    {
      config: limiet,
      schema: { tags: TAGS, summary: "Mijn hulpvragen", response: { 200: mijnHulpvragenAntwoord } },
    },
    async (request) => metInwoner(request, mijnHulpvragen),
  );

  app.post(
    "/portaal/hulpvragen",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Hulp vragen",
        body: hulpvraagVerzoek,
        response: { 201: hulpvraagOntvangen },
      },
    },
    async (request, reply) => {
      const uitkomst = await metInwoner(request, (h) => dienHulpvraagIn(h, request.body));
      return reply.code(201).send(uitkomst);
    },
  );

  app.get(
    "/portaal/zaken/:id/brieven/:documentId",
    {
      config: limiet,
      schema: { tags: TAGS, summary: "Een brief van de zaak downloaden (pdf)", params: briefParams },
    },
    async (request, reply) => {
      const brief = await metInwoner(request, (h) =>
        mijnBrief(h, request.params.id, request.params.documentId),
      );
      return reply
        .header("Content-Type", brief.contentType)
        .header(
          "Content-Disposition",
          `attachment; filename*=UTF-8''${encodeURIComponent(brief.bestandsnaam)}`,
        )
        .header("Cache-Control", "no-store")
        .send(brief.inhoud);
    },
  );

  app.get(
    "/portaal/zaken/:id/plan",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Het resultatenplan lezen dat de consulent heeft gedeeld",
        params: idParams,
        response: { 200: mijnPlanAntwoord },
      },
    },
    async (request) => metInwoner(request, (h) => mijnPlan(h, request.params.id)),
  );

  app.post(
    "/portaal/zaken/:id/plan/ondertekening",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Het resultatenplan digitaal ondertekenen (het ondertekende plan is de aanvraag)",
        params: idParams,
        body: handtekeningVerzoek,
        response: { 201: mijnPlanAntwoord },
      },
    },
    async (request, reply) => {
      const plan = await metInwoner(request, (h) => ondertekenMijnPlan(h, request.params.id, request.body));
      return reply.code(201).send(plan);
    },
  );

  app.post(
    "/portaal/zaken/:id/bezwaar",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Bezwaar maken tegen het besluit van de zaak",
        params: idParams,
        body: mijnBezwaarVerzoek,
        response: { 201: mijnBezwaarOntvangen },
      },
    },
    async (request, reply) => {
      const ontvangen = await metInwoner(request, (h) => dienBezwaarIn(h, request.params.id, request.body));
      return reply.code(201).send(ontvangen);
    },
  );

  app.get(
    "/portaal/zaken/:id/berichten",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Het gesprek met de gemeente over de zaak, nieuwste eerst",
        params: idParams,
        querystring: paginaQuery,
        response: { 200: gesprek },
      },
    },
    async (request) => metInwoner(request, (h) => mijnGesprek(h, request.params.id, request.query)),
  );

  app.post(
    "/portaal/zaken/:id/berichten",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Een bericht sturen aan de medewerkers van de zaak",
        params: idParams,
        body: nieuwInwonerbericht,
        response: { 201: inwonerberichtVerstuurd },
      },
    },
    async (request, reply) => {
      const verstuurd = await metInwoner(request, (h) =>
        stuurMijnBericht(h, request.params.id, request.body.tekst),
      );
      return reply.code(201).send(verstuurd);
    },
  );

  app.get(
    "/portaal/inzageverzoeken",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Mijn verzoeken om inzage",
        response: { 200: mijnInzageverzoekenAntwoord },
      },
    },
    async (request) => metInwoner(request, mijnInzageverzoeken),
  );

  app.post(
    "/portaal/inzageverzoeken",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Inzage vragen in mijn gegevens (AVG art. 15); de teamleider antwoordt binnen een maand",
        body: inzageAanvraag,
        response: { 201: inzageverzoekVoorInwoner },
      },
    },
    async (request, reply) => {
      const verzoek = await metInwoner(request, (h) => vraagInzage(h, request.body));
      return reply.code(201).send(verzoek);
    },
  );

  app.get(
    "/portaal/inzageverzoeken/:id/pdf",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "De gegeven inzage als pdf",
        params: z.object({ id: z.uuid("Onbekend verzoek") }),
      },
    },
    async (request, reply) => {
      const inhoud = await metInwoner(request, (h) => mijnInzage(h, request.params.id));
      return reply
        .type("application/pdf")
        .header("Content-Disposition", 'attachment; filename="inzage-mijn-gegevens.pdf"')
        .header("Cache-Control", "no-store")
        .send(await inzagePdf(inhoud));
    },
  );

  app.post(
    "/portaal/zaken/:id/documentverzoeken/:verzoekId/document",
    {
      // A file of up to 5 MB as base64 in JSON.
      bodyLimit: 8 * 1024 * 1024,
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "Een gevraagd document sturen (pdf, png of jpeg, maximaal 5 MB)",
        params: idParams.extend({ verzoekId: z.uuid("Onbekend verzoek") }),
        body: aangeleverdDocument,
        response: { 201: z.object({ id: z.uuid(), aangeleverdOp: tekst().nullable() }) },
      },
    },
    async (request, reply) => {
      const p = request.params;
      const gestuurd = await metInwoner(request, (h) => leverDocument(h, p.id, p.verzoekId, request.body));
      return reply.code(201).send(gestuurd);
    },
  );

  const afspraakParams = idParams.extend({ afspraakId: z.uuid("Onbekende afspraak") });

  app.get(
    "/portaal/zaken/:id/afspraken/:afspraakId/vrije-tijden",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary:
          "Vrije tijden om de afspraak naartoe te verzetten (dezelfde medewerker en plek, drie weken vooruit)",
        params: afspraakParams,
        response: { 200: vrijeTijden },
      },
    },
    async (request) =>
      metInwoner(request, (h) =>
        vrijeTijdenVoorMijnAfspraak(h, request.params.id, request.params.afspraakId),
      ),
  );

  app.post(
    "/portaal/zaken/:id/afspraken/:afspraakId/verzetten",
    {
      config: limiet,
      schema: {
        tags: TAGS,
        summary: "De afspraak verzetten naar een vrije tijd (met een nieuwe bevestiging)",
        params: afspraakParams,
        body: afspraakVerzetten,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const p = request.params;
      const verzet = await metInwoner(request, (h) =>
        verzetMijnAfspraak(h, p.id, p.afspraakId, request.body, config.mail.van),
      );
      return reply.code(201).send(verzet);
    },
  );
};
