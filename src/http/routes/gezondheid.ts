import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { istandaardenMelding, istandaardenStaat } from "../../berichten/xsd";
import { tekst } from "../../domain/tekst";

const melding = z.object({ onderdeel: tekst(), melding: tekst() });

const gezondheid = z.object({
  /** `ok` only when everything works; `beperkt` when a part is missing (see meldingen); `storing` without database. */
  status: z.enum(["ok", "beperkt", "storing"]),
  database: z.enum(["pglite", "postgres"]),
  versie: tekst(),
  meldingen: z.array(melding).optional(),
});

/** The parts besides the database that can be missing or broken, each with a Dutch notice. */
function meldingen(): z.infer<typeof melding>[] {
  const istandaarden = istandaardenMelding(istandaardenStaat());
  return istandaarden ? [{ onderdeel: "istandaarden", melding: istandaarden }] : [];
}

export const gezondheidRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/gezondheid",
    {
      schema: {
        tags: ["platform"],
        summary: "Is Voordeur gezond? 200 ok of beperkt (met meldingen), 503 zonder database",
        security: [],
        response: { 200: gezondheid, 503: gezondheid },
      },
    },
    async (_request, reply) => {
      const { database, versie } = app.voordeur;
      const lijst = meldingen();
      try {
        await database.db.execute(sql`select 1`);
      } catch {
        return reply.code(503).send({
          status: "storing" as const,
          database: database.soort,
          versie,
          meldingen: [{ onderdeel: "database", melding: "De database is niet bereikbaar." }, ...lijst],
        });
      }
      // Still 200 when beperkt: the process works and a load balancer keeps it.
      if (lijst.length === 0) return { status: "ok" as const, database: database.soort, versie };
      return { status: "beperkt" as const, database: database.soort, versie, meldingen: lijst };
    },
  );
};
