import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { leesRouteringsmodel, zetRouteringsmodel } from "../../aanmelden/routeringsmodel";
import { metGemeente } from "../context";

const routeringsmodel = z.object({ voorliggendVeldEerst: z.boolean("Kies ja of nee") });

/** The gemeente's routing model in beheer (the Assen model: voorliggend veld first). */
export const routeringsmodelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/beheer/routeringsmodel",
    {
      schema: {
        tags: ["beheer"],
        summary: "Routeert de gemeente nieuwe aanmeldingen eerst naar het buurtteam (voorliggend veld)?",
        response: { 200: routeringsmodel },
      },
    },
    async (request) => metGemeente(request, leesRouteringsmodel),
  );

  app.put(
    "/beheer/routeringsmodel",
    {
      schema: {
        tags: ["beheer"],
        summary: "Het routeringsmodel van de gemeente instellen (functioneel beheerder)",
        body: routeringsmodel.strict(),
        response: { 200: routeringsmodel },
      },
    },
    async (request) => metGemeente(request, (h) => zetRouteringsmodel(h, request.body)),
  );
};
