import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../../auth/sessies";
import {
  nietOppakkenVerzoek,
  oppakkenVerzoek,
  overdrachtVerzoek,
  raadplegingVerzoek,
  werkverdelingVanZaak,
  werkverdelingZaak,
} from "../../../contract/werkverdeling";
import { agendapuntenVanZaak, laatsteToestemming } from "../../../db/casuistiek";
import type { Tx } from "../../../db/client";
import { actieveMedewerkers, haalMedewerker } from "../../../db/werkverdeling";
import { haalZaak, personenVanZaak, type ZaakRij } from "../../../db/zaken";
import { toetsBehandelaar } from "../../../domain/werkverdeling/behandelaar";
import { toetsOverdracht, vervulbareWerkvoorraden } from "../../../domain/werkverdeling/overdracht";
import {
  isRegiegroepZaak,
  type Raadpleging,
  toetsRaadpleging,
} from "../../../domain/werkverdeling/veilig-opgroeien";
import { verdeelmomentVoorZaak } from "../../../domain/werkverdeling/verdeelmoment";
import { auditeer, vereis } from "../../../handeling/context";
import { nietGevonden, ongeldig, regelOvertreden } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { RAADPLEGING_FEIT, veiligOpgroeienVanZaak } from "../../../werkverdeling/veilig-opgroeien";
import type { OpgeslagenFeiten } from "../../../zaken/acties";
import { bewaarZaak, laadZaak, voerActieUit, zaakResource } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";
import { alsApi } from "../zaken";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

const isOpen = (rij: ZaakRij) => rij.afgeslotenOp === null;

async function antwoord(tx: Tx, rij: ZaakRij, wie: Ingelogd) {
  return {
    ...(await alsApi(tx, rij, wie)),
    veiligOpgroeien: await veiligOpgroeienVanZaak(tx, rij, vandaag()),
  };
}

/**
 * Werkverdeling on a zaak (issue 5): oppakken (self or a colleague, with overwegingen), niet oppakken
 * (redenen and terugkoppeling), overdracht to another werkvoorraad, and the Veilig Opgroeien raadpleging
 * for Regiegroep zaken with children. Every step is a zaak_gebeurtenis (who, when, why) and audited.
 */
