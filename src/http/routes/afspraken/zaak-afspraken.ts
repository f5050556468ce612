import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { annuleerAfspraak } from "../../../afspraken/annuleren";
import { boekAfspraak } from "../../../afspraken/boeken";
import { bekijkAfspraken } from "../../../afspraken/lijst";
import { ontvangerVanBevestiging } from "../../../afspraken/ontvanger";
import { afspraakAlsApi } from "../../../afspraken/weergave";
import { afspraak, annulering, bevestigingOntvanger, nieuweAfspraak } from "../../../contract/afspraken";
import { pagina, paginaQuery } from "../../../contract/paginering";
import { afspraakInLijst } from "../../../db/afspraken";
import { laadZaak } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const afspraakParams = z.object({ id: z.uuid("Onbekende afspraak") });

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
      metGemeente(request, (h) =>
        bekijkAfspraken(h, request.params.id, request.query.pagina, request.query.perPagina),
      ),
  );

  app.get(
    "/zaken/:id/afspraken/ontvanger",
    {
      schema: {
        tags: ["afspraken"],
        summary:
          "Wie de bevestiging van een afspraak krijgt (hoofdpersoon of vertegenwoordiger; bij een minderjarige de ouder met gezag)",
        params: zaakParams,
        response: { 200: bevestigingOntvanger },
      },
    },
    async (request) => metGemeente(request, (h) => ontvangerVanBevestiging(h, request.params.id)),
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
        const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen" });
        const rij = await boekAfspraak(h, zaak, request.body, request.server.voordeur.config.mail.van);
        const weergave = await afspraakInLijst(h.tx, rij.id);
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
      const { weergave, versie: nieuw } = await metGemeente(request, (h) =>
        annuleerAfspraak(
          h,
          request.params.id,
          versie,
          request.body.reden,
          request.server.voordeur.config.mail.van,
        ),
      );
      zetVersie(reply, nieuw);
      return afspraakAlsApi(weergave);
    },
  );
};
