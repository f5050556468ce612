import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "../config";
import type { Database, Db } from "../db/client";
import { loggerOptions } from "../lib/logger";
import { type BsnSleutels, laadBsnSleutels } from "../privacy/bsn-sleutels";
import { registerErrorHandling, registerNotFound } from "./error-handler";
import { registerOpenApi } from "./openapi";
import { registerRoutes } from "./routes";

export interface Voordeur {
  config: Config;
  db: Db;
  database: Database;
  versie: string;
  /** Keys for BSN encryption at rest and the blind index (src/privacy). */
  bsnSleutels: BsnSleutels;
}

declare module "fastify" {
  interface FastifyInstance {
    voordeur: Voordeur;
  }
}

export type App = FastifyInstance;

/** Content-Security-Policy: only our own origin; no inline script, no eval. */
const csp = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
    upgradeInsecureRequests: null,
  },
};

export async function buildApp(
  config: Config,
  database: Database,
  versie = "0.1.0",
  bsnSleutels: BsnSleutels = laadBsnSleutels({
    env: process.env,
    dataDir: config.databaseUrl ? null : config.dataDir,
  }),
): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: 1_048_576,
    trustProxy: true,
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate("voordeur", { config, db: database.db, database, versie, bsnSleutels });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // The API speaks JSON only (and XML where an iStandaard needs it, registered per route): plain text is 415.
  app.removeContentTypeParser("text/plain");

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: csp,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(fastifyCookie);
  await registerOpenApi(app);
  await app.register(registerRoutes, { prefix: "/api" });

  const spa = existsSync(config.webDir);
  if (spa) await app.register(fastifyStatic, { root: config.webDir, wildcard: false, index: false });
  registerNotFound(app, spa);
  return app;
}
