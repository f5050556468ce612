import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pagina, paginaQuery } from "../../../contract/paginering";
import {
  nieuweGoedkeuring,
  ondertekeningVerzoek,
  planInhoud,
  planVersieDetail,
  planVersieRegel,
  resultatenplanDetail,
} from "../../../contract/resultatenplan";
import type { PlanInhoud } from "../../../domain/resultatenplan/inhoud";
import { bewaarPlan } from "../../../resultatenplan/bewaar-plan";
import { haalPlanVanZaak, haalPlanVersie, haalPlanVersies } from "../../../resultatenplan/haal-plan";
import { keurGoed } from "../../../resultatenplan/keur-goed";
import { ondertekenPlan } from "../../../resultatenplan/onderteken-plan";
import type { PlanMetContext } from "../../../resultatenplan/plan";
import { startPlan } from "../../../resultatenplan/start-plan";
import { planAlsApi } from "../../../resultatenplan/weergave";
import { zetPlanStap } from "../../../resultatenplan/zet-plan-stap";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const planParams = z.object({ id: z.uuid("Onbekend resultatenplan") });

/** The plan as answer, with its versie as ETag. */
function antwoord(reply: FastifyReply, { plan, ctx }: PlanMetContext) {
  zetVersie(reply, plan.versie);
  return planAlsApi(plan, ctx);
}

/** Resultatenplan ("plan wat", issue 6 items 2–6): versioned, concept → definitief → ter ondertekening → ondertekend. */
export const plannenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/resultatenplan",
    {
      schema: {
        tags: ["resultatenplan"],
        summary: "Het resultatenplan van een zaak (404 als er nog geen is)",
        params: zaakParams,
        response: { 200: resultatenplanDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => antwoord(reply, await haalPlanVanZaak(h, request.params.id))),
  );

  app.post(
    "/zaken/:id/resultatenplan",
    {
      schema: {
        tags: ["resultatenplan"],
        summary: "Een resultatenplan voor de zaak beginnen (met de geldende Resultatenmatrix)",
        params: zaakParams,
        body: z.object({ inhoud: planInhoud.optional() }).strict(),
        response: { 201: resultatenplanDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const gestart = await startPlan(h, request.params.id, request.body.inhoud as PlanInhoud | undefined);
        reply.code(201);
        return antwoord(reply, gestart);
      }),
  );

  app.put(
    "/resultatenplannen/:id",
    {
      schema: {
        tags: ["resultatenplan"],
        summary: "Het plan wijzigen: een nieuwe versie (concept); stuur If-Match met de versie",
        params: planParams,
        body: planInhoud,
        response: { 200: resultatenplanDetail },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const inhoud = request.body as PlanInhoud;
      return metGemeente(request, async (h) =>
        antwoord(reply, await bewaarPlan(h, request.params.id, versie, inhoud)),
      );
    },
  );

  for (const [stap, summary] of [
    ["definitief", "Het plan definitief maken (alle regels voor een definitief plan gelden)"],
    ["ter-ondertekening", "Het definitieve plan als brief (pdf) ter ondertekening naar de inwoner"],
  ] as const) {
    app.post(
      `/resultatenplannen/:id/${stap}`,
      {
        schema: {
          tags: ["resultatenplan"],
          summary: `${summary}; stuur If-Match met de versie`,
          params: planParams,
          response: { 200: resultatenplanDetail },
        },
      },
      async (request, reply) => {
        const versie = vereisVersie(request);
        return metGemeente(request, async (h) =>
          antwoord(reply, await zetPlanStap(h, request.params.id, versie, stap)),
        );
      },
    );
  }

  app.post(
    "/resultatenplannen/:id/ondertekening",
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ["resultatenplan"],
        summary:
          "De ondertekening registreren (scan of persoonlijk): het ondertekende plan is de aanvraag en gaat naar A&O",
        params: planParams,
        body: ondertekeningVerzoek,
        response: { 200: resultatenplanDetail },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) =>
        antwoord(reply, await ondertekenPlan(h, request.params.id, versie, request.body)),
      );
    },
  );

  app.post(
    "/resultatenplannen/:id/goedkeuringen",
    {
      schema: {
        tags: ["resultatenplan"],
        summary: "Handtekening van de teamleider: afwijking (Omgekeerde Toets) of individuele overeenkomst",
        params: planParams,
        body: nieuweGoedkeuring,
        response: { 201: resultatenplanDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const getekend = await keurGoed(h, request.params.id, request.body);
        reply.code(201);
        return antwoord(reply, getekend);
      }),
  );

  app.get(
    "/resultatenplannen/:id/versies",
    {
      schema: {
        tags: ["resultatenplan"],
        summary: "Alle versies van het plan, nieuwste eerst",
        params: planParams,
        querystring: paginaQuery,
        response: { 200: pagina(planVersieRegel) },
      },
    },
    async (request) =>
      metGemeente(request, (h) =>
        haalPlanVersies(h, request.params.id, request.query.pagina, request.query.perPagina),
      ),
  );

  app.get(
    "/resultatenplannen/:id/versies/:versie",
    {
      schema: {
        tags: ["resultatenplan"],
        summary: "Eén eerdere versie van het plan, zoals die toen was",
        params: planParams.extend({ versie: z.coerce.number().int().min(1) }),
        response: { 200: planVersieDetail },
      },
    },
    async (request) =>
      metGemeente(request, (h) => haalPlanVersie(h, request.params.id, request.params.versie)),
  );
};
