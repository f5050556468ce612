import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../../auth/sessies";
import { pagina, paginaQuery } from "../../../contract/paginering";
import {
  nieuweGoedkeuring,
  ondertekeningVerzoek,
  planInhoud,
  planVersieDetail,
  planVersieRegel,
  resultatenplanDetail,
} from "../../../contract/resultatenplan";
import type { AuditFeit } from "../../../db/audit";
import { geldigeMatrixVersie } from "../../../db/catalogus-matrix";
import type { Tx } from "../../../db/client";
import { slaDocumentOp } from "../../../db/documenten";
import {
  haalPlan,
  maakPlan,
  type PlanRij,
  planVanZaak,
  planVersie,
  planVersies,
  voegGoedkeuringToe,
  werkPlanBij,
} from "../../../db/resultatenplan";
import { haalZaak, type ZaakRij } from "../../../db/zaken";
import { LEGE_INHOUD, type PlanInhoud } from "../../../domain/resultatenplan/inhoud";
import {
  beschrijfOvertredingen,
  controleerDefinitief,
  controleerPlan,
  type Overtreding,
} from "../../../domain/resultatenplan/regels";
import {
  type PlanStap,
  type PlanStatus,
  STATUS_NA_WIJZIGING,
  zetStap,
} from "../../../domain/resultatenplan/status";
import { auditeer, type Handeling, vereis } from "../../../handeling/context";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { registreerOndertekendPlan } from "../../../resultatenplan/aanvraag";
import { maakPlanBrief } from "../../../resultatenplan/brief";
import { type GeladenContext, laadPlanContext } from "../../../resultatenplan/context";
import { scanBezwaar } from "../../../resultatenplan/scan";
import { goedkeuringenVan, planAlsApi } from "../../../resultatenplan/weergave";
import { voerActieUit, zaakResource } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const planParams = z.object({ id: z.uuid("Onbekend resultatenplan") });

const VEROUDERD = "Iemand anders heeft dit plan intussen gewijzigd. Laad het plan opnieuw.";

/** 422 naming every broken rule; the errors point at the fields. */
function weigerOvertredingen(fouten: readonly Overtreding[]): never {
  throw regelOvertreden(
    beschrijfOvertredingen(fouten),
    fouten.map((f) => ({ veld: `inhoud.${f.veld}`, melding: `${f.melding} [${f.regel}]` })),
  );
}

const persoonFeiten = (
  ctx: { zaakPersonen: { persoonId: string }[] },
  actie: AuditFeit["actie"],
  reden: string,
): AuditFeit[] =>
  [...new Set(ctx.zaakPersonen.map((p) => p.persoonId))].map((persoonId) => ({
    actie,
    resource: "resultatenplan",
    persoonId,
    reden,
  }));

/** Audit the read/change for every person on the zaak, set the plan's ETag and answer with the plan. */
async function antwoordMetPlan(
  h: Handeling,
  reply: FastifyReply,
  plan: PlanRij,
  ctx: GeladenContext,
  actie: AuditFeit["actie"],
  reden: string,
) {
  await auditeer(h, persoonFeiten(ctx, actie, reden));
  zetVersie(reply, plan.versie);
  return planAlsApi(h.tx, plan, ctx);
}

/** The plan with its zaak, after the policy allowed `actie` on the zaak. */
async function planEnZaak(tx: Tx, wie: Ingelogd, planId: string, actie: "lezen" | "wijzigen") {
  const plan = await haalPlan(tx, planId);
  if (!plan) throw nietGevonden();
  const zaak = await haalZaak(tx, plan.zaakId);
  if (!zaak) throw nietGevonden();
  vereis(wie, actie, zaakResource(wie, zaak));
  return { plan, zaak };
}

function controleerVersie(plan: PlanRij, versie: number) {
  if (plan.versie !== versie) throw conflict(VEROUDERD);
}

