import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { gelijkgesteldeDag, nieuweGelijkgesteldeDag } from "../../contract/kalender";
import {
  lijstGelijkgesteldeDagen,
  verwijderGelijkgesteldeDag,
  voegGelijkgesteldeDagToe,
} from "../../kalender/gelijkgestelde-dagen";
import { laadKalender } from "../../kalender/kalender";
import { metGemeente, vereisVersie, zetVersie } from "../context";

/** The days equated with a feestdag by Koninklijk Besluit (Algemene termijnenwet art. 3 lid 3). */
export const kalenderRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/kalender/gelijkgestelde-dagen",
    {
      schema: {
        tags: ["beheer"],
        summary: "Dagen die bij Koninklijk Besluit met een feestdag zijn gelijkgesteld (Atw art. 3 lid 3)",
        response: { 200: z.array(gelijkgesteldeDag) },
      },
    },
    async (request) => metGemeente(request, (h) => lijstGelijkgesteldeDagen(h)),
  );

  app.post(
    "/kalender/gelijkgestelde-dagen",
    {
      schema: {
        tags: ["beheer"],
        summary: "Gelijkgestelde dag toevoegen (beheerder)",
        body: nieuweGelijkgesteldeDag,
        response: { 201: gelijkgesteldeDag },
      },
    },
    async (request, reply) => {
      const dag = await metGemeente(request, (h) => voegGelijkgesteldeDagToe(h, request.body));
      // After the commit: deadlines computed from now on in this process use the new list.
      await laadKalender(request.server.voordeur.db);
      zetVersie(reply, dag.versie);
      reply.code(201);
      return dag;
    },
  );

  app.delete(
    "/kalender/gelijkgestelde-dagen/:id",
    {
      schema: {
        tags: ["beheer"],
        summary: "Gelijkgestelde dag verwijderen (beheerder; stuur If-Match met de versie)",
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      await metGemeente(request, (h) => verwijderGelijkgesteldeDag(h, request.params.id, versie));
      await laadKalender(request.server.voordeur.db);
      return reply.code(204).send(null);
    },
  );
};
