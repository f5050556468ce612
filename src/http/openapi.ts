import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/** OpenAPI 3.1 generated from the zod route schemas, served at /api/openapi.json and /api/docs. */
export async function registreerOpenApi(app: FastifyInstance) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Voordeur API",
        description:
          "API van Voordeur, het open zaaksysteem voor de Toegang in het sociaal domein. " +
          "Fouten volgen RFC 9457 (application/problem+json) met Nederlandse meldingen.",
        version: app.voordeur.versie,
      },
      components: {
        securitySchemes: { sessie: { type: "apiKey", in: "cookie", name: "voordeur_sessie" } },
      },
      security: [{ sessie: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    uiConfig: { docExpansion: "list", deepLinking: false },
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
