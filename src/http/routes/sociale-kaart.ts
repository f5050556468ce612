import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  archiveringVerzoek,
  beheerKaartQuery,
  exportQuery,
  gemeenteParams,
  importUitkomst,
  importVerzoek,
  kaartGemeenten,
  kaartQuery,
  openbareKaart,
  openbareKaartPagina,
  tellingQuery,
  tellingWeergave,
  voorzieningenPagina,
  voorzieningVerzoek,
  voorzieningWeergave,
} from "../../contract/sociale-kaart";
import { vandaag } from "../../lib/klok";
import {
  archiveerVoorziening,
  maakVoorziening,
  voorzieningenVan,
  voorzieningVan,
  wijzigVoorziening,
} from "../../sociale-kaart/beheer";
import {
  kaartGemeenten as gemeentenMetKaart,
  openbareKaart as kaartVan,
  zoekOpenbaar,
} from "../../sociale-kaart/openbaar";
import { tellingVan } from "../../sociale-kaart/telling";
import { exporteerKaart, importeerKaart } from "../../sociale-kaart/uitwisseling";
import { metGemeente, vereisVersie, zetVersie } from "../context";

/**
 * The public kaart answers without a login, so it is rate-limited per client address like the public survey
 * (@fastify/rate-limit, registered in http/app.ts): plenty for someone browsing, too little to scrape it hard.
 */
export const KAART_LIMIET = { max: 60, timeWindow: 60_000 };
/** An import file of up to 2000 voorzieningen. */
const IMPORT_BYTES = 4 * 1024 * 1024;

const TAGS = ["sociale-kaart"];
const idParams = z.object({ id: z.uuid("Onbekende voorziening") });

/**
 * De sociale kaart (issue 16): the public kaart per gemeente (no login, no personal data), the kaart for
 * medewerkers, its beheer (beheerder and buurtteam, If-Match, policy rule 26), export/import and the count of
 * residents helped in the voorliggend veld.
 */
