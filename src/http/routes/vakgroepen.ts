import { and, eq, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { nieuweVakgroep, vakgroep, wijk, wijzigVakgroep } from "../../contract/gebruikers";
import { lijstVakgroepen } from "../../db/gebruikers";
import { vakgroepen, wijken } from "../../db/schema";
import { vereis } from "../../handeling/context";
import { conflict, nietGevonden } from "../../handeling/weigering";
import { metGemeente, vereisVersie, zetVersie } from "../context";
export const vakgroepenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/vakgroepen",
    {
      schema: {
        tags: ["beheer"],
        summary: "Vakgroepen van de eigen gemeente",
        response: { 200: z.array(vakgroep) },
      },
    },
    async (request) => metGemeente(request, async ({ tx }) => lijstVakgroepen(tx)),
  );

  app.post(
    "/vakgroepen",
    {
      schema: {
        tags: ["beheer"],
        summary: "Vakgroep toevoegen",
        body: nieuweVakgroep,
        response: { 201: vakgroep },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", { soort: "gebruikersbeheer", gemeenteCode: wie.gemeente.code });
        const [bestaat] = await tx
          .select({ id: vakgroepen.id })
          .from(vakgroepen)
          .where(eq(vakgroepen.code, request.body.code));
        if (bestaat)
          throw conflict("Deze code is al in gebruik.", [{ veld: "code", melding: "Al in gebruik" }]);
        const [rij] = await tx
          .insert(vakgroepen)
          .values({ gemeenteCode: wie.gemeente.code, code: request.body.code, naam: request.body.naam })
          .returning();
        if (!rij) throw new Error("insert gaf geen rij terug");
        zetVersie(reply, rij.versie);
        reply.code(201);
        return { ...rij, aantalLeden: 0 };
      }),
  );

  app.patch(
    "/vakgroepen/:id",
    {
      schema: {
        tags: ["beheer"],
        summary: "Vakgroep wijzigen (stuur If-Match met de versie)",
        params: z.object({ id: z.uuid() }),
        body: wijzigVakgroep,
        response: { 200: vakgroep },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", { soort: "gebruikersbeheer", gemeenteCode: wie.gemeente.code });
        const [rij] = await tx
          .update(vakgroepen)
          .set({ ...request.body, versie: sql`${vakgroepen.versie} + 1` })
          .where(and(eq(vakgroepen.id, request.params.id), eq(vakgroepen.versie, versie)))
          .returning({ id: vakgroepen.id });
        if (!rij) {
          const [bestaat] = await tx
            .select({ id: vakgroepen.id })
            .from(vakgroepen)
            .where(eq(vakgroepen.id, request.params.id));
          throw bestaat ? conflict() : nietGevonden("Deze vakgroep bestaat niet.");
        }
        const bijgewerkt = (await lijstVakgroepen(tx)).find((v) => v.id === rij.id);
        if (!bijgewerkt) throw nietGevonden();
        zetVersie(reply, bijgewerkt.versie);
        return bijgewerkt;
      });
    },
  );

  app.get(
    "/wijken",
    {
      schema: {
        tags: ["referentie"],
        summary: "Wijken en dorpen van de eigen gemeente",
        response: { 200: z.array(wijk) },
      },
    },
    async (request) =>
      metGemeente(request, ({ tx }) =>
        tx
          .select({ id: wijken.id, code: wijken.code, naam: wijken.naam, soort: wijken.soort })
          .from(wijken)
          .orderBy(wijken.naam),
      ),
  );
};
