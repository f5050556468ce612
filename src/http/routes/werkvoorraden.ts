import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { sleutelPagina, sleutelPaginaQuery } from "../../contract/paginering";
import { werkvoorraadFilters, werkvoorraadTelling, zaakInWerkvoorraad } from "../../contract/zaken";
import { tekst } from "../../domain/tekst";
import {
  bekijkMijnZaken,
  bekijkWerkvoorraad,
  bekijkWerkvoorraden,
  type WerkvoorraadFilters,
} from "../../zaken/werkvoorraad";
import { metGemeente } from "../context";

const filtersUit = (q: z.infer<typeof werkvoorraadFilters>): WerkvoorraadFilters => ({
  behandelaarId: q.behandelaar,
  wijkCode: q.wijk,
  status: q.status,
  alleenVerlopen: q.verlopen,
  termijnBinnenDagen: q.termijnBinnen,
  alleenSpoed: q.spoed,
});

/** Werkvoorraden ("bakken") and "Mijn zaken": crisis and spoed on top, then the nearest deadline (issues 4, 21). */
export const werkvoorradenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/werkvoorraden",
    {
      schema: {
        tags: ["zaken"],
        summary: "De werkvoorraden die de medewerker mag zien, met aantallen open en verlopen zaken",
        response: { 200: z.array(werkvoorraadTelling) },
      },
    },
    async (request) => metGemeente(request, (h) => bekijkWerkvoorraden(h)),
  );

  app.get(
    "/werkvoorraden/:code/zaken",
    {
      schema: {
        tags: ["zaken"],
        summary:
          "Open zaken in een werkvoorraad: crisis en spoed eerst, dan de dichtstbijzijnde uiterlijke datum",
        params: z.object({ code: tekst("Werkvoorraad").max(50) }),
        querystring: sleutelPaginaQuery.extend(werkvoorraadFilters.shape).strict(),
        response: { 200: sleutelPagina(zaakInWerkvoorraad) },
      },
    },
    async (request) =>
      metGemeente(request, (h) => {
        const q = request.query;
        return bekijkWerkvoorraad(h, request.params.code, filtersUit(q), q);
      }),
  );

  app.get(
    "/mijn-zaken",
    {
      schema: {
        tags: ["zaken"],
        summary:
          "Mijn zaken: open zaken op eigen naam, crisis en spoed eerst, dan de dichtstbijzijnde uiterlijke datum",
        querystring: sleutelPaginaQuery
          .extend(werkvoorraadFilters.omit({ behandelaar: true }).shape)
          .strict(),
        response: { 200: sleutelPagina(zaakInWerkvoorraad) },
      },
    },
    async (request) =>
      metGemeente(request, (h) => {
        const q = request.query;
        return bekijkMijnZaken(h, filtersUit(q), q);
      }),
  );
};
