import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Routes of the aanbieders area; register each route module of the area here. */
export const aanbiedersRoutes: FastifyPluginAsyncZod = async (_app) => {};
