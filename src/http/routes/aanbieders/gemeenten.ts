import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { gemeenteVanVerband } from "../../../contract/aanbieders";
import { gemeentenVanVerband } from "../../../db/aanbieders";
import { vereis } from "../../../handeling/context";
import { metGemeente } from "../../context";

/** The gemeenten of the caller's samenwerkingsverband (for contract lines and regional choices). */
export const gemeentenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/gemeenten",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Gemeenten van het eigen samenwerkingsverband",
        response: { 200: z.array(gemeenteVanVerband) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "catalogus", gemeenteCode: wie.gemeente.code });
        return gemeentenVanVerband(tx, wie.samenwerkingsverbandCode);
      }),
  );
};
