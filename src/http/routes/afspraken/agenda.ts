import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../../auth/sessies";
import {
  afspraakInAgenda,
  agenda,
  agendaMedewerker,
  agendaQuery,
  locatie,
  werktijdenWijziging,
} from "../../../contract/afspraken";
import { pagina, paginaQuery } from "../../../contract/paginering";
import {
  afsprakenVanMedewerker,
  haalAgenda,
  haalMedewerker,
  hoofdpersonen,
  locatieNamen,
  locatiesVanGemeente,
  medewerkersVanGemeente,
  telLocaties,
  vervangWerktijden,
} from "../../../db/afspraken";
import { naarLokaal, vanLokaal, type Weekdag } from "../../../domain/afspraken/tijd";
import { valideerWerktijden } from "../../../domain/afspraken/werktijden";
import { beslis, TOEGANGSROLLEN } from "../../../domain/autorisatie";
import { volledigeNaam } from "../../../domain/persoon/naam";
import { dagenTussen, plusDagen } from "../../../domain/termijnen/kalender";
import { actorVan, auditeer, vereis } from "../../../handeling/context";
import { conflict, nietGevonden, ongeldig } from "../../../handeling/weigering";
import { zaakResource } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const medewerkerParams = z.object({ medewerkerId: z.uuid("Onbekende medewerker") });
const MAX_DAGEN = 62;

const agendaResource = (wie: Ingelogd, medewerkerId: string) => ({
  soort: "agenda" as const,
  gemeenteCode: wie.gemeente.code,
  medewerkerId,
});

