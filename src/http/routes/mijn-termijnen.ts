import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { evaluatieTermijnen } from "../../besluiten/evaluatie";
import { mijnTermijn } from "../../contract/zaken";
import { termijnenVanBehandelaar } from "../../db/zaken";
import { plusWerkdagen } from "../../domain/termijnen";
import { auditeer } from "../../handeling/context";
import { vandaag } from "../../lib/klok";
import { urgentie } from "../../zaken/termijnen";
import { metGemeente } from "../context";

/** "Mijn termijnen": the caller's zaken with a deadline within N working days, overdue first. */
export const mijnTermijnenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/mijn-termijnen",
    {
      schema: {
        tags: ["zaken"],
        summary: "Zaken op mijn naam met een termijn binnen N werkdagen (standaard 5), verlopen eerst",
        querystring: z.object({ dagen: z.coerce.number().int().min(0).max(60).default(5) }).strict(),
        response: { 200: z.array(mijnTermijn) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const dag = vandaag();
        const rijen = await termijnenVanBehandelaar(
          tx,
          wie.medewerkerId,
          plusWerkdagen(dag, request.query.dagen),
        );
        await auditeer(
          h,
          rijen.flatMap(({ zaak, hoofdpersoonId }) =>
            hoofdpersoonId
              ? [
                  {
                    actie: "lezen" as const,
                    resource: "mijn-termijnen",
                    persoonId: hoofdpersoonId,
                    reden: `naam getoond bij termijn van ${zaak.zaaknummer}`,
                  },
                ]
              : [],
          ),
        );
        const wettelijk = rijen.flatMap(({ zaak, hoofdpersoon }) =>
          zaak.volgendeTermijnDatum && zaak.volgendeTermijnSoort
            ? [
                {
                  id: zaak.id,
                  zaaknummer: zaak.zaaknummer,
                  zaaktype: zaak.zaaktype,
                  status: zaak.status,
                  hoofdpersoon,
                  termijn: {
                    soort: zaak.volgendeTermijnSoort,
                    uiterlijkeDatum: zaak.volgendeTermijnDatum,
                    urgentie: urgentie(zaak.volgendeTermijnDatum, dag),
                  },
                },
              ]
            : [],
        );
        // Planned evaluation moments (besluiten area) count as termijnen of the medewerker too.
        const evaluaties = await evaluatieTermijnen(h, plusWerkdagen(dag, request.query.dagen));
        return [...wettelijk, ...evaluaties].sort((a, b) =>
          a.termijn.uiterlijkeDatum.localeCompare(b.termijn.uiterlijkeDatum),
        );
      }),
  );
};