/** A change to a plan: requires If-Match, loads plan and zaak (policy 'wijzigen') and refuses a stale version. */
function wijzigPlan<T>(
  request: FastifyRequest,
  planId: string,
  werk: (h: Handeling, plan: PlanRij, zaak: ZaakRij) => Promise<T>,
): Promise<T> {
  const versie = vereisVersie(request);
  return metGemeente(request, async (h) => {
    const { plan, zaak } = await planEnZaak(h.tx, h.wie, planId, "wijzigen");
    controleerVersie(plan, versie);
    return werk(h, plan, zaak);
  });
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
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await haalZaak(tx, request.params.id);
        if (!zaak) throw nietGevonden();
        vereis(wie, "lezen", zaakResource(wie, zaak));
        const plan = await planVanZaak(tx, zaak.id);
        if (!plan) throw nietGevonden("Deze zaak heeft nog geen resultatenplan.");
        const ctx = await laadPlanContext(tx, zaak.id, plan.matrixVersieId, plan.inhoud as PlanInhoud);
        return antwoordMetPlan(
          h,
          reply,
          plan,
          ctx,
          "lezen",
          `resultatenplan van zaak ${zaak.zaaknummer} geopend`,
        );
      }),
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
        const { tx, wie } = h;
        const zaak = await haalZaak(tx, request.params.id);
        if (!zaak) throw nietGevonden();
        vereis(wie, "wijzigen", zaakResource(wie, zaak));
        if (zaak.afgeslotenOp) throw regelOvertreden("Een afgesloten zaak krijgt geen nieuw resultatenplan.");
        if (await planVanZaak(tx, zaak.id))
          throw conflict("Deze zaak heeft al een resultatenplan; wijzig dat plan.");
        const matrix = await geldigeMatrixVersie(tx, vandaag());
        if (!matrix) throw regelOvertreden("Er is nog geen Resultatenmatrix gepubliceerd.");
        const inhoud = (request.body.inhoud ?? LEGE_INHOUD) as PlanInhoud;
        const ctx = await laadPlanContext(tx, zaak.id, matrix.id, inhoud);
        const fouten = controleerPlan(inhoud, ctx);
        if (fouten.length > 0) weigerOvertredingen(fouten);
        const plan = await maakPlan(tx, {
          gemeenteCode: wie.gemeente.code,
          zaakId: zaak.id,
          matrixVersieId: matrix.id,
          inhoud,
          aangemaaktDoor: wie.gebruikerId,
        });
        await naarPlanStatus(h, zaak);
        reply.code(201);
        return antwoordMetPlan(
          h,
          reply,
          plan,
          ctx,
          "aanmaken",
          `resultatenplan voor zaak ${zaak.zaaknummer}`,
        );
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
    async (request, reply) =>
      wijzigPlan(request, request.params.id, async (h, plan, zaak) => {
        const { tx, wie } = h;
        const inhoud = request.body as PlanInhoud;
        const ctx = await laadPlanContext(tx, zaak.id, plan.matrixVersieId, inhoud);
        const fouten = controleerPlan(inhoud, ctx);
        if (fouten.length > 0) weigerOvertredingen(fouten);
        const bijgewerkt = await werkPlanBij(
          tx,
          plan,
          {
            status: STATUS_NA_WIJZIGING,
            inhoud,
            ...(plan.status === "concept" ? {} : { briefDocumentId: null }),
          },
          {
            gebeurtenis: plan.status === "concept" ? "opgeslagen" : `gewijzigd na '${plan.status}'`,
            gewijzigdDoor: wie.gebruikerId,
          },
        );
        if (!bijgewerkt) throw conflict(VEROUDERD);
        return antwoordMetPlan(
          h,
          reply,
          bijgewerkt,
          ctx,
          "wijzigen",
          `resultatenplan van zaak ${zaak.zaaknummer} gewijzigd`,
        );
      }),
  );

  for (const [pad, stap, summary] of [
    ["definitief", "definitief", "Het plan definitief maken (alle regels voor een definitief plan gelden)"],
    [
      "ter-ondertekening",
      "ter-ondertekening",
      "Het definitieve plan als brief (pdf) ter ondertekening naar de inwoner",
    ],
  ] as const) {
    app.post(
      `/resultatenplannen/:id/${pad}`,
      {
        schema: {
          tags: ["resultatenplan"],
          summary: `${summary}; stuur If-Match met de versie`,
          params: planParams,
          response: { 200: resultatenplanDetail },
        },
      },
      async (request, reply) =>
        wijzigPlan(request, request.params.id, async (h, plan, zaak) => {
          const { tx, wie } = h;
          const { bijgewerkt, ctx } = await zetPlanStap(tx, wie, zaak, plan, stap);
          return antwoordMetPlan(
            h,
            reply,
            bijgewerkt,
            ctx,
            "wijzigen",
            `resultatenplan van zaak ${zaak.zaaknummer}: ${stap}`,
          );
        }),
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
    async (request, reply) =>
      wijzigPlan(request, request.params.id, async (h, plan, zaak) => {
        const { tx, wie } = h;
        const v = request.body;
        if (v.datum > vandaag())
          throw ongeldig("De datum van ondertekening ligt in de toekomst.", [
            { veld: "datum", melding: "Ligt in de toekomst" },
          ]);
        if (v.wijze === "scan" && !v.scan)
          throw ongeldig("Voeg de scan van het ondertekende plan toe.", [
            { veld: "scan", melding: "Verplicht bij een scan" },
          ]);
        const scan = v.wijze === "scan" && v.scan ? Buffer.from(v.scan.inhoudBase64, "base64") : null;
        if (scan && v.scan) {
          const bezwaar = scanBezwaar(scan, v.scan.contentType);
          if (bezwaar) throw ongeldig(bezwaar, [{ veld: "scan.inhoudBase64", melding: bezwaar }]);
        }
        const stap = zetStap(plan.status as PlanStatus, "ondertekend");
        if (!stap.ok) throw regelOvertreden(`${stap.reden} [ondertekenen-alleen-definitief]`);
        const ctx = await laadPlanContext(tx, zaak.id, plan.matrixVersieId, plan.inhoud as PlanInhoud);
        const hoofd = ctx.zaakPersonen.find((p) => p.rol === "hoofdpersoon") ?? ctx.zaakPersonen[0];
        const document =
          scan && v.scan
            ? await slaDocumentOp(tx, {
                zaakId: zaak.id,
                persoonId: hoofd?.persoonId ?? null,
                soort: "resultatenplan-ondertekend",
                titel: `Ondertekend resultatenplan ${zaak.zaaknummer} (${v.scan.bestandsnaam})`,
                contentType: v.scan.contentType,
                inhoud: scan,
                aangemaaktDoor: wie.gebruikerId,
              })
            : null;
        const bijgewerkt = await werkPlanBij(
          tx,
          plan,
          {
            status: "ondertekend",
            ondertekening: {
              wijze: v.wijze,
              datum: v.datum,
              documentId: document?.id ?? null,
              geregistreerdDoor: wie.gebruikerId,
              versie: plan.versie + 1,
              toelichting: v.toelichting,
            },
          },
          {
            gebeurtenis: v.wijze === "scan" ? "ondertekend (scan)" : "ondertekend (persoonlijk)",
            gewijzigdDoor: wie.gebruikerId,
          },
        );
        if (!bijgewerkt) throw conflict(VEROUDERD);
        await registreerOndertekendPlan(h, zaak, {
          id: plan.id,
          versie: bijgewerkt.versie,
          ondertekendOp: v.datum,
        });
        return antwoordMetPlan(
          h,
          reply,
          bijgewerkt,
          ctx,
          "wijzigen",
          `resultatenplan van zaak ${zaak.zaaknummer} ondertekend`,
        );
      }),
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
        const { tx, wie } = h;
        vereis(wie, "aanmaken", { soort: "goedkeuring", gemeenteCode: wie.gemeente.code });
        const { plan, zaak } = await planEnZaak(tx, wie, request.params.id, "lezen");
        const inhoud = plan.inhoud as PlanInhoud;
        if (request.body.soort === "afwijking") {
          if (!inhoud.omgekeerdeToets?.afwijking)
            throw regelOvertreden(
              "Dit plan wijkt niet af van een regel; er is niets te ondertekenen. [afwijking-goedkeuring]",
            );
          if (!inhoud.omgekeerdeToets.juridischOverleg)
            throw regelOvertreden(
              "Leg eerst het overleg met de juridisch kwaliteitsmedewerker vast. [afwijking-juridisch-overleg]",
            );
        } else if (!inhoud.individueleOvereenkomst) {
          throw regelOvertreden("Dit plan vraagt geen individuele overeenkomst aan. [io-goedkeuring]");
        }
        await voegGoedkeuringToe(tx, {
          gemeenteCode: wie.gemeente.code,
          planId: plan.id,
          soort: request.body.soort,
          planVersie: plan.versie,
          motivering: request.body.motivering,
          gegevenDoor: wie.gebruikerId,
        });
        const ctx = await laadPlanContext(tx, zaak.id, plan.matrixVersieId, inhoud);
        reply.code(201);
        return antwoordMetPlan(
          h,
          reply,
          plan,
          ctx,
          "wijzigen",
          `goedkeuring ${request.body.soort} op plan ${zaak.zaaknummer}`,
        );
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
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { plan } = await planEnZaak(tx, wie, request.params.id, "lezen");
        const { pagina: p, perPagina } = request.query;
        const { items, totaal } = await planVersies(tx, plan.id, p, perPagina);
        return {
          items: items.map((i) => ({ ...i, gewijzigdOp: i.gewijzigdOp.toISOString() })),
          totaal,
          pagina: p,
          perPagina,
        };
      }),
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
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { plan, zaak } = await planEnZaak(tx, wie, request.params.id, "lezen");
        const rij = await planVersie(tx, plan.id, request.params.versie);
        if (!rij) throw nietGevonden();
        const ctx = await laadPlanContext(tx, zaak.id, rij.matrixVersieId, rij.inhoud as PlanInhoud);
        await auditeer(
          h,
          persoonFeiten(ctx, "lezen", `versie ${rij.versie} van resultatenplan ${zaak.zaaknummer}`),
        );
        return {
          versie: rij.versie,
          status: rij.status,
          gebeurtenis: rij.gebeurtenis,
          gewijzigdDoor: null,
          gewijzigdOp: rij.gewijzigdOp.toISOString(),
          inhoud: rij.inhoud as z.infer<typeof planInhoud>,
          matrixVersieId: rij.matrixVersieId,
        };
      }),
  );
};

