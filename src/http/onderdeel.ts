/**
 * A section of a zaak as routes (schuldhulp, Wmo, …): its GET, and its changes, each on the zaak's versie (If-Match)
 * and answered with the section after the commit, the new versie as ETag. Thin: parse → act → respond.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Handeling } from "../handeling/context";
import { metGemeente, vereisVersie, zetVersie } from "./context";

type App = Parameters<FastifyPluginAsyncZod>[0];

export interface Wijziging {
  methode: "POST" | "PUT";
  pad: string;
  summary: string;
  body: z.ZodType;
  act: (h: Handeling, zaakId: string, versie: number, body: never) => Promise<void>;
}

const params = z.object({ id: z.uuid("Onbekende zaak") });

export function zaakOnderdelen(app: App, tags: string[]) {
  return (
    pad: string,
    summary: string,
    antwoord: z.ZodType,
    lees: (h: Handeling, zaakId: string) => Promise<{ versie: number }>,
    wijzigingen: readonly Wijziging[],
  ): void => {
    app.get(
      pad,
      { schema: { tags, summary, params, response: { 200: antwoord } } },
      async (request, reply) => {
        const weergave = await metGemeente(request, (h) => lees(h, request.params.id));
        zetVersie(reply, weergave.versie);
        return weergave as never;
      },
    );
    for (const w of wijzigingen)
      app.route({
        method: w.methode,
        url: w.pad,
        schema: { tags, summary: w.summary, params, body: w.body, response: { 200: antwoord } },
        handler: async (request, reply) => {
          const versie = vereisVersie(request);
          const { id } = request.params as { id: string };
          const weergave = await metGemeente(request, async (h) => {
            await w.act(h, id, versie, request.body as never);
            return lees(h, id);
          });
          zetVersie(reply, weergave.versie);
          return weergave as never;
        },
      });
  };
}
