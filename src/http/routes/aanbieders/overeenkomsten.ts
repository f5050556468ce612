import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { alsOvereenkomst } from "../../../aanbieders/weergave";
import type { Ingelogd } from "../../../auth/sessies";
import { beoordelingInvoer, overeenkomst, overeenkomstInvoer } from "../../../contract/aanbieders";
import {
  bestaatInCatalogus,
  haalAanbieder,
  haalOvereenkomst,
  overeenkomstenVan,
  voegOvereenkomstToe,
  werkOvereenkomstBij,
} from "../../../db/aanbieders";
import type { Tx } from "../../../db/client";
import { haalZaak, personenVanZaak } from "../../../db/zaken";
import { isGeldigePeriode } from "../../../domain/aanbieders/periode";
import { auditeer } from "../../audit";
import { vereis } from "../../autorisatie";
import { metGemeente, zetVersie } from "../../context";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../../problem";
import { zaakResource } from "../zaken";
import { vereisVersie } from "./versie";

const goedkeuring = (wie: Ingelogd) => ({ soort: "goedkeuring" as const, gemeenteCode: wie.gemeente.code });

/** The zaak an agreement belongs to, after the policy allowed `actie` on it; with its hoofdpersoon. */
async function zaakVoor(tx: Tx, wie: Ingelogd, zaakId: string, actie: "lezen" | "wijzigen") {
  const zaak = await haalZaak(tx, zaakId);
  if (!zaak) throw nietGevonden("Deze zaak bestaat niet of u heeft er geen toegang toe.");
  vereis(wie, actie, zaakResource(wie, zaak));
  const personen = await personenVanZaak(tx, zaak.id);
  const hoofdpersoon = personen.find((p) => p.rol === "hoofdpersoon") ?? personen[0];
  return { zaak, persoonId: hoofdpersoon?.persoonId ?? null };
}

/**
 * Individuele overeenkomsten (care outside the contracts for one client): the consulent requests one on
 * the zaak, only the teamleider approves or refuses it (policy kind goedkeuring). An approved one lets
 * magToewijzen accept a toewijzing for that client.
 */
export const overeenkomstRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/individuele-overeenkomsten",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Individuele overeenkomst aanvragen voor een zaak (de teamleider beoordeelt)",
        body: overeenkomstInvoer,
        response: { 201: overeenkomst },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (tx, wie) => {
        const invoer = request.body;
        const { zaak, persoonId } = await zaakVoor(tx, wie, invoer.zaakId, "wijzigen");
        const aanbieder = await haalAanbieder(tx, invoer.aanbiederId);
        const fouten = [];
        if (!aanbieder) fouten.push({ veld: "aanbiederId", melding: "Onbekende aanbieder" });
        if (!isGeldigePeriode({ van: invoer.ingangsdatum, tot: invoer.einddatum }))
          fouten.push({ veld: "einddatum", melding: "De einddatum ligt voor de ingangsdatum" });
        if (!(await bestaatInCatalogus(tx, invoer.wet, invoer.productCategorie, invoer.productCode)))
          fouten.push({
            veld: invoer.productCode ? "productCode" : "productCategorie",
            melding: "Dit product staat niet in de productcatalogus",
          });
        if (!aanbieder || fouten.length > 0)
          throw ongeldig("De aanvraag is niet geldig. Controleer de genoemde velden.", fouten);
        const rij = await voegOvereenkomstToe(tx, {
          ...invoer,
          gemeenteCode: wie.gemeente.code,
          persoonId,
          aangevraagdDoor: wie.gebruikerId,
        });
        await auditeer(tx, request, wie, [
          {
            actie: "aanmaken",
            resource: "individuele-overeenkomst",
            persoonId,
            reden: `individuele overeenkomst aangevraagd op zaak ${zaak.zaaknummer}`,
          },
        ]);
        zetVersie(reply, rij.versie);
        return reply.code(201).send(alsOvereenkomst(rij, aanbieder));
      }),
  );

  app.get(
    "/zaken/:id/individuele-overeenkomsten",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Individuele overeenkomsten van een zaak",
        params: z.object({ id: z.uuid("Onbekende zaak") }),
        response: { 200: z.array(overeenkomst) },
      },
    },
    async (request) =>
      metGemeente(request, async (tx, wie) => {
        const { zaak, persoonId } = await zaakVoor(tx, wie, request.params.id, "lezen");
        const rijen = await overeenkomstenVan(tx, { zaakId: zaak.id });
        if (rijen.length > 0)
          await auditeer(tx, request, wie, [
            {
              actie: "lezen",
              resource: "individuele-overeenkomst",
              persoonId,
              reden: `individuele overeenkomsten van zaak ${zaak.zaaknummer}`,
            },
          ]);
        return rijen.map((r) => alsOvereenkomst(r.io, { naam: r.aanbieder, agbCode: r.agbCode }));
      }),
  );

  app.get(
    "/individuele-overeenkomsten",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Aangevraagde individuele overeenkomsten die op de teamleider wachten",
        response: { 200: z.array(overeenkomst) },
      },
    },
    async (request) =>
      metGemeente(request, async (tx, wie) => {
        vereis(wie, "aanmaken", goedkeuring(wie));
        const rijen = await overeenkomstenVan(tx, { status: "aangevraagd" });
        await auditeer(
          tx,
          request,
          wie,
          rijen.map((r) => ({
            actie: "lezen" as const,
            resource: "individuele-overeenkomst",
            persoonId: r.io.persoonId,
            reden: "aanvragen individuele overeenkomst beoordelen",
          })),
        );
        return rijen.map((r) => alsOvereenkomst(r.io, { naam: r.aanbieder, agbCode: r.agbCode }));
      }),
  );

  app.post(
    "/individuele-overeenkomsten/:id/beoordeling",
    {
      schema: {
        tags: ["aanbieders"],
        summary: "Individuele overeenkomst goedkeuren of afwijzen (teamleider); stuur If-Match met de versie",
        params: z.object({ id: z.uuid("Onbekende individuele overeenkomst") }),
        body: beoordelingInvoer,
        response: { 200: overeenkomst },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (tx, wie) => {
        vereis(wie, "aanmaken", goedkeuring(wie));
        const huidig = await haalOvereenkomst(tx, request.params.id);
        if (!huidig) throw nietGevonden("Deze individuele overeenkomst bestaat niet.");
        if (huidig.versie !== versie) throw conflict();
        if (huidig.status !== "aangevraagd")
          throw regelOvertreden("Alleen een aangevraagde individuele overeenkomst kan worden beoordeeld.");
        const { besluit, toelichting } = request.body;
        if (besluit === "afgewezen" && toelichting.length === 0)
          throw ongeldig("Motiveer de afwijzing.", [
            { veld: "toelichting", melding: "Motiveer de afwijzing" },
          ]);
        const rij = await werkOvereenkomstBij(tx, huidig.id, versie, {
          status: besluit,
          beoordeeldDoor: wie.gebruikerId,
          beoordeeldOp: new Date(),
          beoordelingToelichting: toelichting || null,
        });
        const aanbieder = await haalAanbieder(tx, huidig.aanbiederId);
        if (!rij || !aanbieder) throw conflict();
        await auditeer(tx, request, wie, [
          {
            actie: "wijzigen",
            resource: "individuele-overeenkomst",
            persoonId: huidig.persoonId,
            reden: `individuele overeenkomst ${besluit}`,
          },
        ]);
        zetVersie(reply, rij.versie);
        return alsOvereenkomst(rij, aanbieder);
      });
    },
  );
};
