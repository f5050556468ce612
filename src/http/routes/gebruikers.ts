import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { beeindigSessiesVan } from "../../auth/sessies";
import { hashWachtwoord } from "../../auth/wachtwoord";
import { gebruiker, nieuweGebruiker, rolOptie, wijzigGebruiker } from "../../contract/gebruikers";
import { pagina, paginaQuery } from "../../contract/paginering";
import type { VeldFout } from "../../contract/problem";
import {
  type GebruikerRij,
  gebruikersnaamBestaat,
  haalGebruiker,
  lijstGebruikers,
  vakgroepIds,
  werkGebruikerBij,
  zetVakgroepen,
} from "../../db/gebruikers";
import { gebruikers } from "../../db/schema";
import { isRol, ROL_LABELS } from "../../domain/gebruikers/rollen";
import { controleerWachtwoordbeleid } from "../../domain/gebruikers/wachtwoordbeleid";
import { tekst } from "../../domain/tekst";
import { vereis } from "../../handeling/context";
import { conflict, nietGevonden, ongeldig } from "../../handeling/weigering";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende gebruiker") });

function alsApi(rij: GebruikerRij): z.infer<typeof gebruiker> {
  return {
    id: rij.id,
    gebruikersnaam: rij.gebruikersnaam,
    naam: rij.naam,
    email: rij.email,
    rollen: rij.rollen,
    vakgroepen: rij.vakgroepen,
    actief: rij.actief,
    sso: rij.oidcSubject !== null,
    versie: rij.versie,
    laatstIngelogdOp: rij.laatstIngelogdOp?.toISOString() ?? null,
  };
}

function controleerRollen(rollen: string[] | undefined): VeldFout[] {
  return (rollen ?? []).flatMap((r, i) =>
    isRol(r) ? [] : [{ veld: `rollen.${i}`, melding: `Onbekende rol: ${r}` }],
  );
}

function controleerWachtwoord(wachtwoord: string | undefined, gebruikersnaam: string): VeldFout[] {
  if (wachtwoord === undefined) return [];
  const uitkomst = controleerWachtwoordbeleid(wachtwoord, gebruikersnaam);
  return uitkomst.geldig ? [] : uitkomst.meldingen.map((melding) => ({ veld: "wachtwoord", melding }));
}

