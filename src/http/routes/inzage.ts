import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pagina, paginaQuery } from "../../contract/paginering";
import { inzageDocument, inzageExport, inzageVerzoek, openInzageverzoek } from "../../contract/personen";
import { inzagePdf } from "../../documenten/inzage-pdf";
import { bekijkInzageDocumenten } from "../../inzage/documenten";
import { haalInzageVoorPdf } from "../../inzage/pdf";
import { verstrekInzage } from "../../inzage/verstrek";
import { openVerzoekenOmInzage } from "../../inzage/verzoeken";
import { metGemeente } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende persoon") });

/** Inzage (AVG art. 15): the documents per zaak to decide on, the decision per document, the PDF. Teamleider only. */
export const inzageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/personen/:id/inzage/documenten",
    {
      schema: {
        tags: ["privacy"],
        summary: "De documenten per zaak waarover per stuk beslist moet worden voor een inzage",
        params: idParams,
        response: { 200: z.array(inzageDocument) },
      },
    },
    async (request) => metGemeente(request, (h) => bekijkInzageDocumenten(h, request.params.id)),
  );

  app.post(
    "/personen/:id/inzage",
    {
      schema: {
        tags: ["privacy"],
        summary: "Inzage vastleggen: per document verstrekken of niet (met grond en motivering)",
        params: idParams,
        body: inzageVerzoek,
        response: { 201: inzageExport },
      },
    },
    async (request, reply) => {
      const inzage = await metGemeente(request, (h) =>
        verstrekInzage(h, request.params.id, request.body.beslissingen, app.voordeur.bsnSleutels),
      );
      return reply.code(201).send({
        id: inzage.id,
        aangemaaktOp: inzage.aangemaaktOp.toISOString(),
        inhoud: inzage.inhoud as unknown as Record<string, unknown>,
        samenvatting: inzage.samenvatting,
      });
    },
  );

  app.get(
    "/inzage/:id/pdf",
    {
      schema: {
        tags: ["privacy"],
        summary: "De inzage als leesbare PDF",
        params: z.object({ id: z.uuid("Onbekende inzage") }),
      },
    },
    async (request, reply) => {
      const inhoud = await metGemeente(request, (h) => haalInzageVoorPdf(h, request.params.id));
      const pdf = await inzagePdf(inhoud);
      return reply
        .type("application/pdf")
        .header("Content-Disposition", `attachment; filename="inzage-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    "/inzageverzoeken",
    {
      schema: {
        tags: ["privacy"],
        summary: "Open verzoeken om inzage uit Mijn Voordeur, de vroegste termijn eerst (teamleider)",
        querystring: paginaQuery,
        response: { 200: pagina(openInzageverzoek) },
      },
    },
    async (request) => metGemeente(request, (h) => openVerzoekenOmInzage(h, request.query)),
  );
};
