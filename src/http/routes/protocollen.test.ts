/**
 * The veiligheidsprotocollen through the API (issue 14, seed 004 §10.5): every medewerker reads the texts, only the
 * beheerder changes them (a new version on the one seen: 428 without If-Match, 409 when stale, every version kept
 * and audited); a melding bij de teamleider reaches the teamleiders, is read only by the teamleider and the melder,
 * and runs gemeld → opgestart → afgesloten under the teamleider. Bad input changes nothing; another gemeente sees
 * nothing.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nu } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";
import { opgepakteWmoZaak } from "../../test/wmo-plan";

let t: TestVoordeur;
const sessies: Record<string, string> = {};

const verzoek = alsMedewerker(() => t.app, sessies);

const rijen = <T>(query: ReturnType<typeof sql>) => rijenUit<T>(t, query);
const aantal = async (tabel: string) =>
  Number((await rijen<{ n: string }>(sql.raw(`select count(*)::text as n from ${tabel}`)))[0]?.n);

/** A moment relative to the application's clock (never today's date). */
const urenGeleden = (uren: number) => new Date(nu().getTime() - uren * 3_600_000).toISOString();

let zaak: { id: string; zaaknummer: string; versie: number };
beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "teamleider", "beheerder", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  const persoon = await verzoek("iag", "POST", "/api/personen", {
    bsn: "999990044",
    voornamen: "Pieter",
    geslachtsnaam: "Protocolsma",
    geboortedatum: "1975-02-11",
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(persoon.statusCode, persoon.body).toBe(201);
  zaak = await opgepakteWmoZaak(verzoek as never, persoon.json().id);
});
afterAll(() => t.sluit());

describe("de teksten van de protocollen", () => {
  it("iedere medewerker leest de vier protocollen, met de voorbeeldtekst als startpunt", async () => {
    for (const wie of ["iag", "wmo", "teamleider", "beheerder"]) {
      const res = await verzoek(wie, "GET", "/api/protocollen");
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items.map((p: { soort: string }) => p.soort)).toEqual([
        "alarm",
        "agressie",
        "calamiteiten",
        "pshi",
      ]);
      expect(res.json().magWijzigen).toBe(wie === "beheerder");
    }
    const alarm = await verzoek("wmo", "GET", "/api/protocollen/alarm");
    expect(alarm.headers.etag).toBe('"1"');
    expect(alarm.json()).toMatchObject({ versie: 1, voorbeeld: true, meldbaar: false, gewijzigdDoor: null });
    expect(alarm.json().tekst).toMatch(/^Voorbeeldtekst: vervang deze door het protocol van uw gemeente/);
    expect((await verzoek("wmo", "GET", "/api/protocollen/pshi")).json().meldbaar).toBe(true);
    expect((await verzoek("wmo", "GET", "/api/protocollen/brand")).statusCode).toBe(400);
  });

  const NIEUW = {
    titel: "Alarmprotocol Noordenveld",
    tekst: "# Wanneer drukt u op de alarmknop?\n1. Bij direct gevaar\n2. Blijf bij de cliënt weg",
  };

  it("alleen de beheerder wijzigt; zonder of met een oude versie, of met lege velden verandert niets", async () => {
    expect((await verzoek("wmo", "PUT", "/api/protocollen/alarm", NIEUW, 1)).statusCode).toBe(403);
    expect((await verzoek("teamleider", "PUT", "/api/protocollen/alarm", NIEUW, 1)).statusCode).toBe(403);
    expect((await verzoek("beheerder", "PUT", "/api/protocollen/alarm", NIEUW)).statusCode).toBe(428);
    expect((await verzoek("beheerder", "PUT", "/api/protocollen/alarm", NIEUW, 4)).statusCode).toBe(409);
    const leeg = await verzoek("beheerder", "PUT", "/api/protocollen/alarm", { titel: " ", tekst: "" }, 1);
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().errors).toEqual([
      expect.objectContaining({ veld: "titel", melding: "Titel: vul dit in." }),
      expect.objectContaining({ veld: "tekst", melding: "Tekst: vul dit in." }),
    ]);
    const onbekendVeld = await verzoek(
      "beheerder",
      "PUT",
      "/api/protocollen/alarm",
      { ...NIEUW, extra: 1 },
      1,
    );
    expect(onbekendVeld.statusCode).toBe(400);
    expect((await verzoek("wmo", "GET", "/api/protocollen/alarm")).json().versie).toBe(1);
    expect(await aantal("protocolteksten where versie > 1")).toBe(0);
  });

  it("een wijziging is een nieuwe versie; de vorige blijft bewaard en de wijziging staat in het auditlog", async () => {
    const res = await verzoek("beheerder", "PUT", "/api/protocollen/alarm", NIEUW, 1);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({
      ...NIEUW,
      versie: 2,
      voorbeeld: false,
      gewijzigdDoor: expect.any(String),
    });
    expect((await verzoek("iag", "GET", "/api/protocollen/alarm")).json().titel).toBe(NIEUW.titel);
    expect((await verzoek("beheerder", "PUT", "/api/protocollen/alarm", NIEUW, 1)).statusCode).toBe(409);
    const versies = (await verzoek("beheerder", "GET", "/api/protocollen/alarm/versies")).json().items;
    expect(versies.map((v: { versie: number; voorbeeld: boolean }) => [v.versie, v.voorbeeld])).toEqual([
      [2, false],
      [1, true],
    ]);
    const audit = await rijen<{ actie: string; reden: string; gebruikersnaam: string }>(
      sql`select actie, reden, gebruikersnaam from audit_log where resource = 'protocol'`,
    );
    expect(audit).toEqual([
      { actie: "wijzigen", reden: "Alarmprotocol gewijzigd naar versie 2", gebruikersnaam: "beheerder" },
    ]);
  });

  it("een andere gemeente ziet haar eigen tekst, niet die van Noordenveld", async () => {
    const assen = (await verzoek("assen-iag", "GET", "/api/protocollen/alarm")).json();
    expect(assen).toMatchObject({ versie: 1, voorbeeld: true });
    expect(assen.titel).not.toBe(NIEUW.titel);
  });
});

