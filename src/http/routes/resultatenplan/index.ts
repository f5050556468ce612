import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { catalogusRoutes } from "./catalogus";
import { plannenRoutes } from "./plannen";

/** Routes of the resultatenplan area; register each route module of the area here. */
export const resultatenplanRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(catalogusRoutes);
  await app.register(plannenRoutes);
};
