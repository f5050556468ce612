import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { sluitZaakAf } from "../../../besluiten/afsluiten";
import { beslisOpBezwaar, registreerBezwaar, wijzigAdviescommissie } from "../../../besluiten/bezwaar";
import { legEvaluatieVast } from "../../../besluiten/evaluatie";
import { alsAfsluiting, alsBezwaar } from "../../../besluiten/weergave";
import {
  afsluitingDetail,
  afsluitVerzoek,
  beslissingOpBezwaarVerzoek,
  bezwaarDetail,
  bezwaarVerzoek,
  evaluatieVerzoek,
} from "../../../contract/besluiten";
import { haalBezwaar } from "../../../db/besluiten";
import { tekst } from "../../../domain/tekst";
import { nietGevonden } from "../../../handeling/weigering";
import { laadZaak } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const bezwaarParams = z.object({ id: z.uuid("Onbekend bezwaar") });
const zaakVersie = z.object({ zaakVersie: z.number().int() });

/** After the besluit: bezwaar, evaluatie and afsluiten. Each moves the zaak through the state machine. */
export const verloopRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/zaken/:id/bezwaren",
    {
      schema: {
        tags: ["besluiten"],
        summary:
          "Een bezwaar registreren tegen het geldende besluit (start de termijn voor de beslissing op bezwaar)",
        params: zaakParams,
        body: bezwaarVerzoek,
        response: { 201: bezwaarDetail.extend(zaakVersie.shape) },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, {
          voor: "wijzigen",
          versie: vereisVersie(request),
        });
        const { bezwaar, zaak: bijgewerkt } = await registreerBezwaar(h, zaak, request.body);
        zetVersie(reply, bijgewerkt.versie);
        reply.code(201);
        return { ...alsBezwaar(bezwaar), zaakVersie: bijgewerkt.versie };
      }),
  );

  app.post(
    "/bezwaren/:id/beslissing",
    {
      schema: {
        tags: ["besluiten"],
        summary:
          "Beslissen op bezwaar: uitkomst, gevolg voor het besluit en de brief (If-Match: versie van het bezwaar)",
        params: bezwaarParams,
        body: beslissingOpBezwaarVerzoek,
        response: { 200: bezwaarDetail.extend(zaakVersie.shape) },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx } = h;
        const bezwaar = await haalBezwaar(tx, request.params.id);
        if (!bezwaar) throw nietGevonden();
        const zaak = await laadZaak(h, bezwaar.zaakId, { voor: "wijzigen" });
        const uitkomst = await beslisOpBezwaar(h, zaak, bezwaar, vereisVersie(request), request.body);
        zetVersie(reply, uitkomst.bezwaar.versie);
        return { ...alsBezwaar(uitkomst.bezwaar), zaakVersie: uitkomst.zaak.versie };
      }),
  );

  app.put(
    "/bezwaren/:id/adviescommissie",
    {
      schema: {
        tags: ["besluiten"],
        summary:
          "Adviseert de bezwaaradviescommissie (Awb 7:13)? Bepaalt de beslistermijn: 6 of 12 weken (If-Match: versie van het bezwaar)",
        params: bezwaarParams,
        body: z.object({ adviescommissie: z.boolean("Kies ja of nee") }).strict(),
        response: { 200: bezwaarDetail.extend(zaakVersie.shape) },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const bezwaar = await haalBezwaar(h.tx, request.params.id);
        if (!bezwaar) throw nietGevonden();
        const zaak = await laadZaak(h, bezwaar.zaakId, { voor: "wijzigen" });
        const uitkomst = await wijzigAdviescommissie(
          h,
          zaak,
          bezwaar,
          vereisVersie(request),
          request.body.adviescommissie,
        );
        zetVersie(reply, uitkomst.bezwaar.versie);
        return { ...alsBezwaar(uitkomst.bezwaar), zaakVersie: uitkomst.zaak.versie };
      }),
  );

  app.post(
    "/zaken/:id/evaluaties",
    {
      schema: {
        tags: ["besluiten"],
        summary:
          "Evaluatieverslag vastleggen (uniform NMD-formulier); de uitkomst bepaalt het vervolg van de zaak",
        params: zaakParams,
        body: evaluatieVerzoek,
        response: { 201: z.object({ id: z.uuid(), zaakVersie: z.number().int(), status: tekst() }) },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, {
          voor: "wijzigen",
          versie: vereisVersie(request),
        });
        const { evaluatie, zaak: bijgewerkt } = await legEvaluatieVast(h, zaak, request.body);
        zetVersie(reply, bijgewerkt.versie);
        return reply
          .code(201)
          .send({ id: evaluatie.id, zaakVersie: bijgewerkt.versie, status: bijgewerkt.status });
      }),
  );

  app.post(
    "/zaken/:id/afsluiting",
    {
      schema: {
        tags: ["besluiten"],
        summary:
          "De zaak afsluiten: reden, afsluitbrief, uitnodiging cliëntervaringsonderzoek en bewaartermijn van het dossier",
        params: zaakParams,
        body: afsluitVerzoek,
        response: { 201: afsluitingDetail.extend(zaakVersie.shape) },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, {
          voor: "wijzigen",
          versie: vereisVersie(request),
        });
        const a = await sluitZaakAf(h, zaak, request.body, request.server.voordeur.config.publiekeUrl);
        zetVersie(reply, a.zaak.versie);
        reply.code(201);
        return {
          ...alsAfsluiting(
            request.server.voordeur.config.publiekeUrl,
            a.afsluiting,
            a.uitnodiging ?? undefined,
          ),
          zaakVersie: a.zaak.versie,
        };
      }),
  );
};
