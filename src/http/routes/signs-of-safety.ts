import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  signsOfSafetyOpZaak,
  signsOfSafetyWeergave,
  sosMappingVerzoek,
  sosSchaalronde,
  veiligheidsplanAfspraken,
  veiligheidsplanEvaluatie,
  veiligheidsplanOndertekening,
} from "../../contract/signs-of-safety";
import type { Handeling } from "../../handeling/context";
import { bewaarMapping, legSchaalrondeVast } from "../../signs-of-safety/mapping";
import { bewaarAfspraken, evalueerPlan, maakDefinitief, ondertekenPlan } from "../../signs-of-safety/plan";
import { signsOfSafetyOpZaakVan, signsOfSafetyVan } from "../../signs-of-safety/signs-of-safety";
import { startSignsOfSafety } from "../../signs-of-safety/starten";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const params = z.object({ id: z.uuid("Onbekende zaak") });
const TAGS = ["signs-of-safety"];
const PAD = "/zaken/:id/signs-of-safety";

/**
 * Signs of Safety on a zaak (issue 14): the mapping in three columns, the veiligheidsschaal per bijeenkomst, the
 * veiligheidsplan (afspraken, definitief, ondertekening, evaluatie). Content per policy rule 23; every change
 * takes If-Match with the versie of Signs of Safety (starting: of the zaak) and answers the new state.
 */
export const signsOfSafetyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    PAD,
    {
      schema: {
        tags: TAGS,
        summary:
          "Signs of Safety op de zaak (de inhoud alleen voor wie die mag zien) en of u het kunt starten",
        params,
        response: { 200: signsOfSafetyOpZaak },
      },
    },
    async (request) => metGemeente(request, (h) => signsOfSafetyOpZaakVan(h, request.params.id)),
  );

  /** One change, answered with the new state after the commit. */
  const wijzig = (
    methode: "POST" | "PUT",
    pad: string,
    summary: string,
    body: z.ZodType,
    act: (h: Handeling, zaakId: string, versie: number, body: never) => Promise<void>,
    status = 200,
  ) =>
    app.route({
      method: methode,
      url: `${PAD}${pad}`,
      schema: { tags: TAGS, summary, params, body, response: { [status]: signsOfSafetyWeergave } },
      handler: async (request, reply) => {
        const versie = vereisVersie(request);
        const weergave = await metGemeente(request, async (h) => {
          await act(h, request.params.id, versie, request.body as never);
          return signsOfSafetyVan(h, request.params.id);
        });
        zetVersie(reply, weergave.versie);
        reply.code(status);
        return weergave;
      },
    });

  const leeg = z.object({}).strict();
  wijzig(
    "POST",
    "",
    "Signs of Safety starten op de zaak; stuur If-Match met de versie van de zaak",
    leeg,
    startSignsOfSafety,
    201,
  );
  wijzig(
    "PUT",
    "/mapping",
    "De mapping in drie kolommen opslaan (elk veiligheidsdoel bij een gevaarsuitspraak); stuur If-Match",
    sosMappingVerzoek,
    bewaarMapping,
  );
  wijzig(
    "POST",
    "/schaal",
    "De scores op de veiligheidsschaal (0–10) van gezin, netwerk en professional bij een bijeenkomst toevoegen; stuur If-Match",
    sosSchaalronde,
    legSchaalrondeVast,
  );
  wijzig(
    "PUT",
    "/plan",
    "De afspraken van het concept-veiligheidsplan opslaan (per veiligheidsdoel wie wat wanneer doet); stuur If-Match",
    veiligheidsplanAfspraken,
    bewaarAfspraken,
  );
  wijzig(
    "POST",
    "/plan/definitief",
    "Het veiligheidsplan definitief maken; geweigerd (422) zolang een gevaarsuitspraak geen veiligheidsdoel heeft; stuur If-Match",
    leeg,
    maakDefinitief,
  );
  wijzig(
    "POST",
    "/plan/ondertekening",
    "De ondertekening van het veiligheidsplan registreren (wie tekent volgt uit de leeftijd); stuur If-Match",
    veiligheidsplanOndertekening,
    ondertekenPlan,
  );
  wijzig(
    "POST",
    "/plan/evaluatie",
    "Het veiligheidsplan evalueren: per veiligheidsdoel bereikt, deels of niet, met een nieuwe ronde op de schaal; stuur If-Match",
    veiligheidsplanEvaluatie,
    evalueerPlan,
  );
};
