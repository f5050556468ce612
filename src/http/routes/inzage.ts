import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { inzageDocument, inzageExport, inzageVerzoek } from "../../contract/personen";
import type { Tx } from "../../db/client";
import { bewaarInzage, haalInzage, inzageBronnen } from "../../db/inzage";
import { haalPersoon, netwerkVan, relatiesVan } from "../../db/personen";
import { type InzageInhoud, inzagePdf } from "../../documenten/inzage-pdf";
import { type InzageDocument, stelInzageSamen } from "../../domain/inzage/inzage";
import { volledigeNaam } from "../../domain/persoon/naam";
import { auditeer, vereis } from "../../handeling/context";
import { nietGevonden, ongeldig } from "../../handeling/weigering";
import { nu } from "../../lib/klok";
import { ontsleutelBsn } from "../../privacy/bsn-versleuteling";
import { metGemeente } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende persoon") });

async function documentenVan(tx: Tx, persoonId: string): Promise<InzageDocument[]> {
  const { zaken, notities } = await inzageBronnen(tx, persoonId);
  return [
    ...zaken.map((z) => ({
      id: `zaak:${z.id}`,
      soort: "zaak" as const,
      titel: `Zaak ${z.zaaknummer} (${z.zaaktype})`,
      datum: z.meldingsdatum,
      inhoud: `Melding van ${z.meldingsdatum}, status ${z.status}. ${z.omschrijving}`,
    })),
    ...notities.map((n) => ({
      id: `aantekening:${n.id}`,
      soort: "aantekening" as const,
      titel: `Aantekening bij zaak ${zaken.find((z) => z.id === n.zaakId)?.zaaknummer ?? ""}`,
      datum: n.tijdstip.toISOString().slice(0, 10),
      inhoud: n.tekst,
    })),
  ];
}

/** Inzage (AVG art. 15): documents to decide on, the export as JSON and as PDF. Teamleider only. */
export const inzageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/personen/:id/inzage/documenten",
    {
      schema: {
        tags: ["privacy"],
        summary: "De documenten waarover per stuk beslist moet worden voor een inzage",
        params: idParams,
        response: { 200: z.array(inzageDocument) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "inzage", gemeenteCode: wie.gemeente.code });
        if (!(await haalPersoon(tx, request.params.id))) throw nietGevonden();
        const documenten = await documentenVan(tx, request.params.id);
        await auditeer(h, [
          { actie: "lezen", resource: "inzage", persoonId: request.params.id, reden: "inzage voorbereiden" },
        ]);
        return documenten;
      }),
  );

  app.post(
    "/personen/:id/inzage",
    {
      schema: {
        tags: ["privacy"],
        summary: "Inzage samenstellen met per document een beslissing (en motivering bij niet verstrekken)",
        params: idParams,
        body: inzageVerzoek,
        response: { 201: inzageExport },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", { soort: "inzage", gemeenteCode: wie.gemeente.code });
        const persoon = await haalPersoon(tx, request.params.id);
        if (!persoon) throw nietGevonden();
        const samenstelling = stelInzageSamen(await documentenVan(tx, persoon.id), request.body.beslissingen);
        if (!samenstelling.ok)
          throw ongeldig(
            "Beslis over ieder document; motiveer wat niet wordt verstrekt.",
            samenstelling.fouten,
          );
        const [relaties, netwerk] = [await relatiesVan(tx, persoon.id), await netwerkVan(tx, persoon.id)];
        const huisnummer = `${persoon.huisnummer}${persoon.huisletter ?? ""}${persoon.toevoeging ? `-${persoon.toevoeging}` : ""}`;
        const inhoud: InzageInhoud = {
          persoon: {
            naam: volledigeNaam(persoon),
            bsn: persoon.bsnVersleuteld
              ? ontsleutelBsn(app.voordeur.bsnSleutels, persoon.bsnVersleuteld)
              : null,
            geboortedatum: persoon.geboortedatum,
            adres: `${[persoon.straat, huisnummer].filter(Boolean).join(" ")}, ${persoon.postcode.slice(0, 4)} ${persoon.postcode.slice(4)} ${persoon.woonplaats}`,
            telefoon: persoon.telefoon,
            email: persoon.email,
            communicatie: persoon.communicatie,
          },
          relaties: relaties.map((r) => ({ soort: r.soort, richting: r.richting, naam: r.naam })),
          netwerk: netwerk.map((n) => ({ naam: n.naam, relatie: n.relatie })),
          documenten: samenstelling.opgenomen.map((d) => ({
            titel: d.titel,
            datum: d.datum,
            inhoud: d.inhoud,
          })),
          uitgesloten: samenstelling.uitgesloten,
          verstrekt: { op: nu().toISOString(), door: wie.naam, gemeente: wie.gemeente.naam },
        };
        const rij = await bewaarInzage(tx, {
          gemeenteCode: wie.gemeente.code,
          persoonId: persoon.id,
          aangemaaktDoor: wie.medewerkerId,
          beslissingen: request.body.beslissingen,
          inhoud,
        });
        await auditeer(h, [
          {
            actie: "exporteren",
            resource: "inzage",
            persoonId: persoon.id,
            reden: `inzage: ${samenstelling.opgenomen.length} documenten verstrekt, ${samenstelling.uitgesloten.length} niet`,
          },
        ]);
        reply.code(201);
        return {
          id: rij.id,
          aangemaaktOp: rij.aangemaaktOp.toISOString(),
          inhoud: inhoud as unknown as Record<string, unknown>,
        };
      }),
  );

  app.get(
    "/inzage/:id/pdf",
    {
      schema: {
        tags: ["privacy"],
        summary: "De inzage als leesbare PDF",
        params: z.object({ id: z.uuid("Onbekende inzage") }),
      },
    },
    async (request, reply) => {
      const inhoud = await metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "inzage", gemeenteCode: wie.gemeente.code });
        const rij = await haalInzage(tx, request.params.id);
        if (!rij) throw nietGevonden();
        await auditeer(h, [
          { actie: "exporteren", resource: "inzage-pdf", persoonId: rij.persoonId, reden: "inzage als PDF" },
        ]);
        return rij.inhoud as InzageInhoud;
      });
      const pdf = await inzagePdf(inhoud);
      return reply
        .type("application/pdf")
        .header("Content-Disposition", `attachment; filename="inzage-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );
};
