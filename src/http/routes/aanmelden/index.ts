import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Routes of the aanmelden area; register each route module of the area here. */
export const aanmeldenRoutes: FastifyPluginAsyncZod = async (_app) => {};
