import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { alsSignaal, type OpgeslagenOpvolging } from "../../../aanbieders/weergave";
import type { Ingelogd } from "../../../auth/sessies";
import {
  medewerkerKort,
  opvolgingInvoer,
  signaal,
  signaalInvoer,
  signalenQuery,
} from "../../../contract/aanbieders";
import { pagina } from "../../../contract/paginering";
import {
  haalAanbieder,
  haalSignaal,
  kwaliteitsmanagers,
  type SignaalRij,
  voegSignaalToe,
  werkSignaalBij,
  zoekSignalen,
} from "../../../db/aanbieders";
import type { Tx } from "../../../db/client";
import { naamVanGebruiker } from "../../../db/zaken";
import { beoordeelOpvolging, type Signaalstatus } from "../../../domain/aanbieders/signalen";
import { auditeer, vereis } from "../../../handeling/context";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../../../handeling/weigering";
import { nu, vandaag } from "../../../lib/klok";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const kwaliteit = (wie: Ingelogd) => ({ soort: "kwaliteit" as const, gemeenteCode: wie.gemeente.code });
const idParams = z.object({ id: z.uuid("Onbekend signaal") });

async function signaalApi(tx: Tx, rij: SignaalRij) {
  const aanbieder = await haalAanbieder(tx, rij.aanbiederId);
  if (!aanbieder) throw nietGevonden();
  return alsSignaal(rij, aanbieder, await naamVanGebruiker(tx, rij.kwaliteitsmanagerId));
}

/** A kwaliteitsmanager must be a medewerker of the gemeente in the kwaliteitsteam. */
async function controleerManager(tx: Tx, id: string | null | undefined) {
  if (!id) return;
  if (!(await kwaliteitsmanagers(tx)).some((m) => m.id === id))
    throw ongeldig("Onbekende kwaliteitsmanager.", [
      { veld: "kwaliteitsmanagerId", melding: "Kies een teamleider of beheerder van uw gemeente" },
    ]);
}

/** Kwaliteits- and contractsignalen about providers: the signal list of the kwaliteitsteam. */
export const signaalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/signalen",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Signalenlijst (kwaliteit en contract), nieuwste eerst",
        querystring: signalenQuery,
        response: { 200: pagina(signaal) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", kwaliteit(wie));
        const q = request.query;
        const { items, totaal } = await zoekSignalen(
          tx,
          { soort: q.soort, status: q.status, aanbiederId: q.aanbiederId, open: q.open === "ja" },
          q.pagina,
          q.perPagina,
        );
        return {
          items: items.map((r) =>
            alsSignaal(r.signaal, { naam: r.aanbieder, agbCode: r.agbCode }, r.kwaliteitsmanager),
          ),
          totaal,
          pagina: q.pagina,
          perPagina: q.perPagina,
        };
      }),
  );

  app.get(
    "/signalen/kwaliteitsmanagers",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Medewerkers die kwaliteitsmanager van een signaal kunnen zijn",
        response: { 200: z.array(medewerkerKort) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", kwaliteit(wie));
        return kwaliteitsmanagers(tx);
      }),
  );

  app.post(
    "/signalen",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Kwaliteits- of contractsignaal registreren (teamleider of beheerder)",
        body: signaalInvoer,
        response: { 201: signaal },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", kwaliteit(wie));
        const invoer = request.body;
        if (invoer.ontvangenOp > vandaag())
          throw ongeldig("Het signaal is niet geldig.", [
            { veld: "ontvangenOp", melding: "Ligt in de toekomst" },
          ]);
        if (!(await haalAanbieder(tx, invoer.aanbiederId)))
          throw ongeldig("Het signaal is niet geldig.", [
            { veld: "aanbiederId", melding: "Onbekende aanbieder" },
          ]);
        await controleerManager(tx, invoer.kwaliteitsmanagerId);
        const rij = await voegSignaalToe(tx, {
          ...invoer,
          gemeenteCode: wie.gemeente.code,
          geregistreerdDoor: wie.medewerkerId,
        });
        await auditeer(h, [
          {
            actie: "aanmaken",
            resource: "aanbiedersignaal",
            persoonId: null,
            reden: `${invoer.soort}signaal`,
          },
        ]);
        zetVersie(reply, rij.versie);
        reply.code(201);
        return await signaalApi(tx, rij);
      }),
  );

  app.get(
    "/signalen/:id",
    {
      schema: { tags: ["aanbieders"], summary: "Een signaal", params: idParams, response: { 200: signaal } },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", kwaliteit(wie));
        const rij = await haalSignaal(tx, request.params.id);
        if (!rij) throw nietGevonden("Dit signaal bestaat niet.");
        zetVersie(reply, rij.versie);
        return signaalApi(tx, rij);
      }),
  );

  app.post(
    "/signalen/:id/opvolging",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Opvolging vastleggen (notitie, status, kwaliteitsmanager); stuur If-Match met de versie",
        params: idParams,
        body: opvolgingInvoer,
        response: { 200: signaal },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", kwaliteit(wie));
        const huidig = await haalSignaal(tx, request.params.id);
        if (!huidig) throw nietGevonden("Dit signaal bestaat niet.");
        if (huidig.versie !== versie) throw conflict();
        const stap = request.body;
        await controleerManager(tx, stap.kwaliteitsmanagerId);
        const uitkomst = beoordeelOpvolging(
          { status: huidig.status as Signaalstatus, kwaliteitsmanagerId: huidig.kwaliteitsmanagerId },
          stap,
        );
        if (!uitkomst.ok) {
          const fout = [{ veld: uitkomst.veld, melding: uitkomst.melding }];
          if (uitkomst.regel === "notitie-verplicht") throw ongeldig("Beschrijf de opvolging.", fout);
          throw regelOvertreden(uitkomst.melding, fout);
        }
        const opvolging: OpgeslagenOpvolging = {
          tijdstip: nu().toISOString(),
          door: wie.naam,
          vanStatus: huidig.status,
          naarStatus: uitkomst.status,
          notitie: stap.notitie,
        };
        const rij = await werkSignaalBij(tx, huidig.id, versie, {
          status: uitkomst.status,
          opvolging: [...(huidig.opvolging as OpgeslagenOpvolging[]), opvolging],
          ...(stap.kwaliteitsmanagerId !== undefined
            ? { kwaliteitsmanagerId: stap.kwaliteitsmanagerId }
            : {}),
        });
        if (!rij) throw conflict();
        await auditeer(h, [
          {
            actie: "wijzigen",
            resource: "aanbiedersignaal",
            persoonId: null,
            reden: `opvolging ${uitkomst.status}`,
          },
        ]);
        zetVersie(reply, rij.versie);
        return signaalApi(tx, rij);
      });
    },
  );
};
