import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  afhandelingVerzoek,
  contactpogingVerzoek,
  signaalVerzoek,
  signalenLijst,
  vroegsignaal,
  vroegsignalenQuery,
} from "../../contract/vroegsignalering";
import type { Handeling } from "../../handeling/context";
import {
  handelSignaalAf,
  legContactpogingVast,
  registreerSignaal,
  signaalVan,
  signalenVan,
} from "../../schuldhulp/vroegsignalering";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const TAGS = ["schuldhulp"];
const params = z.object({ id: z.uuid("Onbekend signaal") });

/** Issue 15, vroegsignalering (policy rule 31): the signals of payment arrears, their follow-up and the counts. */
export const vroegsignaleringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/vroegsignalen",
    {
      schema: {
        tags: TAGS,
        summary: "Signalen van betalingsachterstanden (open eerst, oudste eerst) met de tellingen",
        querystring: vroegsignalenQuery,
        response: { 200: signalenLijst },
      },
    },
    async (request) => metGemeente(request, (h) => signalenVan(h, request.query)),
  );

  app.post(
    "/vroegsignalen",
    {
      schema: {
        tags: TAGS,
        summary:
          "Een signaal van een verhuurder, drinkwaterbedrijf, zorgverzekeraar of energieleverancier registreren",
        body: signaalVerzoek,
        response: { 201: vroegsignaal },
      },
    },
    async (request, reply) => {
      const signaal = await metGemeente(request, async (h) =>
        signaalVan(h, await registreerSignaal(h, request.body)),
      );
      zetVersie(reply, signaal.versie);
      return reply.code(201).send(signaal);
    },
  );

  const stap = (
    pad: string,
    summary: string,
    body: z.ZodType,
    act: (h: Handeling, id: string, versie: number, invoer: never) => Promise<void>,
  ) =>
    app.post(
      `/vroegsignalen/:id/${pad}`,
      { schema: { tags: TAGS, summary, params, body, response: { 200: vroegsignaal } } },
      async (request, reply) => {
        const versie = vereisVersie(request);
        const signaal = await metGemeente(request, async (h) => {
          await act(h, request.params.id, versie, request.body as never);
          return signaalVan(h, request.params.id);
        });
        zetVersie(reply, signaal.versie);
        return signaal;
      },
    );
  stap(
    "contactpoging",
    "De poging om contact te leggen vastleggen; stuur If-Match",
    contactpogingVerzoek,
    legContactpogingVast,
  );
  stap(
    "afhandeling",
    "De uitkomst van het signaal vastleggen; stuur If-Match",
    afhandelingVerzoek,
    handelSignaalAf,
  );
};
