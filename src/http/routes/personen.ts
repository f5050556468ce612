import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ingelogd } from "../../auth/sessies";
import { pagina, paginaQuery } from "../../contract/paginering";
import { bsnInzienVerzoek, klantdossier, persoonSamenvatting } from "../../contract/personen";
import {
  haalPersoon,
  netwerkVan,
  type PersoonRij,
  type PersoonZoekvraag,
  relatiesVan,
  voegPersoonToe,
  wijkNaam,
  wijkNamen,
  wijkVoorPostcode,
  wijzigPersoon,
  zakenVanPersoon,
  zoekPersonen,
} from "../../db/personen";
import { beslis, type Resource } from "../../domain/autorisatie";
import { maskeerBsn, normaliseerBsn } from "../../domain/persoon/bsn";
import { volledigeNaam, zoeksleutel, zoektermen } from "../../domain/persoon/naam";
import { normaliseerPostcode } from "../../domain/persoon/postcode";
import { nieuwePersoon, wijzigPersoon as wijzigPersoonSchema } from "../../domain/persoon/schema";
import { tekst } from "../../domain/tekst";
import { actorVan, auditeer, type Handeling, vereis } from "../../handeling/context";
import { conflict, nietGevonden } from "../../handeling/weigering";
import { vereisBasisgegevens, zoekbereikVan } from "../../personen/basisgegevens";
import { bsnIndex, ontsleutelBsn, versleutelBsn } from "../../privacy/bsn-versleuteling";
import { zaakResource } from "../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende persoon") });

const basis = (wie: Ingelogd): Resource => ({ soort: "basisgegevens", gemeenteCode: wie.gemeente.code });

const postcodeMetSpatie = (p: string) => `${p.slice(0, 4)} ${p.slice(4)}`;

function adresregel(p: PersoonRij): string {
  const nummer = `${p.huisnummer}${p.huisletter ?? ""}${p.toevoeging ? `-${p.toevoeging}` : ""}`;
  return [p.straat ? `${p.straat} ${nummer}` : nummer, postcodeMetSpatie(p.postcode), p.woonplaats].join(
    ", ",
  );
}

function samenvatting(
  p: PersoonRij,
  wijken: Map<string, string | null>,
): z.infer<typeof persoonSamenvatting> {
  return {
    id: p.id,
    naam: volledigeNaam(p),
    geboortedatum: p.geboortedatum,
    bsnGemaskeerd: p.bsnLaatste4 ? maskeerBsn(`00000${p.bsnLaatste4}`) : null,
    zonderBsn: p.bsnIndex === null,
    adres: adresregel(p),
    wijk: p.wijkCode ? (wijken.get(p.wijkCode) ?? p.wijkCode) : null,
  };
}

