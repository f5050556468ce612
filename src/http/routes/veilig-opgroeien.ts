import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  adviesVerzoek,
  adviesvraagVerzoek,
  adviesvragenLijst,
  beschermtafelVerzoek,
  besluitOpAdviesVerzoek,
  gedwongenKaderStapVerzoek,
  veiligheidsbeoordelingVerzoek,
  veiligOpgroeienOpZaak,
  veiligOpgroeienWeergave,
} from "../../contract/veilig-opgroeien";
import type { TrajectRij } from "../../db/veilig-opgroeien";
import type { Handeling } from "../../handeling/context";
import {
  adviesvragenVoorGedragswetenschapper,
  geefAdvies,
  legBesluitOpAdviesVast,
  vraagAdvies,
} from "../../veilig-opgroeien/advies";
import { veiligOpgroeienOpZaakVan, veiligOpgroeienVan } from "../../veilig-opgroeien/traject";
import {
  legBeoordelingVast,
  legBeschermtafelVast,
  legStapVast,
  startVeiligOpgroeien,
} from "../../veilig-opgroeien/vastleggen";
import { laadZaak } from "../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const trajectParams = z.object({ id: z.uuid("Onbekend traject Veilig Opgroeien") });
const vraagParams = z.object({
  id: z.uuid("Onbekend traject Veilig Opgroeien"),
  vraagId: z.uuid("Onbekende adviesvraag"),
});
const TAGS = ["veilig-opgroeien"];

/**
 * Veilig Opgroeien (issue 14; seed 004 §8): the joint veiligheidsbeoordeling, the gedwongen kader (VTO, Raad,
 * kinderrechter, OTS; BW 1:255, 1:258, 1:260), the Beschermtafel, and the gedragswetenschapper's advice on
 * important decisions. Content per policy rule 22; every change takes If-Match with the versie.
 */
export const veiligOpgroeienRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/veilig-opgroeien",
    {
      schema: {
        tags: TAGS,
        summary: "Veilig Opgroeien op de zaak (de inhoud alleen voor wie ermee werkt, regel 22)",
        params: zaakParams,
        response: { 200: veiligOpgroeienOpZaak },
      },
    },
    async (request) => metGemeente(request, (h) => veiligOpgroeienOpZaakVan(h, request.params.id)),
  );

  app.post(
    "/zaken/:id/veilig-opgroeien",
    {
      schema: {
        tags: TAGS,
        summary:
          "Veilig Opgroeien starten met de eerste veiligheidsbeoordeling van procesregisseur en casemanager; stuur If-Match met de versie van de zaak",
        params: zaakParams,
        body: veiligheidsbeoordelingVerzoek,
        response: { 201: veiligOpgroeienWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const traject = await metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
        const rij = await startVeiligOpgroeien(h, zaak, request.body);
        return veiligOpgroeienVan(h, rij.id);
      });
      zetVersie(reply, traject.versie);
      reply.code(201);
      return traject;
    },
  );

  app.get(
    "/veilig-opgroeien/:id",
    {
      schema: {
        tags: TAGS,
        summary:
          "Veilig Opgroeien op één zaak, met beoordelingen, gedwongen kader, Beschermtafels en adviesvragen",
        params: trajectParams,
        response: { 200: veiligOpgroeienWeergave },
      },
    },
    async (request, reply) => {
      const traject = await metGemeente(request, (h) => veiligOpgroeienVan(h, request.params.id));
      zetVersie(reply, traject.versie);
      return traject;
    },
  );

  app.get(
    "/adviesvragen",
    {
      schema: {
        tags: TAGS,
        summary: "De adviesvragen aan de gedragswetenschapper (open vragen eerst)",
        response: { 200: adviesvragenLijst },
      },
    },
    async (request) => metGemeente(request, (h) => adviesvragenVoorGedragswetenschapper(h)),
  );

  /** One change on the traject, answered with its new state after the commit. */
  const wijzig = <P extends z.ZodType>(
    pad: string,
    summary: string,
    params: P,
    body: z.ZodType,
    act: (h: Handeling, params: z.infer<P>, versie: number, body: never) => Promise<TrajectRij>,
  ) =>
    app.post(
      pad,
      { schema: { tags: TAGS, summary, params, body, response: { 200: veiligOpgroeienWeergave } } },
      async (request, reply) => {
        const versie = vereisVersie(request);
        const traject = await metGemeente(request, async (h) =>
          veiligOpgroeienVan(
            h,
            (await act(h, request.params as z.infer<P>, versie, request.body as never)).id,
          ),
        );
        zetVersie(reply, traject.versie);
        return traject;
      },
    );

  wijzig(
    "/veilig-opgroeien/:id/beoordelingen",
    "Een nieuwe veiligheidsbeoordeling van procesregisseur en casemanager vastleggen; stuur If-Match",
    trajectParams,
    veiligheidsbeoordelingVerzoek,
    (h, p, versie, body) => legBeoordelingVast(h, p.id, versie, body),
  );
  wijzig(
    "/veilig-opgroeien/:id/stappen",
    "Een stap van het gedwongen kader vastleggen (VTO, Raad, kinderrechter, OTS ten hoogste een jaar, verlenging vóór het einde); stuur If-Match",
    trajectParams,
    gedwongenKaderStapVerzoek,
    (h, p, versie, body) => legStapVast(h, p.id, versie, body),
  );
  wijzig(
    "/veilig-opgroeien/:id/beschermtafels",
    "Een Beschermtafel bij de Raad voor de Kinderbescherming vastleggen; stuur If-Match",
    trajectParams,
    beschermtafelVerzoek,
    (h, p, versie, body) => legBeschermtafelVast(h, p.id, versie, body),
  );
  wijzig(
    "/veilig-opgroeien/:id/adviesvragen",
    "Advies vragen aan de gedragswetenschapper over een belangrijke beslissing; stuur If-Match",
    trajectParams,
    adviesvraagVerzoek,
    (h, p, versie, body) => vraagAdvies(h, p.id, versie, body),
  );
  wijzig(
    "/veilig-opgroeien/:id/adviesvragen/:vraagId/advies",
    "Het advies van de gedragswetenschapper vastleggen; stuur If-Match",
    vraagParams,
    adviesVerzoek,
    (h, p, versie, body) => geefAdvies(h, p.id, p.vraagId, versie, body),
  );
  wijzig(
    "/veilig-opgroeien/:id/adviesvragen/:vraagId/besluit",
    "De beslissing na het advies van de gedragswetenschapper vastleggen; stuur If-Match",
    vraagParams,
    besluitOpAdviesVerzoek,
    (h, p, versie, body) => legBesluitOpAdviesVast(h, p.id, p.vraagId, versie, body),
  );
};