export const werkverdelingZaakRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/werkverdeling",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Werkverdeling van de zaak: Veilig Opgroeien-check, verdeelmoment, toestemming, casuïstiek",
        params: idParams,
        response: { 200: werkverdelingVanZaak },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await haalZaak(tx, request.params.id);
        if (!rij) throw nietGevonden();
        vereis(wie, "lezen", zaakResource(wie, rij));
        const dag = vandaag();
        const toestemming = await laatsteToestemming(tx, rij.id);
        const punten = await agendapuntenVanZaak(tx, rij.id);
        const personen = await personenVanZaak(tx, rij.id);
        await auditeer(
          h,
          [...new Set(personen.map((p) => p.persoonId))].map((persoonId) => ({
            actie: "lezen" as const,
            resource: "werkverdeling",
            persoonId,
            reden: `werkverdeling van zaak ${rij.zaaknummer} bekeken`,
          })),
        );
        return {
          veiligOpgroeien: await veiligOpgroeienVanZaak(tx, rij, dag),
          verdeelmoment:
            isRegiegroepZaak(rij) && isOpen(rij) && rij.behandelaarId === null
              ? verdeelmomentVoorZaak(dag, rij.veiligheid)
              : null,
          toestemming: toestemming
            ? {
                gegevenDoor: toestemming.toestemming.gegevenDoor,
                op: toestemming.toestemming.op,
                wijze: toestemming.toestemming.wijze as "mondeling",
                toelichting: toestemming.toestemming.toelichting,
                ingetrokkenOp: toestemming.toestemming.ingetrokkenOp,
                vastgelegdDoor: toestemming.vastgelegdDoor,
              }
            : null,
          agendapunten: punten.map(({ punt, overleg, uitkomstDoor }) => ({
            overlegId: overleg.id,
            datum: overleg.datum,
            titel: overleg.titel,
            uitkomst: punt.uitkomstOp
              ? {
                  advies: punt.advies ?? "",
                  besluiten: punt.besluiten,
                  door: uitkomstDoor,
                  op: punt.uitkomstOp.toISOString(),
                }
              : null,
          })),
        };
      }),
  );

  app.post(
    "/zaken/:id/oppakken",
    {
      schema: {
        tags: ["werkverdeling"],
        summary:
          "Zaak oppakken: op eigen naam of die van een collega, met de overwegingen (If-Match met de versie)",
        params: idParams,
        body: oppakkenVerzoek,
        response: { 200: werkverdelingZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await laadZaak(h, request.params.id, { voor: "wijzigen", versie: versie });
        if (!isOpen(rij)) throw regelOvertreden("Een afgesloten zaak kan niet worden opgepakt.");
        const { overwegingen } = request.body;
        const behandelaarId = request.body.behandelaarId ?? wie.gebruikerId;
        const medewerker = await haalMedewerker(tx, behandelaarId);
        const weigering = toetsBehandelaar(rij.werkvoorraad, medewerker);
        if (weigering) throw regelOvertreden(weigering);
        if (rij.behandelaarId === behandelaarId)
          throw regelOvertreden(`De zaak staat al op naam van ${medewerker?.naam ?? "deze medewerker"}.`);
        const gegevens = { behandelaar: behandelaarId, overwegingen, toegewezenDoor: wie.gebruikerId };
        let bijgewerkt: ZaakRij;
        if (rij.status === "melding") {
          bijgewerkt = await voerActieUit(
            h,
            rij,
            "start-onderzoek",
            { behandelaar: behandelaarId, toelichting: overwegingen },
            { gebeurtenis: { toelichting: overwegingen, gegevens } },
          );
        } else {
          // Picked up again later in the process (e.g. after an overdracht): only the behandelaar changes.
          bijgewerkt = await bewaarZaak(
            h,
            rij,
            { behandelaarId, feiten: rij.feiten as OpgeslagenFeiten },
            { soort: "toegewezen", toelichting: overwegingen, gegevens },
          );
        }
        zetVersie(reply, bijgewerkt.versie);
        return antwoord(tx, bijgewerkt, wie);
      });
    },
  );

  app.post(
    "/zaken/:id/niet-oppakken",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Zaak niet oppakken: redenen en terugkoppeling aan de inwoner; de zaak wordt gesloten",
        params: idParams,
        body: nietOppakkenVerzoek,
        response: { 200: werkverdelingZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await laadZaak(h, request.params.id, { voor: "wijzigen", versie: versie });
        const { redenen, terugkoppeling } = request.body;
        if (terugkoppeling.op > vandaag() || terugkoppeling.op < rij.meldingsdatum)
          throw ongeldig("De datum van de terugkoppeling moet tussen de melding en vandaag liggen.", [
            { veld: "terugkoppeling.op", melding: "Tussen de melding en vandaag" },
          ]);
        const bijgewerkt = await voerActieUit(
          h,
          rij,
          "niet-oppakken",
          { redenen, terugkoppelingInwoner: terugkoppeling },
          {
            gebeurtenis: {
              toelichting: redenen.join("; "),
              gegevens: { redenen, terugkoppelingInwoner: terugkoppeling },
            },
          },
        );
        zetVersie(reply, bijgewerkt.versie);
        return antwoord(tx, bijgewerkt, wie);
      });
    },
  );

  app.post(
    "/zaken/:id/overdracht",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Zaak overdragen aan een andere werkvoorraad (vakgroep), met reden",
        params: idParams,
        body: overdrachtVerzoek,
        response: { 200: werkverdelingZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await laadZaak(h, request.params.id, { voor: "wijzigen", versie: versie });
        const { naarWerkvoorraad, reden } = request.body;
        const medewerkers = await actieveMedewerkers(tx);
        const uitkomst = toetsOverdracht({
          zaak: {
            werkvoorraad: rij.werkvoorraad,
            afgesloten: !isOpen(rij),
            behandelaar: medewerkers.find((m) => m.id === rij.behandelaarId) ?? null,
          },
          naar: naarWerkvoorraad,
          reden,
          vervulbaar: vervulbareWerkvoorraden(medewerkers),
        });
        if (!uitkomst.ok) throw regelOvertreden(uitkomst.reden);
        const bijgewerkt = await bewaarZaak(
          h,
          rij,
          {
            werkvoorraad: uitkomst.naar,
            behandelaarId: uitkomst.behandelaarBlijft ? rij.behandelaarId : null,
            feiten: rij.feiten as OpgeslagenFeiten,
          },
          {
            soort: "overdracht",
            toelichting: reden,
            gegevens: {
              van: rij.werkvoorraad,
              naar: uitkomst.naar,
              reden,
              vorigeBehandelaar: rij.behandelaarId,
              uitleg: uitkomst.uitleg,
            },
          },
        );
        zetVersie(reply, bijgewerkt.versie);
        return antwoord(tx, bijgewerkt, wie);
      });
    },
  );

  app.post(
    "/zaken/:id/veilig-opgroeien-raadpleging",
    {
      schema: {
        tags: ["werkverdeling"],
        summary: "Vastleggen dat een casemanager Veilig Opgroeien is geraadpleegd of toegevoegd",
        params: idParams,
        body: raadplegingVerzoek,
        response: { 200: werkverdelingZaak },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await laadZaak(h, request.params.id, { voor: "wijzigen", versie: versie });
        const invoer = request.body;
        const medewerker = await haalMedewerker(tx, invoer.medewerkerId);
        const fouten = toetsRaadpleging(
          { op: invoer.op, medewerker },
          { meldingsdatum: rij.meldingsdatum, vandaag: vandaag() },
        );
        if (fouten.length > 0) throw ongeldig("De raadpleging is niet geldig.", fouten);
        if (!isRegiegroepZaak(rij))
          throw regelOvertreden(
            "De raadpleging van een casemanager Veilig Opgroeien wordt vastgelegd bij zaken van de Regiegroep.",
          );
        if (!isOpen(rij)) throw regelOvertreden("De zaak is afgesloten.");
        const raadpleging: Raadpleging = { ...invoer, vastgelegdDoor: wie.gebruikerId };
        const feiten = { ...(rij.feiten as OpgeslagenFeiten), [RAADPLEGING_FEIT]: raadpleging };
        const bijgewerkt = await bewaarZaak(
          h,
          rij,
          { feiten },
          {
            soort: "veilig-opgroeien-raadpleging",
            toelichting: invoer.toelichting,
            gegevens: { soort: invoer.soort, medewerkerId: invoer.medewerkerId, op: invoer.op },
          },
        );
        zetVersie(reply, bijgewerkt.versie);
        return antwoord(tx, bijgewerkt, wie);
      });
    },
  );
};
