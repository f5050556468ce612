import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../auth/sessies";
import { nieuweZaak, zaakDetail } from "../../contract/zaken";
import { geldigeZaaktypeVersie } from "../../db/catalogus";
import type { Tx } from "../../db/client";
import { haalPersoon } from "../../db/personen";
import {
  haalZaak,
  historieVanZaak,
  naamVanGebruiker,
  nieuwZaaknummer,
  personenVanZaak,
  voegZaakToe,
  type ZaakRij,
} from "../../db/zaken";
import { volledigeNaam } from "../../domain/persoon/naam";
import {
  ASSEN_ROUTERING,
  routeer,
  STANDAARD_ROUTERING,
  type WetDomein,
} from "../../domain/routering/routering";
import { valideerZaakPersonen } from "../../domain/zaak/personen";
import type { Zaaktype } from "../../domain/zaak/zaaktypen";
import { vandaag } from "../../lib/vandaag";
import { volgendeActies } from "../../zaken/acties";
import { termijnenVan, volgendeTermijn } from "../../zaken/termijnen";
import { auditeer } from "../audit";
import { vereis } from "../autorisatie";
import { metGemeente, zetVersie } from "../context";
import { nietGevonden, ongeldig } from "../problem";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

const WETDOMEIN: Record<Zaaktype, WetDomein> = {
  wmo: "wmo",
  jeugd: "jeugd",
  werk: "werk",
  schuldhulp: "schuldhulp",
  leerplicht: "leerplicht",
  "veilig-opgroeien": "veilig-opgroeien",
  regie: "onbekend",
};

const ASSEN = "0106";

const alsVeld = (pad: string) => pad.replace(/\[(\d+)\]/g, ".$1");

export function zaakResource(wie: Ingelogd, rij: Pick<ZaakRij, "werkvoorraad" | "behandelaarId">) {
  return {
    soort: "zaak" as const,
    gemeenteCode: wie.gemeente.code,
    vakgroep: rij.werkvoorraad,
    behandelaarId: rij.behandelaarId,
  };
}

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
    acties: volgendeActies(rij, vandaag(), wie.gebruikerId),
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
      metGemeente(request, async (tx, wie) => {
        vereis(wie, "aanmaken", {
          soort: "zaak",
          gemeenteCode: wie.gemeente.code,
          vakgroep: null,
          behandelaarId: null,
        });
        const invoer = request.body;
        const fouten: { veld: string; melding: string }[] = [];
        if (invoer.meldingsdatum > vandaag())
          fouten.push({ veld: "meldingsdatum", melding: "De meldingsdatum ligt in de toekomst" });
        const personenCheck = valideerZaakPersonen(invoer.personen);
        if (!personenCheck.ok)
          fouten.push(...personenCheck.fouten.map((f) => ({ ...f, veld: alsVeld(f.veld) })));
        const gevonden = await Promise.all(invoer.personen.map((p) => haalPersoon(tx, p.persoonId)));
        gevonden.forEach((p, i) => {
          if (!p) fouten.push({ veld: `personen.${i}.persoonId`, melding: "Deze persoon bestaat niet" });
        });
        if (fouten.length > 0)
          throw ongeldig("De melding is niet geldig. Controleer de genoemde velden.", fouten);

        const hoofdpersoon =
          gevonden[invoer.personen.findIndex((p) => p.rol === "hoofdpersoon")] ?? gevonden[0];
        const routering =
          invoer.zaaktype === "regie"
            ? {
                werkvoorraad: "regiegroep",
                regel: "zaaktype-regie",
                uitleg: "Regiezaak: werkvoorraad Regiegroep.",
                spoed: false,
              }
            : routeer({
                wetDomein: WETDOMEIN[invoer.zaaktype],
                veiligheid: invoer.veiligheid,
                leefgebieden: invoer.leefgebieden,
                tijdstip: new Date().toISOString(),
                configuratie: wie.gemeente.code === ASSEN ? ASSEN_ROUTERING : STANDAARD_ROUTERING,
                ...(invoer.thema ? { thema: invoer.thema } : {}),
              });
        // Snapshot of the gemeente's zaaktype version valid at the melding: later versions never rewrite this zaak.
        const zaaktypeVersie = await geldigeZaaktypeVersie(tx, invoer.zaaktype, invoer.meldingsdatum);
        const feiten = {
          routering: { regel: routering.regel, uitleg: routering.uitleg },
          spoed: routering.spoed,
          geboortedatum: hoofdpersoon?.geboortedatum ?? null,
          ...(zaaktypeVersie
            ? {
                zaaktypeVersie: zaaktypeVersie.id,
                lokaleTermijnen: zaaktypeVersie.termijnen as Record<string, number>,
              }
            : {}),
        };
        const basis = {
          gemeenteCode: wie.gemeente.code,
          zaaktype: invoer.zaaktype,
          status: "melding",
          werkvoorraad: routering.werkvoorraad,
          meldingsdatum: invoer.meldingsdatum,
        };
        const volgende = volgendeTermijn({ ...basis, feiten } as ZaakRij, vandaag());
        const rij = await voegZaakToe(
          tx,
          {
            ...basis,
            zaaknummer: await nieuwZaaknummer(tx, invoer.meldingsdatum),
            kanaal: invoer.kanaal,
            omschrijving: invoer.omschrijving,
            veiligheid: invoer.veiligheid,
            leefgebieden: invoer.leefgebieden,
            wijkCode: hoofdpersoon?.wijkCode ?? null,
            feiten,
            volgendeTermijnDatum: volgende?.uiterlijkeDatum ?? null,
            volgendeTermijnSoort: volgende?.soort ?? null,
          },
          invoer.personen,
          {
            gebruikerId: wie.gebruikerId,
            soort: "melding-geregistreerd",
            naarStatus: "melding",
            toelichting: routering.uitleg,
            gegevens: { kanaal: invoer.kanaal, veiligheid: invoer.veiligheid },
          },
        );
        await auditeer(
          tx,
          request,
          wie,
          [...new Set(invoer.personen.map((p) => p.persoonId))].map((persoonId) => ({
            actie: "aanmaken" as const,
            resource: "zaak",
            persoonId,
            reden: `melding ${rij.zaaknummer} geregistreerd`,
          })),
        );
        zetVersie(reply, rij.versie);
        return reply.code(201).send(await alsApi(tx, rij, wie));
      }),
  );

  app.get(
    "/zaken/:id",
    { schema: { tags: ["zaken"], summary: "Een zaak", params: idParams, response: { 200: zaakDetail } } },
    async (request, reply) =>
      metGemeente(request, async (tx, wie) => {
        const rij = await haalZaak(tx, request.params.id);
        if (!rij) throw nietGevonden();
        vereis(wie, "lezen", zaakResource(wie, rij));
        const api = await alsApi(tx, rij, wie);
        await auditeer(
          tx,
          request,
          wie,
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
