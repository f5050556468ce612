import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { notificatie } from "../../../contract/aanmelden";
import { pagina, paginaQuery } from "../../../contract/paginering";
import { markeerGelezen, notificatiesVan } from "../../../db/aanmelden";
import type { notificaties } from "../../../db/schema";
import { nietGevonden } from "../../../handeling/weigering";
import { metGemeente } from "../../context";

const alsApi = (n: typeof notificaties.$inferSelect) => ({
  id: n.id,
  soort: n.soort,
  tekst: n.tekst,
  link: n.link,
  aangemaaktOp: n.aangemaaktOp.toISOString(),
  gelezenOp: n.gelezenOp?.toISOString() ?? null,
});

/** A medewerker's own notifications (newest first); nobody else's are visible. */
export const notificatiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/notificaties",
    {
      schema: {
        tags: ["aanmelden"],
        summary: "Eigen notificaties, nieuwste eerst",
        querystring: paginaQuery
          .extend({
            ongelezen: z
              .enum(["true", "false"])
              .transform((v) => v === "true")
              .optional(),
          })
          .strict(),
        response: { 200: pagina(notificatie) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { pagina: p, perPagina, ongelezen } = request.query;
        const { items, totaal } = await notificatiesVan(tx, wie.medewerkerId, {
          alleenOngelezen: ongelezen ?? false,
          pagina: p,
          perPagina,
        });
        return { items: items.map(alsApi), totaal, pagina: p, perPagina };
      }),
  );

  app.post(
    "/notificaties/:id/gelezen",
    {
      schema: {
        tags: ["aanmelden"],
        summary: "Eigen notificatie als gelezen markeren",
        params: z.object({ id: z.uuid("Onbekende notificatie") }),
        response: { 200: notificatie },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await markeerGelezen(tx, request.params.id, wie.medewerkerId);
        if (!rij) throw nietGevonden();
        return alsApi(rij);
      }),
  );
};
