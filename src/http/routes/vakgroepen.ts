import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  nieuweVakgroep,
  vakgroep,
  wijk,
  wijzigVakgroep as wijzigVakgroepSchema,
} from "../../contract/gebruikers";
import { lijstVakgroepen } from "../../db/gebruikers";
import { wijken } from "../../db/schema";
import { maakVakgroep } from "../../gebruikers/maak-vakgroep";
import { wijzigVakgroep } from "../../gebruikers/wijzig-vakgroep";
import { metGemeente, vereisVersie, zetVersie } from "../context";
export const vakgroepenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/vakgroepen",
    {
      schema: {
        tags: ["beheer"],
        summary: "Vakgroepen van de eigen gemeente",
        response: { 200: z.array(vakgroep) },
      },
    },
    async (request) => metGemeente(request, async ({ tx }) => lijstVakgroepen(tx)),
  );

  app.post(
    "/vakgroepen",
    {
      schema: {
        tags: ["beheer"],
        summary: "Vakgroep toevoegen",
        body: nieuweVakgroep,
        response: { 201: vakgroep },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const nieuw = await maakVakgroep(h, request.body);
        zetVersie(reply, nieuw.versie);
        reply.code(201);
        return nieuw;
      }),
  );

  app.patch(
    "/vakgroepen/:id",
    {
      schema: {
        tags: ["beheer"],
        summary: "Vakgroep wijzigen (stuur If-Match met de versie)",
        params: z.object({ id: z.uuid() }),
        body: wijzigVakgroepSchema,
        response: { 200: vakgroep },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const bijgewerkt = await wijzigVakgroep(h, request.params.id, versie, request.body);
        zetVersie(reply, bijgewerkt.versie);
        return bijgewerkt;
      });
    },
  );

  app.get(
    "/wijken",
    {
      schema: {
        tags: ["referentie"],
        summary: "Wijken en dorpen van de eigen gemeente",
        response: { 200: z.array(wijk) },
      },
    },
    async (request) =>
      metGemeente(request, ({ tx }) =>
        tx
          .select({ id: wijken.id, code: wijken.code, naam: wijken.naam, soort: wijken.soort })
          .from(wijken)
          .orderBy(wijken.naam),
      ),
  );
};
