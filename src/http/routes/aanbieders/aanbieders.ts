import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { controleerAanbieder, controleerContract } from "../../../aanbieders/invoer";
import { alsAanbiederDetail, alsContract, alsStop } from "../../../aanbieders/weergave";
import type { Ingelogd } from "../../../auth/sessies";
import {
  aanbiederDetail,
  aanbiederInvoer,
  aanbiederSamenvatting,
  aanbiedersQuery,
  contract,
  contractInvoer,
} from "../../../contract/aanbieders";
import { pagina } from "../../../contract/paginering";
import {
  type AanbiederRij,
  contractenVan,
  contractOpKenmerk,
  haalAanbieder,
  haalContract,
  productenOpCode,
  stopsVan,
  voegAanbiederToe,
  voegContractToe,
  werkAanbiederBij,
  werkContractBij,
  zoekAanbieders,
} from "../../../db/aanbieders";
import type { Tx } from "../../../db/client";
import { vereis } from "../../../handeling/context";
import { conflict, nietGevonden, ongeldig } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const idParams = z.object({ id: z.uuid("Onbekende aanbieder") });
const contractParams = z.object({ id: z.uuid("Onbekend contract") });

const catalogus = (wie: Ingelogd) => ({ soort: "catalogus" as const, gemeenteCode: wie.gemeente.code });

export async function aanbiederVolledig(tx: Tx, rij: AanbiederRij, wie: Ingelogd) {
  const lijst = await contractenVan(tx, rij.id);
  const stops = await stopsVan(tx, rij.id);
  const omschrijvingen = await productenOpCode(
    tx,
    lijst.flatMap((c) => c.regels.flatMap((r) => (r.productCode ? [r.productCode] : []))),
  );
  return alsAanbiederDetail(
    rij,
    lijst.map((c) => alsContract(c.contract, c.regels, omschrijvingen)),
    stops.map((s) => alsStop(s, rij, wie.gemeente.code, vandaag())),
  );
}

