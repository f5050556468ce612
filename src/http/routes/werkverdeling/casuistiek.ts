import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pagina, paginaQuery } from "../../../contract/paginering";
import {
  intrekkingVerzoek,
  nieuwAgendapunt,
  nieuwOverleg,
  overlegDetail,
  overlegSamenvatting,
  toestemmingVerzoek,
  uitkomstVerzoek,
} from "../../../contract/werkverdeling";
import {
  haalAgendapunt,
  haalOverleg,
  laatsteToestemming,
  legUitkomstVast,
  lijstOverleggen,
  staatOpAgenda,
  trekToestemmingIn,
  voegAgendapuntToe,
  voegOverlegToe,
  voegToestemmingToe,
} from "../../../db/casuistiek";
import { voegJournaalRegelToe } from "../../../db/journaal";
import { haalZaak, personenVanZaak, voegGebeurtenisToe } from "../../../db/zaken";
import { toetsAgendapunt, toetsUitkomst, uitkomstAlsJournaal } from "../../../domain/casuistiek/agenda";
import { toetsToestemming } from "../../../domain/casuistiek/toestemming";
import { auditeer, vereis } from "../../../handeling/context";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { bekijkOverleg } from "../../../werkverdeling/bekijk-overleg";
import { zaakResource } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";
import { vereisToegangsmedewerker } from "./toegang";

const overlegParams = z.object({ id: z.uuid("Onbekend overleg") });
const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });

/**
 * Casuïstiekoverleg (issue 6): zaken on an agenda, shown anonymised unless the resident consented to
 * discussion by name, the free text only to whom the policy allows (werkverdeling/bekijk-overleg.ts);
 * outcomes (advies, besluiten) are written back to the zaak. Every view is audited per person: who saw
 * which casus, anonymised or by name, with or without the free text.
 */
