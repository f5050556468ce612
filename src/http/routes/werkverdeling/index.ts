import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { casuistiekRoutes } from "./casuistiek";
import { regiegroepRoutes } from "./regiegroep";
import { werkverdelingZaakRoutes } from "./zaak";

/** Routes of the werkverdeling area; register each route module of the area here. */
export const werkverdelingRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(werkverdelingZaakRoutes);
  await app.register(regiegroepRoutes);
  await app.register(casuistiekRoutes);
};
