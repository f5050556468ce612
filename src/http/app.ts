import { existsSync } from "node:fs";
import { relative, sep } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import type { Config } from "../config";
import type { Database, Db } from "../db/client";
import { loggerOptions } from "../lib/logger";
import { type BsnSleutels, laadBsnSleutels } from "../privacy/bsn-sleutels";
import { registreerCompressie } from "./compressie";
import { registreerFoutafhandeling, registreerNietGevonden } from "./error-handler";
import { registreerOpenApi } from "./openapi";
import { HttpProblem } from "./problem";
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

/** API paths that are public and hold no personal data: a cache may keep them. */
const OPENBAAR = [/^\/api\/gezondheid(\?|$)/, /^\/api\/openapi\.json(\?|$)/, /^\/api\/docs(\/|\?|$)/];

/**
 * Every other API response may carry personal data: `Cache-Control: no-store`, so no browser or proxy cache
 * keeps it (a shared workstation, a corporate proxy). A route that sets its own Cache-Control keeps it.
 */
function registerGeenCache(app: FastifyInstance) {
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.startsWith("/api") && !OPENBAAR.some((p) => p.test(request.url))) {
      if (!reply.hasHeader("cache-control")) reply.header("Cache-Control", "no-store");
    }
    return payload;
  });
}

/**
 * Files under assets/ carry a content hash in their name, so they never change: a year, immutable. Everything
 * else (index.html, also as the fallback for client routes, the favicon) is revalidated on every use, so a new
 * release is picked up at the next page load.
 */
function cacheBeleid(pad: string): string {
  return pad.startsWith(`assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache";
}

export async function bouwApp(
  config: Config,
  database: Database,
  versie = "0.1.0",
  bsnSleutels: BsnSleutels = laadBsnSleutels({
    env: process.env,
    dataDir: config.databaseUrl ? null : config.dataDir,
  }),
  /** Where log lines go; stdout unless a test reads them. */
  logStroom?: DestinationStream,
): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStroom),
    bodyLimit: 1_048_576,
    // X-Forwarded-For only from the configured proxies; otherwise request.ip is the socket address.
    trustProxy: config.vertrouwdeProxies.length > 0 ? config.vertrouwdeProxies : false,
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate("voordeur", { config, db: database.db, database, versie, bsnSleutels });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registreerFoutafhandeling(app);
  // The API speaks JSON only (and XML where an iStandaard needs it, registered per route): plain text is 415.
  app.removeContentTypeParser("text/plain");

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: csp,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(fastifyCookie);
  // Only for routes that ask for it (config.rateLimit), e.g. the public survey. Per process, in memory.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(
        429,
        `Te veel verzoeken vanaf dit adres. Probeer het over ${Math.max(1, Math.ceil(context.ttl / 1000))} seconden opnieuw.`,
        undefined,
        { "Retry-After": String(Math.max(1, Math.ceil(context.ttl / 1000))) },
      ),
  });
  registerGeenCache(app);
  registreerCompressie(app);
  await registreerOpenApi(app);
  await app.register(registerRoutes, { prefix: "/api" });

  const spa = existsSync(config.webDir);
  if (spa) {
    await app.register(fastifyStatic, {
      root: config.webDir,
      wildcard: false,
      index: false,
      // The build writes x.js.br and x.js.gz beside each asset (scripts/voorcomprimeer.ts); they are chosen by
      // Accept-Encoding (with Vary) and get no routes of their own.
      preCompressed: true,
      globIgnore: ["**/*.br", "**/*.gz"],
      cacheControl: false,
      setHeaders: (reply, pad) => reply.header("Cache-Control", cacheBeleid(relative(config.webDir, pad))),
    });
  }
  registreerNietGevonden(app, spa);
  return app;
}
