import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { aanbiederRoutes } from "./aanbieders";
import { clientenstopRoutes } from "./clientenstops";
import { gemeentenRoutes } from "./gemeenten";
import { overeenkomstRoutes } from "./overeenkomsten";
import { signaalRoutes } from "./signalen";
import { verwijzingswijzerRoutes } from "./verwijzingswijzer";

/** Routes of the aanbieders area; register each route module of the area here. */
export const aanbiedersRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(aanbiederRoutes);
  await app.register(verwijzingswijzerRoutes);
  await app.register(clientenstopRoutes);
  await app.register(signaalRoutes);
  await app.register(overeenkomstRoutes);
  await app.register(gemeentenRoutes);
};
