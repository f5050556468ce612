import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../../../db/client";
import { alsSysteem } from "../../../db/tenant";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
let ouder: string;
let kind: string;
let dertiger: string;
let wmoZaak: { id: string; zaaknummer: string };

const verzoek = alsMedewerker(() => t.app, sessies);

const maakPersoon = async (bsn: string, voornamen: string, geboortedatum: string) => {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen,
    geslachtsnaam: "Veenstra",
    geboortedatum,
    adres: { huisnummer: 8, postcode: "9301 AB", woonplaats: "Roden" },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
};

const tel = async (tabel: "contacten" | "zaken") => {
  const [rij] = await alsSysteem(t.database.db, (tx) =>
    rijen<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.identifier(tabel)}`),
  );
  return rij?.n ?? 0;
};

const triage = (over: Record<string, unknown> = {}) => ({
  veiligheidssignalen: false,
  veiligheid: "veilig",
  leefgebieden: ["huishouden"],
  wetDomein: "wmo",
  ...over,
});

const aanmelding = (over: Record<string, unknown> = {}) => ({
  kanaal: "telefoon",
  persoonId: ouder,
  thema: "opvoeden-opgroeien",
  vraag: "Moeder belt: het loopt thuis vast, schulden en zorgen om de jongste.",
  directBeantwoord: false,
  triage: triage(),
  uitkomst: { soort: "zaak" },
  ...over,
});

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "regie", "teamleider", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  ouder = await maakPersoon("999990020", "Sanne", "1985-04-12");
  kind = await maakPersoon("999990032", "Daan", "2015-09-01");
  dertiger = await maakPersoon("999990044", "Pieter", "1996-01-15");
  expect(
    (
      await verzoek("iag", "POST", `/api/personen/${ouder}/relaties`, {
        gerelateerdeId: kind,
        soort: "ouder",
      })
    ).statusCode,
  ).toBeLessThan(300);
  const zaak = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "wmo",
    meldingsdatum: "2026-01-05",
    kanaal: "balie",
    omschrijving: "Huishoudelijke hulp",
    personen: [{ persoonId: ouder, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: ["huishouden"],
  });
  wmoZaak = zaak.json();
  expect(
    (await verzoek("wmo", "POST", `/api/zaken/${wmoZaak.id}/acties`, { actie: "start-onderzoek" }, 1))
      .statusCode,
  ).toBe(200);
});
afterAll(() => t.sluit());

describe("IAG-scherm", () => {
  it("toont in één verzoek basisgegevens, gezin, betrokkenheden en zaakkoppen zonder inhoud", async () => {
    const res = await verzoek("iag", "GET", `/api/aanmelden/personen/${ouder}`);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ naam: "Sanne Veenstra", bsnGemaskeerd: "*****0020", contacten: [] });
    expect(p.relaties.map((r: { persoonId: string }) => r.persoonId)).toContain(kind);
    expect(p.betrokkenheden).toContainEqual({ vakgroep: "wmo", medewerker: "Willem Molenaar" });
    expect(p.zaken[0]).toMatchObject({ zaaknummer: wmoZaak.zaaknummer, open: true });
    expect(p.zaken[0]).not.toHaveProperty("omschrijving");
    const audit = (await verzoek("teamleider", "GET", `/api/audit?persoonId=${ouder}`)).json().items;
    expect(audit[0]).toMatchObject({ gebruikersnaam: "iag", actie: "lezen", resource: "persoon" });
  });

  it("een andere gemeente ziet de inwoner niet", async () => {
    expect((await verzoek("assen-iag", "GET", `/api/aanmelden/personen/${ouder}`)).statusCode).toBe(404);
  });
});

describe("POST /api/aanmelden", () => {
  it("e2e-scenario: zorgen en drie leefgebieden → Regiegroep met reden; de betrokken Wmo-consulent wordt geïnformeerd", async () => {
    const res = await verzoek(
      "iag",
      "POST",
      "/api/aanmelden",
      aanmelding({
        gezinsleden: [kind],
        triage: triage({
          veiligheidssignalen: true,
          signalen: "Moeder is uitgeput, kind gaat niet naar school",
          veiligheid: "zorgen",
          leefgebieden: ["financien", "opvoeding", "psychisch-welbevinden"],
        }),
      }),
    );
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r.zaak).toMatchObject({
      werkvoorraad: "regiegroep",
      routering: { regel: "meervoudig" },
      spoed: false,
      magOpenen: false,
    });
    // The IAG sees only the headline: the zaak itself belongs to the Regiegroep's vakgroep.
    expect((await verzoek("iag", "GET", `/api/zaken/${r.zaak.id}`)).statusCode).toBe(403);
    expect(r.triage.meervoudigheid.soort).toBe("meervoudig");
    expect(r.contact).toMatchObject({ uitkomst: "zaak", zaakId: r.zaak.id, zaaknummer: r.zaak.zaaknummer });
    expect(r.geinformeerd).toBe(1);

    const zaak = (await verzoek("regie", "GET", `/api/zaken/${r.zaak.id}`)).json();
    expect(zaak).toMatchObject({ werkvoorraad: "regiegroep", veiligheid: "zorgen", zaaktype: "wmo" });
    expect(zaak.routering.uitleg).toMatch(/Meervoudige hulpvraag: 3 leefgebieden/);
    expect(zaak.personen.map((p: { rol: string }) => p.rol).sort()).toEqual(["gezinslid", "hoofdpersoon"]);

    const opZaak = (await verzoek("regie", "GET", `/api/aanmelden/zaken/${r.zaak.id}`)).json();
    expect(opZaak.contacten[0].triage).toMatchObject({
      veiligheid: "zorgen",
      meervoudigheid: { soort: "meervoudig" },
    });
    expect((await verzoek("wmo", "GET", `/api/aanmelden/zaken/${r.zaak.id}`)).statusCode).toBe(403);

    const notificaties = (await verzoek("wmo", "GET", "/api/notificaties?ongelezen=true")).json();
    expect(notificaties.totaal).toBe(1);
    expect(notificaties.items[0]).toMatchObject({ soort: "nieuw-contact", link: `/zaken/${wmoZaak.id}` });
    expect(notificaties.items[0].tekst).toContain(wmoZaak.zaaknummer);
    expect(notificaties.items[0].tekst).not.toContain("schulden");
    const mails = await alsSysteem(t.database.db, (tx) =>
      rijen<{ aan: string; onderwerp: string; tekst: string }>(
        tx,
        sql`select aan, onderwerp, tekst from mail_uitgaand`,
      ),
    );
    expect(mails).toEqual([
      expect.objectContaining({
        aan: "wmo@noordenveld.voordeur.test",
        onderwerp: expect.stringContaining(wmoZaak.zaaknummer),
      }),
    ]);
    expect(mails[0]?.tekst).not.toContain("schulden");

    const dossier = (await verzoek("iag", "GET", `/api/aanmelden/personen/${ouder}`)).json();
    expect(dossier.contacten[0]).toMatchObject({
      kanaal: "telefoon",
      uitkomst: "zaak",
      zaaknummer: r.zaak.zaaknummer,
      door: "Ingrid Aanmeld",
    });
  });

  it("crisis: Regiegroep met spoed; het gesprek en de acties staan in de historie", async () => {
    const res = await verzoek(
      "iag",
      "POST",
      "/api/aanmelden",
      aanmelding({
        triage: triage({
          veiligheidssignalen: true,
          signalen: "Dreiging met geweld",
          veiligheid: "crisis",
          regiegroepOverleg: {
            gesprek: "Direct gebeld met procesregisseur",
            acties: "Huisbezoek vandaag met Veilig Thuis",
          },
        }),
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().zaak).toMatchObject({
      werkvoorraad: "regiegroep",
      spoed: true,
      routering: { regel: "veiligheid-crisis" },
    });
    const zaak = (await verzoek("regie", "GET", `/api/zaken/${res.json().zaak.id}`)).json();
    const crisis = zaak.historie.find((h: { soort: string }) => h.soort === "crisis-besproken");
    expect(crisis.toelichting).toContain("Huisbezoek vandaag met Veilig Thuis");
  });

  it("de IAG kiest met reden een andere werkvoorraad; de reden staat bij de zaak", async () => {
    const res = await verzoek(
      "iag",
      "POST",
      "/api/aanmelden",
      aanmelding({
        uitkomst: {
          soort: "zaak",
          werkvoorraad: { code: "buurtteam", reden: "Inwoner wil eerst het buurtteam" },
        },
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().zaak).toMatchObject({ werkvoorraad: "buurtteam", routering: { regel: "handmatig" } });
    expect(res.json().zaak.routering.uitleg).toContain("Inwoner wil eerst het buurtteam");
  });

  it("magOpenen volgt het beleid: de teamleider mag de nieuwe zaak openen", async () => {
    const res = await verzoek("teamleider", "POST", "/api/aanmelden", aanmelding());
    expect(res.statusCode).toBe(201);
    const zaak = res.json().zaak;
    expect(zaak).toMatchObject({ werkvoorraad: "wmo", magOpenen: true });
    expect((await verzoek("teamleider", "GET", `/api/zaken/${zaak.id}`)).statusCode).toBe(200);
  });

  it.each([
    ["zaak zonder persoon", { persoon: null }, "zaak-zonder-persoon"],
    [
      "jeugdzaak voor iemand van 30",
      { persoon: "dertiger", triage: triage({ wetDomein: "jeugd", leefgebieden: ["opvoeding"] }) },
      "jeugdwet-leeftijd",
    ],
    [
      "jeugdzaak terwijl het kind in Assen staat ingeschreven",
      { persoon: "kind", triage: triage({ wetDomein: "jeugd", woonplaats: { brpGemeente: "0106" } }) },
      "woonplaatsbeginsel-andere-gemeente",
    ],
    [
      "onveilig naar de Wmo overschrijven",
      {
        triage: triage({
          veiligheidssignalen: true,
          signalen: "x",
          veiligheid: "onveilig",
          regiegroepOverleg: { gesprek: "g", acties: "a" },
        }),
        uitkomst: { soort: "zaak", werkvoorraad: { code: "wmo", reden: "Consulent kent het gezin" } },
      },
      "veiligheid-regiegroep",
    ],
    [
      "naar A&O overschrijven",
      { uitkomst: { soort: "zaak", werkvoorraad: { code: "ao", reden: "snel" } } },
      "werkvoorraad-geen-instroom",
    ],
    [
      "crisis zonder overleg",
      { triage: triage({ veiligheidssignalen: true, signalen: "x", veiligheid: "crisis" }) },
      "regiegroep-overleg-vastleggen",
    ],
  ])("%s → 422 met de regel, niets opgeslagen", async (_naam, over, regel) => {
    const [contacten, zaken] = [await tel("contacten"), await tel("zaken")];
    const { persoon, ...rest } = over as Record<string, unknown>;
    const persoonId =
      persoon === undefined
        ? ouder
        : persoon === "kind"
          ? kind
          : persoon === "dertiger"
            ? dertiger
            : undefined;
    const body = aanmelding({ ...rest, persoonId });
    const res = await verzoek("iag", "POST", "/api/aanmelden", body);
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().detail).toContain(regel);
    expect([await tel("contacten"), await tel("zaken")]).toEqual([contacten, zaken]);
  });

  it("een Wmo-consulent mag geen zaak in de werkvoorraad Werk zetten", async () => {
    const res = await verzoek(
      "wmo",
      "POST",
      "/api/aanmelden",
      aanmelding({ uitkomst: { soort: "zaak", werkvoorraad: { code: "werk", reden: "gaat over werk" } } }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain("werkvoorraad-niet-toegestaan");
  });

  it.each([
    ["verwijzer zonder soort", { kanaal: "verwijzer" }, "verwijzer"],
    [
      "afwijkende werkvoorraad zonder reden",
      { uitkomst: { soort: "zaak", werkvoorraad: { code: "buurtteam" } } },
      "uitkomst.werkvoorraad.reden",
    ],
    ["onbekende uitkomst", { uitkomst: { soort: "weggooien" } }, "uitkomst.soort"],
    ["zaak zonder triage", { triage: undefined }, "triage"],
    ["onbekend gezinslid", { gezinsleden: ["00000000-0000-4000-8000-000000000000"] }, "gezinsleden.0"],
  ])("%s → 400 met het veld", async (_naam, over, veld) => {
    const contacten = await tel("contacten");
    const res = await verzoek("iag", "POST", "/api/aanmelden", aanmelding(over));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { veld: string }) => e.veld)).toContain(veld);
    expect(await tel("contacten")).toBe(contacten);
  });

  it("warme overdracht: kind verblijft bij pleegouders, daarvoor ingeschreven in Assen → geen zaak", async () => {
    const zaken = await tel("zaken");
    const res = await verzoek(
      "iag",
      "POST",
      "/api/aanmelden",
      aanmelding({
        persoonId: kind,
        triage: triage({
          wetDomein: "jeugd",
          leefgebieden: ["opvoeding"],
          woonplaats: { verblijf: { soort: "pleegouders", brpGemeenteVoorVerblijf: "0106" } },
        }),
        uitkomst: {
          soort: "overdracht",
          notitie: "Gebeld met het aanmeldteam Assen; zij bellen moeder vandaag.",
        },
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      zaak: null,
      contact: { uitkomst: "overdracht", overdracht: { gemeente: "0106" } },
      triage: { woonplaats: { grondslag: "brp-adres-voor-verblijf", warmeOverdrachtNodig: true } },
    });
    expect(await tel("zaken")).toBe(zaken);
  });

  it("koppelt een contact aan een lopende zaak van de inwoner", async () => {
    const res = await verzoek(
      "iag",
      "POST",
      "/api/aanmelden",
      aanmelding({ triage: undefined, uitkomst: { soort: "koppel", zaakId: wmoZaak.id } }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().contact).toMatchObject({
      uitkomst: "koppel",
      zaakId: wmoZaak.id,
      zaaknummer: wmoZaak.zaaknummer,
    });
    const zaak = (await verzoek("wmo", "GET", `/api/zaken/${wmoZaak.id}`)).json();
    expect(zaak.historie.map((h: { soort: string }) => h.soort)).toContain("contact-toegevoegd");
    // Not a zaak of this person → 422.
    const fout = await verzoek(
      "iag",
      "POST",
      "/api/aanmelden",
      aanmelding({
        persoonId: dertiger,
        triage: undefined,
        uitkomst: { soort: "koppel", zaakId: wmoZaak.id },
      }),
    );
    expect(fout.statusCode).toBe(422);
    expect(fout.json().detail).toContain("koppel-geen-lopende-zaak");
  });

  it("een direct beantwoorde vraag zonder persoon wordt geregistreerd en afgesloten", async () => {
    const res = await verzoek("iag", "POST", "/api/aanmelden", {
      kanaal: "verwijzer",
      verwijzer: { soort: "huisarts", naam: "Huisartsenpraktijk Roden" },
      thema: "begeleiding-dagbesteding",
      vraag: "Welke dagbesteding is er in Roden?",
      directBeantwoord: true,
      antwoord: "Sociale kaart gemaild",
      uitkomst: { soort: "beantwoord" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      zaak: null,
      geinformeerd: 0,
      contact: { persoonId: null, verwijzer: { soort: "huisarts" } },
    });
  });
});

describe("routeringsvoorstel", () => {
  it("geeft voorstel, uitleg en de werkvoorraden die de medewerker mag kiezen", async () => {
    const res = await verzoek("iag", "POST", "/api/aanmelden/routering", {
      triage: triage({ leefgebieden: ["financien", "wonen"] }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().voorstel).toMatchObject({
      werkvoorraad: "regiegroep",
      werkvoorraadNaam: "Regiegroep",
      regel: "meervoudig",
    });
    const keuzes = res.json().keuzes.map((k: { code: string }) => k.code);
    expect(keuzes).toContain("wmo");
    expect(keuzes).not.toContain("ao");
  });
});

describe("turven", () => {
  it("telt algemene vragen per thema per dag, per gemeente", async () => {
    await verzoek("iag", "POST", "/api/contacten/turf", { thema: "algemene-informatie" });
    const tweede = await verzoek("iag", "POST", "/api/contacten/turf", { thema: "algemene-informatie" });
    expect(tweede.statusCode).toBe(201);
    expect(tweede.json().aantal).toBe(2);
    const overzicht = (await verzoek("wmo", "GET", "/api/contacten/turf")).json();
    expect(overzicht.items).toContainEqual({
      thema: "algemene-informatie",
      label: "Algemene informatie (openingstijden, folders)",
      aantal: 2,
    });
    expect((await verzoek("assen-iag", "GET", "/api/contacten/turf")).json().totaal).toBe(0);
    expect((await verzoek("iag", "POST", "/api/contacten/turf", { thema: "zwembad" })).statusCode).toBe(400);
  });
});

describe("notificaties", () => {
  it("alleen eigen notificaties zijn te zien en als gelezen te markeren", async () => {
    const ongelezen = (await verzoek("wmo", "GET", "/api/notificaties?ongelezen=true")).json().totaal;
    expect(ongelezen).toBeGreaterThan(0);
    const eigen = (await verzoek("wmo", "GET", "/api/notificaties")).json().items[0];
    expect((await verzoek("jeugd", "POST", `/api/notificaties/${eigen.id}/gelezen`)).statusCode).toBe(404);
    const gelezen = await verzoek("wmo", "POST", `/api/notificaties/${eigen.id}/gelezen`);
    expect(gelezen.statusCode).toBe(200);
    expect(gelezen.json().gelezenOp).not.toBeNull();
    expect((await verzoek("wmo", "GET", "/api/notificaties?ongelezen=true")).json().totaal).toBe(
      ongelezen - 1,
    );
    expect((await verzoek("jeugd", "GET", "/api/notificaties")).json().totaal).toBe(0);
  });
});
