import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { tekstblok, tekstblokWijziging } from "../../contract/documenten";
import { alleTekstblokken, haalTekstblok, type Tekstblok } from "../../db/tekstblokken";
import { tekst } from "../../domain/tekst";
import { vereis } from "../../handeling/context";
import { nietGevonden } from "../../handeling/weigering";
import { wijzigTekstblok } from "../../tekstblokken/wijzig-tekstblok";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const codeParams = z.object({
  code: tekst("Tekstcode").regex(/^[a-z0-9-]{1,60}$/, "Onbekende tekstcode"),
});

const alsApi = (t: Tekstblok) => ({
  code: t.code,
  titel: t.titel,
  tekst: t.tekst,
  toelichting: t.toelichting,
  versie: t.versie,
  gewijzigdOp: t.gewijzigdOp.toISOString(),
});

/** Texts the beheerder maintains per gemeente: folder texts and letter templates (no personal data). */
export const tekstblokkenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/tekstblokken",
    {
      schema: {
        tags: ["beheer"],
        summary: "Teksten en briefsjablonen",
        response: { 200: z.array(tekstblok) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "catalogus", gemeenteCode: wie.gemeente.code });
        return (await alleTekstblokken(tx)).map(alsApi);
      }),
  );

  app.get(
    "/tekstblokken/:code",
    {
      schema: { tags: ["beheer"], summary: "Eén tekst", params: codeParams, response: { 200: tekstblok } },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "catalogus", gemeenteCode: wie.gemeente.code });
        const blok = await haalTekstblok(tx, request.params.code);
        if (!blok) throw nietGevonden("Deze tekst bestaat niet.");
        zetVersie(reply, blok.versie);
        return alsApi(blok);
      }),
  );

  app.put(
    "/tekstblokken/:code",
    {
      schema: {
        tags: ["beheer"],
        summary: "Tekst wijzigen (If-Match met de versie)",
        params: codeParams,
        body: tekstblokWijziging,
        response: { 200: tekstblok },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const nieuw = await wijzigTekstblok(h, request.params.code, vereisVersie(request), request.body);
        zetVersie(reply, nieuw.versie);
        return alsApi(nieuw);
      }),
  );
};
