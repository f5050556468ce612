import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { nieuweVerwijsindexRegistratie, verwijsindexRegistratie } from "../../../contract/afspraken";
import { betrokkenenVoorBevestiging, verwijsindexVanZaak, voegVerwijsindexToe } from "../../../db/afspraken";
import { voegGebeurtenisToe } from "../../../db/zaken";
import { beoordeelVerwijsindex } from "../../../domain/afspraken/verwijsindex";
import { volledigeNaam } from "../../../domain/persoon/naam";
import { auditeer } from "../../../handeling/context";
import { ongeldig, regelOvertreden } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { metGemeente } from "../../context";
import { zaakVoor } from "./zaak-afspraken";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });

type Registratie = Awaited<ReturnType<typeof verwijsindexVanZaak>>[number];
const alsApi = (r: Registratie) => ({
  id: r.id,
  persoonId: r.persoonId,
  naam: volledigeNaam(r),
  geregistreerdOp: r.geregistreerdOp,
  door: r.door,
  toelichting: r.toelichting,
});

/** Registrations of a zaak's jeugdigen in the (Drentse) Verwijsindex: date and by whom. */
export const verwijsindexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/verwijsindex",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Registraties in de Verwijsindex bij deze zaak",
        params: zaakParams,
        response: { 200: z.array(verwijsindexRegistratie) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await zaakVoor(tx, wie, request.params.id, "lezen");
        const registraties = await verwijsindexVanZaak(tx, zaak.id);
        await auditeer(
          h,
          registraties.map((r) => ({
            actie: "lezen" as const,
            resource: "verwijsindex",
            persoonId: r.persoonId,
            reden: `verwijsindex van zaak ${zaak.zaaknummer} bekeken`,
          })),
        );
        return registraties.map(alsApi);
      }),
  );

  app.post(
    "/zaken/:id/verwijsindex",
    {
      schema: {
        tags: ["afspraken"],
        summary: "Vastleggen dat een jeugdige in de Verwijsindex is geregistreerd (datum, door wie)",
        params: zaakParams,
        body: nieuweVerwijsindexRegistratie,
        response: { 201: verwijsindexRegistratie },
      },
    },
    async (request, reply) => {
      // Answer only after the transaction committed.
      const nieuw = await metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await zaakVoor(tx, wie, request.params.id, "wijzigen");
        const invoer = request.body;
        const betrokkenen = await betrokkenenVoorBevestiging(tx, zaak.id);
        const persoon = betrokkenen.find(
          (b) => b.persoonId === invoer.persoonId && !b.rol.startsWith("relatie-"),
        );
        const bestaande = await verwijsindexVanZaak(tx, zaak.id);
        const oordeel = beoordeelVerwijsindex({
          zaaktype: zaak.zaaktype,
          persoon,
          geregistreerdOp: invoer.geregistreerdOp,
          vandaag: vandaag(),
          meldingsdatum: zaak.meldingsdatum,
          alGeregistreerd: bestaande.some((r) => r.persoonId === invoer.persoonId),
        });
        if (!oordeel.ok) {
          if (oordeel.veld) throw ongeldig(oordeel.reden, [{ veld: oordeel.veld, melding: oordeel.reden }]);
          throw regelOvertreden(oordeel.reden);
        }
        const id = await voegVerwijsindexToe(tx, {
          gemeenteCode: zaak.gemeenteCode,
          zaakId: zaak.id,
          persoonId: invoer.persoonId,
          geregistreerdOp: invoer.geregistreerdOp,
          door: wie.medewerkerId,
          toelichting: invoer.toelichting ?? null,
        });
        await voegGebeurtenisToe(tx, {
          gemeenteCode: zaak.gemeenteCode,
          zaakId: zaak.id,
          medewerkerId: wie.medewerkerId,
          soort: "verwijsindex-geregistreerd",
          vanStatus: zaak.status,
          naarStatus: zaak.status,
          toelichting: `Registratie in de Verwijsindex op ${invoer.geregistreerdOp}`,
          gegevens: { registratieId: id },
        });
        await auditeer(h, [
          {
            actie: "aanmaken",
            resource: "verwijsindex",
            persoonId: invoer.persoonId,
            reden: `registratie Verwijsindex bij zaak ${zaak.zaaknummer}`,
          },
        ]);
        const registratie = (await verwijsindexVanZaak(tx, zaak.id)).find((r) => r.id === id);
        if (!registratie) throw new Error("registratie niet teruggevonden");
        return alsApi(registratie);
      });
      return reply.code(201).send(nieuw);
    },
  );
};
