import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { paginaQuery } from "../../contract/paginering";
import {
  protocolAfsluitingVerzoek,
  protocollenLijst,
  protocolmeldingenPagina,
  protocolmeldingVerzoek,
  protocolmeldingWeergave,
  protocolSoort,
  protocolstapVerzoek,
  protocoltekstVerzoek,
  protocoltekstWeergave,
  protocolversies,
} from "../../contract/protocollen";
import type { ProtocolmeldingRij } from "../../db/protocollen";
import type { Handeling } from "../../handeling/context";
import {
  legProtocolstapVast,
  meldBijTeamleider,
  meldingenVan,
  meldingVan,
  sluitProtocolAf,
  startProtocol,
} from "../../protocollen/meldingen";
import { protocollenVan, protocolVan, versiesVan, wijzigProtocol } from "../../protocollen/teksten";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const soortParams = z.object({ soort: protocolSoort });
const meldingParams = z.object({ id: z.uuid("Onbekende melding") });
const TAGS = ["veiligheid"];

/**
 * The veiligheidsprotocollen (issue 14, seed 004 §10.5): their texts for every medewerker, changed by the
 * beheerder (If-Match); meldingen bij de teamleider and the protocol's steps (policy rule 20).
 */
export const protocollenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/protocollen",
    {
      schema: {
        tags: TAGS,
        summary: "De vier veiligheidsprotocollen met hun huidige tekst",
        response: { 200: protocollenLijst },
      },
    },
    async (request) => metGemeente(request, (h) => protocollenVan(h)),
  );

  app.get(
    "/protocollen/:soort",
    {
      schema: {
        tags: TAGS,
        summary: "Eén protocol met zijn huidige tekst (ETag: de versie)",
        params: soortParams,
        response: { 200: protocoltekstWeergave },
      },
    },
    async (request, reply) => {
      const protocol = await metGemeente(request, (h) => protocolVan(h, request.params.soort));
      zetVersie(reply, protocol.versie);
      return protocol;
    },
  );

  app.get(
    "/protocollen/:soort/versies",
    {
      schema: {
        tags: TAGS,
        summary: "Alle versies van een protocol, nieuwste eerst",
        params: soortParams,
        response: { 200: protocolversies },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => ({ items: await versiesVan(h, request.params.soort) })),
  );

  app.put(
    "/protocollen/:soort",
    {
      schema: {
        tags: TAGS,
        summary: "De tekst van een protocol wijzigen (beheerder; een nieuwe versie); stuur If-Match",
        params: soortParams,
        body: protocoltekstVerzoek,
        response: { 200: protocoltekstWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const protocol = await metGemeente(request, (h) =>
        wijzigProtocol(h, request.params.soort, versie, request.body),
      );
      zetVersie(reply, protocol.versie);
      return protocol;
    },
  );

  app.get(
    "/protocolmeldingen",
    {
      schema: {
        tags: TAGS,
        summary: "Meldingen bij de teamleider (de teamleider: alle; anderen: de eigen), open eerst",
        querystring: paginaQuery.strict(),
        response: { 200: protocolmeldingenPagina },
      },
    },
    async (request) => metGemeente(request, (h) => meldingenVan(h, request.query)),
  );

  app.post(
    "/protocolmeldingen",
    {
      schema: {
        tags: TAGS,
        summary: "Een dreiging van een calamiteit of een PSHI-incident melden bij de teamleider",
        body: protocolmeldingVerzoek,
        response: { 201: protocolmeldingWeergave },
      },
    },
    async (request, reply) => {
      const melding = await metGemeente(request, async (h) => {
        const rij = await meldBijTeamleider(h, request.body);
        return meldingVan(h, rij.id);
      });
      zetVersie(reply, melding.versie);
      reply.code(201);
      return melding;
    },
  );

  app.get(
    "/protocolmeldingen/:id",
    {
      schema: {
        tags: TAGS,
        summary: "Eén melding met de stappen van het protocol (de teamleider en wie meldde)",
        params: meldingParams,
        response: { 200: protocolmeldingWeergave },
      },
    },
    async (request, reply) => {
      const melding = await metGemeente(request, (h) => meldingVan(h, request.params.id));
      zetVersie(reply, melding.versie);
      return melding;
    },
  );

  /** One act of the teamleider on the melding, answered with the new state after the commit. */
  const wijzig = (
    pad: string,
    summary: string,
    body: z.ZodType | undefined,
    act: (h: Handeling, id: string, versie: number, body: never) => Promise<ProtocolmeldingRij>,
  ) =>
    app.post(
      pad,
      {
        schema: {
          tags: TAGS,
          summary,
          params: meldingParams,
          ...(body ? { body } : {}),
          response: { 200: protocolmeldingWeergave },
        },
      },
      async (request, reply) => {
        const versie = vereisVersie(request);
        const melding = await metGemeente(request, async (h) => {
          const rij = await act(h, request.params.id, versie, request.body as never);
          return meldingVan(h, rij.id);
        });
        zetVersie(reply, melding.versie);
        return melding;
      },
    );

  wijzig(
    "/protocolmeldingen/:id/opstarten",
    "Het protocol opstarten (teamleider); stuur If-Match",
    undefined,
    (h, id, versie) => startProtocol(h, id, versie),
  );
  wijzig(
    "/protocolmeldingen/:id/stappen",
    "Een stap van het protocol vastleggen: wanneer, wat er is gedaan, door wie (teamleider); stuur If-Match",
    protocolstapVerzoek,
    legProtocolstapVast,
  );
  wijzig(
    "/protocolmeldingen/:id/afsluiting",
    "Het protocol afsluiten met een korte evaluatie (teamleider); stuur If-Match",
    protocolAfsluitingVerzoek,
    (h, id, versie, body: { evaluatie: string }) => sluitProtocolAf(h, id, versie, body.evaluatie),
  );
};
