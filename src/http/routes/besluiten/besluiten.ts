import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { neemBesluit } from "../../../besluiten/besluit-nemen";
import {
  alsAfsluiting,
  alsBesluit,
  alsBezwaar,
  alsEvaluatie,
  alsToewijzing,
} from "../../../besluiten/weergave";
import { besluitGenomen, besluitVerzoek, besluitvorming } from "../../../contract/besluiten";
import {
  afsluitingenVanZaak,
  besluitenVanZaak,
  bezwarenVanZaak,
  buurtteamMedewerkers,
  evaluatiesVanZaak,
  momentenVanZaak,
  toewijzingenVanZaak,
  uitnodigingenVanZaak,
} from "../../../db/besluiten";
import { naamVanGebruiker, personenVanZaak } from "../../../db/zaken";
import { tekst } from "../../../domain/tekst";
import { auditeer, vereis } from "../../../handeling/context";
import { laadZaak } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });

/** Besluiten (beschikkingen) on a zaak, and the overview of besluitvorming for the zaak page. */
export const besluitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/zaken/:id/besluiten",
    {
      schema: {
        tags: ["besluiten"],
        summary:
          "Een besluit nemen (toekenning, afwijzing, wijziging, beëindiging): beschikking als PDF, bezwaartermijn, bij ZIN toewijzingen en een 301",
        params: zaakParams,
        body: besluitVerzoek,
        response: { 201: besluitGenomen },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, {
          voor: "wijzigen",
          versie: vereisVersie(request),
        });
        const genomen = await neemBesluit(h, zaak, request.body);
        zetVersie(reply, genomen.zaak.versie);
        reply.code(201);
        return {
          ...alsBesluit(genomen.besluit),
          toewijzingen: genomen.toewijzingen.map(alsToewijzing),
          berichten: genomen.berichten,
          zaakVersie: genomen.zaak.versie,
        };
      }),
  );

  app.get(
    "/besluiten/buurtteam-medewerkers",
    {
      schema: {
        tags: ["besluiten"],
        summary: "Medewerkers van het buurtteam (voor het vierogenoverleg bij op- of afschalen)",
        response: { 200: z.array(z.object({ id: z.uuid(), naam: tekst() })) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "betrokkenheid", gemeenteCode: wie.gemeente.code });
        return buurtteamMedewerkers(tx);
      }),
  );

  app.get(
    "/zaken/:id/besluitvorming",
    {
      schema: {
        tags: ["besluiten"],
        summary: "Besluiten, toewijzingen, bezwaren, evaluaties en afsluiting van een zaak",
        params: zaakParams,
        response: { 200: besluitvorming },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx } = h;
        const zaak = await laadZaak(h, request.params.id, { voor: "lezen" });
        // One after the other: queries on one transaction cannot run side by side.
        const besluiten = await besluitenVanZaak(tx, zaak.id);
        const toewijzingen = await toewijzingenVanZaak(tx, zaak.id);
        const bezwaren = await bezwarenVanZaak(tx, zaak.id);
        const momenten = await momentenVanZaak(tx, zaak.id);
        const evaluaties = await evaluatiesVanZaak(tx, zaak.id);
        const afsluitingen = await afsluitingenVanZaak(tx, zaak.id);
        const uitnodigingen = await uitnodigingenVanZaak(tx, zaak.id);
        const ids = new Set(
          evaluaties.flatMap((e) => [
            e.ingevuldDoor,
            ...((e.vierOgen as { medewerkerId?: string } | null)?.medewerkerId
              ? [(e.vierOgen as { medewerkerId: string }).medewerkerId]
              : []),
          ]),
        );
        const namen = new Map<string, string>();
        for (const id of ids) namen.set(id, (await naamVanGebruiker(tx, id)) ?? "onbekend");
        await auditeer(
          h,
          (await personenVanZaak(tx, zaak.id)).map((p) => ({
            actie: "lezen" as const,
            resource: "besluitvorming",
            persoonId: p.persoonId,
            reden: `besluiten van zaak ${zaak.zaaknummer} ingezien`,
          })),
        );
        return {
          besluiten: besluiten.map(alsBesluit),
          toewijzingen: toewijzingen.map(alsToewijzing),
          bezwaren: bezwaren.map(alsBezwaar),
          evaluatiemomenten: momenten.map((m) => ({
            id: m.id,
            datum: m.datum,
            wijze: m.wijze,
            afgerond: m.evaluatieId !== null,
          })),
          evaluaties: evaluaties.map((e) => alsEvaluatie(e, namen)),
          afsluitingen: afsluitingen.map((a) =>
            alsAfsluiting(
              request.server.voordeur.config.publiekeUrl,
              a,
              uitnodigingen.find((u) => u.id === a.enqueteUitnodigingId),
            ),
          ),
        };
      }),
  );
};