export const gebruikersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/rollen",
    {
      schema: {
        tags: ["beheer"],
        summary: "De rollen die een medewerker kan hebben",
        response: { 200: z.array(rolOptie) },
      },
    },
    async () => Object.entries(ROL_LABELS).map(([code, label]) => ({ code, label })),
  );

  app.get(
    "/gebruikers",
    {
      schema: {
        tags: ["beheer"],
        summary: "Medewerkers van de eigen gemeente",
        querystring: paginaQuery.extend({ zoek: tekst("Zoekterm").trim().max(100).optional() }).strict(),
        response: { 200: pagina(gebruiker) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "gebruikersbeheer", gemeenteCode: wie.gemeente.code });
        const { pagina: p, perPagina, zoek } = request.query;
        const { items, totaal } = await lijstGebruikers(tx, {
          pagina: p,
          perPagina,
          ...(zoek ? { zoek } : {}),
        });
        return { items: items.map(alsApi), pagina: p, perPagina, totaal };
      }),
  );

  app.get(
    "/gebruikers/:id",
    {
      schema: { tags: ["beheer"], summary: "Eén medewerker", params: idParams, response: { 200: gebruiker } },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "gebruikersbeheer", gemeenteCode: wie.gemeente.code });
        const rij = await haalGebruiker(tx, request.params.id);
        if (!rij) throw nietGevonden("Deze medewerker bestaat niet.");
        zetVersie(reply, rij.versie);
        return alsApi(rij);
      }),
  );

  app.post(
    "/gebruikers",
    {
      schema: {
        tags: ["beheer"],
        summary: "Medewerker toevoegen",
        body: nieuweGebruiker,
        response: { 201: gebruiker },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", { soort: "gebruikersbeheer", gemeenteCode: wie.gemeente.code });
        const invoer = request.body;
        const fouten = [
          ...controleerRollen(invoer.rollen),
          ...controleerWachtwoord(invoer.wachtwoord, invoer.gebruikersnaam),
        ];
        const groepen = await vakgroepIds(tx, invoer.vakgroepen);
        fouten.push(
          ...groepen.onbekend.map((c) => ({ veld: "vakgroepen", melding: `Onbekende vakgroep: ${c}` })),
        );
        if (fouten.length > 0)
          throw ongeldig("De invoer is niet geldig. Controleer de genoemde velden.", fouten);
        if (await gebruikersnaamBestaat(tx, invoer.gebruikersnaam)) {
          throw conflict("Deze gebruikersnaam is al in gebruik.", [
            { veld: "gebruikersnaam", melding: "Al in gebruik" },
          ]);
        }
        const [nieuw] = await tx
          .insert(gebruikers)
          .values({
            gemeenteCode: wie.gemeente.code,
            gebruikersnaam: invoer.gebruikersnaam,
            naam: invoer.naam,
            email: invoer.email ?? null,
            rollen: invoer.rollen,
            wachtwoordHash: invoer.wachtwoord ? await hashWachtwoord(invoer.wachtwoord) : null,
          })
          .returning({ id: gebruikers.id });
        if (!nieuw) throw new Error("insert gaf geen rij terug");
        await zetVakgroepen(tx, nieuw.id, wie.gemeente.code, groepen.ids);
        const rij = await haalGebruiker(tx, nieuw.id);
        if (!rij) throw new Error("nieuwe gebruiker niet terug te lezen");
        zetVersie(reply, rij.versie);
        reply.code(201);
        return alsApi(rij);
      }),
  );

  app.patch(
    "/gebruikers/:id",
    {
      schema: {
        tags: ["beheer"],
        summary: "Medewerker wijzigen (stuur If-Match met de versie)",
        params: idParams,
        body: wijzigGebruiker,
        response: { 200: gebruiker },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const { resultaat, sessiesBeeindigen } = await metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", { soort: "gebruikersbeheer", gemeenteCode: wie.gemeente.code });
        const bestaand = await haalGebruiker(tx, request.params.id);
        if (!bestaand) throw nietGevonden("Deze medewerker bestaat niet.");
        const invoer = request.body;
        const fouten = [
          ...controleerRollen(invoer.rollen),
          ...controleerWachtwoord(invoer.wachtwoord, bestaand.gebruikersnaam),
        ];
        const groepen = invoer.vakgroepen ? await vakgroepIds(tx, invoer.vakgroepen) : undefined;
        fouten.push(
          ...(groepen?.onbekend ?? []).map((c) => ({
            veld: "vakgroepen",
            melding: `Onbekende vakgroep: ${c}`,
          })),
        );
        if (
          bestaand.id === wie.medewerkerId &&
          (invoer.actief === false || (invoer.rollen && !invoer.rollen.includes("beheerder")))
        ) {
          fouten.push({
            veld: invoer.actief === false ? "actief" : "rollen",
            melding: "U kunt uzelf niet blokkeren of uw beheerrol afnemen",
          });
        }
        if (fouten.length > 0)
          throw ongeldig("De invoer is niet geldig. Controleer de genoemde velden.", fouten);
        const gelukt = await werkGebruikerBij(tx, bestaand.id, versie, {
          ...(invoer.naam !== undefined ? { naam: invoer.naam } : {}),
          ...(invoer.email !== undefined ? { email: invoer.email } : {}),
          ...(invoer.rollen !== undefined ? { rollen: invoer.rollen } : {}),
          ...(invoer.actief !== undefined ? { actief: invoer.actief } : {}),
          ...(invoer.wachtwoord !== undefined
            ? { wachtwoordHash: await hashWachtwoord(invoer.wachtwoord) }
            : {}),
        });
        if (!gelukt) throw conflict();
        if (groepen) await zetVakgroepen(tx, bestaand.id, wie.gemeente.code, groepen.ids);
        const rij = await haalGebruiker(tx, bestaand.id);
        if (!rij) throw new Error("gewijzigde gebruiker niet terug te lezen");
        return {
          resultaat: rij,
          sessiesBeeindigen: invoer.actief === false || invoer.wachtwoord !== undefined,
        };
      });
      if (sessiesBeeindigen) await beeindigSessiesVan(app.voordeur.db, resultaat.id);
      zetVersie(reply, resultaat.versie);
      return alsApi(resultaat);
    },
  );
};
