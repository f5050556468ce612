import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { voorbeeldQuery } from "../../contract/brieven";
import {
  afsluitingVerzoek,
  kennisgevingVerzoek,
  meldcodeStapVerzoek,
  meldcodesOpZaak,
  meldcodeWeergave,
  meldingVerzoek,
} from "../../contract/meldcode";
import type { MeldcodeRij } from "../../db/meldcode";
import type { Handeling } from "../../handeling/context";
import { sluitMeldcodeAf } from "../../meldcode/afsluiten";
import { verstuurKennisgeving, voorbeeldKennisgeving } from "../../meldcode/kennisgeving";
import { legMeldingVast } from "../../meldcode/melding";
import { meldcodesOpZaakVan, meldcodeVan } from "../../meldcode/overzicht";
import { legStapVast } from "../../meldcode/stap";
import { startMeldcode } from "../../meldcode/starten";
import { metGemeente, vereisVersie, zetVersie } from "../context";
import { pdf, VOORBEELD } from "./brieven";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const meldcodeParams = z.object({ id: z.uuid("Onbekende Meldcode") });
const TAGS = ["meldcode"];

/**
 * The Meldcode huiselijk geweld en kindermishandeling (issue 14): started from a zaak, five steps in order, the
 * melding at Veilig Thuis, closing. Content per policy rule 18; every change takes If-Match with the versie.
 */
export const meldcodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/meldcodes",
    {
      schema: {
        tags: TAGS,
        summary: "Meldcodes op de zaak (de inhoud alleen voor wie die mag zien) en of u er een kunt starten",
        params: zaakParams,
        response: { 200: meldcodesOpZaak },
      },
    },
    async (request) => metGemeente(request, (h) => meldcodesOpZaakVan(h, request.params.id)),
  );

  app.post(
    "/zaken/:id/meldcodes",
    {
      schema: {
        tags: TAGS,
        summary: "Een Meldcode starten op de zaak; stuur If-Match met de versie van de zaak",
        params: zaakParams,
        response: { 201: meldcodeWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const meldcode = await metGemeente(request, async (h) => {
        const { meldcode: rij } = await startMeldcode(h, request.params.id, versie);
        return meldcodeVan(h, rij.id);
      });
      zetVersie(reply, meldcode.versie);
      reply.code(201);
      return meldcode;
    },
  );

  app.get(
    "/meldcodes/:id",
    {
      schema: {
        tags: TAGS,
        summary:
          "Eén Meldcode met zijn stappen (Veilig Opgroeien, Regiegroep, teamleider en wie hem startte)",
        params: meldcodeParams,
        response: { 200: meldcodeWeergave },
      },
    },
    async (request, reply) => {
      const meldcode = await metGemeente(request, (h) => meldcodeVan(h, request.params.id));
      zetVersie(reply, meldcode.versie);
      return meldcode;
    },
  );

  /** One change on the Meldcode, answered with the new state after the commit. */
  const wijzig = (
    pad: string,
    summary: string,
    body: z.ZodType,
    act: (h: Handeling, id: string, versie: number, body: never) => Promise<MeldcodeRij>,
  ) =>
    app.post(
      pad,
      { schema: { tags: TAGS, summary, params: meldcodeParams, body, response: { 200: meldcodeWeergave } } },
      async (request, reply) => {
        const versie = vereisVersie(request);
        const meldcode = await metGemeente(request, async (h) => {
          const rij = await act(h, request.params.id, versie, request.body as never);
          return meldcodeVan(h, rij.id);
        });
        zetVersie(reply, meldcode.versie);
        return meldcode;
      },
    );

  wijzig(
    "/meldcodes/:id/stappen",
    "Een stap van de Meldcode vastleggen (in volgorde; de vragen van het afwegingskader in hun volgorde); stuur If-Match",
    meldcodeStapVerzoek,
    legStapVast,
  );
  wijzig(
    "/meldcodes/:id/melding",
    "De melding bij Veilig Thuis vastleggen: datum, contact, wat is gemeld, en of de ouders een brief krijgen (of waarom niet); stuur If-Match",
    meldingVerzoek,
    legMeldingVast,
  );
  app.post(
    "/meldcodes/:id/kennisgeving/voorbeeld",
    {
      schema: {
        tags: TAGS,
        summary: `Brief aan de ouders over de melding bij Veilig Thuis: ${VOORBEELD}`,
        params: meldcodeParams,
        querystring: voorbeeldQuery,
        body: kennisgevingVerzoek,
      },
    },
    async (request, reply) => {
      const voorbeeld = await metGemeente(request, (h) =>
        voorbeeldKennisgeving(h, request.params.id, request.body, request.query.brief),
      );
      return pdf(reply, voorbeeld, "voorbeeld-kennisgeving-veilig-thuis");
    },
  );
  wijzig(
    "/meldcodes/:id/kennisgeving",
    "De brief aan de ouders over de melding bij Veilig Thuis versturen: opslaan bij de zaak (Documenten) en mailen of per post; stuur If-Match",
    kennisgevingVerzoek,
    verstuurKennisgeving,
  );
  wijzig(
    "/meldcodes/:id/afsluiting",
    "De Meldcode afsluiten; geweigerd (422) zolang een verplichte melding bij Veilig Thuis ontbreekt; stuur If-Match",
    afsluitingVerzoek,
    (h, id, versie, body: { toelichting: string }) => sluitMeldcodeAf(h, id, versie, body.toelichting),
  );
};
