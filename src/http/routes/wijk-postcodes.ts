import { eq, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { rijen } from "../../db/client";
import { wijken, wijkPostcodes } from "../../db/schema";
import { tekst } from "../../domain/tekst";
import { vereis } from "../../handeling/context";
import { ongeldig } from "../../handeling/weigering";
import { metGemeente } from "../context";

const postcode6 = tekst("Postcode")
  .trim()
  .transform((p) => p.replace(/\s/g, "").toUpperCase())
  .pipe(tekst("Postcode").regex(/^[1-9]\d{3}[A-Z]{2}$/, "Gebruik een postcode als 9301AA"));

const bereik = z
  .object({ postcodeVan: postcode6, postcodeTot: postcode6, wijkCode: tekst("Wijk").trim().min(1).max(100) })
  .strict();

const bereikUit = z.object({ postcodeVan: tekst(), postcodeTot: tekst(), wijkCode: tekst() });

/** The gemeente's postcode → wijk table (beheerder), from which a resident's wijk is derived. */
export const wijkPostcodesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/wijk-postcodes",
    {
      schema: {
        tags: ["beheer"],
        summary: "Postcodegebieden per wijk of dorp",
        response: { 200: z.array(bereikUit) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "catalogus", gemeenteCode: wie.gemeente.code });
        const rij = await tx
          .select({
            postcodeVan: wijkPostcodes.postcodeVan,
            postcodeTot: wijkPostcodes.postcodeTot,
            wijkCode: wijkPostcodes.wijkCode,
          })
          .from(wijkPostcodes)
          .orderBy(wijkPostcodes.postcodeVan)
          .limit(10_000);
        return rij;
      }),
  );

  app.put(
    "/wijk-postcodes",
    {
      schema: {
        tags: ["beheer"],
        summary:
          "De hele postcodetabel vervangen; met herberekenen=true krijgen alle inwoners opnieuw hun wijk",
        querystring: z.object({ herberekenen: z.enum(["true", "false"]).default("false") }).strict(),
        body: z.array(bereik).max(10_000),
        response: { 200: z.object({ bereiken: z.number().int(), inwonersBijgewerkt: z.number().int() }) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", { soort: "catalogus", gemeenteCode: wie.gemeente.code });
        const bekend = new Set((await tx.select({ code: wijken.code }).from(wijken)).map((w) => w.code));
        const fouten = request.body.flatMap((b, i) => [
          ...(b.postcodeVan > b.postcodeTot
            ? [{ veld: `${i}.postcodeTot`, melding: "Ligt voor het begin van het bereik" }]
            : []),
          ...(bekend.has(b.wijkCode)
            ? []
            : [{ veld: `${i}.wijkCode`, melding: `Onbekende wijk: ${b.wijkCode}` }]),
        ]);
        if (fouten.length > 0)
          throw ongeldig("De postcodetabel is niet geldig. Controleer de genoemde regels.", fouten);
        await tx.delete(wijkPostcodes).where(eq(wijkPostcodes.gemeenteCode, wie.gemeente.code));
        if (request.body.length > 0) {
          await tx
            .insert(wijkPostcodes)
            .values(request.body.map((b) => ({ ...b, gemeenteCode: wie.gemeente.code })));
        }
        let inwonersBijgewerkt = 0;
        if (request.query.herberekenen === "true") {
          const [r] = await rijen<{ n: number }>(
            tx,
            sql`with bijgewerkt as (
                  update personen p set wijk_code = (
                    select w.wijk_code from wijk_postcodes w
                    where w.postcode_van <= p.postcode and w.postcode_tot >= p.postcode
                    order by w.postcode_van desc limit 1)
                  returning 1)
                select count(*)::int as n from bijgewerkt`,
          );
          inwonersBijgewerkt = r?.n ?? 0;
        }
        return { bereiken: request.body.length, inwonersBijgewerkt };
      }),
  );
};
