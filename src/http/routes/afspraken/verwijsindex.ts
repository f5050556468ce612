import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { bekijkVerwijsindex, registreerInVerwijsindex } from "../../../afspraken/verwijsindex";
import { nieuweVerwijsindexRegistratie, verwijsindexRegistratie } from "../../../contract/afspraken";
import { metGemeente } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });

/** Registrations of a zaak's jeugdigen in the (Drentse) Verwijsindex: date and by whom. */
export const verwijsindexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/verwijsindex",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Registraties in de Verwijsindex bij deze zaak",
        params: zaakParams,
        response: { 200: z.array(verwijsindexRegistratie) },
      },
    },
    async (request) => metGemeente(request, (h) => bekijkVerwijsindex(h, request.params.id)),
  );

  app.post(
    "/zaken/:id/verwijsindex",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Vastleggen dat een jeugdige in de Verwijsindex is geregistreerd (datum, door wie)",
        params: zaakParams,
        body: nieuweVerwijsindexRegistratie,
        response: { 201: verwijsindexRegistratie },
      },
    },
    async (request, reply) => {
      // Answer only after the transaction committed.
      const nieuw = await metGemeente(request, (h) =>
        registreerInVerwijsindex(h, request.params.id, request.body),
      );
      return reply.code(201).send(nieuw);
    },
  );
};
