import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  afzienVerzoek,
  contactVerzoek,
  intakeVerzoek,
  planVerzoek,
  stapVerzoek,
  werktrajectOpZaak,
} from "../../contract/werk";
import {
  legContactVast,
  legIntakeVast,
  legPlanVast,
  werktrajectOpZaakVan,
  zetStapInActieplan,
  zieAfVanZoekperiode,
} from "../../werk/traject";
import { zaakOnderdelen } from "../onderdeel";

/** Issue 15, Werk (seed 004 §9.1–9.2): the jongere's zoekperiode with weekly contacts, intake, plan van aanpak; a volwassene's actieplan. */
export const werkRoutes: FastifyPluginAsyncZod = async (app) => {
  zaakOnderdelen(app, ["werk"])(
    "/zaken/:id/werktraject",
    "Het werktraject op de zaak: zoekperiode met wekelijks contact (jongeren onder 27), intake en plan van aanpak",
    werktrajectOpZaak,
    werktrajectOpZaakVan,
    [
      {
        methode: "POST",
        pad: "/zaken/:id/werktraject/contacten",
        summary: "Een contactmoment in de zoekperiode; stuur If-Match",
        body: contactVerzoek,
        act: legContactVast,
      },
      {
        methode: "PUT",
        pad: "/zaken/:id/werktraject/afzien",
        summary:
          "Niet wachten met de intake: problemen op meerdere levensgebieden (met de reden); stuur If-Match",
        body: afzienVerzoek,
        act: zieAfVanZoekperiode,
      },
      {
        methode: "PUT",
        pad: "/zaken/:id/werktraject/intake",
        summary:
          "De intake vastleggen (na de zoekperiode, of eerder als u er met reden van afzag); stuur If-Match",
        body: intakeVerzoek,
        act: legIntakeVast,
      },
      {
        methode: "PUT",
        pad: "/zaken/:id/werktraject/plan",
        summary:
          "Het plan van aanpak (werk, opleiding of aanvraag bijstand) met de afspraken; stuur If-Match",
        body: planVerzoek,
        act: legPlanVast,
      },
      {
        methode: "POST",
        pad: "/zaken/:id/werktraject/stappen",
        summary:
          "Een stap in het actieplan van een volwassene (vrijwilligerswerk, scholing, stage, werk, banenafspraak, hulpverlening); stuur If-Match",
        body: stapVerzoek,
        act: zetStapInActieplan,
      },
    ],
  );
};
