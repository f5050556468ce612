import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pagina, paginaQuery } from "../../contract/paginering";
import { werkvoorraadTelling, zaakInWerkvoorraad } from "../../contract/zaken";
import { tellingenPerWerkvoorraad, zakenInWerkvoorraad } from "../../db/zaken";
import { beslis } from "../../domain/autorisatie";
import { WERKVOORRAAD_LABELS, WERKVOORRADEN, type WerkvoorraadCode } from "../../domain/routering/routering";
import { tekst } from "../../domain/tekst";
import { actorVan, auditeer } from "../../handeling/context";
import { nietGevonden, nietToegestaan } from "../../handeling/weigering";
import { vandaag } from "../../lib/klok";
import { urgentie } from "../../zaken/termijnen";
import { metGemeente } from "../context";

const isWerkvoorraad = (code: string): code is WerkvoorraadCode =>
  (WERKVOORRADEN as readonly string[]).includes(code);

/** Werkvoorraden ("bakken"): open zaken per werkvoorraad, nearest deadline first (issue 4). */
export const werkvoorradenRoutes: FastifyPluginAsyncZod = async (app) => {
  const zichtbaar = (wie: Parameters<typeof actorVan>[0], code: string) =>
    beslis(actorVan(wie), "lezen", {
      soort: "zaak",
      gemeenteCode: wie.gemeente.code,
      vakgroep: code,
      behandelaarId: null,
    });

  app.get(
    "/werkvoorraden",
    {
      schema: {
        tags: ["zaken"],
        summary: "De werkvoorraden die de medewerker mag zien, met aantallen open en verlopen zaken",
        response: { 200: z.array(werkvoorraadTelling) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const tellingen = await tellingenPerWerkvoorraad(tx, vandaag());
        return WERKVOORRADEN.filter((code) => zichtbaar(wie, code).toegestaan).map((code) => ({
          code,
          naam: WERKVOORRAAD_LABELS[code],
          aantal: tellingen.get(code)?.aantal ?? 0,
          verlopen: tellingen.get(code)?.verlopen ?? 0,
        }));
      }),
  );

  app.get(
    "/werkvoorraden/:code/zaken",
    {
      schema: {
        tags: ["zaken"],
        summary: "Open zaken in een werkvoorraad, gesorteerd op de dichtstbijzijnde uiterlijke datum",
        params: z.object({ code: tekst("Werkvoorraad").max(50) }),
        querystring: paginaQuery
          .extend({
            behandelaar: z.uuid("Onbekende behandelaar").optional(),
            wijk: tekst("Wijk").max(100).optional(),
            status: tekst("Status").max(50).optional(),
            verlopen: z
              .enum(["true", "false"])
              .transform((v) => v === "true")
              .optional(),
          })
          .strict(),
        response: { 200: pagina(zaakInWerkvoorraad) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { code } = request.params;
        if (!isWerkvoorraad(code)) throw nietGevonden("Deze werkvoorraad bestaat niet.");
        const besluit = zichtbaar(wie, code);
        if (!besluit.toegestaan) throw nietToegestaan(besluit.reden);
        const q = request.query;
        const dag = vandaag();
        const { items, totaal } = await zakenInWerkvoorraad(
          tx,
          {
            werkvoorraad: code,
            behandelaarId: q.behandelaar,
            wijkCode: q.wijk,
            status: q.status,
            alleenVerlopen: q.verlopen,
            vandaag: dag,
          },
          q.pagina,
          q.perPagina,
        );
        await auditeer(
          h,
          items.flatMap(({ zaak, hoofdpersoonId }) =>
            hoofdpersoonId
              ? [
                  {
                    actie: "lezen" as const,
                    resource: "werkvoorraad",
                    persoonId: hoofdpersoonId,
                    reden: `naam getoond in werkvoorraad bij ${zaak.zaaknummer}`,
                  },
                ]
              : [],
          ),
        );
        return {
          items: items.map(({ zaak, behandelaar, hoofdpersoon }) => ({
            id: zaak.id,
            zaaknummer: zaak.zaaknummer,
            zaaktype: zaak.zaaktype,
            status: zaak.status,
            behandelaar,
            meldingsdatum: zaak.meldingsdatum,
            hoofdpersoon,
            wijk: zaak.wijkCode,
            veiligheid: zaak.veiligheid,
            termijn:
              zaak.volgendeTermijnDatum && zaak.volgendeTermijnSoort
                ? {
                    soort: zaak.volgendeTermijnSoort,
                    uiterlijkeDatum: zaak.volgendeTermijnDatum,
                    status: zaak.volgendeTermijnDatum < dag ? "verlopen" : "lopend",
                    urgentie: urgentie(zaak.volgendeTermijnDatum, dag),
                  }
                : null,
          })),
          pagina: q.pagina,
          perPagina: q.perPagina,
          totaal,
        };
      }),
  );
};
