import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { aanmeldenRoutesVanContact } from "./aanmelden";
import { intakeRoutes } from "./intake";
import { notificatiesRoutes } from "./notificaties";
import { turvenRoutes } from "./turven";

/** Routes of the aanmelden area; register each route module of the area here. */
export const aanmeldenRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(aanmeldenRoutesVanContact);
  await app.register(turvenRoutes);
  await app.register(notificatiesRoutes);
  await app.register(intakeRoutes);
};
