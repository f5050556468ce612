import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { documentMetadata } from "../../contract/documenten";
import { type DocumentMetadata, documentenVanZaak, haalDocument } from "../../db/documenten";
import { personenVanZaak } from "../../db/zaken";
import { auditeer, vereis } from "../../handeling/context";
import { nietGevonden } from "../../handeling/weigering";
import { vereisBasisgegevens } from "../../personen/basisgegevens";
import { laadZaak } from "../../zaken/zaak";
import { metGemeente } from "../context";

const documentParams = z.object({ id: z.uuid("Onbekend document") });
const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });

const alsApi = (d: DocumentMetadata) => ({
  id: d.id,
  zaakId: d.zaakId,
  persoonId: d.persoonId,
  soort: d.soort,
  titel: d.titel,
  contentType: d.contentType,
  grootte: d.grootte,
  aangemaaktOp: d.aangemaaktOp.toISOString(),
});

/** Documents of the dossier (letters, signed scans): listed per zaak, downloaded exactly as stored. */
export const documentenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/documenten",
    {
      schema: {
        tags: ["documenten"],
        summary: "Documenten van een zaak",
        params: zaakParams,
        response: { 200: z.array(documentMetadata) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx } = h;
        const zaak = await laadZaak(h, request.params.id, { voor: "lezen" });
        return (await documentenVanZaak(tx, zaak.id)).map(alsApi);
      }),
  );

  app.get(
    "/documenten/:id/inhoud",
    {
      schema: {
        tags: ["documenten"],
        summary: "Inhoud van een document (bijvoorbeeld de beschikking als PDF)",
        params: documentParams,
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const document = await haalDocument(tx, request.params.id);
        if (!document) throw nietGevonden();
        let persoonIds: string[] = document.persoonId ? [document.persoonId] : [];
        if (document.zaakId) {
          const zaak = await laadZaak(h, document.zaakId, { voor: "lezen" });
          persoonIds = [
            ...new Set([...persoonIds, ...(await personenVanZaak(tx, zaak.id)).map((p) => p.persoonId)]),
          ];
        } else if (document.persoonId) {
          await vereisBasisgegevens(h, "lezen", document.persoonId);
        } else {
          vereis(wie, "lezen", { soort: "basisgegevens", gemeenteCode: wie.gemeente.code });
        }
        await auditeer(
          h,
          persoonIds.map((persoonId) => ({
            actie: "lezen" as const,
            resource: "document",
            persoonId,
            reden: `document "${document.soort}" geopend`,
          })),
        );
        const bestandsnaam = `${document.titel.replace(/[^\p{L}\p{N} ._-]+/gu, "").slice(0, 80) || "document"}`;
        return reply
          .header("Content-Type", document.contentType)
          .header("Content-Disposition", `inline; filename*=UTF-8''${encodeURIComponent(bestandsnaam)}`)
          .header("Cache-Control", "no-store")
          .send(document.inhoud);
      }),
  );
};
