import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";

const gezondheid = z.object({
  status: z.enum(["ok", "storing"]),
  database: z.enum(["pglite", "postgres"]),
  versie: z.string(),
});

export const gezondheidRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/gezondheid",
    {
      schema: {
        tags: ["platform"],
        summary: "Is Voordeur gezond?",
        security: [],
        response: { 200: gezondheid, 503: gezondheid },
      },
    },
    async (_request, reply) => {
      const { database, versie } = app.voordeur;
      try {
        await database.db.execute(sql`select 1`);
        return { status: "ok" as const, database: database.soort, versie };
      } catch {
        return reply.code(503).send({ status: "storing" as const, database: database.soort, versie });
      }
    },
  );
};
