import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { controleerOvereenkomstAanvraag } from "../../../aanbieders/overeenkomsten";
import { alsOvereenkomst } from "../../../aanbieders/weergave";
import type { Ingelogd } from "../../../auth/sessies";
import {
  beoordelingInvoer,
  overeenkomst,
  overeenkomstenQuery,
  overeenkomstInvoer,
} from "../../../contract/aanbieders";
import { pagina } from "../../../contract/paginering";
import {
  haalAanbieder,
  haalOvereenkomst,
  overeenkomstenVan,
  overeenkomstMetNamen,
  voegOvereenkomstToe,
  werkOvereenkomstBij,
  zoekOvereenkomsten,
} from "../../../db/aanbieders";
import type { Tx } from "../../../db/client";
import { personenVanZaak } from "../../../db/zaken";
import { controleerBeoordeling, motiveringZorgBuitenContract } from "../../../domain/aanbieders/overeenkomst";
import { auditeer, type Handeling, vereis } from "../../../handeling/context";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../../../handeling/weigering";
import { nu } from "../../../lib/klok";
import { laadZaak } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const goedkeuring = (wie: Ingelogd) => ({ soort: "goedkeuring" as const, gemeenteCode: wie.gemeente.code });

/** The zaak an agreement belongs to, after the policy allowed `voor` on it; with its hoofdpersoon. */
async function zaakVoor(h: Handeling, zaakId: string, voor: "lezen" | "wijzigen") {
  const zaak = await laadZaak(h, zaakId, { voor });
  const personen = await personenVanZaak(h.tx, zaak.id);
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
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { waaromGeenZin, waaromGeenPgb, ...invoer } = request.body;
        const { zaak, persoonId } = await zaakVoor(h, invoer.zaakId, "wijzigen");
        const aanbieder = await haalAanbieder(tx, invoer.aanbiederId);
        const { fouten, weigering } = await controleerOvereenkomstAanvraag(
          tx,
          request.body,
          aanbieder,
          wie.gemeente.code,
        );
        if (fouten.length > 0)
          throw ongeldig("De aanvraag is niet geldig. Controleer de genoemde velden.", fouten);
        if (weigering)
          throw regelOvertreden(weigering.reden, [{ veld: weigering.veld, melding: weigering.reden }]);
        const rij = await voegOvereenkomstToe(tx, {
          ...invoer,
          motivering: motiveringZorgBuitenContract({ waaromGeenZin, waaromGeenPgb }),
          gemeenteCode: wie.gemeente.code,
          persoonId,
          aangevraagdDoor: wie.medewerkerId,
        });
        await auditeer(h, [
          {
            actie: "aanmaken",
            resource: "individuele-overeenkomst",
            persoonId,
            reden: `individuele overeenkomst aangevraagd op zaak ${zaak.zaaknummer}`,
          },
        ]);
        zetVersie(reply, rij.versie);
        reply.code(201);
        return await overeenkomstApi(tx, rij.id);
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
      metGemeente(request, async (h) => {
        const { tx } = h;
        const { zaak, persoonId } = await zaakVoor(h, request.params.id, "lezen");
        const rijen = await overeenkomstenVan(tx, { zaakId: zaak.id });
        if (rijen.length > 0)
          await auditeer(h, [
            {
              actie: "lezen",
              resource: "individuele-overeenkomst",
              persoonId,
              reden: `individuele overeenkomsten van zaak ${zaak.zaaknummer}`,
            },
          ]);
        return rijen.map(alsOvereenkomst);
      }),
  );

  app.get(
    "/individuele-overeenkomsten",
    {
      schema: {
        tags: ["aanbieders"],
        summary:
          "Individuele overeenkomsten van de gemeente met een status (standaard: aangevraagd, de wachtrij van de teamleider)",
        querystring: overeenkomstenQuery,
        response: { 200: pagina(overeenkomst) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", goedkeuring(wie));
        const q = request.query;
        const { items, totaal } = await zoekOvereenkomsten(tx, q.status, q.pagina, q.perPagina);
        await auditeer(
          h,
          items.map((r) => ({
            actie: "lezen" as const,
            resource: "individuele-overeenkomst",
            persoonId: r.io.persoonId,
            reden: "aanvragen individuele overeenkomst beoordelen",
          })),
        );
        return { items: items.map(alsOvereenkomst), totaal, pagina: q.pagina, perPagina: q.perPagina };
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
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", goedkeuring(wie));
        const huidig = await haalOvereenkomst(tx, request.params.id);
        if (!huidig) throw nietGevonden("Deze individuele overeenkomst bestaat niet.");
        if (huidig.versie !== versie) throw conflict();
        const weigering = controleerBeoordeling(huidig, wie.medewerkerId);
        if (weigering) throw regelOvertreden(weigering.reden);
        const { besluit, toelichting } = request.body;
        const rij = await werkOvereenkomstBij(tx, huidig.id, versie, {
          status: besluit,
          beoordeeldDoor: wie.medewerkerId,
          beoordeeldOp: nu(),
          beoordelingToelichting: toelichting,
        });
        if (!rij) throw conflict();
        await auditeer(h, [
          {
            actie: "wijzigen",
            resource: "individuele-overeenkomst",
            persoonId: huidig.persoonId,
            reden: `individuele overeenkomst ${besluit}`,
          },
        ]);
        zetVersie(reply, rij.versie);
        return overeenkomstApi(tx, rij.id);
      });
    },
  );
};

async function overeenkomstApi(tx: Tx, id: string) {
  const rij = await overeenkomstMetNamen(tx, id);
  if (!rij) throw nietGevonden("Deze individuele overeenkomst bestaat niet.");
  return alsOvereenkomst(rij);
}
