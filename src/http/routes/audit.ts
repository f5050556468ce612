import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { paginaQuery } from "../../contract/paginering";
import { auditRegel } from "../../contract/personen";
import { auditVanPersoon } from "../../db/audit";
import { haalPersoon } from "../../db/personen";
import { auditeer, vereis } from "../../handeling/context";
import { nietGevonden } from "../../handeling/weigering";
import { metGemeente } from "../context";

/** "Wie heeft dit dossier bekeken": the audit trail of one person, for the teamleider. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/audit",
    {
      schema: {
        tags: ["privacy"],
        summary: "Wie las of wijzigde wat van deze persoon (nieuwste eerst; alleen de teamleider)",
        querystring: paginaQuery.extend({ persoonId: z.uuid("Geen geldige persoon") }).strict(),
        response: { 200: z.array(auditRegel) },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "auditlog", gemeenteCode: wie.gemeente.code });
        const { persoonId, pagina, perPagina } = request.query;
        if (!(await haalPersoon(tx, persoonId))) throw nietGevonden();
        const { items, totaal } = await auditVanPersoon(tx, wie.gemeente.code, persoonId, pagina, perPagina);
        await auditeer(h, [
          {
            actie: "lezen",
            resource: "auditlog",
            persoonId,
            reden: "toezicht: wie heeft dit dossier bekeken",
          },
        ]);
        reply.header("X-Totaal", String(totaal));
        return items;
      }),
  );
};
