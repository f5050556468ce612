import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { stelBerichtenIn } from "../../../berichten/omgeving";
import { berichtRoutes } from "./berichten";
import { inkomendRoutes } from "./inkomend";
import { verzoekRoutes } from "./verzoeken";

/** Routes of the berichten area; register each route module of the area here. */
export const berichtenRoutes: FastifyPluginAsyncZod = async (app) => {
  stelBerichtenIn({
    istandaardenDir: app.voordeur.config.istandaardenDir,
    bsnSleutels: app.voordeur.bsnSleutels,
  });
  await app.register(inkomendRoutes);
  await app.register(berichtRoutes);
  await app.register(verzoekRoutes);
};
