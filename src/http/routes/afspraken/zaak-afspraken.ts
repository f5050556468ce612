import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { verstuurAnnulering } from "../../../afspraken/bevestiging";
import { boekAfspraak } from "../../../afspraken/boeken";
import { afspraakAlsApi } from "../../../afspraken/weergave";
import type { Ingelogd } from "../../../auth/sessies";
import { afspraak, annulering, bevestigingOntvanger, nieuweAfspraak } from "../../../contract/afspraken";
import { pagina, paginaQuery } from "../../../contract/paginering";
import {
  afspraakInLijst,
  afsprakenVanZaak,
  betrokkenenVoorBevestiging,
  haalAfspraak,
  haalMedewerker,
  werkAfspraakBij,
} from "../../../db/afspraken";
import type { Tx } from "../../../db/client";
import { haalPersoon } from "../../../db/personen";
import { haalZaak, personenVanZaak, voegGebeurtenisToe } from "../../../db/zaken";
import { aanhef, isJeugdzaak, kiesOntvanger } from "../../../domain/afspraken/bevestiging";
import type { Actie } from "../../../domain/autorisatie";
import { volledigeNaam } from "../../../domain/persoon/naam";
import { auditeer, type Handeling, vereis } from "../../../handeling/context";
import { conflict, nietGevonden, regelOvertreden } from "../../../handeling/weigering";
import { nu, vandaag } from "../../../lib/klok";
import { zaakResource } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const afspraakParams = z.object({ id: z.uuid("Onbekende afspraak") });

/** The zaak, if it exists and the caller may do `actie` on it. */
export async function zaakVoor(tx: Tx, wie: Ingelogd, id: string, actie: Actie) {
  const zaak = await haalZaak(tx, id);
  if (!zaak) throw nietGevonden();
  vereis(wie, actie, zaakResource(wie, zaak));
  return zaak;
}

async function auditLezen(h: Handeling, zaakId: string, reden: string) {
  const { tx } = h;
  const personen = await personenVanZaak(tx, zaakId);
  await auditeer(
    h,
    [...new Set(personen.map((p) => p.persoonId))].map((persoonId) => ({
      actie: "lezen" as const,
      resource: "afspraak",
      persoonId,
      reden,
    })),
  );
}

