import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ggdContactVerzoek,
  huisverbodBeeindiging,
  huisverbodOpZaak,
  huisverbodRegistratie,
  huisverbodVerlenging,
  huisverbodWeergave,
} from "../../contract/huisverbod";
import type { HuisverbodRij } from "../../db/huisverbod";
import type { Handeling } from "../../handeling/context";
import { huisverbodOpZaakVan, huisverbodVan } from "../../huisverbod/huisverbod";
import { registreerHuisverbod } from "../../huisverbod/registreer";
import { startSteunzaken } from "../../huisverbod/steunzaken";
import { legGgdContactVast, trekHuisverbodIn, verlengHuisverbod } from "../../huisverbod/wijzig";
import { laadZaak } from "../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const huisverbodParams = z.object({ id: z.uuid("Onbekend huisverbod") });
const TAGS = ["huisverbod"];

/**
 * The tijdelijk huisverbod (issue 14, Regiegroep; Wet tijdelijk huisverbod): registered on a zaak, extended or
 * withdrawn by the burgemeester, the GGD contacts, the support zaken of both sides. Content per policy rule 19;
 * every change takes If-Match with the versie.
 */
export const huisverbodRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/huisverbod",
    {
      schema: {
        tags: TAGS,
        summary: "Het huisverbod op de zaak (de inhoud alleen voor de Regiegroep en de teamleider)",
        params: zaakParams,
        response: { 200: huisverbodOpZaak },
      },
    },
    async (request) => metGemeente(request, (h) => huisverbodOpZaakVan(h, request.params.id)),
  );

  app.post(
    "/zaken/:id/huisverbod",
    {
      schema: {
        tags: TAGS,
        summary:
          "Het huisverbod van de burgemeester registreren (Wth art. 2); stuur If-Match met de versie van de zaak",
        params: zaakParams,
        body: huisverbodRegistratie,
        response: { 201: huisverbodWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const huisverbod = await metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
        const rij = await registreerHuisverbod(h, zaak, request.body);
        return huisverbodVan(h, rij.id);
      });
      zetVersie(reply, huisverbod.versie);
      reply.code(201);
      return huisverbod;
    },
  );

  app.get(
    "/huisverboden/:id",
    {
      schema: {
        tags: TAGS,
        summary:
          "Eén huisverbod met zijn termijn, verlenging, GGD-contacten en zaken (Regiegroep en teamleider)",
        params: huisverbodParams,
        response: { 200: huisverbodWeergave },
      },
    },
    async (request, reply) => {
      const huisverbod = await metGemeente(request, (h) => huisverbodVan(h, request.params.id));
      zetVersie(reply, huisverbod.versie);
      return huisverbod;
    },
  );

  /** One change on the huisverbod, answered with its new state after the commit. */
  const wijzig = (
    pad: string,
    summary: string,
    body: z.ZodType,
    act: (h: Handeling, id: string, versie: number, body: never) => Promise<HuisverbodRij>,
  ) =>
    app.post(
      pad,
      {
        schema: {
          tags: TAGS,
          summary,
          params: huisverbodParams,
          body,
          response: { 200: huisverbodWeergave },
        },
      },
      async (request, reply) => {
        const versie = vereisVersie(request);
        const huisverbod = await metGemeente(request, async (h) =>
          huisverbodVan(h, (await act(h, request.params.id, versie, request.body as never)).id),
        );
        zetVersie(reply, huisverbod.versie);
        return huisverbod;
      },
    );

  wijzig(
    "/huisverboden/:id/verlenging",
    "De verlenging door de burgemeester vastleggen: besloten terwijl het huisverbod loopt, tot ten hoogste vier weken na het opleggen (Wth art. 9 lid 1); stuur If-Match",
    huisverbodVerlenging,
    verlengHuisverbod,
  );
  wijzig(
    "/huisverboden/:id/beeindiging",
    "Het intrekken van het huisverbod door de burgemeester vastleggen; stuur If-Match",
    huisverbodBeeindiging,
    trekHuisverbodIn,
  );
  wijzig(
    "/huisverboden/:id/ggd-contacten",
    "Een contact met de GGD vastleggen (wie, wanneer, wat); stuur If-Match",
    ggdContactVerzoek,
    legGgdContactVast,
  );
  wijzig(
    "/huisverboden/:id/steunzaken",
    "Zaken voor ondersteuning van de uithuisgeplaatste en van de achterblijvers starten (werkvoorraad Regiegroep); stuur If-Match",
    z.object({}).strict(),
    (h, id, versie) => startSteunzaken(h, id, versie),
  );
};
