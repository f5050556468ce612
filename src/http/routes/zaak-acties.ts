import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../auth/sessies";
import {
  aanvraagVerzoek,
  onderzoekAfgerondVerzoek,
  opschortingVerzoek,
  verlengingVerzoek,
  zaakActieVerzoek,
  zaakDetail,
} from "../../contract/zaken";
import type { Tx } from "../../db/client";
import { haalZaak, voegGebeurtenisToe, werkZaakBij, type ZaakRij } from "../../db/zaken";
import { regelVoor } from "../../domain/termijnen/regels";
import type { Zaaktype } from "../../domain/zaak/zaaktypen";
import { vandaag } from "../../lib/vandaag";
import { type OpgeslagenFeiten, voerZaakActieUit } from "../../zaken/acties";
import { termijnenVan, volgendeTermijn } from "../../zaken/termijnen";
import { auditeer } from "../audit";
import { vereis } from "../autorisatie";
import { metGemeente, verwachteVersie, zetVersie } from "../context";
import { HttpProblem, nietGevonden } from "../problem";
import { alsApi, zaakResource } from "./zaken";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

const regelOvertreden = (detail: string) => new HttpProblem(422, detail);

/** Loads the zaak for a change: exists, visible, allowed to change, and at the version the client saw. */
export async function zaakVoorWijziging(
  tx: Tx,
  wie: Ingelogd,
  id: string,
  versie: number | undefined,
): Promise<ZaakRij> {
  const rij = await haalZaak(tx, id);
  if (!rij) throw nietGevonden();
  vereis(wie, "wijzigen", zaakResource(wie, rij));
  if (versie !== undefined && versie !== rij.versie) {
    throw new HttpProblem(409, "Iemand anders heeft deze zaak intussen gewijzigd. Laad de zaak opnieuw.");
  }
  return rij;
}

/** Saves new facts / status, recomputes the nearest deadline, records the event and audits. */
export async function bewaar(
  tx: Tx,
  request: Parameters<typeof auditeer>[1],
  wie: Ingelogd,
  rij: ZaakRij,
  wijziging: {
    status?: string;
    werkvoorraad?: string;
    behandelaarId?: string | null;
    feiten: OpgeslagenFeiten;
    afgeslotenOp?: string | null;
  },
  gebeurtenis: { soort: string; toelichting: string | null; gegevens?: Record<string, unknown> },
): Promise<ZaakRij> {
  const volgende = volgendeTermijn({ ...rij, feiten: wijziging.feiten }, vandaag());
  const bijgewerkt = await werkZaakBij(tx, rij.id, rij.versie, {
    ...(wijziging.status ? { status: wijziging.status } : {}),
    ...(wijziging.werkvoorraad ? { werkvoorraad: wijziging.werkvoorraad } : {}),
    ...(wijziging.behandelaarId !== undefined ? { behandelaarId: wijziging.behandelaarId } : {}),
    ...(wijziging.afgeslotenOp !== undefined ? { afgeslotenOp: wijziging.afgeslotenOp } : {}),
    feiten: wijziging.feiten,
    volgendeTermijnDatum: volgende?.uiterlijkeDatum ?? null,
    volgendeTermijnSoort: volgende?.soort ?? null,
  });
  if (!bijgewerkt)
    throw new HttpProblem(409, "Iemand anders heeft deze zaak intussen gewijzigd. Laad de zaak opnieuw.");
  await voegGebeurtenisToe(tx, {
    gemeenteCode: rij.gemeenteCode,
    zaakId: rij.id,
    gebruikerId: wie.gebruikerId,
    soort: gebeurtenis.soort,
    vanStatus: rij.status,
    naarStatus: bijgewerkt.status,
    toelichting: gebeurtenis.toelichting,
    gegevens: gebeurtenis.gegevens ?? {},
  });
  await auditeer(tx, request, wie, [
    {
      actie: "wijzigen",
      resource: "zaak",
      persoonId: null,
      reden: `${gebeurtenis.soort} op zaak ${rij.zaaknummer}`,
    },
  ]);
  return bijgewerkt;
}

