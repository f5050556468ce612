import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  beoordelingVerzoek,
  schaalvoorstel,
  schaalvoorstelVerzoek,
  teBevestigenVoorstel,
  voorstellenOpZaak,
  voorstelMetZaak,
} from "../../../contract/levering";
import { pagina, paginaQuery } from "../../../contract/paginering";
import { beoordeelVoorstel } from "../../../opschalen/beoordelen";
import {
  teBevestigen,
  voorstellenOpZaak as voorstellenVan,
  voorstelMetZaakVan,
} from "../../../opschalen/overzicht";
import { stelSchalenVoor } from "../../../opschalen/voorstellen";
import { laadZaak } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const voorstelParams = z.object({ id: z.uuid("Onbekend voorstel") });
const zaakVersie = z.object({ zaakVersie: z.number().int() });

/** Op- en afschalen with four eyes: the consulent proposes on the zaak, a buurtteam medewerker judges it. */
export const voorstelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/schaalvoorstellen",
    {
      schema: {
        tags: ["levering"],
        summary: "Voorstellen tot op- of afschalen op de zaak, en of u nu een voorstel kunt doen",
        params: zaakParams,
        response: { 200: voorstellenOpZaak },
      },
    },
    async (request) =>
      metGemeente(request, async (h) =>
        voorstellenVan(h, await laadZaak(h, request.params.id, { voor: "lezen" })),
      ),
  );

  app.post(
    "/zaken/:id/schaalvoorstellen",
    {
      schema: {
        tags: ["levering"],
        summary:
          "Op- of afschalen voorstellen (consulent, met motivering); een medewerker van het buurtteam bevestigt het; stuur If-Match met de versie van de zaak",
        params: zaakParams,
        body: schaalvoorstelVerzoek,
        response: { 201: schaalvoorstel.extend(zaakVersie.shape) },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
        const { zaak: bijgewerkt } = await stelSchalenVoor(h, zaak, request.body);
        const { voorstellen } = await voorstellenVan(h, bijgewerkt);
        const nieuw = voorstellen.find((v) => v.status === "voorgesteld");
        if (!nieuw) throw new Error("voorstel niet teruggevonden");
        zetVersie(reply, bijgewerkt.versie);
        // Answered by returning (not reply.send inside the transaction): the client sees it only after the commit.
        reply.code(201);
        return { ...nieuw, zaakVersie: bijgewerkt.versie };
      });
    },
  );

  app.get(
    "/schaalvoorstellen",
    {
      schema: {
        tags: ["levering"],
        summary:
          "Voorstellen om te bevestigen: open voorstellen tot op- of afschalen in uw gemeente (buurtteam)",
        querystring: paginaQuery,
        response: { 200: pagina(teBevestigenVoorstel) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { pagina: p, perPagina } = request.query;
        return { ...(await teBevestigen(h, p, perPagina)), pagina: p, perPagina };
      }),
  );

  app.get(
    "/schaalvoorstellen/:id",
    {
      schema: {
        tags: ["levering"],
        summary: "Eén voorstel tot op- of afschalen met de zaak in het kort en de ondersteuning die loopt",
        params: voorstelParams,
        response: { 200: voorstelMetZaak },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const voorstel = await voorstelMetZaakVan(h, request.params.id);
        zetVersie(reply, voorstel.versie);
        return voorstel;
      }),
  );

  app.post(
    "/schaalvoorstellen/:id/beoordeling",
    {
      schema: {
        tags: ["levering"],
        summary:
          "Een voorstel bevestigen of weigeren (buurtteam, nooit wie het voorstelde); alleen een bevestigd voorstel heeft gevolgen; stuur If-Match met de versie van het voorstel",
        params: voorstelParams,
        body: beoordelingVerzoek,
        response: { 200: voorstelMetZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { voorstel } = await beoordeelVoorstel(h, request.params.id, versie, request.body);
        zetVersie(reply, voorstel.versie);
        return voorstelMetZaakVan(h, voorstel.id);
      });
    },
  );
};
