import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../../auth/sessies";
import { leesBerichtXml } from "../../../berichten/lees-xml";
import { berichtenQuery, berichtSamenvatting } from "../../../contract/berichten";
import { pagina } from "../../../contract/paginering";
import { type BerichtLijstItem, haalBericht, lijstBerichten, werkBerichtBij } from "../../../db/berichten";
import type { Retour } from "../../../domain/berichten/retourcodes";
import { typeVan } from "../../../domain/berichten/typen";
import { auditeer, vereis } from "../../../handeling/context";
import { nietGevonden } from "../../../handeling/weigering";
import { nu } from "../../../lib/klok";
import { metGemeente } from "../../context";

const idParams = z.object({ id: z.uuid("Onbekend bericht") });

export const berichtenResource = (wie: Ingelogd) => ({
  soort: "berichten" as const,
  gemeenteCode: wie.gemeente.code,
});

interface Opgeslagen {
  retouren?: Retour[];
  meldingen?: string[];
  retour?: { retouren?: Retour[] };
}

export function alsSamenvatting(b: BerichtLijstItem): z.infer<typeof berichtSamenvatting> {
  const v = (b.verwerking ?? {}) as Opgeslagen;
  return {
    id: b.id,
    richting: b.richting,
    standaard: b.standaard,
    berichttype: b.berichttype,
    omschrijving: typeVan(b.standaard, b.berichttype)?.omschrijving ?? b.berichttype,
    afzender: b.afzender,
    ontvanger: b.ontvanger,
    identificatie: b.identificatie,
    dagtekening: b.dagtekening,
    aanbiederAgb: b.aanbiederAgb,
    persoonId: b.persoonId,
    zaakId: b.zaakId,
    heenberichtId: b.heenberichtId,
    status: b.status,
    retouren: v.retouren?.length ? v.retouren : (v.retour?.retouren ?? []),
    meldingen: v.meldingen ?? [],
    aandacht: b.aandacht,
    afgehandeldOp: b.afgehandeldOp?.toISOString() ?? null,
    pogingen: b.pogingen,
    laatsteFout: b.laatsteFout,
    verzondenOp: b.verzondenOp?.toISOString() ?? null,
    aangemaaktOp: b.aangemaaktOp.toISOString(),
  };
}

const leesReden = (b: { berichttype: string; identificatie: string }) =>
  `bericht ${b.berichttype} ${b.identificatie} ingezien`;

/** The message log: per zaak, per provider, incoming/outgoing, and the exact XML. */
export const berichtRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/berichten",
    {
      schema: {
        tags: ["berichten"],
        summary: "Berichtenlog (filter op richting, zaak, persoon, aanbieder of openstaande taken)",
        querystring: berichtenQuery,
        response: { 200: pagina(berichtSamenvatting) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", berichtenResource(wie));
        const q = request.query;
        const { items, totaal } = await lijstBerichten(
          tx,
          {
            richting: q.richting,
            zaakId: q.zaakId,
            persoonId: q.persoonId,
            aanbiederAgb: q.aanbiederAgb,
            alleenAandacht: q.aandacht === "ja",
          },
          q.pagina,
          q.perPagina,
        );
        const personen = [...new Set(items.flatMap((b) => (b.persoonId ? [b.persoonId] : [])))];
        await auditeer(
          h,
          personen.map((persoonId) => ({
            actie: "lezen" as const,
            resource: "bericht",
            persoonId,
            reden: "berichtenlog ingezien",
          })),
        );
        return { items: items.map(alsSamenvatting), totaal, pagina: q.pagina, perPagina: q.perPagina };
      }),
  );

  app.get(
    "/berichten/:id",
    {
      schema: {
        tags: ["berichten"],
        summary: "Metagegevens en verwerking van een bericht",
        params: idParams,
        response: { 200: berichtSamenvatting },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", berichtenResource(wie));
        const b = await haalBericht(tx, request.params.id);
        if (!b) throw nietGevonden();
        await auditeer(h, [
          { actie: "lezen", resource: "bericht", persoonId: b.persoonId, reden: leesReden(b) },
        ]);
        return alsSamenvatting(b);
      }),
  );

  app.get(
    "/berichten/:id/xml",
    {
      schema: {
        tags: ["berichten"],
        summary:
          "Het bericht precies zoals verzonden of ontvangen (application/xml); bevat BSN, naam en adres, dus alleen voor wie de basisgegevens van de cliënt mag zien",
        params: idParams,
        produces: ["application/xml"],
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const xml = await leesBerichtXml(h, request.params.id);
        reply.type("application/xml; charset=utf-8");
        return xml;
      }),
  );

  app.post(
    "/berichten/:id/afgehandeld",
    {
      schema: {
        tags: ["berichten"],
        summary: "De taak bij een bericht (aandacht voor A&O) afhandelen",
        params: idParams,
        response: { 200: berichtSamenvatting },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", berichtenResource(wie));
        const b = await haalBericht(tx, request.params.id);
        if (!b) throw nietGevonden();
        const afgehandeldOp = b.afgehandeldOp ?? nu();
        await werkBerichtBij(tx, b.id, { afgehandeldOp });
        await auditeer(h, [
          {
            actie: "wijzigen",
            resource: "bericht",
            persoonId: b.persoonId,
            reden: `taak bij bericht ${b.berichttype} ${b.identificatie} afgehandeld`,
          },
        ]);
        return alsSamenvatting({ ...b, afgehandeldOp });
      }),
  );
};