/** definitief / ter-ondertekening: the state machine, the rules, and for sending the letter. */
async function zetPlanStap(
  tx: Tx,
  wie: Ingelogd,
  zaak: ZaakRij,
  plan: PlanRij,
  stap: Exclude<PlanStap, "ondertekend">,
) {
  const uitkomst = zetStap(plan.status as PlanStatus, stap);
  if (!uitkomst.ok) throw regelOvertreden(uitkomst.reden);
  const inhoud = plan.inhoud as PlanInhoud;
  const ctx = await laadPlanContext(tx, zaak.id, plan.matrixVersieId, inhoud);
  if (stap === "definitief") {
    const { vlaggen } = await goedkeuringenVan(tx, plan.id);
    const fouten = controleerDefinitief(inhoud, ctx, vlaggen);
    if (fouten.length > 0) weigerOvertredingen(fouten);
  }
  const briefDocumentId =
    stap === "ter-ondertekening" ? await maakPlanBrief(tx, wie, zaak, plan, ctx) : undefined;
  const bijgewerkt = await werkPlanBij(
    tx,
    plan,
    { status: uitkomst.naar, ...(briefDocumentId ? { briefDocumentId } : {}) },
    { gebeurtenis: stap, gewijzigdDoor: wie.gebruikerId },
  );
  if (!bijgewerkt) throw conflict(VEROUDERD);
  return { bijgewerkt, ctx };
}

/** A zaak in onderzoek moves to 'plan' when its resultatenplan is started. */
async function naarPlanStatus(h: Handeling, zaak: ZaakRij) {
  if (zaak.status !== "onderzoek") return;
  await voerActieUit(h, zaak, "start-plan", {});
}
