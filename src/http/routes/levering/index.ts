import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { leveringRoutes } from "./levering";
import { voorstelRoutes } from "./voorstellen";

/** Routes of the levering area (start and end of the levering, op- en afschalen with four eyes). */
export const leveringAreaRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(leveringRoutes);
  await app.register(voorstelRoutes);
};