/** Appointments of a zaak: booking (with confirmation letter and mail), listing, cancelling. */
export const zaakAfsprakenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/afspraken",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Afspraken van een zaak",
        params: zaakParams,
        querystring: paginaQuery,
        response: { 200: pagina(afspraak) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await zaakVoor(tx, wie, request.params.id, "lezen");
        const { pagina: p, perPagina } = request.query;
        const { items, totaal } = await afsprakenVanZaak(tx, zaak.id, p, perPagina);
        await auditLezen(h, zaak.id, `afspraken van zaak ${zaak.zaaknummer} bekeken`);
        return { items: items.map(afspraakAlsApi), totaal, pagina: p, perPagina };
      }),
  );

  app.get(
    "/zaken/:id/afspraken/ontvanger",
    {
      schema: {
        tags: ["afspraken"],
        summary:
          "Wie de bevestiging van een afspraak krijgt (hoofdpersoon; bij een minderjarige de gezaghebbende)",
        params: zaakParams,
        response: { 200: bevestigingOntvanger },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await zaakVoor(tx, wie, request.params.id, "lezen");
        const betrokkenen = await betrokkenenVoorBevestiging(tx, zaak.id);
        const keuze = kiesOntvanger(betrokkenen, vandaag());
        const jeugd = isJeugdzaak(zaak.zaaktype, betrokkenen, vandaag());
        if (!keuze.ok) return { persoonId: null, naam: null, email: null, reden: keuze.reden, jeugd };
        await auditeer(h, [
          {
            actie: "lezen",
            resource: "contactgegevens",
            persoonId: keuze.ontvanger.persoonId,
            reden: `ontvanger bevestiging afspraak zaak ${zaak.zaaknummer}`,
          },
        ]);
        return {
          persoonId: keuze.ontvanger.persoonId,
          naam: volledigeNaam(keuze.ontvanger),
          email: keuze.ontvanger.email,
          reden: keuze.reden,
          jeugd,
        };
      }),
  );

  app.post(
    "/zaken/:id/afspraken",
    {
      schema: {
        tags: ["afspraken"],
        summary:
          "Afspraak maken: binnen werktijden, niet dubbel geboekt; met bevestigingsbrief (PDF) en e-mail met .ics",
        params: zaakParams,
        body: nieuweAfspraak,
        response: { 201: afspraak },
      },
    },
    async (request, reply) => {
      // Answer only after the transaction committed, so the client can read what it just made.
      const gemaakt = await metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await zaakVoor(tx, wie, request.params.id, "wijzigen");
        const rij = await boekAfspraak(h, zaak, request.body, request.server.voordeur.config.mail.van);
        const weergave = await afspraakInLijst(tx, rij.id);
        if (!weergave) throw new Error("afspraak niet teruggevonden");
        zetVersie(reply, rij.versie);
        return afspraakAlsApi(weergave);
      });
      return reply.code(201).send(gemaakt);
    },
  );

  app.post(
    "/afspraken/:id/annuleren",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Afspraak annuleren (stuur If-Match met de versie); de inwoner krijgt bericht",
        params: afspraakParams,
        body: annulering,
        response: { 200: afspraak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const huidig = await haalAfspraak(tx, request.params.id);
        if (!huidig) throw nietGevonden();
        const zaak = await zaakVoor(tx, wie, huidig.zaakId, "wijzigen");
        if (huidig.versie !== versie) throw conflict();
        if (huidig.status === "geannuleerd") throw regelOvertreden("Deze afspraak is al geannuleerd.");
        if (huidig.begin <= nu()) {
          throw regelOvertreden(
            "Een afspraak die al is begonnen of voorbij is, kan niet meer worden geannuleerd.",
          );
        }
        const { reden } = request.body;
        const medewerker = await haalMedewerker(tx, huidig.medewerkerId);
        const ontvanger = huidig.ontvangerPersoonId
          ? await haalPersoon(tx, huidig.ontvangerPersoonId)
          : undefined;
        const mailId =
          huidig.ontvangerEmail && medewerker
            ? await verstuurAnnulering(tx, {
                afspraakId: huidig.id,
                volgnummer: huidig.versie,
                email: huidig.ontvangerEmail,
                gemeente: wie.gemeente.naam,
                begin: huidig.begin,
                eind: huidig.eind,
                medewerker,
                afzender: request.server.voordeur.config.mail.van,
                reden,
                aanhef: ontvanger ? aanhef(ontvanger) : "Beste inwoner,",
              })
            : null;
        const bijgewerkt = await werkAfspraakBij(tx, huidig.id, versie, {
          status: "geannuleerd",
          geannuleerdDoor: wie.medewerkerId,
          geannuleerdOp: nu(),
          redenAnnulering: reden,
          ...(mailId ? { mailId } : {}),
        });
        if (!bijgewerkt) throw conflict();
        await voegGebeurtenisToe(tx, {
          gemeenteCode: zaak.gemeenteCode,
          zaakId: zaak.id,
          medewerkerId: wie.medewerkerId,
          soort: "afspraak-geannuleerd",
          vanStatus: zaak.status,
          naarStatus: zaak.status,
          toelichting: reden,
          gegevens: { afspraakId: huidig.id },
        });
        await auditeer(h, [
          {
            actie: "wijzigen",
            resource: "afspraak",
            persoonId: huidig.ontvangerPersoonId,
            reden: `afspraak bij zaak ${zaak.zaaknummer} geannuleerd`,
          },
        ]);
        const weergave = await afspraakInLijst(tx, huidig.id);
        if (!weergave) throw new Error("afspraak niet teruggevonden");
        zetVersie(reply, bijgewerkt.versie);
        return afspraakAlsApi(weergave);
      });
    },
  );
};
