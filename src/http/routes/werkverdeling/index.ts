import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Routes of the werkverdeling area; register each route module of the area here. */
export const werkverdelingRoutes: FastifyPluginAsyncZod = async (_app) => {};