/** Aanbieders and their contracts (regional; the beheerder manages them, the Toegang reads). */
export const aanbiederRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/aanbieders",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Aanbieders zoeken op naam of AGB-code (met lopende cliëntenstop)",
        querystring: aanbiedersQuery,
        response: { 200: pagina(aanbiederSamenvatting) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", catalogus(wie));
        const q = request.query;
        const { items, totaal } = await zoekAanbieders(
          tx,
          {
            zoek: q.zoek,
            gemeenteCode: wie.gemeente.code,
            peildatum: vandaag(),
            alleenActief: q.alleenActief === "ja",
          },
          q.pagina,
          q.perPagina,
        );
        return {
          items: items.map(({ aanbieder: a, stopTot }) => ({
            id: a.id,
            agbCode: a.agbCode,
            naam: a.naam,
            kvkNummer: a.kvkNummer,
            actief: a.actief,
            clientenstop: stopTot === null ? null : { tot: stopTot === "9999-12-31" ? null : stopTot },
          })),
          totaal,
          pagina: q.pagina,
          perPagina: q.perPagina,
        };
      }),
  );

  app.post(
    "/aanbieders",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Aanbieder toevoegen (beheerder)",
        body: aanbiederInvoer,
        response: { 201: aanbiederDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", catalogus(wie));
        const invoer = request.body;
        const { fouten, agbCode, kvkNummer } = await controleerAanbieder(tx, invoer, null);
        if (fouten.length > 0)
          throw ongeldig("De aanbieder is niet geldig. Controleer de genoemde velden.", fouten);
        const rij = await voegAanbiederToe(tx, {
          samenwerkingsverbandCode: wie.samenwerkingsverbandCode,
          agbCode,
          naam: invoer.naam,
          kvkNummer,
          contact: invoer.contact,
          actief: invoer.actief,
        });
        zetVersie(reply, rij.versie);
        reply.code(201);
        return await aanbiederVolledig(tx, rij, wie);
      }),
  );

  app.get(
    "/aanbieders/:id",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Een aanbieder met contracten en cliëntenstops",
        params: idParams,
        response: { 200: aanbiederDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", catalogus(wie));
        const rij = await haalAanbieder(tx, request.params.id);
        if (!rij) throw nietGevonden("Deze aanbieder bestaat niet.");
        zetVersie(reply, rij.versie);
        return aanbiederVolledig(tx, rij, wie);
      }),
  );

  app.put(
    "/aanbieders/:id",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Aanbieder wijzigen (beheerder); stuur If-Match met de versie",
        params: idParams,
        body: aanbiederInvoer,
        response: { 200: aanbiederDetail },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", catalogus(wie));
        const huidig = await haalAanbieder(tx, request.params.id);
        if (!huidig) throw nietGevonden("Deze aanbieder bestaat niet.");
        if (huidig.versie !== versie) throw conflict();
        const invoer = request.body;
        const { fouten, agbCode, kvkNummer } = await controleerAanbieder(tx, invoer, huidig.id);
        if (fouten.length > 0)
          throw ongeldig("De aanbieder is niet geldig. Controleer de genoemde velden.", fouten);
        const rij = await werkAanbiederBij(tx, huidig.id, versie, {
          agbCode,
          naam: invoer.naam,
          kvkNummer,
          contact: invoer.contact,
          actief: invoer.actief,
        });
        if (!rij) throw conflict();
        zetVersie(reply, rij.versie);
        return aanbiederVolledig(tx, rij, wie);
      });
    },
  );

  app.post(
    "/aanbieders/:id/contracten",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Contract met regels per gemeente en product vastleggen (beheerder)",
        params: idParams,
        body: contractInvoer,
        response: { 201: contract },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", catalogus(wie));
        const aanbieder = await haalAanbieder(tx, request.params.id);
        if (!aanbieder) throw nietGevonden("Deze aanbieder bestaat niet.");
        const invoer = request.body;
        const fouten = await controleerContract(tx, invoer, wie.samenwerkingsverbandCode);
        if (await contractOpKenmerk(tx, invoer.kenmerk))
          fouten.push({ veld: "kenmerk", melding: "Er is al een contract met dit kenmerk" });
        if (fouten.length > 0)
          throw ongeldig("Het contract is niet geldig. Controleer de genoemde velden.", fouten);
        const { regels, ...waarden } = invoer;
        const rij = await voegContractToe(
          tx,
          { ...waarden, aanbiederId: aanbieder.id, samenwerkingsverbandCode: wie.samenwerkingsverbandCode },
          regels,
        );
        zetVersie(reply, rij.versie);
        reply.code(201);
        return await contractApi(tx, rij.id);
      }),
  );

  app.put(
    "/contracten/:id",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Contract en zijn regels wijzigen (beheerder); stuur If-Match met de versie",
        params: contractParams,
        body: contractInvoer,
        response: { 200: contract },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", catalogus(wie));
        const huidig = await haalContract(tx, request.params.id);
        if (!huidig) throw nietGevonden("Dit contract bestaat niet.");
        if (huidig.versie !== versie) throw conflict();
        const invoer = request.body;
        const fouten = await controleerContract(tx, invoer, wie.samenwerkingsverbandCode);
        const ander = await contractOpKenmerk(tx, invoer.kenmerk);
        if (ander && ander.id !== huidig.id)
          fouten.push({ veld: "kenmerk", melding: "Er is al een contract met dit kenmerk" });
        if (fouten.length > 0)
          throw ongeldig("Het contract is niet geldig. Controleer de genoemde velden.", fouten);
        const { regels, ...waarden } = invoer;
        const rij = await werkContractBij(tx, huidig.id, versie, waarden, regels);
        if (!rij) throw conflict();
        zetVersie(reply, rij.versie);
        return contractApi(tx, rij.id);
      });
    },
  );
};

async function contractApi(tx: Tx, id: string) {
  const rij = await haalContract(tx, id);
  if (!rij) throw nietGevonden("Dit contract bestaat niet.");
  const gevonden = (await contractenVan(tx, rij.aanbiederId)).find((c) => c.contract.id === id);
  const regels = gevonden?.regels ?? [];
  const omschrijvingen = await productenOpCode(
    tx,
    regels.flatMap((r) => (r.productCode ? [r.productCode] : [])),
  );
  return alsContract(rij, regels, omschrijvingen);
}