/** Status transitions and dated facts of a zaak (issue 4). Changes need If-Match with the zaak's versie. */
export const zaakActiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/zaken/:id/acties",
    {
      schema: {
        tags: ["zaken"],
        summary: "Een actie op de zaak uitvoeren (statusovergang); stuur If-Match met de versie",
        params: idParams,
        body: zaakActieVerzoek,
        response: { 200: zaakDetail },
      },
    },
    async (request, reply) => {
      const versie = verwachteVersie(request);
      if (versie === undefined) {
        throw new HttpProblem(
          428,
          "Stuur de versie mee in de If-Match-header, zodat wijzigingen van anderen niet verloren gaan.",
        );
      }
      return metGemeente(request, async (tx, wie) => {
        const rij = await zaakVoorWijziging(tx, wie, request.params.id, versie);
        const { actie, datum, ...rest } = request.body;
        const dag = datum ?? vandaag();
        if (dag > vandaag())
          throw new HttpProblem(400, "De datum ligt in de toekomst.", [
            { veld: "datum", melding: "Ligt in de toekomst" },
          ]);
        const invoer = {
          ...rest,
          datum: dag,
          ...(actie === "start-onderzoek" ? { behandelaar: rest.behandelaar ?? wie.gebruikerId } : {}),
          ...(rest.terugkoppelingInwoner ? { terugkoppelingInwoner: rest.terugkoppelingInwoner } : {}),
        };
        const uitkomst = voerZaakActieUit(rij, actie, invoer, wie.gebruikerId, new Date().toISOString());
        if (!uitkomst.ok) throw regelOvertreden(uitkomst.reden);
        const bijgewerkt = await bewaar(tx, request, wie, rij, uitkomst, {
          soort: actie,
          toelichting: uitkomst.gebeurtenis.toelichting,
          gegevens: { ...uitkomst.gebeurtenis.gegevens, datum: dag },
        });
        zetVersie(reply, bijgewerkt.versie);
        return alsApi(tx, bijgewerkt, wie);
      });
    },
  );

  app.post(
    "/zaken/:id/aanvraag",
    {
      schema: {
        tags: ["zaken"],
        summary: "Aanvraag registreren: start de beslistermijn (422 als dat nog niet mag)",
        params: idParams,
        body: aanvraagVerzoek,
        response: { 201: zaakDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (tx, wie) => {
        const rij = await zaakVoorWijziging(tx, wie, request.params.id, verwachteVersie(request));
        const { aanvraagdatum } = request.body;
        if (aanvraagdatum > vandaag()) {
          throw new HttpProblem(400, "De aanvraagdatum ligt in de toekomst.", [
            { veld: "aanvraagdatum", melding: "Ligt in de toekomst" },
          ]);
        }
        const uitkomst = voerZaakActieUit(
          rij,
          "registreer-aanvraag",
          { datum: aanvraagdatum },
          wie.gebruikerId,
          new Date().toISOString(),
        );
        if (!uitkomst.ok) throw regelOvertreden(uitkomst.reden);
        const bijgewerkt = await bewaar(tx, request, wie, rij, uitkomst, {
          soort: "registreer-aanvraag",
          toelichting: null,
          gegevens: { datum: aanvraagdatum },
        });
        zetVersie(reply, bijgewerkt.versie);
        reply.code(201);
        return alsApi(tx, bijgewerkt, wie);
      }),
  );

  app.post(
    "/zaken/:id/onderzoek-afgerond",
    {
      schema: {
        tags: ["zaken"],
        summary: "Vastleggen dat het onderzoek is afgerond en het verslag is verstuurd",
        params: idParams,
        body: onderzoekAfgerondVerzoek,
        response: { 200: zaakDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (tx, wie) => {
        const rij = await zaakVoorWijziging(tx, wie, request.params.id, verwachteVersie(request));
        const { datum } = request.body;
        if (datum < rij.meldingsdatum || datum > vandaag()) {
          throw new HttpProblem(400, "De datum moet tussen de melding en vandaag liggen.", [
            { veld: "datum", melding: "Ongeldige datum" },
          ]);
        }
        if (rij.status !== "onderzoek" && rij.status !== "plan") {
          throw regelOvertreden(
            "Het onderzoek kan alleen worden afgerond als de zaak in onderzoek of plan staat.",
          );
        }
        const feiten = { ...(rij.feiten as OpgeslagenFeiten), onderzoekAfgerondOp: datum };
        const bijgewerkt = await bewaar(
          tx,
          request,
          wie,
          rij,
          { feiten },
          { soort: "onderzoek-afgerond", toelichting: null, gegevens: { datum } },
        );
        zetVersie(reply, bijgewerkt.versie);
        return alsApi(tx, bijgewerkt, wie);
      }),
  );

  app.post(
    "/zaken/:id/verlengingen",
    {
      schema: {
        tags: ["zaken"],
        summary: "Een termijn verlengen (verdaging, met reden en datum van de mededeling aan de inwoner)",
        params: idParams,
        body: verlengingVerzoek,
        response: { 200: zaakDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (tx, wie) => {
        const rij = await zaakVoorWijziging(tx, wie, request.params.id, verwachteVersie(request));
        const v = request.body;
        if (v.medegedeeldOp > vandaag()) {
          throw new HttpProblem(400, "De mededeling ligt in de toekomst.", [
            { veld: "medegedeeldOp", melding: "Ligt in de toekomst" },
          ]);
        }
        const regel = regelVoor(v.soort, rij.zaaktype as Zaaktype, v.medegedeeldOp);
        if (!regel) throw regelOvertreden(`Deze zaak heeft geen termijn '${v.soort}'.`);
        const huidig = rij.feiten as OpgeslagenFeiten;
        const al = (huidig.verlengingen ?? [])
          .filter((x) => x.soort === v.soort)
          .reduce((s, x) => s + x.weken, 0);
        if (al + v.weken > regel.maxVerlengingWeken) {
          throw regelOvertreden(
            `De termijn '${v.soort}' mag hoogstens ${regel.maxVerlengingWeken} weken worden verlengd (${regel.bron}).`,
          );
        }
        const feiten = { ...huidig, verlengingen: [...(huidig.verlengingen ?? []), v] };
        const termijn = termijnenVan({ ...rij, feiten }, vandaag()).find((t) => t.soort === v.soort);
        if (!termijn || termijn.verlengdWeken < al + v.weken) {
          throw regelOvertreden(
            "De verlenging is pas meegedeeld nadat de termijn al was verstreken; verlengen kan dan niet meer (Awb 4:14).",
          );
        }
        const bijgewerkt = await bewaar(
          tx,
          request,
          wie,
          rij,
          { feiten },
          { soort: "verlenging", toelichting: v.reden, gegevens: v },
        );
        zetVersie(reply, bijgewerkt.versie);
        return alsApi(tx, bijgewerkt, wie);
      }),
  );

  app.post(
    "/zaken/:id/opschortingen",
    {
      schema: {
        tags: ["zaken"],
        summary: "Een termijn opschorten (met reden); tot = null: nog opgeschort",
        params: idParams,
        body: opschortingVerzoek,
        response: { 200: zaakDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (tx, wie) => {
        const rij = await zaakVoorWijziging(tx, wie, request.params.id, verwachteVersie(request));
        const o = request.body;
        if (o.tot !== null && o.tot < o.van) {
          throw new HttpProblem(400, "Het einde van de opschorting ligt voor het begin.", [
            { veld: "tot", melding: "Voor het begin" },
          ]);
        }
        const regel = regelVoor(o.soort, rij.zaaktype as Zaaktype, o.van);
        if (!regel) throw regelOvertreden(`Deze zaak heeft geen termijn '${o.soort}'.`);
        if (!regel.opschortingToegestaan) {
          throw regelOvertreden(`De termijn '${o.soort}' mag niet worden opgeschort (${regel.bron}).`);
        }
        const huidig = rij.feiten as OpgeslagenFeiten;
        const feiten = { ...huidig, opschortingen: [...(huidig.opschortingen ?? []), o] };
        const bijgewerkt = await bewaar(
          tx,
          request,
          wie,
          rij,
          { feiten },
          { soort: "opschorting", toelichting: o.reden, gegevens: o },
        );
        zetVersie(reply, bijgewerkt.versie);
        return alsApi(tx, bijgewerkt, wie);
      }),
  );
};
