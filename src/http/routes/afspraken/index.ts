import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Routes of the afspraken area; register each route module of the area here. */
export const afsprakenRoutes: FastifyPluginAsyncZod = async (_app) => {};
