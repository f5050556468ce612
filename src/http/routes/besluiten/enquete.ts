import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { beantwoord, rapportage, vragenlijst } from "../../../besluiten/enquete";
import {
  clientervaringRapport,
  enqueteAntwoordVerzoek,
  enqueteVragenlijst,
} from "../../../contract/besluiten";
import { tekst } from "../../../domain/tekst";
import { ZAAKTYPEN } from "../../../domain/zaak/zaaktypen";
import { vereis } from "../../../handeling/context";
import { ongeldig } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { metGemeente } from "../../context";

const codeParams = z.object({ code: tekst("Code").trim().min(1).max(40, "Onbekende code") });
const maand = tekst("Maand").regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Gebruik een maand als 2026-01");

/**
 * The public survey answers without a login, so it is rate-limited per client address (@fastify/rate-limit,
 * registered in http/app.ts): enough for a resident, far too little to guess invitation codes or flood the
 * answers.
 */
export const ENQUETE_LIMIET = {
  lezen: { max: 30, timeWindow: 60_000 },
  beantwoorden: { max: 10, timeWindow: 60_000 },
};

/**
 * The cliëntervaringsonderzoek: the questionnaire behind an invitation code (public, no login — the resident
 * only has the code) and the anonymous rapportage for the teamleider and beheerder.
 */
export const enqueteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/enquete/:code",
    {
      config: { rateLimit: ENQUETE_LIMIET.lezen },
      schema: {
        tags: ["clientervaring"],
        summary: "De vragenlijst bij een uitnodigingscode (openbaar, zonder inloggen)",
        params: codeParams,
        response: { 200: enqueteVragenlijst },
      },
    },
    async (request) => vragenlijst(request.server.voordeur.database, request.params.code),
  );

  app.post(
    "/enquete/:code",
    {
      config: { rateLimit: ENQUETE_LIMIET.beantwoorden },
      schema: {
        tags: ["clientervaring"],
        summary: "Antwoorden versturen (anoniem opgeslagen; een code kan één keer worden gebruikt)",
        params: codeParams,
        body: enqueteAntwoordVerzoek,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await beantwoord(request.server.voordeur.database, request.params.code, request.body.antwoorden);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/rapportage/clientervaring",
    {
      schema: {
        tags: ["clientervaring"],
        summary: "Uitkomsten van het cliëntervaringsonderzoek per periode (teamleider en beheerder)",
        querystring: z
          .object({
            van: maand.optional(),
            tot: maand.optional(),
            zaaktype: z.enum(ZAAKTYPEN, "Onbekend zaaktype").optional(),
          })
          .strict(),
        response: { 200: clientervaringRapport },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "rapportage", gemeenteCode: wie.gemeente.code });
        const tot = request.query.tot ?? vandaag().slice(0, 7);
        const van = request.query.van ?? `${Number(tot.slice(0, 4)) - 1}-${tot.slice(5)}`;
        if (van > tot)
          throw ongeldig("Het begin ligt na het einde.", [{ veld: "van", melding: "Na het einde" }]);
        return rapportage(tx, van, tot, request.query.zaaktype);
      }),
  );
};
