import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Routes of the berichten area; register each route module of the area here. */
export const berichtenRoutes: FastifyPluginAsyncZod = async (_app) => {};
