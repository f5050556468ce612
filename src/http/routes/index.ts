import type { FastifyPluginAsync } from "fastify";
import { gebruikersRoutes } from "./gebruikers";
import { gezondheidRoutes } from "./gezondheid";
import { oidcRoutes } from "./oidc";
import { sessieRoutes } from "./sessie";
import { vakgroepenRoutes } from "./vakgroepen";

/** All API routes, mounted under /api. */
export const registerRoutes: FastifyPluginAsync = async (app) => {
  await app.register(gezondheidRoutes);
  await app.register(sessieRoutes);
  await app.register(oidcRoutes);
  await app.register(gebruikersRoutes);
  await app.register(vakgroepenRoutes);
};
