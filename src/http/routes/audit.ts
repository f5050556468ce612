import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AUDIT_CSV_KOP, beginAuditExport, leesExportBatch, raadpleegAudit } from "../../audit/raadpleeg";
import { pagina, paginaQuery } from "../../contract/paginering";
import { auditFilterQuery, auditRegel } from "../../contract/personen";
import { vandaag } from "../../lib/klok";
import { metGemeente } from "../context";

/** "Wie las of wijzigde wat": the audit trail, filtered, for the teamleider (policy `auditlog`). */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/audit",
    {
      schema: {
        tags: ["privacy"],
        summary:
          "Wie las of wijzigde wat, gefilterd op persoon, medewerker, periode en actie (nieuwste eerst)",
        querystring: paginaQuery.extend(auditFilterQuery.shape).strict(),
        response: { 200: pagina(auditRegel) },
      },
    },
    async (request) => {
      const { pagina: p, perPagina, ...filter } = request.query;
      const { items, totaal } = await metGemeente(request, (h) => raadpleegAudit(h, filter, p, perPagina));
      return {
        items: items.map(({ rollen: _r, requestId: _v, ...r }) => r),
        pagina: p,
        perPagina,
        totaal,
      };
    },
  );

  app.get(
    "/audit.csv",
    {
      schema: {
        tags: ["privacy"],
        summary: "Het gefilterde audit-log als CSV (puntkomma gescheiden, UTF-8), in delen gelezen",
        querystring: auditFilterQuery.strict(),
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      // The export is audited and committed before the first byte is sent; each batch is its own transaction.
      const exp = await metGemeente(request, (h) => beginAuditExport(h, request.query));
      async function* regels() {
        yield AUDIT_CSV_KOP;
        let cursor: number | undefined;
        do {
          const batch = await metGemeente(request, (h) => leesExportBatch(h, exp, cursor));
          if (batch.csv) yield batch.csv;
          cursor = batch.volgende;
        } while (cursor !== undefined);
      }
      return reply
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", `attachment; filename="audit-${vandaag()}.csv"`)
        .header("Cache-Control", "no-store")
        .send(Readable.from(regels()));
    },
  );
};
