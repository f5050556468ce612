import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { alsStop } from "../../../aanbieders/weergave";
import type { Ingelogd } from "../../../auth/sessies";
import { clientenstop, clientenstopInvoer } from "../../../contract/aanbieders";
import {
  actieveStops,
  haalAanbieder,
  haalStop,
  stopsVan,
  voegStopToe,
  werkStopBij,
} from "../../../db/aanbieders";
import type { Tx } from "../../../db/client";
import { controleerStop } from "../../../domain/aanbieders/clientenstop";
import { auditeer, vereis } from "../../../handeling/context";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const kwaliteit = (wie: Ingelogd) => ({ soort: "kwaliteit" as const, gemeenteCode: wie.gemeente.code });

const REGEL_OVERLAP =
  "Cliëntenstops van één aanbieder mogen elkaar niet overlappen; pas de bestaande cliëntenstop aan.";

/** Checks scope and period of a stop and that it does not overlap another; throws 400 / 422. */
async function controleer(
  tx: Tx,
  wie: Ingelogd,
  aanbiederId: string,
  invoer: z.output<typeof clientenstopInvoer>,
  eigenId?: string,
) {
  if (invoer.gemeenteCode !== null && invoer.gemeenteCode !== wie.gemeente.code)
    throw ongeldig("De cliëntenstop is niet geldig.", [
      {
        veld: "gemeenteCode",
        melding: "Kondig een cliëntenstop af voor uw eigen gemeente of voor de hele regio",
      },
    ]);
  const uitkomst = controleerStop(
    { ...invoer, aanbiederId, ...(eigenId ? { id: eigenId } : {}) },
    await stopsVan(tx, aanbiederId),
  );
  if (uitkomst.ok) return;
  const fout = [{ veld: uitkomst.veld, melding: uitkomst.melding }];
  if (uitkomst.regel === "overlap") throw regelOvertreden(REGEL_OVERLAP, fout);
  throw ongeldig("De cliëntenstop is niet geldig.", fout);
}

/** Cliëntenstops: announced by the kwaliteitsteam (teamleider, beheerder); the Toegang reads them. */
export const clientenstopRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/clientenstops",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Cliëntenstops die vandaag in uw gemeente gelden",
        response: { 200: z.array(clientenstop) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", kwaliteit(wie));
        const dag = vandaag();
        const rijen = await actieveStops(tx, wie.gemeente.code, dag);
        return rijen.map((r) => alsStop(r.stop, r, wie.gemeente.code, dag));
      }),
  );

  app.post(
    "/aanbieders/:id/clientenstops",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Cliëntenstop afkondigen (teamleider of beheerder)",
        params: z.object({ id: z.uuid("Onbekende aanbieder") }),
        body: clientenstopInvoer,
        response: { 201: clientenstop },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", kwaliteit(wie));
        const aanbieder = await haalAanbieder(tx, request.params.id);
        if (!aanbieder) throw nietGevonden("Deze aanbieder bestaat niet.");
        await controleer(tx, wie, aanbieder.id, request.body);
        const rij = await voegStopToe(tx, {
          ...request.body,
          aanbiederId: aanbieder.id,
          samenwerkingsverbandCode: wie.samenwerkingsverbandCode,
          aangekondigdDoor: wie.medewerkerId,
        });
        await auditeer(h, [
          {
            actie: "aanmaken",
            resource: "clientenstop",
            persoonId: null,
            reden: `cliëntenstop ${aanbieder.agbCode}`,
          },
        ]);
        zetVersie(reply, rij.versie);
        reply.code(201);
        return alsStop(rij, aanbieder, wie.gemeente.code, vandaag());
      }),
  );

  app.put(
    "/clientenstops/:id",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Cliëntenstop wijzigen of opheffen (einddatum); stuur If-Match met de versie",
        params: z.object({ id: z.uuid("Onbekende cliëntenstop") }),
        body: clientenstopInvoer,
        response: { 200: clientenstop },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", kwaliteit(wie));
        const huidig = await haalStop(tx, request.params.id);
        if (!huidig) throw nietGevonden("Deze cliëntenstop bestaat niet.");
        if (huidig.versie !== versie) throw conflict();
        await controleer(tx, wie, huidig.aanbiederId, request.body, huidig.id);
        const rij = await werkStopBij(tx, huidig.id, versie, request.body);
        const aanbieder = await haalAanbieder(tx, huidig.aanbiederId);
        if (!rij || !aanbieder) throw conflict();
        await auditeer(h, [
          {
            actie: "wijzigen",
            resource: "clientenstop",
            persoonId: null,
            reden: `cliëntenstop ${aanbieder.agbCode}`,
          },
        ]);
        zetVersie(reply, rij.versie);
        return alsStop(rij, aanbieder, wie.gemeente.code, vandaag());
      });
    },
  );
};
