import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { aanmeldContext, registreerAanmelding, triageVoorDomein } from "../../../aanmelden/registreer";
import { alsContactDetail, alsContactKort, alsTriageUitkomst } from "../../../aanmelden/weergave";
import {
  aanmeldingResultaat,
  aanmeldingVanZaak,
  aanmeldingVerzoek,
  iagPersoon,
  routeringVerzoek,
  triageUitkomst,
} from "../../../contract/aanmelden";
import { contactenVanZaak, iagDossier } from "../../../db/aanmelden";
import { beoordeelTriage, triageFouten } from "../../../domain/aanmelden/aanmelding";
import { maskeerBsn } from "../../../domain/persoon/bsn";
import { leeftijdOp } from "../../../domain/persoon/leeftijd";
import { volledigeNaam } from "../../../domain/persoon/naam";
import { auditeer, vereis } from "../../../handeling/context";
import { nietGevonden, ongeldig } from "../../../handeling/weigering";
import { vandaag } from "../../../lib/klok";
import { vereisBasisgegevens } from "../../../personen/basisgegevens";
import { laadZaak } from "../../../zaken/zaak";
import { metGemeente } from "../../context";

const persoonParams = z.object({ id: z.uuid("Onbekende persoon") });
const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });

/** Zaak headlines shown to the IAG: no content, open zaken first. */
const MAX_ZAAKKOPPEN = 20;

/** Aanmelden (issue 5): the IAG screen, triage and routing proposal, registering a contact with its outcome. */
export const aanmeldenRoutesVanContact: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/aanmelden",
    {
      schema: {
        tags: ["aanmelden"],
        summary:
          "Contact registreren met triage en uitkomst: beantwoord, nieuwe zaak (met routering), koppel aan een lopende zaak of warme overdracht",
        body: aanmeldingVerzoek,
        response: { 201: aanmeldingResultaat },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const resultaat = await registreerAanmelding(h, request.body);
        reply.code(201);
        return resultaat;
      }),
  );

  app.post(
    "/aanmelden/routering",
    {
      schema: {
        tags: ["aanmelden"],
        summary:
          "Routeringsvoorstel na triage en veiligheidscheck: werkvoorraad, regel en uitleg, enkelvoudig/meervoudig, woonplaatsbeginsel (niets opgeslagen)",
        body: routeringVerzoek,
        response: { 200: triageUitkomst },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { wie } = h;
        vereis(wie, "aanmaken", { soort: "contact", gemeenteCode: wie.gemeente.code });
        const triage = triageVoorDomein({ thema: "", triage: request.body.triage });
        if (!triage) throw ongeldig("Vul de triage in.");
        const fouten = triageFouten(triage);
        if (fouten.length > 0) throw ongeldig("De triage is niet volledig.", fouten);
        const ctx = await aanmeldContext(h);
        return alsTriageUitkomst(beoordeelTriage(triage, ctx), triage.veiligheid, ctx.actor);
      }),
  );

  app.get(
    "/aanmelden/personen/:id",
    {
      schema: {
        tags: ["aanmelden"],
        summary:
          "IAG-scherm: basisgegevens, gezin, betrokkenheden (wie informeren), eerdere contacten en zaakkoppen in één verzoek",
        params: persoonParams,
        response: { 200: iagPersoon },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        await vereisBasisgegevens(h, "lezen", request.params.id);
        vereis(wie, "lezen", { soort: "betrokkenheid", gemeenteCode: wie.gemeente.code });
        vereis(wie, "lezen", { soort: "contact", gemeenteCode: wie.gemeente.code });
        const dossier = await iagDossier(tx, request.params.id);
        if (!dossier) throw nietGevonden();
        const { persoon, relaties, zaken, contacten, wijk } = dossier;
        const open = zaken.filter((z) => z.afgeslotenOp === null);
        const betrokkenheden = [
          ...new Map(
            open.map((z) => [
              `${z.werkvoorraad}|${z.behandelaarNaam}`,
              { vakgroep: z.werkvoorraad, medewerker: z.behandelaarNaam },
            ]),
          ).values(),
        ];
        await auditeer(h, [
          {
            actie: "lezen",
            resource: "persoon",
            persoonId: persoon.id,
            reden: "IAG-scherm: basisgegevens, betrokkenheden en eerdere contacten",
          },
        ]);
        const nummer = `${persoon.huisnummer}${persoon.huisletter ?? ""}${persoon.toevoeging ? `-${persoon.toevoeging}` : ""}`;
        return {
          id: persoon.id,
          naam: volledigeNaam(persoon),
          geboortedatum: persoon.geboortedatum,
          leeftijd: leeftijdOp(persoon.geboortedatum, vandaag()),
          bsnGemaskeerd: persoon.bsnLaatste4 ? maskeerBsn(`00000${persoon.bsnLaatste4}`) : null,
          adres: `${[persoon.straat, nummer].filter(Boolean).join(" ")}, ${persoon.postcode.slice(0, 4)} ${persoon.postcode.slice(4)} ${persoon.woonplaats}`,
          wijk,
          telefoon: persoon.telefoon,
          relaties,
          betrokkenheden,
          zaken: [...open, ...zaken.filter((z) => z.afgeslotenOp !== null)]
            .slice(0, MAX_ZAAKKOPPEN)
            .map((z) => ({
              id: z.id,
              zaaknummer: z.zaaknummer,
              zaaktype: z.zaaktype,
              werkvoorraad: z.werkvoorraad,
              status: z.status,
              behandelaar: z.behandelaarNaam,
              meldingsdatum: z.meldingsdatum,
              open: z.afgeslotenOp === null,
              versie: z.versie,
            })),
          contacten: contacten.map(alsContactKort),
        };
      }),
  );

  app.get(
    "/aanmelden/zaken/:id",
    {
      schema: {
        tags: ["aanmelden"],
        summary:
          "De contacten (met triage en veiligheidscheck) waaruit een zaak ontstond of die eraan zijn toegevoegd",
        params: zaakParams,
        response: { 200: aanmeldingVanZaak },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const zaak = await laadZaak(h, request.params.id, { voor: "lezen" });
        vereis(wie, "lezen", { soort: "contact", gemeenteCode: wie.gemeente.code });
        const contacten = await contactenVanZaak(tx, zaak.id);
        await auditeer(
          h,
          [...new Set(contacten.flatMap((c) => (c.contact.persoonId ? [c.contact.persoonId] : [])))].map(
            (persoonId) => ({
              actie: "lezen" as const,
              resource: "contact",
              persoonId,
              reden: `aanmelding van zaak ${zaak.zaaknummer} bekeken`,
            }),
          ),
        );
        return { contacten: contacten.map(alsContactDetail) };
      }),
  );
};