describe("melden bij de teamleider en het protocol doorlopen", () => {
  const MELDING = {
    protocol: "calamiteiten",
    wat: "Cliënt dreigt morgen met een mes naar het gemeentehuis te komen",
    waar: "Telefoon, via de balie",
    wanneer: urenGeleden(1),
  };
  let id: string;
  let versie: number;

  it("onjuiste invoer wordt geweigerd met het veld bij zijn label, en er verandert niets", async () => {
    const voor = await aantal("protocolmeldingen");
    const leeg = await verzoek("wmo", "POST", "/api/protocolmeldingen", {
      ...MELDING,
      wat: " ",
      wanneer: new Date(nu().getTime() + 86_400_000).toISOString(),
    });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().errors.map((e: { veld: string; melding: string }) => [e.veld, e.melding])).toEqual([
      ["wat", "Wat is er gebeurd of wat is de dreiging: vul dit in."],
      ["wanneer", "Wanneer: dit tijdstip ligt in de toekomst."],
    ]);
    expect(
      (await verzoek("wmo", "POST", "/api/protocolmeldingen", { ...MELDING, protocol: "alarm" })).statusCode,
    ).toBe(400);
    // A zaak the melder may not see is refused like an unknown one.
    for (const [wie, zaaknummer] of [
      ["jeugd", zaak.zaaknummer],
      ["wmo", "Z-bestaat-niet"],
    ] as const) {
      const res = await verzoek(wie, "POST", "/api/protocolmeldingen", { ...MELDING, zaaknummer });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({
          veld: "zaaknummer",
          melding: "Zaaknummer: er is geen zaak met dit nummer die u mag inzien.",
        }),
      ]);
    }
    expect(await aantal("protocolmeldingen")).toBe(voor);
  });

  it("de consulent meldt een dreiging; de teamleider krijgt een notificatie zonder de inhoud", async () => {
    const res = await verzoek("wmo", "POST", "/api/protocolmeldingen", {
      ...MELDING,
      zaaknummer: zaak.zaaknummer,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: "gemeld",
      melder: "Willem Molenaar",
      zaak: { id: zaak.id, zaaknummer: zaak.zaaknummer },
      stappen: [],
      acties: { opstarten: false, stapVastleggen: false, afsluiten: false },
    });
    ({ id, versie } = res.json());
    const notificaties = (await verzoek("teamleider", "GET", "/api/notificaties")).json().items;
    const n = notificaties.find((x: { soort: string }) => x.soort === "protocolmelding");
    expect(n).toMatchObject({ link: `/veiligheid/meldingen/${id}` });
    expect(n.tekst).toMatch(/^Dreiging van een calamiteit gemeld door Willem Molenaar/);
    expect(n.tekst).not.toMatch(/mes|gemeentehuis/);
  });

  it("alleen de teamleider en de melder zien de melding; een andere gemeente niets", async () => {
    expect((await verzoek("wmo", "GET", `/api/protocolmeldingen/${id}`)).statusCode).toBe(200);
    const tl = await verzoek("teamleider", "GET", `/api/protocolmeldingen/${id}`);
    expect(tl.statusCode).toBe(200);
    expect(tl.json().acties).toEqual({ opstarten: true, stapVastleggen: false, afsluiten: false });
    for (const wie of ["iag", "beheerder"])
      expect((await verzoek(wie, "GET", `/api/protocolmeldingen/${id}`)).statusCode).toBe(403);
    expect((await verzoek("assen-iag", "GET", `/api/protocolmeldingen/${id}`)).statusCode).toBe(404);
    const lijst = (wie: string) =>
      verzoek(wie, "GET", "/api/protocolmeldingen").then((r) =>
        r.json().items.map((m: { id: string }) => m.id),
      );
    expect(await lijst("teamleider")).toContain(id);
    expect(await lijst("wmo")).toContain(id);
    expect(await lijst("iag")).not.toContain(id);
    expect(await lijst("assen-iag")).toEqual([]);
  });

  const stap = { tijdstip: urenGeleden(0.5), wat: "Politie gebeld; balie gewaarschuwd", door: "Teamleider" };
  const actie = (pad: string, body?: object, v = versie, wie = "teamleider") =>
    verzoek(wie, "POST", `/api/protocolmeldingen/${id}/${pad}`, body, v);

  it("de teamleider start het protocol op, legt een stap vast en sluit af; in die volgorde", async () => {
    const teVroeg = await actie("stappen", stap);
    expect(teVroeg.statusCode).toBe(422);
    expect(teVroeg.json().regel).toBe("stap-bij-gemeld");
    expect((await actie("opstarten", undefined, versie, "wmo")).statusCode).toBe(403);
    expect((await verzoek("teamleider", "POST", `/api/protocolmeldingen/${id}/opstarten`)).statusCode).toBe(
      428,
    );
    expect((await actie("opstarten", undefined, versie + 3)).statusCode).toBe(409);
    const start = await actie("opstarten");
    expect(start.statusCode, start.body).toBe(200);
    expect(start.json()).toMatchObject({ status: "opgestart", opgestartDoor: expect.any(String) });
    versie = start.json().versie;
    expect((await actie("opstarten")).statusCode).toBe(422);

    const leeg = await actie("stappen", { tijdstip: stap.tijdstip, wat: "", door: "" });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().errors.map((e: { veld: string }) => e.veld)).toEqual(["wat", "door"]);
    expect(await aantal("protocolstappen")).toBe(0);
    const gedaan = await actie("stappen", stap);
    expect(gedaan.statusCode, gedaan.body).toBe(200);
    expect(gedaan.json().stappen).toEqual([
      expect.objectContaining({ wat: stap.wat, door: "Teamleider", tijdstip: stap.tijdstip }),
    ]);
    expect((await actie("stappen", stap)).statusCode).toBe(409);
    versie = gedaan.json().versie;

    const zonder = await actie("afsluiting", { evaluatie: " " });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().errors).toEqual([expect.objectContaining({ veld: "evaluatie" })]);
    const af = await actie("afsluiting", { evaluatie: "Dreiging afgewend; nazorg voor de baliemedewerker." });
    expect(af.statusCode, af.body).toBe(200);
    expect(af.json()).toMatchObject({ status: "afgesloten", acties: { stapVastleggen: false } });
    versie = af.json().versie;
    const na = await actie("stappen", stap);
    expect(na.statusCode).toBe(422);
    expect(na.json().regel).toBe("stap-bij-afgesloten");
    expect(await aantal("protocolstappen")).toBe(1);
  });

  it("ieder lezen en wijzigen staat in het auditlog, bij de inwoner van de zaak en zonder de inhoud", async () => {
    const audit = await rijen<{ actie: string; reden: string; gebruikersnaam: string; persoon_id: string }>(
      sql`select actie, reden, gebruikersnaam, persoon_id from audit_log where resource = 'protocolmelding' order by id`,
    );
    const regels = audit.map((a) => `${a.gebruikersnaam} ${a.actie}`);
    expect(regels).toContain("wmo aanmaken");
    expect(regels).toContain("teamleider lezen");
    expect(regels.filter((r) => r === "teamleider wijzigen")).toHaveLength(3);
    expect(audit.every((a) => a.persoon_id !== null)).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/mes|Politie|nazorg/);
  });
});
