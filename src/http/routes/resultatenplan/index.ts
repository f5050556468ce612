import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Routes of the resultatenplan area; register each route module of the area here. */
export const resultatenplanRoutes: FastifyPluginAsyncZod = async (_app) => {};
