import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { klantdossier, nieuweRelatie, nieuwNetwerklid, relatieBeeindiging } from "../../contract/personen";
import { haalPersoon, voegNetwerklidToe } from "../../db/personen";
import { auditeer } from "../../handeling/context";
import { nietGevonden } from "../../handeling/weigering";
import { vereisBasisgegevens } from "../../personen/basisgegevens";
import { beeindigRelatie, legRelatieVast } from "../../personen/relaties";
import { metGemeente } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende persoon") });

/** Huishouden and netwerk of a resident: relations between persons and informal network members. */
export const huishoudenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/personen/:id/relaties",
    {
      schema: {
        tags: ["personen"],
        summary: "Relatie vastleggen: deze persoon is <soort> van de gerelateerde persoon",
        params: idParams,
        body: nieuweRelatie,
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await metGemeente(request, (h) => legRelatieVast(h, request.params.id, request.body));
      return reply.code(201).send({ ok: true as const });
    },
  );

  app.post(
    "/personen/:id/relaties/:relatieId/beeindiging",
    {
      schema: {
        tags: ["personen"],
        summary:
          "Relatie beëindigen (gezag, partnerschap, vertegenwoordiging): blijft bewaard met einddatum en reden",
        params: z.object({ id: z.uuid("Onbekende persoon"), relatieId: z.uuid("Onbekende relatie") }),
        body: relatieBeeindiging,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await metGemeente(request, (h) =>
        beeindigRelatie(h, request.params.id, request.params.relatieId, request.body),
      );
      return { ok: true as const };
    },
  );

  app.post(
    "/personen/:id/netwerk",
    {
      schema: {
        tags: ["personen"],
        summary: "Netwerklid vastleggen (informeel netwerk, mantelzorg)",
        params: idParams,
        body: nieuwNetwerklid,
        response: { 201: klantdossier.shape.netwerk.element },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { id } = request.params;
        await vereisBasisgegevens(h, "wijzigen", id);
        if (!(await haalPersoon(tx, id))) throw nietGevonden();
        const b = request.body;
        const [lid] = await voegNetwerklidToe(tx, {
          gemeenteCode: wie.gemeente.code,
          persoonId: id,
          naam: b.naam,
          relatie: b.relatie,
          telefoon: b.telefoon ?? null,
          email: b.email ?? null,
          mantelzorger: b.mantelzorger,
        });
        if (!lid) throw new Error("netwerklid niet opgeslagen");
        await auditeer(h, [
          { actie: "wijzigen", resource: "netwerk", persoonId: id, reden: "netwerklid vastgelegd" },
        ]);
        reply.code(201);
        return {
          id: lid.id,
          naam: lid.naam,
          relatie: lid.relatie,
          telefoon: lid.telefoon,
          email: lid.email,
          mantelzorger: lid.mantelzorger,
        };
      }),
  );
};
