import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  cakMeldingVerzoek,
  innameVerzoek,
  normenkaderBeheer,
  normenkaderVerzoek,
  themaVerzoek,
  verstrekkingVerzoek,
  wmoOpZaak,
} from "../../contract/wmo";
import { leesNormenkader, stelNormenkaderVast } from "../../wmo/normenkader";
import { legThemaVast } from "../../wmo/thema";
import { meldAanCak, neemHulpmiddelIn, verstrekHulpmiddel } from "../../wmo/verstrekking";
import { wmoOpZaakVan } from "../../wmo/wmo";
import { metGemeente, vereisVersie, zetVersie } from "../context";
import { zaakOnderdelen } from "../onderdeel";

const TAGS = ["wmo"];
const NORMENKADER = "/beheer/normenkader-huishoudelijke-hulp";

/**
 * Issue 15, the Wmo themes (seed 004 §6.2) on a Wmo zaak: the onderzoek per theme, the hours of huishoudelijke hulp
 * from the normenkader, the hulpmiddel verstrekt and taken back, the CAK notices; and the beheerder's normenkader.
 */
export const wmoRoutes: FastifyPluginAsyncZod = async (app) => {
  zaakOnderdelen(app, TAGS)(
    "/zaken/:id/wmo",
    "Wmo op de zaak: het onderzoek per thema, de uren huishoudelijke hulp, verstrekte hulpmiddelen en CAK-meldingen",
    wmoOpZaak,
    wmoOpZaakVan,
    [
      {
        methode: "PUT",
        pad: "/zaken/:id/wmo/thema",
        summary:
          "De antwoorden op de vragen van een Wmo-thema vastleggen (bij huishoudelijke hulp met de factoren uit het normenkader); stuur If-Match",
        body: themaVerzoek,
        act: legThemaVast,
      },
      {
        methode: "POST",
        pad: "/zaken/:id/wmo/verstrekkingen",
        summary: "Een hulpmiddel verstrekt na de toekenning (bruikleen, eigendom of pgb); stuur If-Match",
        body: verstrekkingVerzoek,
        act: verstrekHulpmiddel,
      },
      {
        methode: "POST",
        pad: "/zaken/:id/wmo/innames",
        summary: "Een hulpmiddel in bruikleen ingenomen; stuur If-Match",
        body: innameVerzoek,
        act: neemHulpmiddelIn,
      },
      {
        methode: "POST",
        pad: "/zaken/:id/wmo/cak-meldingen",
        summary:
          "Start of einde van de maatwerkvoorziening aan het CAK gemeld (Wmo 2015 art. 2.1.4); stuur If-Match",
        body: cakMeldingVerzoek,
        act: meldAanCak,
      },
    ],
  );

  app.get(
    NORMENKADER,
    {
      schema: {
        tags: ["beheer"],
        summary: "Het geldende normenkader huishoudelijke hulp van de gemeente (versie 0: het voorbeeld)",
        response: { 200: normenkaderBeheer },
      },
    },
    async (request, reply) => {
      const weergave = await metGemeente(request, leesNormenkader);
      zetVersie(reply, weergave.versie);
      return weergave;
    },
  );

  app.put(
    NORMENKADER,
    {
      schema: {
        tags: ["beheer"],
        summary: "Een nieuwe versie van het normenkader vaststellen; stuur If-Match met de versie die u zag",
        body: normenkaderVerzoek,
        response: { 200: normenkaderBeheer },
      },
    },
    async (request, reply) => {
      // Version 0 is the example that applies while the gemeente has set none.
      const versie = vereisVersie(request, 0);
      const weergave = await metGemeente(request, async (h) => {
        await stelNormenkaderVast(h, versie, request.body);
        return leesNormenkader(h);
      });
      zetVersie(reply, weergave.versie);
      return weergave;
    },
  );
};