/** Personen and the klantdossier (issue 3); every read and change is checked by the policy and audited. */
export const personenRoutes: FastifyPluginAsyncZod = async (app) => {
  const sleutels = () => app.voordeur.bsnSleutels;

  app.post(
    "/personen",
    {
      schema: {
        tags: ["personen"],
        summary: "Persoon registreren",
        body: nieuwePersoon,
        response: { 201: klantdossier },
      },
    },
    async (request, reply) => {
      const invoer = request.body;
      const id = await metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "aanmaken", basis(wie));
        const bsn = invoer.bsn ? normaliseerBsn(invoer.bsn) : null;
        const index = bsn ? bsnIndex(sleutels(), bsn) : null;
        if (
          index &&
          (await zoekPersonen(tx, { soort: "bsnIndex", bsnIndex: index }, 1, 1)).items.length > 0
        ) {
          throw conflict("Er staat al een persoon met dit BSN in het klantdossier.", [
            { veld: "bsn", melding: "Dit BSN is al geregistreerd" },
          ]);
        }
        const postcode = normaliseerPostcode(invoer.adres.postcode).replace(" ", "");
        const persoon = await voegPersoonToe(tx, {
          gemeenteCode: wie.gemeente.code,
          bsnVersleuteld: bsn ? versleutelBsn(sleutels(), bsn) : null,
          bsnIndex: index,
          bsnLaatste4: bsn ? bsn.slice(-4) : null,
          zonderBsnReden: bsn ? null : (invoer.zonderBsnReden ?? null),
          voornamen: invoer.voornamen,
          voorvoegsel: invoer.voorvoegsel ?? null,
          geslachtsnaam: invoer.geslachtsnaam,
          geboortedatum: invoer.geboortedatum,
          geslacht: invoer.geslacht ?? null,
          straat: invoer.adres.straat ?? null,
          huisnummer: invoer.adres.huisnummer,
          huisletter: invoer.adres.huisletter ?? null,
          toevoeging: invoer.adres.toevoeging ?? null,
          postcode,
          woonplaats: invoer.adres.woonplaats,
          wijkCode: await wijkVoorPostcode(tx, postcode),
          telefoon: invoer.telefoon ?? null,
          email: invoer.email ?? null,
          communicatie: invoer.communicatie ?? {},
          geheimhouding: invoer.geheimhouding ?? false,
          zoekGeslachtsnaam: zoeksleutel(invoer.geslachtsnaam),
          zoekVoornamen: zoeksleutel(invoer.voornamen),
        });
        await auditeer(h, [
          { actie: "aanmaken", resource: "persoon", persoonId: persoon.id, reden: "persoon geregistreerd" },
        ]);
        return persoon.id;
      });
      const dossier = await metGemeente(request, (h) =>
        leesDossier(h, id, false, { zojuistAangemaakt: true }),
      );
      zetVersie(reply, dossier.versie);
      reply.code(201);
      return dossier;
    },
  );

  app.get(
    "/personen",
    {
      schema: {
        tags: ["personen"],
        summary: "Personen zoeken op BSN, naam (beginletters), geboortedatum of postcode + huisnummer",
        querystring: paginaQuery
          .extend({ zoek: tekst("Zoekterm").trim().min(2, "Typ minstens 2 tekens").max(100) })
          .strict(),
        response: { 200: pagina(persoonSamenvatting) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", basis(wie));
        const { zoek, pagina: p, perPagina } = request.query;
        const term = zoektermen(zoek);
        const vraag: PersoonZoekvraag =
          term.soort === "bsn"
            ? { soort: "bsnIndex", bsnIndex: bsnIndex(sleutels(), term.bsn) }
            : term.soort === "naam"
              ? { soort: "naam", varianten: term.varianten }
              : term.soort === "postcode"
                ? { soort: "postcode", postcode: term.postcode.replace(" ", ""), huisnummer: term.huisnummer }
                : { soort: "geboortedatum", datum: term.datum };
        // A partner (the buurtteam) finds only the residents it works with (policy rule 4a).
        const { items, totaal } = await zoekPersonen(tx, vraag, p, perPagina, zoekbereikVan(h));
        const namen = await wijkNamen(tx, [
          ...new Set(items.flatMap((i) => (i.wijkCode ? [i.wijkCode] : []))),
        ]);
        // Audit last: it takes the gemeente's audit lock, held until commit.
        await auditeer(
          h,
          items.map((i) => ({
            actie: "zoeken" as const,
            resource: "persoon",
            persoonId: i.id,
            reden: `gevonden bij zoeken (${term.soort})`,
          })),
        );
        return { items: items.map((i) => samenvatting(i, namen)), pagina: p, perPagina, totaal };
      }),
  );

  app.get(
    "/personen/:id",
    {
      schema: {
        tags: ["personen"],
        summary: "Het klantdossier, voor zover de medewerker het mag zien",
        params: idParams,
        response: { 200: klantdossier },
      },
    },
    async (request, reply) => {
      const dossier = await metGemeente(request, (h) => leesDossier(h, request.params.id, true));
      zetVersie(reply, dossier.versie);
      return dossier;
    },
  );

  app.patch(
    "/personen/:id",
    {
      schema: {
        tags: ["personen"],
        summary: "Persoonsgegevens wijzigen (stuur If-Match met de versie); de wijk volgt het adres",
        params: idParams,
        body: wijzigPersoonSchema,
        response: { 200: klantdossier },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const dossier = await metGemeente(request, async (h) => {
        const { tx } = h;
        await vereisBasisgegevens(h, "wijzigen", request.params.id);
        const huidig = await haalPersoon(tx, request.params.id);
        if (!huidig) throw nietGevonden();
        const w = request.body;
        const postcode = w.adres ? normaliseerPostcode(w.adres.postcode).replace(" ", "") : undefined;
        const gewijzigd = await wijzigPersoon(tx, huidig.id, versie, {
          ...(w.voornamen !== undefined
            ? { voornamen: w.voornamen, zoekVoornamen: zoeksleutel(w.voornamen) }
            : {}),
          ...(w.voorvoegsel !== undefined ? { voorvoegsel: w.voorvoegsel || null } : {}),
          ...(w.geslachtsnaam !== undefined
            ? { geslachtsnaam: w.geslachtsnaam, zoekGeslachtsnaam: zoeksleutel(w.geslachtsnaam) }
            : {}),
          ...(w.geboortedatum !== undefined ? { geboortedatum: w.geboortedatum } : {}),
          ...(w.geslacht !== undefined ? { geslacht: w.geslacht } : {}),
          ...(w.telefoon !== undefined ? { telefoon: w.telefoon } : {}),
          ...(w.email !== undefined ? { email: w.email } : {}),
          ...(w.communicatie !== undefined ? { communicatie: w.communicatie } : {}),
          ...(w.geheimhouding !== undefined ? { geheimhouding: w.geheimhouding } : {}),
          ...(w.adres && postcode
            ? {
                straat: w.adres.straat ?? null,
                huisnummer: w.adres.huisnummer,
                huisletter: w.adres.huisletter ?? null,
                toevoeging: w.adres.toevoeging ?? null,
                postcode,
                woonplaats: w.adres.woonplaats,
                wijkCode: await wijkVoorPostcode(tx, postcode),
              }
            : {}),
        });
        if (!gewijzigd)
          throw conflict("Iemand anders heeft deze gegevens intussen gewijzigd. Laad het dossier opnieuw.");
        await auditeer(h, [
          {
            actie: "wijzigen",
            resource: "persoon",
            persoonId: huidig.id,
            reden: `gewijzigd: ${Object.keys(w).join(", ")}`,
          },
        ]);
        return leesDossier(h, huidig.id, false);
      });
      zetVersie(reply, dossier.versie);
      return dossier;
    },
  );

  app.post(
    "/personen/:id/bsn",
    {
      schema: {
        tags: ["personen"],
        summary: "Het volledige BSN inzien (met reden; wordt gelogd)",
        params: idParams,
        body: bsnInzienVerzoek,
        response: { 200: z.object({ bsn: tekst().nullable() }) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx } = h;
        await vereisBasisgegevens(h, "lezen", request.params.id);
        const persoon = await haalPersoon(tx, request.params.id);
        if (!persoon) throw nietGevonden();
        await auditeer(h, [
          { actie: "lezen", resource: "bsn", persoonId: persoon.id, reden: request.body.reden },
        ]);
        return { bsn: persoon.bsnVersleuteld ? ontsleutelBsn(sleutels(), persoon.bsnVersleuteld) : null };
      }),
  );

  /** Reads the dossier, hides zaak content the policy does not allow, and audits the read. */
  async function leesDossier(
    h: Handeling,
    id: string,
    audit: boolean,
    { zojuistAangemaakt = false } = {},
  ): Promise<z.infer<typeof klantdossier>> {
    const { tx, wie } = h;
    // Who just registered the resident reads back what they entered (rule 4a: not yet one of their own).
    if (zojuistAangemaakt) vereis(wie, "lezen", basis(wie));
    else await vereisBasisgegevens(h, "lezen", id);
    const persoon = await haalPersoon(tx, id);
    if (!persoon) throw nietGevonden();
    const actor = actorVan(wie);
    const [relaties, beeindigdeRelaties, netwerk, zaakRijen, wijk] = [
      await relatiesVan(tx, id),
      await relatiesVan(tx, id, { beeindigd: true }),
      await netwerkVan(tx, id),
      await zakenVanPersoon(tx, id),
      await wijkNaam(tx, persoon.wijkCode),
    ];
    const betrokkenheidZichtbaar = beslis(actor, "lezen", {
      soort: "betrokkenheid",
      gemeenteCode: wie.gemeente.code,
    });
    const zaken = zaakRijen.map((z) => {
      const inzage = beslis(actor, "lezen", zaakResource(wie, z)).toegestaan;
      return {
        id: z.id,
        zaaknummer: z.zaaknummer,
        zaaktype: z.zaaktype,
        werkvoorraad: z.werkvoorraad,
        status: z.status,
        behandelaar: z.behandelaarNaam,
        meldingsdatum: z.meldingsdatum,
        rol: z.rol,
        inzage,
        omschrijving: inzage ? z.omschrijving : null,
      };
    });
    const betrokkenheden = betrokkenheidZichtbaar.toegestaan
      ? [
          ...new Map(
            zaakRijen
              .filter((z) => z.afgeslotenOp === null)
              .map((z) => [
                `${z.werkvoorraad}|${z.behandelaarNaam}`,
                { vakgroep: z.werkvoorraad, medewerker: z.behandelaarNaam },
              ]),
          ).values(),
        ]
      : [];
    if (audit) {
      await auditeer(h, [
        {
          actie: "lezen",
          resource: "klantdossier",
          persoonId: id,
          reden: `dossier geopend; zaakinhoud zichtbaar: ${zaken.filter((z) => z.inzage).length} van ${zaken.length}`,
        },
      ]);
    }
    return {
      id: persoon.id,
      versie: persoon.versie,
      naam: volledigeNaam(persoon),
      bsnGemaskeerd: persoon.bsnLaatste4 ? maskeerBsn(`00000${persoon.bsnLaatste4}`) : null,
      zonderBsnReden: persoon.zonderBsnReden,
      voornamen: persoon.voornamen,
      voorvoegsel: persoon.voorvoegsel,
      geslachtsnaam: persoon.geslachtsnaam,
      geboortedatum: persoon.geboortedatum,
      geslacht: persoon.geslacht,
      adres: {
        straat: persoon.straat,
        huisnummer: persoon.huisnummer,
        huisletter: persoon.huisletter,
        toevoeging: persoon.toevoeging,
        postcode: postcodeMetSpatie(persoon.postcode),
        woonplaats: persoon.woonplaats,
      },
      wijk: persoon.wijkCode ? { code: persoon.wijkCode, naam: wijk } : null,
      telefoon: persoon.telefoon,
      email: persoon.email,
      communicatie: persoon.communicatie as Record<string, unknown>,
      geheimhouding: persoon.geheimhouding,
      relaties,
      beeindigdeRelaties,
      netwerk: netwerk.map((n) => ({
        id: n.id,
        naam: n.naam,
        relatie: n.relatie,
        telefoon: n.telefoon,
        email: n.email,
        mantelzorger: n.mantelzorger,
      })),
      betrokkenheden,
      zaken,
    };
  }
};
