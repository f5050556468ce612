import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  dwangsomOpZaak,
  ingebrekestellingVerzoek,
  schuldhulpOpZaak,
  tredeVerzoek,
  voorschottenOpZaak,
  voorschotVerzoek,
  wgsVerzoek,
} from "../../contract/schuldhulp";
import { dwangsomOpZaakVan, legIngebrekestellingVast } from "../../schuldhulp/dwangsom";
import { zetTrede } from "../../schuldhulp/plan";
import { schuldhulpOpZaakVan } from "../../schuldhulp/schuldhulp";
import { verleenVoorschot, voorschottenOpZaakVan } from "../../schuldhulp/voorschot";
import { legWgsVast } from "../../schuldhulp/wgs";
import { zaakOnderdelen } from "../onderdeel";

const TAGS = ["schuldhulp"];

/**
 * Issue 15 on a zaak: the Wgs clock and the plan van aanpak (policy rule 24), the ingebrekestelling with its dwangsom
 * (Awb 4:17, rule 24a) and the Participatiewet voorschot (art. 52). Every change takes If-Match with the zaak's
 * versie and answers the section's new state, with the new versie as ETag.
 */
export const schuldhulpRoutes: FastifyPluginAsyncZod = async (app) => {
  const onderdeel = zaakOnderdelen(app, TAGS);

  onderdeel(
    "/zaken/:id/schuldhulp",
    "Schuldhulp op de zaak: de Wgs-termijnen en het plan van aanpak (de inhoud alleen voor wie die mag zien)",
    schuldhulpOpZaak,
    schuldhulpOpZaakVan,
    [
      {
        methode: "PUT",
        pad: "/zaken/:id/schuldhulp/wgs",
        summary:
          "Hulpvraag, dreiging (spoed), eerste gesprek en beschikking over de toegang vastleggen (Wgs art. 4, 4a); stuur If-Match",
        body: wgsVerzoek,
        act: legWgsVast,
      },
      {
        methode: "POST",
        pad: "/zaken/:id/schuldhulp/treden",
        summary:
          "Een stap in het plan van aanpak (geldcoach → traject → budgetbeheer → bewind; motivatie bij overslaan); stuur If-Match",
        body: tredeVerzoek,
        act: zetTrede,
      },
    ],
  );

  onderdeel(
    "/zaken/:id/dwangsom",
    "Ingebrekestelling en dwangsom bij niet tijdig beslissen (Awb 4:17) op de zaak",
    dwangsomOpZaak,
    dwangsomOpZaakVan,
    [
      {
        methode: "PUT",
        pad: "/zaken/:id/ingebrekestelling",
        summary: "De ontvangen ingebrekestelling vastleggen (na afloop van de beslistermijn); stuur If-Match",
        body: ingebrekestellingVerzoek,
        act: legIngebrekestellingVast,
      },
    ],
  );

  onderdeel(
    "/zaken/:id/voorschotten",
    "Voorschotten op de bijstand (Participatiewet art. 52) op de zaak",
    voorschottenOpZaak,
    voorschottenOpZaakVan,
    [
      {
        methode: "POST",
        pad: "/zaken/:id/voorschotten",
        summary: "Een voorschot van minstens 90 % van de norm verlenen en de brief versturen; stuur If-Match",
        body: voorschotVerzoek,
        act: verleenVoorschot,
      },
    ],
  );
};
