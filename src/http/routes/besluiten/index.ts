import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Routes of the besluiten area; register each route module of the area here. */
export const besluitenRoutes: FastifyPluginAsyncZod = async (_app) => {};
