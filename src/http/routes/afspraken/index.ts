import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { agendaRoutes } from "./agenda";
import { verwijsindexRoutes } from "./verwijsindex";
import { zaakAfsprakenRoutes } from "./zaak-afspraken";

/** Routes of the afspraken area: agendas and locations, appointments of a zaak, the Verwijsindex. */
export const afsprakenRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(agendaRoutes);
  await app.register(zaakAfsprakenRoutes);
  await app.register(verwijsindexRoutes);
};
