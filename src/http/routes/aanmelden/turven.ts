import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { turfOverzicht, turfTelling, turfVerzoek } from "../../../contract/aanmelden";
import { turf, turvenOp } from "../../../db/aanmelden";
import { CONTACT_THEMA_LABELS, CONTACT_THEMAS, type ContactThema } from "../../../domain/aanmelden/contact";
import { vereis } from "../../../handeling/context";
import { vandaag } from "../../../lib/klok";
import { metGemeente } from "../../context";

const isThema = (t: string): t is ContactThema => (CONTACT_THEMAS as readonly string[]).includes(t);

/** General questions are not registered: one click counts them per thema per day, without personal data. */
export const turvenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/contacten/turf",
    {
      schema: {
        tags: ["aanmelden"],
        summary: "Een algemene vraag turven (per thema, zonder persoonsgegevens)",
        body: turfVerzoek,
        response: { 201: turfTelling },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", { soort: "contact", gemeenteCode: wie.gemeente.code });
        const datum = vandaag();
        const aantal = await turf(tx, wie.gemeente.code, datum, request.body.thema);
        reply.code(201);
        return { datum, thema: request.body.thema, aantal };
      }),
  );

  app.get(
    "/contacten/turf",
    {
      schema: {
        tags: ["aanmelden"],
        summary: "Geturfde algemene vragen per thema op een dag (standaard vandaag)",
        querystring: z.object({ datum: z.iso.date("Gebruik een datum als 2026-01-05").optional() }).strict(),
        response: { 200: turfOverzicht },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "contact", gemeenteCode: wie.gemeente.code });
        const datum = request.query.datum ?? vandaag();
        const rijen = await turvenOp(tx, datum);
        const items = rijen.map((r) => ({
          thema: r.thema,
          label: isThema(r.thema) ? CONTACT_THEMA_LABELS[r.thema] : r.thema,
          aantal: r.aantal,
        }));
        return { datum, items, totaal: items.reduce((som, i) => som + i.aantal, 0) };
      }),
  );
};