export const casuistiekRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/casuistiek/overleggen",
    {
      schema: {
        tags: ["casuistiek"],
        summary: "Casuïstiekoverleg plannen",
        body: nieuwOverleg,
        response: { 201: overlegSamenvatting },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereisToegangsmedewerker(wie);
        if (request.body.datum < vandaag())
          throw ongeldig("Een overleg plant u vandaag of later.", [
            { veld: "datum", melding: "Ligt in het verleden" },
          ]);
        const rij = await voegOverlegToe(tx, {
          gemeenteCode: wie.gemeente.code,
          datum: request.body.datum,
          titel: request.body.titel,
          aangemaaktDoor: wie.medewerkerId,
        });
        zetVersie(reply, rij.versie);
        reply.code(201);
        return { ...rij, aantalAgendapunten: 0 };
      }),
  );

  app.get(
    "/casuistiek/overleggen",
    {
      schema: {
        tags: ["casuistiek"],
        summary: "Casuïstiekoverleggen, de laatste datum eerst",
        querystring: paginaQuery.strict(),
        response: { 200: pagina(overlegSamenvatting) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereisToegangsmedewerker(wie);
        const { pagina: p, perPagina } = request.query;
        const { items, totaal } = await lijstOverleggen(tx, p, perPagina);
        return {
          items: items.map((i) => ({ ...i.overleg, aantalAgendapunten: i.aantalAgendapunten })),
          pagina: p,
          perPagina,
          totaal,
        };
      }),
  );

  app.get(
    "/casuistiek/overleggen/:id",
    {
      schema: {
        tags: ["casuistiek"],
        summary:
          "Het overleg met zijn agenda: per casus de geanonimiseerde samenvatting, de vrije tekst alleen voor de vakgroep van de zaak, de Regiegroep en de teamleider; met namen via ?benoemd=true (422 als voor een casus geen toestemming is vastgelegd)",
        params: overlegParams,
        querystring: z
          .object({
            benoemd: z
              .enum(["true", "false"])
              .transform((v) => v === "true")
              .default(false),
          })
          .strict(),
        response: { 200: overlegDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        vereisToegangsmedewerker(h.wie);
        const overleg = await bekijkOverleg(h, request.params.id, request.query.benoemd);
        zetVersie(reply, overleg.versie);
        return overleg;
      }),
  );

  app.post(
    "/casuistiek/overleggen/:id/agendapunten",
    {
      schema: {
        tags: ["casuistiek"],
        summary: "Een zaak inbrengen in het overleg (op de agenda zetten)",
        params: overlegParams,
        body: nieuwAgendapunt,
        response: { 201: z.object({ id: z.uuid(), versie: z.number().int() }) },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const overleg = await haalOverleg(tx, request.params.id);
        if (!overleg) throw nietGevonden();
        const zaak = await haalZaak(tx, request.body.zaakId);
        if (!zaak) throw ongeldig("Deze zaak bestaat niet.", [{ veld: "zaakId", melding: "Onbekende zaak" }]);
        vereis(wie, "wijzigen", zaakResource(wie, zaak));
        const weigering = toetsAgendapunt({
          overlegDatum: overleg.datum,
          vandaag: vandaag(),
          zaakAfgesloten: zaak.afgeslotenOp !== null,
          alOpAgenda: await staatOpAgenda(tx, overleg.id, zaak.id),
        });
        if (weigering) throw regelOvertreden(weigering.reden);
        const punt = await voegAgendapuntToe(tx, {
          gemeenteCode: wie.gemeente.code,
          overlegId: overleg.id,
          zaakId: zaak.id,
          vraag: request.body.vraag ?? "",
          ingebrachtDoor: wie.medewerkerId,
        });
        await voegGebeurtenisToe(tx, {
          gemeenteCode: wie.gemeente.code,
          zaakId: zaak.id,
          medewerkerId: wie.medewerkerId,
          soort: "casuistiek-ingebracht",
          toelichting: `Ingebracht in ${overleg.titel} (${overleg.datum}).`,
          gegevens: { overlegId: overleg.id, agendapuntId: punt.id },
        });
        await auditeer(h, [
          {
            actie: "aanmaken",
            resource: "casuistiek",
            persoonId: null,
            reden: `zaak ${zaak.zaaknummer} ingebracht in overleg ${overleg.datum}`,
          },
        ]);
        zetVersie(reply, punt.versie);
        reply.code(201);
        return { id: punt.id, versie: punt.versie };
      }),
  );

  app.post(
    "/casuistiek/overleggen/:id/agendapunten/:agendapuntId/uitkomst",
    {
      schema: {
        tags: ["casuistiek"],
        summary:
          "Uitkomst (advies, besluiten) vastleggen; wordt teruggeschreven naar de zaak (If-Match met de versie van het agendapunt)",
        params: z.object({ id: z.uuid("Onbekend overleg"), agendapuntId: z.uuid("Onbekend agendapunt") }),
        body: uitkomstVerzoek,
        response: { 200: z.object({ id: z.uuid(), versie: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const overleg = await haalOverleg(tx, request.params.id);
        const punt = overleg ? await haalAgendapunt(tx, overleg.id, request.params.agendapuntId) : undefined;
        if (!overleg || !punt) throw nietGevonden();
        const zaak = await haalZaak(tx, punt.zaakId);
        if (!zaak) throw nietGevonden();
        vereis(wie, "wijzigen", zaakResource(wie, zaak));
        if (punt.versie !== versie) throw conflict();
        const advies = request.body.advies;
        const besluiten = request.body.besluiten.filter((b) => b !== "");
        const weigering = toetsUitkomst({ advies, besluiten });
        if (weigering) throw regelOvertreden(weigering.reden);
        const bijgewerkt = await legUitkomstVast(tx, punt.id, versie, {
          advies,
          besluiten,
          door: wie.medewerkerId,
        });
        if (!bijgewerkt) throw conflict();
        await voegGebeurtenisToe(tx, {
          gemeenteCode: wie.gemeente.code,
          zaakId: zaak.id,
          medewerkerId: wie.medewerkerId,
          soort: "casuistiek-uitkomst",
          toelichting: advies || besluiten.join("; "),
          gegevens: { overlegId: overleg.id, agendapuntId: punt.id, advies, besluiten },
        });
        await voegJournaalRegelToe(tx, {
          gemeenteCode: wie.gemeente.code,
          zaakId: zaak.id,
          auteurId: wie.medewerkerId,
          zichtbaarheid: "dossier",
          tekst: uitkomstAlsJournaal({ overlegDatum: overleg.datum, advies, besluiten }),
        });
        const personen = await personenVanZaak(tx, zaak.id);
        await auditeer(
          h,
          [...new Set(personen.map((p) => p.persoonId))].map((persoonId) => ({
            actie: "wijzigen" as const,
            resource: "casuistiek",
            persoonId,
            reden: `uitkomst casuïstiekoverleg ${overleg.datum} vastgelegd bij zaak ${zaak.zaaknummer}`,
          })),
        );
        zetVersie(reply, bijgewerkt.versie);
        return { id: bijgewerkt.id, versie: bijgewerkt.versie };
      });
    },
  );

  app.post(
    "/zaken/:id/toestemming-benoemd-bespreken",
    {
      schema: {
        tags: ["casuistiek"],
        summary:
          "Toestemming van de inwoner vastleggen om de zaak met naam te bespreken in het casuïstiekoverleg",
        params: zaakParams,
        body: toestemmingVerzoek,
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await haalZaak(tx, request.params.id);
        if (!zaak) throw nietGevonden();
        vereis(wie, "wijzigen", zaakResource(wie, zaak));
        const t = request.body;
        const fouten = toetsToestemming(t, { meldingsdatum: zaak.meldingsdatum, vandaag: vandaag() });
        if (fouten.length > 0) throw ongeldig("De toestemming is niet geldig.", fouten);
        await voegToestemmingToe(tx, {
          gemeenteCode: wie.gemeente.code,
          zaakId: zaak.id,
          gegevenDoor: t.gegevenDoor,
          op: t.op,
          wijze: t.wijze,
          toelichting: t.toelichting ?? null,
          vastgelegdDoor: wie.medewerkerId,
        });
        await voegGebeurtenisToe(tx, {
          gemeenteCode: wie.gemeente.code,
          zaakId: zaak.id,
          medewerkerId: wie.medewerkerId,
          soort: "toestemming-benoemd-bespreken",
          toelichting: `Toestemming (${t.wijze}) op ${t.op}.`,
          gegevens: { op: t.op, wijze: t.wijze },
        });
        await auditeer(h, [
          {
            actie: "aanmaken",
            resource: "casuistiek",
            persoonId: null,
            reden: `toestemming benoemd bespreken vastgelegd bij zaak ${zaak.zaaknummer}`,
          },
        ]);
        reply.code(201);
        return { ok: true as const };
      }),
  );

  app.post(
    "/zaken/:id/toestemming-benoemd-bespreken/intrekken",
    {
      schema: {
        tags: ["casuistiek"],
        summary: "De toestemming om met naam te bespreken intrekken",
        params: zaakParams,
        body: intrekkingVerzoek,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await haalZaak(tx, request.params.id);
        if (!zaak) throw nietGevonden();
        vereis(wie, "wijzigen", zaakResource(wie, zaak));
        const huidig = await laatsteToestemming(tx, zaak.id);
        if (!huidig || huidig.toestemming.ingetrokkenOp !== null)
          throw regelOvertreden("Er is geen geldende toestemming om in te trekken.");
        const { op } = request.body;
        if (op > vandaag() || op < huidig.toestemming.op)
          throw ongeldig("De intrekking moet tussen de toestemming en vandaag liggen.", [
            { veld: "op", melding: "Tussen de toestemming en vandaag" },
          ]);
        await trekToestemmingIn(tx, huidig.toestemming.id, op);
        await voegGebeurtenisToe(tx, {
          gemeenteCode: wie.gemeente.code,
          zaakId: zaak.id,
          medewerkerId: wie.medewerkerId,
          soort: "toestemming-ingetrokken",
          toelichting: `Toestemming om met naam te bespreken ingetrokken op ${op}.`,
          gegevens: { op },
        });
        await auditeer(h, [
          {
            actie: "wijzigen",
            resource: "casuistiek",
            persoonId: null,
            reden: `toestemming benoemd bespreken ingetrokken bij zaak ${zaak.zaaknummer}`,
          },
        ]);
        return { ok: true as const };
      }),
  );
};
