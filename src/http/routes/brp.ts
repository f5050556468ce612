import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { maakBrpClient } from "../../brp/client";
import { raadpleegBrp, zoekInBrp } from "../../brp/raadplegen";
import {
  brpRaadpleegAntwoord,
  brpRaadpleegVerzoek,
  brpZoekAntwoord,
  brpZoekVerzoek,
} from "../../contract/brp";
import { metGemeente } from "../context";

const TAGS = ["brp"];

/**
 * "Ophalen uit de BRP" (issue 20): purpose-bound lookups in Haal Centraal BRP Personen bevragen v2. A failing BRP
 * is a 503 with a Dutch message (the medewerker fills the data in by hand), never a 500.
 */
export const brpRoutes: FastifyPluginAsyncZod = async (app) => {
  const client = maakBrpClient(app.voordeur.config.brp, app.log);

  app.post(
    "/brp/raadplegen",
    {
      schema: {
        tags: TAGS,
        summary: "Eén persoon uit de BRP halen (op BSN of als inwoner uit het klantdossier), met doel",
        body: brpRaadpleegVerzoek,
        response: { 200: brpRaadpleegAntwoord },
      },
    },
    async (request) =>
      raadpleegBrp(
        { client, sleutels: app.voordeur.bsnSleutels, inTransactie: (work) => metGemeente(request, work) },
        request.body,
      ),
  );

  app.post(
    "/brp/zoeken",
    {
      schema: {
        tags: TAGS,
        summary: "Personen in de BRP zoeken op achternaam + geboortedatum of postcode + huisnummer, met doel",
        body: brpZoekVerzoek,
        response: { 200: brpZoekAntwoord },
      },
    },
    async (request) =>
      zoekInBrp({ client, inTransactie: (work) => metGemeente(request, work) }, request.body),
  );
};