export const socialeKaartRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/publiek/sociale-kaart",
    {
      config: { rateLimit: KAART_LIMIET },
      schema: {
        tags: TAGS,
        summary: "De gemeenten met een sociale kaart (openbaar, zonder inloggen)",
        response: { 200: kaartGemeenten },
      },
    },
    async (request) => gemeentenMetKaart(request.server.voordeur.database),
  );

  app.get(
    "/publiek/sociale-kaart/:gemeente",
    {
      config: { rateLimit: KAART_LIMIET },
      schema: {
        tags: TAGS,
        summary:
          "De sociale kaart van een gemeente (naam zoals in de URL, of CBS-code): wijken en categorieën",
        params: gemeenteParams,
        response: { 200: openbareKaart },
      },
    },
    async (request) => kaartVan(request.server.voordeur.database, request.params.gemeente),
  );

  // The fixed point of API.md: the same public list with the gemeente as a query parameter.
  app.get(
    "/sociale-kaart",
    {
      config: { rateLimit: KAART_LIMIET },
      schema: {
        tags: TAGS,
        summary:
          "Voorzieningen op de sociale kaart van een gemeente (openbaar): ?gemeente= (naam of CBS-code)&wijk=&categorie=&zoek=",
        querystring: kaartQuery.extend({ gemeente: gemeenteParams.shape.gemeente }),
        response: { 200: openbareKaartPagina },
      },
    },
    async (request) => {
      const { pagina, perPagina, gemeente, ...filter } = request.query;
      return zoekOpenbaar(request.server.voordeur.database, gemeente, filter, { pagina, perPagina });
    },
  );

  app.get(
    "/publiek/sociale-kaart/:gemeente/voorzieningen",
    {
      config: { rateLimit: KAART_LIMIET },
      schema: {
        tags: TAGS,
        summary: "Voorzieningen op de sociale kaart, te filteren op wijk, categorie, soort en vrije tekst",
        params: gemeenteParams,
        querystring: kaartQuery,
        response: { 200: openbareKaartPagina },
      },
    },
    async (request) => {
      const { pagina, perPagina, ...filter } = request.query;
      return zoekOpenbaar(request.server.voordeur.database, request.params.gemeente, filter, {
        pagina,
        perPagina,
      });
    },
  );

  app.get(
    "/sociale-kaart/voorzieningen",
    {
      schema: {
        tags: TAGS,
        summary:
          "De sociale kaart van de eigen gemeente voor medewerkers (ook gearchiveerde met gearchiveerd=ja)",
        querystring: beheerKaartQuery,
        response: { 200: voorzieningenPagina },
      },
    },
    async (request) => {
      const { pagina, perPagina, gearchiveerd, ...filter } = request.query;
      return metGemeente(request, (h) =>
        voorzieningenVan(h, { ...filter, metGearchiveerd: gearchiveerd === "ja" }, { pagina, perPagina }),
      );
    },
  );

  app.post(
    "/sociale-kaart/voorzieningen",
    {
      schema: {
        tags: TAGS,
        summary: "Een voorziening toevoegen (beheerder, buurtteam)",
        body: voorzieningVerzoek,
        response: { 201: voorzieningWeergave },
      },
    },
    async (request, reply) => {
      const voorziening = await metGemeente(request, (h) => maakVoorziening(h, request.body));
      zetVersie(reply, voorziening.versie);
      reply.code(201);
      return voorziening;
    },
  );

  app.get(
    "/sociale-kaart/voorzieningen/:id",
    {
      schema: {
        tags: TAGS,
        summary: "Eén voorziening (ETag: de versie)",
        params: idParams,
        response: { 200: voorzieningWeergave },
      },
    },
    async (request, reply) => {
      const voorziening = await metGemeente(request, (h) => voorzieningVan(h, request.params.id));
      zetVersie(reply, voorziening.versie);
      return voorziening;
    },
  );

  app.put(
    "/sociale-kaart/voorzieningen/:id",
    {
      schema: {
        tags: TAGS,
        summary: "Een voorziening wijzigen (beheerder, buurtteam); stuur If-Match",
        params: idParams,
        body: voorzieningVerzoek,
        response: { 200: voorzieningWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const voorziening = await metGemeente(request, (h) =>
        wijzigVoorziening(h, request.params.id, versie, request.body),
      );
      zetVersie(reply, voorziening.versie);
      return voorziening;
    },
  );

  app.post(
    "/sociale-kaart/voorzieningen/:id/archivering",
    {
      schema: {
        tags: TAGS,
        summary: "Een voorziening archiveren of terugzetten (beheerder, buurtteam); stuur If-Match",
        params: idParams,
        body: archiveringVerzoek,
        response: { 200: voorzieningWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const voorziening = await metGemeente(request, (h) =>
        archiveerVoorziening(h, request.params.id, versie, request.body.gearchiveerd),
      );
      zetVersie(reply, voorziening.versie);
      return voorziening;
    },
  );

  app.get(
    "/sociale-kaart/export",
    {
      schema: {
        tags: TAGS,
        summary:
          "De hele sociale kaart als CSV (puntkomma, UTF-8) of JSON, in het formaat dat de import leest",
        querystring: exportQuery,
        produces: ["text/csv", "application/json"],
      },
    },
    async (request, reply) => {
      const { formaat } = request.query;
      const inhoud = await metGemeente(request, (h) => exporteerKaart(h, formaat));
      return reply
        .type(formaat === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        .header("Content-Disposition", `attachment; filename="sociale-kaart-${vandaag()}.${formaat}"`)
        .send(inhoud);
    },
  );

  app.post(
    "/sociale-kaart/import",
    {
      bodyLimit: IMPORT_BYTES,
      schema: {
        tags: TAGS,
        summary:
          "Voorzieningen inlezen uit CSV of JSON: alles of niets, bijwerken op extern id (beheerder, buurtteam)",
        body: importVerzoek,
        response: { 200: importUitkomst },
      },
    },
    async (request) =>
      metGemeente(request, (h) => importeerKaart(h, request.body.formaat, request.body.inhoud)),
  );

  app.get(
    "/sociale-kaart/telling",
    {
      schema: {
        tags: TAGS,
        summary:
          "Inwoners geholpen in het voorliggend veld, per voorziening en categorie (teamleider, beheerder)",
        querystring: tellingQuery,
        response: { 200: tellingWeergave },
      },
    },
    async (request) => metGemeente(request, (h) => tellingVan(h, request.query.van, request.query.tot)),
  );
};
