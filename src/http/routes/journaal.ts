import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { journaalRegel, nieuweJournaalRegel } from "../../contract/zaken";
import { journaalVanZaak, voegJournaalRegelToe } from "../../db/journaal";
import { personenVanZaak } from "../../db/zaken";
import { beslis } from "../../domain/autorisatie";
import { actorVan, auditeer } from "../../handeling/context";
import { laadZaak } from "../../zaken/zaak";
import { metGemeente } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

/**
 * Journaal of a zaak: dossier notes (for everyone who may read the zaak) and persoonlijke werkaantekeningen
 * (the author only — never shown to others, never part of an inzage).
 */
export const journaalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/journaal",
    {
      schema: {
        tags: ["zaken"],
        summary: "Journaal van de zaak",
        params: idParams,
        response: { 200: z.array(journaalRegel) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await laadZaak(h, request.params.id, { voor: "lezen" });
        const actor = actorVan(wie);
        const regels = (await journaalVanZaak(tx, zaak.id)).filter(
          (r) =>
            r.zichtbaarheid === "dossier" ||
            beslis(actor, "lezen", {
              soort: "werkaantekening",
              gemeenteCode: wie.gemeente.code,
              auteurId: r.auteurId,
            }).toegestaan,
        );
        const personen = await personenVanZaak(tx, zaak.id);
        await auditeer(
          h,
          [...new Set(personen.map((p) => p.persoonId))].map((persoonId) => ({
            actie: "lezen" as const,
            resource: "journaal",
            persoonId,
            reden: `journaal van zaak ${zaak.zaaknummer} gelezen`,
          })),
        );
        return regels.map((r) => ({
          id: r.id,
          tijdstip: r.tijdstip.toISOString(),
          auteur: r.auteur,
          zichtbaarheid: r.zichtbaarheid,
          tekst: r.tekst,
        }));
      }),
  );

  app.post(
    "/zaken/:id/journaal",
    {
      schema: {
        tags: ["zaken"],
        summary: "Aantekening toevoegen (dossier of persoonlijke werkaantekening)",
        params: idParams,
        body: nieuweJournaalRegel,
        response: { 201: journaalRegel },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen" });
        const rij = await voegJournaalRegelToe(tx, {
          gemeenteCode: wie.gemeente.code,
          zaakId: zaak.id,
          auteurId: wie.medewerkerId,
          zichtbaarheid: request.body.zichtbaarheid,
          tekst: request.body.tekst,
        });
        await auditeer(h, [
          {
            actie: "aanmaken",
            resource: "journaal",
            persoonId: null,
            reden: `aantekening bij zaak ${zaak.zaaknummer}`,
          },
        ]);
        reply.code(201);
        return {
          id: rij.id,
          tijdstip: rij.tijdstip.toISOString(),
          auteur: wie.naam,
          zichtbaarheid: rij.zichtbaarheid,
          tekst: rij.tekst,
        };
      }),
  );
};