/** Agendas (working hours per weekday and location) and the locations appointments take place at. */
export const agendaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/locaties",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Locaties voor afspraken (gemeentehuis, wijklocaties, buurtteamruimtes, huisbezoek)",
        querystring: paginaQuery,
        response: { 200: pagina(locatie) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", agendaResource(wie, wie.medewerkerId));
        const { pagina: p, perPagina } = request.query;
        const rijen = await locatiesVanGemeente(tx, p, perPagina);
        return {
          items: rijen.map((l) => ({
            id: l.id,
            naam: l.naam,
            soort: l.soort,
            adres: l.adres,
            wijk: l.wijkCode,
            capaciteit: l.capaciteit,
          })),
          totaal: await telLocaties(tx),
          pagina: p,
          perPagina,
        };
      }),
  );

  app.get(
    "/agenda/medewerkers",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Medewerkers met een agenda (om een afspraak mee te maken)",
        response: { 200: z.array(agendaMedewerker) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", agendaResource(wie, wie.medewerkerId));
        return medewerkersVanGemeente(tx, TOEGANGSROLLEN);
      }),
  );

  app.get(
    "/agenda/mijn",
    {
      schema: {
        tags: ["afspraken"],
        summary: "De ingelogde medewerker (voor 'mijn agenda')",
        response: { 200: agendaMedewerker },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { wie } = h;
        vereis(wie, "lezen", agendaResource(wie, wie.medewerkerId));
        return { id: wie.medewerkerId, naam: wie.naam };
      }),
  );

  app.get(
    "/agenda/:medewerkerId/werktijden",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Werktijden van een medewerker (weekpatroon)",
        params: medewerkerParams,
        response: { 200: agenda },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { medewerkerId } = request.params;
        vereis(wie, "lezen", agendaResource(wie, medewerkerId));
        const medewerker = await haalMedewerker(tx, medewerkerId);
        if (!medewerker) throw nietGevonden("Deze medewerker bestaat niet.");
        const { versie, werktijden } = await haalAgenda(tx, medewerkerId);
        const namen = await locatieNamen(
          tx,
          werktijden.flatMap((w) => (w.locatieId ? [w.locatieId] : [])),
        );
        zetVersie(reply, versie);
        return {
          medewerker: { id: medewerker.id, naam: medewerker.naam },
          werktijden: werktijden.map((w) => ({
            ...w,
            locatie: w.locatieId ? (namen.get(w.locatieId) ?? null) : null,
          })),
          versie,
        };
      }),
  );

  app.put(
    "/agenda/:medewerkerId/werktijden",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Werktijden vervangen (stuur If-Match met de versie)",
        params: medewerkerParams,
        body: werktijdenWijziging,
        response: { 200: agenda },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { medewerkerId } = request.params;
        vereis(wie, "wijzigen", agendaResource(wie, medewerkerId));
        const medewerker = await haalMedewerker(tx, medewerkerId);
        if (!medewerker) throw nietGevonden("Deze medewerker bestaat niet.");
        const nieuw = request.body.werktijden.map((w) => ({ ...w, weekdag: w.weekdag as Weekdag }));
        const fouten = valideerWerktijden(nieuw);
        const ids = [...new Set(nieuw.flatMap((w) => (w.locatieId ? [w.locatieId] : [])))];
        const namen = await locatieNamen(tx, ids);
        nieuw.forEach((w, i) => {
          if (w.locatieId && !namen.has(w.locatieId))
            fouten.push({ veld: `werktijden.${i}.locatieId`, melding: "Onbekende locatie" });
        });
        if (fouten.length > 0) throw ongeldig("De werktijden kloppen niet.", fouten);
        const nieuweVersie = await vervangWerktijden(
          tx,
          wie.gemeente.code,
          medewerkerId,
          versie,
          nieuw,
          wie.medewerkerId,
        );
        if (nieuweVersie === undefined) throw conflict();
        await auditeer(h, [
          {
            actie: "wijzigen",
            resource: "agenda",
            persoonId: null,
            reden: `werktijden van ${medewerker.naam}`,
          },
        ]);
        zetVersie(reply, nieuweVersie);
        return {
          medewerker: { id: medewerker.id, naam: medewerker.naam },
          werktijden: nieuw.map((w) => ({
            ...w,
            locatie: w.locatieId ? (namen.get(w.locatieId) ?? null) : null,
          })),
          versie: nieuweVersie,
        };
      });
    },
  );

  app.get(
    "/agenda/:medewerkerId/afspraken",
    {
      schema: {
        tags: ["afspraken"],
        summary:
          "Afspraken van een medewerker van datum tot en met datum (inhoud alleen bij zaken die u mag zien)",
        params: medewerkerParams,
        querystring: agendaQuery,
        response: { 200: pagina(afspraakInAgenda) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const { medewerkerId } = request.params;
        const { van, tot, pagina: p, perPagina } = request.query;
        if (tot < van)
          throw ongeldig("De einddatum ligt voor de begindatum.", [
            { veld: "tot", melding: "Voor de begindatum" },
          ]);
        if (dagenTussen(van, tot) > MAX_DAGEN) {
          throw ongeldig(`Vraag hoogstens ${MAX_DAGEN} dagen tegelijk op.`, [
            { veld: "tot", melding: `Hoogstens ${MAX_DAGEN} dagen na de begindatum` },
          ]);
        }
        vereis(wie, "lezen", agendaResource(wie, medewerkerId));
        if (!(await haalMedewerker(tx, medewerkerId))) throw nietGevonden("Deze medewerker bestaat niet.");
        const begin = vanLokaal(van, "00:00");
        const einde = vanLokaal(plusDagen(tot, 1), "00:00");
        if (!begin || !einde) throw ongeldig("Ongeldige periode.");
        const { items, totaal } = await afsprakenVanMedewerker(tx, medewerkerId, begin, einde, p, perPagina);
        const actor = actorVan(wie);
        const zichtbaar = new Set(
          items
            .filter((r) => beslis(actor, "lezen", zaakResource(wie, r)).toegestaan)
            .map((r) => r.afspraak.zaakId),
        );
        const personen = await hoofdpersonen(tx, [...zichtbaar]);
        await auditeer(
          h,
          [...new Set([...personen.values()].map((h) => h.persoonId))].map((persoonId) => ({
            actie: "lezen" as const,
            resource: "afspraak",
            persoonId,
            reden: "agenda bekeken",
          })),
        );
        return {
          items: items.map((r) => {
            const a = r.afspraak;
            const inhoud = zichtbaar.has(a.zaakId);
            const hoofd = personen.get(a.zaakId);
            return {
              id: a.id,
              datum: naarLokaal(a.begin).datum,
              begintijd: naarLokaal(a.begin).tijd,
              eindtijd: naarLokaal(a.eind).tijd,
              locatie: r.locatie,
              status: a.status,
              zaak: inhoud
                ? {
                    id: a.zaakId,
                    zaaknummer: r.zaaknummer,
                    hoofdpersoon: hoofd ? volledigeNaam(hoofd) : null,
                  }
                : null,
              onderwerp: inhoud ? a.onderwerp : null,
            };
          }),
          totaal,
          pagina: p,
          perPagina,
        };
      }),
  );
};
