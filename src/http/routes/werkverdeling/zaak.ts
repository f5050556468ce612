import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  nietOppakkenVerzoek,
  oppakkenVerzoek,
  overdrachtVerzoek,
  raadplegingVerzoek,
  werkverdelingVanZaak,
  werkverdelingZaak,
} from "../../../contract/werkverdeling";
import type { ZaakRij } from "../../../db/zaken";
import type { Handeling } from "../../../handeling/context";
import { vandaag } from "../../../lib/klok";
import { draagOver } from "../../../werkverdeling/draag-over";
import { haalWerkverdeling } from "../../../werkverdeling/haal-werkverdeling";
import { pakNietOp } from "../../../werkverdeling/niet-oppakken";
import { pakOp } from "../../../werkverdeling/pak-op";
import { raadpleegVeiligOpgroeien } from "../../../werkverdeling/raadpleeg-veilig-opgroeien";
import { veiligOpgroeienVanZaak } from "../../../werkverdeling/veilig-opgroeien";
import { zaakDetailVan } from "../../../zaken/detail";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

/** The changed zaak with its Veilig Opgroeien check, and its new versie as ETag. */
async function antwoord(h: Handeling, reply: FastifyReply, rij: ZaakRij) {
  zetVersie(reply, rij.versie);
  return {
    ...(await zaakDetailVan(h.tx, rij, h.wie)),
    veiligOpgroeien: await veiligOpgroeienVanZaak(h.tx, rij, vandaag()),
  };
}

/**
 * Werkverdeling on a zaak (issue 5): oppakken (self or a colleague, with overwegingen), niet oppakken
 * (redenen and terugkoppeling), overdracht to another werkvoorraad, and the Veilig Opgroeien raadpleging
 * for Regiegroep zaken with children. Every step is a zaak_gebeurtenis (who, when, why) and audited.
 */
export const werkverdelingZaakRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/werkverdeling",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Werkverdeling van de zaak: Veilig Opgroeien-check, verdeelmoment, toestemming, casuïstiek",
        params: idParams,
        response: { 200: werkverdelingVanZaak },
      },
    },
    async (request) => metGemeente(request, (h) => haalWerkverdeling(h, request.params.id)),
  );

  app.post(
    "/zaken/:id/oppakken",
    {
      schema: {
        tags: ["werkverdeling"],
        summary:
          "Zaak oppakken: op eigen naam of die van een collega, met de overwegingen (If-Match met de versie)",
        params: idParams,
        body: oppakkenVerzoek,
        response: { 200: werkverdelingZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) =>
        antwoord(h, reply, await pakOp(h, request.params.id, versie, request.body)),
      );
    },
  );

  app.post(
    "/zaken/:id/niet-oppakken",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Zaak niet oppakken: redenen en terugkoppeling aan de inwoner; de zaak wordt gesloten",
        params: idParams,
        body: nietOppakkenVerzoek,
        response: { 200: werkverdelingZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) =>
        antwoord(h, reply, await pakNietOp(h, request.params.id, versie, request.body)),
      );
    },
  );

  app.post(
    "/zaken/:id/overdracht",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Zaak overdragen aan een andere werkvoorraad (vakgroep), met reden",
        params: idParams,
        body: overdrachtVerzoek,
        response: { 200: werkverdelingZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) =>
        antwoord(h, reply, await draagOver(h, request.params.id, versie, request.body)),
      );
    },
  );

  app.post(
    "/zaken/:id/veilig-opgroeien-raadpleging",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Vastleggen dat een casemanager Veilig Opgroeien is geraadpleegd of toegevoegd",
        params: idParams,
        body: raadplegingVerzoek,
        response: { 200: werkverdelingZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) =>
        antwoord(h, reply, await raadpleegVeiligOpgroeien(h, request.params.id, versie, request.body)),
      );
    },
  );
};
