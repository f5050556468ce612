import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { besluitRoutes } from "./besluiten";
import { enqueteRoutes } from "./enquete";
import { verloopRoutes } from "./verloop";

/** Routes of the besluiten area; register each route module of the area here. */
export const besluitenRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(besluitRoutes);
  await app.register(verloopRoutes);
  await app.register(enqueteRoutes);
};
