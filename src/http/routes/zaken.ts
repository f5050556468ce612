import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../auth/sessies";
import { nieuweZaak, zaakDetail } from "../../contract/zaken";
import type { Tx } from "../../db/client";
import { historieVanZaak, naamVanGebruiker, personenVanZaak, type ZaakRij } from "../../db/zaken";
import { volledigeNaam } from "../../domain/persoon/naam";
import { auditeer } from "../../handeling/context";
import { vandaag } from "../../lib/klok";
import { volgendeActies } from "../../zaken/acties";
import { registreerZaak } from "../../zaken/nieuwe-zaak";
import { termijnenVan } from "../../zaken/termijnen";
import { laadZaak } from "../../zaken/zaak";
import { metGemeente, zetVersie } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

export async function alsApi(tx: Tx, rij: ZaakRij, wie: Ingelogd): Promise<z.infer<typeof zaakDetail>> {
  const betrokkenen = await personenVanZaak(tx, rij.id);
  const behandelaarNaam = await naamVanGebruiker(tx, rij.behandelaarId);
  const feiten = rij.feiten as { routering?: { regel: string; uitleg: string } };
  return {
    id: rij.id,
    zaaknummer: rij.zaaknummer,
    zaaktype: rij.zaaktype,
    status: rij.status,
    werkvoorraad: rij.werkvoorraad,
    behandelaar:
      rij.behandelaarId && behandelaarNaam ? { id: rij.behandelaarId, naam: behandelaarNaam } : null,
    meldingsdatum: rij.meldingsdatum,
    kanaal: rij.kanaal,
    omschrijving: rij.omschrijving,
    veiligheid: rij.veiligheid,
    leefgebieden: rij.leefgebieden,
    wijk: rij.wijkCode,
    personen: betrokkenen.map((b) => ({ persoonId: b.persoonId, naam: volledigeNaam(b), rol: b.rol })),
    termijnen: termijnenVan(rij, vandaag()),
    routering: feiten.routering ?? null,
    versie: rij.versie,
    acties: volgendeActies(rij, vandaag(), wie.medewerkerId),
    historie: (await historieVanZaak(tx, rij.id)).map((h) => ({ ...h, tijdstip: h.tijdstip.toISOString() })),
  };
}

/** Zaken (issue 4): registering a melding, reading a zaak. */
export const zakenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/zaken",
    {
      schema: {
        tags: ["zaken"],
        summary: "Melding registreren als zaak",
        body: nieuweZaak,
        response: { 201: zaakDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await registreerZaak(h, request.body);
        zetVersie(reply, rij.versie);
        // Returned, not reply.send inside the transaction: the answer leaves only after the commit, so the
        // client's next request (on another connection) sees the new zaak.
        reply.code(201);
        return alsApi(tx, rij, wie);
      }),
  );

  app.get(
    "/zaken/:id",
    { schema: { tags: ["zaken"], summary: "Een zaak", params: idParams, response: { 200: zaakDetail } } },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await laadZaak(h, request.params.id, { voor: "lezen" });
        const api = await alsApi(tx, rij, wie);
        await auditeer(
          h,
          api.personen.map((p) => ({
            actie: "lezen" as const,
            resource: "zaak",
            persoonId: p.persoonId,
            reden: `zaak ${rij.zaaknummer} geopend`,
          })),
        );
        zetVersie(reply, rij.versie);
        return api;
      }),
  );
};
