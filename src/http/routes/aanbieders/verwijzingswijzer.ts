import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { verwijzing, verwijzingswijzerQuery } from "../../../contract/aanbieders";
import { pagina } from "../../../contract/paginering";
import { actieveStops, categorieVan, zoekVerwijzingen } from "../../../db/aanbieders";
import { gemeenten } from "../../../db/schema";
import { vereis } from "../../../handeling/context";
import { ongeldig } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { metGemeente } from "../../context";

/**
 * The Verwijzingswijzer: which contracted provider delivers this product / result in this gemeente
 * on the peildatum? Providers under a cliëntenstop are listed last and marked.
 */
export const verwijzingswijzerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/verwijzingswijzer",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Gecontracteerde aanbieders voor een product of resultaat in een gemeente",
        querystring: verwijzingswijzerQuery,
        response: { 200: pagina(verwijzing) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "catalogus", gemeenteCode: wie.gemeente.code });
        const q = request.query;
        const gemeenteCode = q.gemeente ?? wie.gemeente.code;
        if (gemeenteCode !== wie.gemeente.code) {
          const [g] = await tx
            .select({ verband: gemeenten.samenwerkingsverbandCode })
            .from(gemeenten)
            .where(eq(gemeenten.code, gemeenteCode));
          if (g?.verband !== wie.samenwerkingsverbandCode)
            throw ongeldig("Onbekende gemeente.", [
              { veld: "gemeente", melding: "Deze gemeente hoort niet bij het samenwerkingsverband" },
            ]);
        }
        if (!q.productCode && !q.productCategorie && !q.resultaat && !q.wet)
          throw ongeldig("Zoek op een product, productcategorie, resultaat of wet.", [
            { veld: "productCode", melding: "Vul een productcode, productcategorie, resultaat of wet in" },
          ]);
        const peildatum = q.peildatum ?? vandaag();
        const filter = {
          gemeenteCode,
          peildatum,
          wet: q.wet,
          productCode: q.productCode,
          categorieVanCode: q.productCode ? await categorieVan(tx, q.wet, q.productCode) : null,
          productCategorie: q.productCategorie,
          resultaat: q.resultaat,
          naam: q.naam || undefined,
        };
        const { lijst, regels, totaal } = await zoekVerwijzingen(tx, filter, q.pagina, q.perPagina);
        const stops = await actieveStops(tx, gemeenteCode, peildatum);
        return {
          items: lijst.map((a) => {
            const stop = stops.find((s) => s.stop.aanbiederId === a.id)?.stop;
            return {
              aanbieder: a,
              clientenstop: stop ? { van: stop.van, tot: stop.tot, reden: stop.reden } : null,
              producten: regels.filter((r) => r.aanbiederId === a.id).map(({ aanbiederId: _a, ...r }) => r),
            };
          }),
          totaal,
          pagina: q.pagina,
          perPagina: q.perPagina,
        };
      }),
  );
};
