import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../../auth/sessies";
import { OngeldigBericht } from "../../../berichten/uitgaand";
import { beantwoordVerzoek, VerzoekRegel } from "../../../berichten/verzoeken";
import {
  type VerzoekDetail,
  verzoekAntwoordResultaat,
  verzoekAntwoordVerzoek,
  verzoekDetail,
  verzoekenQuery,
} from "../../../contract/berichten";
import { pagina } from "../../../contract/paginering";
import { haalVerzoek, openVerzoeken, type VerzoekRij, verzoekenVanZaak } from "../../../db/berichten";
import type { Tx } from "../../../db/client";
import { haalPersoon } from "../../../db/personen";
import { aanbieders } from "../../../db/schema";
import { haalZaak } from "../../../db/zaken";
import type { VerzoekInhoud } from "../../../domain/berichten/verzoek";
import { volledigeNaam } from "../../../domain/persoon/naam";
import { auditeer, vereis } from "../../../handeling/context";
import { conflict, nietGevonden, regelOvertreden } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { termijnenVan } from "../../../zaken/termijnen";
import { metGemeente, vereisVersie, zetVersie } from "../../context";
import { berichtenResource } from "./berichten";

const idParams = z.object({ id: z.uuid("Onbekend verzoek") });
const KLOKKEN = new Set(["verzoek-antwoord", "verzoek-onderzoek", "woonplaatsbeginsel"]);

async function alsDetail(tx: Tx, v: VerzoekRij): Promise<VerzoekDetail> {
  const zaak = await haalZaak(tx, v.zaakId);
  const persoon = await haalPersoon(tx, v.persoonId);
  const aanbieder = await tx
    .select({ naam: aanbieders.naam })
    .from(aanbieders)
    .where(eq(aanbieders.agbCode, v.aanbiederAgb))
    .limit(1);
  const inhoud = v.inhoud as VerzoekInhoud;
  return {
    id: v.id,
    soort: v.soort,
    wet: v.wet,
    status: v.status as VerzoekDetail["status"],
    zaakId: v.zaakId,
    zaaknummer: zaak?.zaaknummer ?? "",
    persoonId: v.persoonId,
    client: persoon ? volledigeNaam(persoon) : "",
    aanbiederAgb: v.aanbiederAgb,
    aanbieder: aanbieder[0]?.naam ?? null,
    berichtId: v.berichtId,
    ontvangenOp: v.ontvangenOp,
    inOnderzoekOp: v.inOnderzoekOp,
    beantwoordOp: v.beantwoordOp,
    referentieAanbieder: inhoud.referentieAanbieder,
    producten: inhoud.producten,
    termijnen: zaak
      ? termijnenVan(zaak, vandaag())
          .filter((t) => KLOKKEN.has(t.soort))
          .sort((a, b) => a.uiterlijkeDatum.localeCompare(b.uiterlijkeDatum))
          .map((t) => ({
            soort: t.soort,
            uiterlijkeDatum: t.uiterlijkeDatum,
            status: t.status,
            bron: t.bron,
          }))
      : [],
    versie: v.versie,
  };
}

const leesAudit = (wie: Ingelogd, lijst: VerzoekDetail[]) =>
  lijst.map((v) => ({
    actie: "lezen" as const,
    resource: "verzoek",
    persoonId: v.persoonId,
    reden: `verzoek om ${v.soort} (zaak ${v.zaaknummer}) ingezien door ${wie.gebruikersnaam}`,
  }));

/** The "verzoeken" werkvoorraad of A&O: open 315/317 requests with their answer clocks, and the answers. */
export const verzoekRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/berichten/verzoeken",
    {
      schema: {
        tags: ["berichten"],
        summary: "Openstaande verzoeken om toewijzing/wijziging (of alle verzoeken van één zaak)",
        querystring: verzoekenQuery,
        response: { 200: pagina(verzoekDetail) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", berichtenResource(wie));
        const q = request.query;
        const { items, totaal } = q.zaakId
          ? await verzoekenVanZaak(tx, q.zaakId).then((r) => ({ items: r, totaal: r.length }))
          : await openVerzoeken(tx, q.pagina, q.perPagina);
        const details: VerzoekDetail[] = [];
        for (const v of items) details.push(await alsDetail(tx, v));
        await auditeer(h, leesAudit(wie, details));
        return { items: details, totaal, pagina: q.pagina, perPagina: q.perPagina };
      }),
  );

  app.get(
    "/berichten/verzoeken/:id",
    {
      schema: {
        tags: ["berichten"],
        summary: "Een verzoek om toewijzing/wijziging",
        params: idParams,
        response: { 200: verzoekDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", berichtenResource(wie));
        const v = await haalVerzoek(tx, request.params.id);
        if (!v) throw nietGevonden();
        const detail = await alsDetail(tx, v);
        await auditeer(h, leesAudit(wie, [detail]));
        zetVersie(reply, v.versie);
        return detail;
      }),
  );

  app.post(
    "/berichten/verzoeken/:id/antwoord",
    {
      schema: {
        tags: ["berichten"],
        summary:
          "Verzoek beantwoorden: toewijzen (301), afwijzen (319) of in onderzoek (319); stuur If-Match",
        params: idParams,
        body: verzoekAntwoordVerzoek,
        response: { 200: verzoekAntwoordResultaat },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", berichtenResource(wie));
        const v = await haalVerzoek(tx, request.params.id);
        if (!v) throw nietGevonden();
        if (versie !== v.versie)
          throw conflict("Iemand anders heeft dit verzoek intussen beantwoord. Laad het opnieuw.");
        try {
          const uitkomst = await beantwoordVerzoek(tx, v, request.body, {
            medewerkerId: wie.medewerkerId,
            sleutels: app.voordeur.bsnSleutels,
          });
          await auditeer(h, [
            {
              actie: "aanmaken",
              resource: "bericht",
              persoonId: v.persoonId,
              reden: `verzoek beantwoord: ${request.body.antwoord}`,
            },
          ]);
          zetVersie(reply, uitkomst.verzoek.versie);
          return { verzoek: await alsDetail(tx, uitkomst.verzoek), berichtIds: uitkomst.berichtIds };
        } catch (fout) {
          if (fout instanceof VerzoekRegel) throw regelOvertreden(fout.message);
          if (fout instanceof OngeldigBericht) throw regelOvertreden(fout.message, fout.fouten);
          throw fout;
        }
      });
    },
  );
};
