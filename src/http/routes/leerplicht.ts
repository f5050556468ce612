import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  doorverwijzingVerzoek,
  leerplichtOpZaak,
  leerplichtStapVerzoek,
  leerplichtWeergave,
  pohOverzicht,
  pohRegistratieVerzoek,
  scholenOverzicht,
  schoolVerzoek,
  schoolWeergave,
  schoolWijziging,
  smwOverzicht,
  smwRegistratieVerzoek,
  verzuimmeldingVerzoek,
} from "../../contract/leerplicht";
import {
  pohOverzichtVan,
  registreerPoh,
  registreerSmw,
  scholenVan,
  smwOverzichtVan,
  voegSchoolToeAls,
  wijzigSchool,
} from "../../leerplicht/jeugd";
import { leerplichtOpZaakVan, leerplichtVan } from "../../leerplicht/traject";
import { legStapVast, startVerzuimaanpak, verwijsDoor } from "../../leerplicht/vastleggen";
import { laadZaak } from "../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const trajectParams = z.object({ id: z.uuid("Onbekende verzuimaanpak") });
const schoolParams = z.object({ id: z.uuid("Onbekende school") });
const TAGS = ["jeugd"];

/**
 * Vakgroep Jeugd (issue 15, seed 004 §5): the verzuimaanpak of the leerplichtambtenaar on a leerplicht zaak, the
 * schools with their schoolmaatschappelijk werkers, and the SMW and POH-jeugd registrations with their counts.
 * Policy rule 25; every change of a traject or school takes If-Match with the versie.
 */
export const leerplichtRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/leerplicht",
    {
      schema: {
        tags: TAGS,
        summary: "De verzuimaanpak op de zaak, of wat nodig is om haar te starten",
        params: zaakParams,
        response: { 200: leerplichtOpZaak },
      },
    },
    async (request) => metGemeente(request, (h) => leerplichtOpZaakVan(h, request.params.id)),
  );

  app.post(
    "/zaken/:id/leerplicht",
    {
      schema: {
        tags: TAGS,
        summary:
          "De verzuimmelding van de school vastleggen en de verzuimaanpak starten; stuur If-Match met de versie van de zaak",
        params: zaakParams,
        body: verzuimmeldingVerzoek,
        response: { 201: leerplichtWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const traject = await metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
        const rij = await startVerzuimaanpak(h, zaak, request.body);
        return leerplichtVan(h, rij.id);
      });
      zetVersie(reply, traject.versie);
      reply.code(201);
      return traject;
    },
  );

  app.get(
    "/leerplicht/:id",
    {
      schema: {
        tags: TAGS,
        summary: "Eén verzuimaanpak met haar stappen en doorverwijzingen",
        params: trajectParams,
        response: { 200: leerplichtWeergave },
      },
    },
    async (request, reply) => {
      const traject = await metGemeente(request, (h) => leerplichtVan(h, request.params.id));
      zetVersie(reply, traject.versie);
      return traject;
    },
  );

  app.post(
    "/leerplicht/:id/stappen",
    {
      schema: {
        tags: TAGS,
        summary:
          "De volgende stap van de verzuimaanpak vastleggen (volgorde van seed 004 §5.2; overslaan geeft 422); stuur If-Match",
        params: trajectParams,
        body: leerplichtStapVerzoek,
        response: { 200: leerplichtWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const traject = await metGemeente(request, async (h) =>
        leerplichtVan(h, (await legStapVast(h, request.params.id, versie, request.body)).id),
      );
      zetVersie(reply, traject.versie);
      return traject;
    },
  );

  app.post(
    "/leerplicht/:id/doorverwijzingen",
    {
      schema: {
        tags: TAGS,
        summary:
          "Onderliggende problematiek: overdragen aan een casemanager Veilig Opgroeien of de Meldcode starten; stuur If-Match",
        params: trajectParams,
        body: doorverwijzingVerzoek,
        response: { 200: leerplichtWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const traject = await metGemeente(request, async (h) =>
        leerplichtVan(h, (await verwijsDoor(h, request.params.id, versie, request.body)).id),
      );
      zetVersie(reply, traject.versie);
      return traject;
    },
  );

  app.get(
    "/scholen",
    {
      schema: {
        tags: TAGS,
        summary: "De scholen met hun schoolmaatschappelijk werkers",
        response: { 200: scholenOverzicht },
      },
    },
    async (request) => metGemeente(request, (h) => scholenVan(h)),
  );

  app.post(
    "/scholen",
    {
      schema: {
        tags: TAGS,
        summary:
          "Een school toevoegen (BRIN, naam, soort) met haar schoolmaatschappelijk werkers (beheerder)",
        body: schoolVerzoek,
        response: { 201: schoolWeergave },
      },
    },
    async (request, reply) => {
      const school = await metGemeente(request, (h) => voegSchoolToeAls(h, request.body));
      zetVersie(reply, school.versie);
      reply.code(201);
      return school;
    },
  );

  app.put(
    "/scholen/:id",
    {
      schema: {
        tags: TAGS,
        summary:
          "Een school wijzigen of beëindigen, en de schoolmaatschappelijk werkers koppelen (beheerder); stuur If-Match",
        params: schoolParams,
        body: schoolWijziging,
        response: { 200: schoolWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const school = await metGemeente(request, (h) =>
        wijzigSchool(h, request.params.id, versie, request.body),
      );
      zetVersie(reply, school.versie);
      return school;
    },
  );

  app.get(
    "/schoolmaatschappelijk-werk",
    {
      schema: {
        tags: TAGS,
        summary: "Korte contacten en trainingen van het schoolmaatschappelijk werk, geteld per school",
        response: { 200: smwOverzicht },
      },
    },
    async (request) => metGemeente(request, (h) => smwOverzichtVan(h)),
  );

  app.post(
    "/schoolmaatschappelijk-werk",
    {
      schema: {
        tags: TAGS,
        summary: "Een kort contact of training registreren bij een school waaraan u gekoppeld bent",
        body: smwRegistratieVerzoek,
        response: { 201: smwOverzicht },
      },
    },
    async (request, reply) => {
      const overzicht = await metGemeente(request, async (h) => {
        await registreerSmw(h, request.body);
        return smwOverzichtVan(h);
      });
      reply.code(201);
      return overzicht;
    },
  );

  app.get(
    "/poh-jeugd",
    {
      schema: {
        tags: TAGS,
        summary: "Gebruik van de POH-jeugd en voorkomen verwijzingen, per huisartsenpraktijk",
        response: { 200: pohOverzicht },
      },
    },
    async (request) => metGemeente(request, (h) => pohOverzichtVan(h)),
  );

  app.post(
    "/poh-jeugd",
    {
      schema: {
        tags: TAGS,
        summary: "Een afgesloten traject van de POH-jeugd registreren (praktijk, aantal contacten, uitkomst)",
        body: pohRegistratieVerzoek,
        response: { 201: pohOverzicht },
      },
    },
    async (request, reply) => {
      const overzicht = await metGemeente(request, async (h) => {
        await registreerPoh(h, request.body);
        return pohOverzichtVan(h);
      });
      reply.code(201);
      return overzicht;
    },
  );
};
