import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { boekIntake, intakeTijden } from "../../../afspraken/intake";
import { intakeBoeking, intakeTijden as intakeTijdenAntwoord } from "../../../contract/afspraken";
import { metGemeente } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });

/** The intake with the buurtteam from the IAG screen (policy rule 13a); thin: parse → act → respond. */
export const intakeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/aanmelden/zaken/:id/intake-tijden",
    {
      schema: {
        tags: ["aanmelden"],
        summary: "Vrije uren van de buurtteammedewerkers voor de intake (de komende twee weken)",
        params: zaakParams,
        response: { 200: intakeTijdenAntwoord },
      },
    },
    async (request) => metGemeente(request, (h) => intakeTijden(h, request.params.id)),
  );

  app.post(
    "/aanmelden/zaken/:id/intake-afspraak",
    {
      schema: {
        tags: ["aanmelden"],
        summary: "De intakeafspraak met het buurtteam maken, direct na de aanmelding",
        params: zaakParams,
        body: intakeBoeking,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const afzender = request.server.voordeur.config.mail.van;
      const geboekt = await metGemeente(request, (h) =>
        boekIntake(h, request.params.id, request.body, afzender),
      );
      return reply.code(201).send(geboekt);
    },
  );
};
