import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { paginaQuery } from "../../../contract/paginering";
import { medewerkerKeuze, regiegroepOverzicht } from "../../../contract/werkverdeling";
import { actieveMedewerkers, teVerdelenRegiegroepZaken } from "../../../db/werkverdeling";
import { tekst } from "../../../domain/tekst";
import { grondVoorBehandeling } from "../../../domain/werkverdeling/behandelaar";
import { verdeelmomentVoorZaak, volgendVerdeelmoment } from "../../../domain/werkverdeling/verdeelmoment";
import { auditeer, vereis } from "../../../handeling/context";
import { vandaag } from "../../../lib/klok";
import { metGemeente } from "../../context";
import { vereisToegangsmedewerker } from "./toegang";

/** Regiegroep verdeelmomenten (Tuesday/Thursday, crises at once) and the medewerkers a zaak can go to. */
export const regiegroepRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/werkverdeling/regiegroep",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Het volgende verdeelmoment van de Regiegroep en de zaken die nog verdeeld moeten worden",
        querystring: paginaQuery.strict(),
        response: { 200: regiegroepOverzicht },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", {
          soort: "zaak",
          gemeenteCode: wie.gemeente.code,
          vakgroep: "regiegroep",
          behandelaarId: null,
        });
        const dag = vandaag();
        const { pagina, perPagina } = request.query;
        const { items, totaal } = await teVerdelenRegiegroepZaken(tx, pagina, perPagina);
        await auditeer(
          h,
          items.flatMap(({ zaak, hoofdpersoonId }) =>
            hoofdpersoonId
              ? [
                  {
                    actie: "lezen" as const,
                    resource: "werkverdeling",
                    persoonId: hoofdpersoonId,
                    reden: `zaak ${zaak.zaaknummer} getoond in de verdeellijst van de Regiegroep`,
                  },
                ]
              : [],
          ),
        );
        return {
          verdeelmoment: volgendVerdeelmoment(dag),
          items: items.map(({ zaak }) => ({
            id: zaak.id,
            zaaknummer: zaak.zaaknummer,
            zaaktype: zaak.zaaktype,
            status: zaak.status,
            meldingsdatum: zaak.meldingsdatum,
            veiligheid: zaak.veiligheid,
            leefgebieden: zaak.leefgebieden,
            wijk: zaak.wijkCode,
            verdeelmoment: verdeelmomentVoorZaak(dag, zaak.veiligheid),
          })),
          pagina,
          perPagina,
          totaal,
        };
      }),
  );

  app.get(
    "/werkverdeling/medewerkers",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Medewerkers die de zaken van een werkvoorraad mogen behandelen (voor 'oppakken')",
        querystring: z.object({ werkvoorraad: tekst("Werkvoorraad").trim().min(1).max(50) }).strict(),
        response: { 200: z.array(medewerkerKeuze) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereisToegangsmedewerker(wie);
        const { werkvoorraad } = request.query;
        return (await actieveMedewerkers(tx)).flatMap((m) => {
          const grond = grondVoorBehandeling(werkvoorraad, m);
          return grond === null
            ? []
            : [
                {
                  id: m.id,
                  naam: m.naam,
                  vakgroepen: [...m.vakgroepen],
                  grond,
                  ikZelf: m.id === wie.medewerkerId,
                },
              ];
        });
      }),
  );
};
