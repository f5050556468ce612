import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../../auth/sessies";
import { pagina } from "../../../contract/paginering";
import {
  catalogusOverzicht,
  catalogusProduct,
  catalogusProductenQuery,
  matrixVersie,
  matrixVersieDetail,
  nieuwCatalogusProduct,
  nieuweMatrixVersie,
  productBeeindiging,
} from "../../../contract/resultatenplan";
import {
  beeindigProduct,
  geldigeMatrixVersie,
  haalMatrixVersie,
  haalProduct,
  type MatrixVersieRij,
  matrixVersies,
  productenLijst,
  publiceerMatrixVersie,
  voegProductToe,
} from "../../../db/catalogus-matrix";
import { NIVEAU_DEFINITIES } from "../../../domain/catalogus/interventieniveaus";
import {
  controleerProduct,
  EENHEDEN,
  FREQUENTIES,
  JEUGD_CATEGORIEEN,
  WMO_CATEGORIEEN,
} from "../../../domain/catalogus/producten";
import {
  controleerMatrix,
  DOMEIN_LABELS,
  type Resultatenmatrix,
} from "../../../domain/catalogus/resultatenmatrix";
import { vereis } from "../../../handeling/context";
import { nietGevonden, ongeldig } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { metGemeente } from "../../context";

const catalogus = (wie: Ingelogd) => ({ soort: "catalogus" as const, gemeenteCode: wie.gemeente.code });
const lijst = (r: Readonly<Record<string, string>>) =>
  Object.entries(r).map(([code, omschrijving]) => ({ code, omschrijving }));

const versieApi = (r: Omit<MatrixVersieRij, "matrix" | "samenwerkingsverbandCode" | "gepubliceerdDoor">) => ({
  id: r.id,
  versie: r.versie,
  geldigVanaf: r.geldigVanaf,
  toelichting: r.toelichting,
  voorbeeld: r.voorbeeld,
  gepubliceerdOp: r.gepubliceerdOp.toISOString(),
});
const versieDetail = (r: MatrixVersieRij) => ({ ...versieApi(r), matrix: r.matrix as Resultatenmatrix });

/** The regional catalogue: Resultatenmatrix (versioned), interventieniveaus, producten (issue 6 item 1). */
export const catalogusRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/catalogus/overzicht",
    {
      schema: {
        tags: ["catalogus"],
        summary: "De geldende Resultatenmatrix, interventieniveaus en codelijsten (voor het plan)",
        response: { 200: catalogusOverzicht },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", catalogus(wie));
        const matrix = await geldigeMatrixVersie(tx, vandaag());
        return {
          matrix: matrix ? versieDetail(matrix) : null,
          interventieniveaus: [...NIVEAU_DEFINITIES],
          domeinen: lijst(DOMEIN_LABELS),
          categorieen: { wmo: lijst(WMO_CATEGORIEEN), jeugd: lijst(JEUGD_CATEGORIEEN) },
          eenheden: lijst(EENHEDEN),
          frequenties: lijst(FREQUENTIES),
        };
      }),
  );

  app.get(
    "/catalogus/matrix/versies",
    {
      schema: {
        tags: ["catalogus"],
        summary: "Alle gepubliceerde versies van de Resultatenmatrix, nieuwste eerst",
        response: { 200: z.array(matrixVersie) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", catalogus(wie));
        return (await matrixVersies(tx)).map(versieApi);
      }),
  );

  app.get(
    "/catalogus/matrix/versies/:id",
    {
      schema: {
        tags: ["catalogus"],
        summary: "Eén versie van de Resultatenmatrix",
        params: z.object({ id: z.uuid("Onbekende versie") }),
        response: { 200: matrixVersieDetail },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", catalogus(wie));
        const rij = await haalMatrixVersie(tx, request.params.id);
        if (!rij) throw nietGevonden();
        return versieDetail(rij);
      }),
  );

  app.post(
    "/catalogus/matrix/versies",
    {
      schema: {
        tags: ["catalogus"],
        summary: "Een nieuwe versie van de Resultatenmatrix publiceren (bestaande plannen houden hun versie)",
        body: nieuweMatrixVersie,
        response: { 201: matrixVersieDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", catalogus(wie));
        const fouten = controleerMatrix(request.body.matrix);
        if (fouten.length > 0)
          throw ongeldig(
            "De matrix is niet geldig.",
            fouten.map((f) => ({ ...f, veld: `matrix.${f.veld}` })),
          );
        const rij = await publiceerMatrixVersie(tx, {
          samenwerkingsverbandCode: wie.samenwerkingsverbandCode,
          geldigVanaf: request.body.geldigVanaf,
          toelichting: request.body.toelichting,
          matrix: request.body.matrix,
          gepubliceerdDoor: wie.medewerkerId,
        });
        reply.code(201);
        return versieDetail(rij);
      }),
  );

  app.get(
    "/catalogus/producten",
    {
      schema: {
        tags: ["catalogus"],
        summary: "Producten van de regionale catalogus (zoek op code of omschrijving)",
        querystring: catalogusProductenQuery,
        response: { 200: pagina(catalogusProduct) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", catalogus(wie));
        const { pagina: p, perPagina, ...filter } = request.query;
        const { items, totaal } = await productenLijst(tx, filter, p, perPagina);
        return { items, totaal, pagina: p, perPagina };
      }),
  );

  app.post(
    "/catalogus/producten",
    {
      schema: {
        tags: ["catalogus"],
        summary: "Een product (of een nieuwe versie ervan, vanaf een datum) aan de catalogus toevoegen",
        body: nieuwCatalogusProduct,
        response: { 201: catalogusProduct },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", catalogus(wie));
        const fouten = controleerProduct(request.body);
        if (fouten.length > 0) throw ongeldig("Het product is niet geldig.", fouten);
        const product = await voegProductToe(tx, {
          ...request.body,
          samenwerkingsverbandCode: wie.samenwerkingsverbandCode,
        });
        reply.code(201);
        return product;
      }),
  );

  app.post(
    "/catalogus/producten/:id/beeindiging",
    {
      schema: {
        tags: ["catalogus"],
        summary: "De geldigheid van een product beëindigen (een product wordt nooit verwijderd)",
        params: z.object({ id: z.uuid("Onbekend product") }),
        body: productBeeindiging,
        response: { 200: catalogusProduct },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", catalogus(wie));
        const huidig = await haalProduct(tx, request.params.id);
        if (!huidig) throw nietGevonden();
        const fouten = controleerProduct({ ...huidig, geldigTot: request.body.geldigTot });
        if (fouten.length > 0) throw ongeldig("De einddatum is niet geldig.", fouten);
        const product = await beeindigProduct(tx, huidig.id, request.body.geldigTot);
        if (!product) throw nietGevonden();
        return product;
      }),
  );
};
