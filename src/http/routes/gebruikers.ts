import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { beeindigSessiesVan } from "../../auth/sessies";
import {
  gebruiker,
  nieuweGebruiker,
  rolOptie,
  rolverzoek,
  rolverzoekenQuery,
  wijzigGebruiker as wijzigGebruikerSchema,
} from "../../contract/gebruikers";
import { pagina, paginaQuery } from "../../contract/paginering";
import { haalGebruiker, haalRolverzoek, lijstGebruikers, lijstRolverzoeken } from "../../db/gebruikers";
import { ROL_LABELS } from "../../domain/gebruikers/rollen";
import type { Beslissing } from "../../domain/gebruikers/vier-ogen";
import { tekst } from "../../domain/tekst";
import { beslisOverRolverzoek } from "../../gebruikers/beslis-over-rolverzoek";
import { gebruikersbeheer } from "../../gebruikers/invoer";
import { maakGebruiker } from "../../gebruikers/maak-gebruiker";
import {
  gebruikerAlsApi,
  gebruikersAlsApi,
  rolverzoekAlsApi,
  rolverzoekenAlsApi,
} from "../../gebruikers/weergave";
import { wijzigGebruiker } from "../../gebruikers/wijzig-gebruiker";
import { vereis } from "../../handeling/context";
import { nietGevonden } from "../../handeling/weigering";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende gebruiker") });
const verzoekParams = z.object({ id: z.uuid("Onbekend verzoek") });

export const gebruikersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/rollen",
    {
      schema: {
        tags: ["beheer"],
        summary: "De rollen die een medewerker kan hebben",
        response: { 200: z.array(rolOptie) },
      },
    },
    async () => Object.entries(ROL_LABELS).map(([code, label]) => ({ code, label })),
  );

  app.get(
    "/gebruikers",
    {
      schema: {
        tags: ["beheer"],
        summary: "Medewerkers van de eigen gemeente",
        querystring: paginaQuery.extend({ zoek: tekst("Zoekterm").trim().max(100).optional() }).strict(),
        response: { 200: pagina(gebruiker) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        vereis(h.wie, "lezen", gebruikersbeheer(h));
        const { pagina: p, perPagina, zoek } = request.query;
        const { items, totaal } = await lijstGebruikers(h.tx, {
          pagina: p,
          perPagina,
          ...(zoek ? { zoek } : {}),
        });
        return { items: await gebruikersAlsApi(h.tx, items), pagina: p, perPagina, totaal };
      }),
  );

  app.get(
    "/gebruikers/:id",
    {
      schema: { tags: ["beheer"], summary: "Eén medewerker", params: idParams, response: { 200: gebruiker } },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        vereis(h.wie, "lezen", gebruikersbeheer(h));
        const rij = await haalGebruiker(h.tx, request.params.id);
        if (!rij) throw nietGevonden("Deze medewerker bestaat niet.");
        zetVersie(reply, rij.versie);
        return gebruikerAlsApi(h.tx, rij);
      }),
  );

  app.post(
    "/gebruikers",
    {
      schema: {
        tags: ["beheer"],
        summary:
          "Medewerker toevoegen; rollen en vakgroepen die toegang geven wachten op een tweede persoon (wachtOpGoedkeuring)",
        body: nieuweGebruiker,
        response: { 201: gebruiker },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { gebruiker: rij } = await maakGebruiker(h, request.body);
        zetVersie(reply, rij.versie);
        reply.code(201);
        return gebruikerAlsApi(h.tx, rij);
      }),
  );

  app.patch(
    "/gebruikers/:id",
    {
      schema: {
        tags: ["beheer"],
        summary:
          "Medewerker wijzigen (stuur If-Match met de versie); toegevoegde rollen en vakgroepen die toegang geven wachten op een tweede persoon",
        params: idParams,
        body: wijzigGebruikerSchema,
        response: { 200: gebruiker },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const { api, gewijzigd } = await metGemeente(request, async (h) => {
        const uitkomst = await wijzigGebruiker(h, request.params.id, versie, request.body);
        return { api: await gebruikerAlsApi(h.tx, uitkomst.gebruiker), gewijzigd: uitkomst };
      });
      if (gewijzigd.sessiesBeeindigen) await beeindigSessiesVan(app.voordeur.db, gewijzigd.gebruiker.id);
      zetVersie(reply, api.versie);
      return api;
    },
  );

  app.get(
    "/rolverzoeken",
    {
      schema: {
        tags: ["beheer"],
        summary:
          "Verzoeken om toegang (rollen, vakgroepen) die een teamleider of een andere beheerder beoordeelt",
        querystring: rolverzoekenQuery,
        response: { 200: pagina(rolverzoek) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        vereis(h.wie, "lezen", gebruikersbeheer(h));
        const { status, pagina: p, perPagina } = request.query;
        const { items, totaal } = await lijstRolverzoeken(h.tx, { status, pagina: p, perPagina });
        return { items: await rolverzoekenAlsApi(h, items), pagina: p, perPagina, totaal };
      }),
  );

  app.get(
    "/rolverzoeken/:id",
    {
      schema: {
        tags: ["beheer"],
        summary: "Eén verzoek om toegang",
        params: verzoekParams,
        response: { 200: rolverzoek },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        vereis(h.wie, "lezen", gebruikersbeheer(h));
        const rij = await haalRolverzoek(h.tx, request.params.id);
        if (!rij) throw nietGevonden("Dit verzoek om toegang bestaat niet.");
        zetVersie(reply, rij.versie);
        return rolverzoekAlsApi(h, rij);
      }),
  );

  const beslis = (pad: string, beslissing: Beslissing, summary: string) =>
    app.post(
      `/rolverzoeken/:id/${pad}`,
      {
        schema: {
          tags: ["beheer"],
          summary,
          params: verzoekParams,
          response: { 200: rolverzoek },
        },
      },
      async (request, reply) => {
        const versie = vereisVersie(request);
        return metGemeente(request, async (h) => {
          const rij = await beslisOverRolverzoek(h, request.params.id, versie, beslissing);
          zetVersie(reply, rij.versie);
          return rolverzoekAlsApi(h, rij);
        });
      },
    );
  beslis(
    "goedkeuring",
    "goedkeuren",
    "Verzoek om toegang goedkeuren (If-Match): een teamleider of een andere beheerder, niet wie het vroeg of wie het krijgt",
  );
  beslis(
    "weigering",
    "weigeren",
    "Verzoek om toegang weigeren (If-Match); wie het vroeg, trekt het hiermee in",
  );
};
