import type { FastifyPluginAsync } from "fastify";
import { auditRoutes } from "./audit";
import { gebruikersRoutes } from "./gebruikers";
import { gezondheidRoutes } from "./gezondheid";
import { huishoudenRoutes } from "./huishouden";
import { inzageRoutes } from "./inzage";
import { journaalRoutes } from "./journaal";
import { mijnTermijnenRoutes } from "./mijn-termijnen";
import { oidcRoutes } from "./oidc";
import { personenRoutes } from "./personen";
import { sessieRoutes } from "./sessie";
import { vakgroepenRoutes } from "./vakgroepen";
import { werkvoorradenRoutes } from "./werkvoorraden";
import { wijkPostcodesRoutes } from "./wijk-postcodes";
import { zaakActiesRoutes } from "./zaak-acties";
import { zaaktypenRoutes } from "./zaaktypen";
import { zakenRoutes } from "./zaken";

/** All API routes, mounted under /api. */
export const registerRoutes: FastifyPluginAsync = async (app) => {
  await app.register(gezondheidRoutes);
  await app.register(sessieRoutes);
  await app.register(oidcRoutes);
  await app.register(gebruikersRoutes);
  await app.register(vakgroepenRoutes);
  await app.register(personenRoutes);
  await app.register(huishoudenRoutes);
  await app.register(auditRoutes);
  await app.register(inzageRoutes);
  await app.register(zakenRoutes);
  await app.register(zaakActiesRoutes);
  await app.register(journaalRoutes);
  await app.register(werkvoorradenRoutes);
  await app.register(mijnTermijnenRoutes);
  await app.register(wijkPostcodesRoutes);
  await app.register(zaaktypenRoutes);
};
