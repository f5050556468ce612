import { and, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { alsSysteem } from "../../db/tenant";
import { login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
let beheerder: string;
let teamleider: string;
beforeAll(async () => {
  t = await startTestVoordeur();
  beheerder = await login(t.app, "beheerder");
  teamleider = await login(t.app, "teamleider");
});
afterAll(() => t.sluit());

/** An approval or refusal in the session of `cookie`, with If-Match = the request's current versie. */
async function beslis(cookie: string, verzoekId: string, pad: "goedkeuring" | "weigering", versie?: number) {
  const huidig = (
    await t.app.inject({
      method: "GET",
      url: `/api/rolverzoeken/${verzoekId}`,
      headers: { cookie: teamleider },
    })
  ).json();
  return t.app.inject({
    method: "POST",
    url: `/api/rolverzoeken/${verzoekId}/${pad}`,
    headers: { cookie, "if-match": `"${versie ?? huidig.versie}"` },
  });
}

const wijzig = (cookie: string, id: string, versie: number, payload: Record<string, unknown>) =>
  t.app.inject({
    method: "PATCH",
    url: `/api/gebruikers/${id}`,
    headers: { cookie, "if-match": `"${versie}"` },
    payload,
  });

const lees = async (id: string) =>
  (
    await t.app.inject({ method: "GET", url: `/api/gebruikers/${id}`, headers: { cookie: beheerder } })
  ).json();

/** Audit lines (resource, reden) written after `vanafId`, newest last. */
async function auditNa(vanafId: number) {
  return alsSysteem(t.database.db, (tx) =>
    tx
      .select({
        id: auditLog.id,
        gebruikersnaam: auditLog.gebruikersnaam,
        actie: auditLog.actie,
        resource: auditLog.resource,
        reden: auditLog.reden,
      })
      .from(auditLog)
      .where(
        and(
          gt(auditLog.id, vanafId),
          sql`${auditLog.resource} in ('gebruiker', 'rolverzoek', 'vakgroep', 'tekstblok')`,
        ),
      )
      .orderBy(auditLog.id),
  );
}
const laatsteAuditId = async () =>
  (
    await alsSysteem(t.database.db, (tx) =>
      tx.select({ n: sql<number>`coalesce(max(id), 0)::int` }).from(auditLog),
    )
  )[0]?.n ?? 0;

const naamMetTekens = `O'Brien <script>alert(1)</script> 😀 Jánsen`;

async function maak(payload: Record<string, unknown>) {
  return t.app.inject({ method: "POST", url: "/api/gebruikers", headers: { cookie: beheerder }, payload });
}

describe("gebruikersbeheer", () => {
  it("the beheerder lists only the users of the own gemeente, paginated", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/gebruikers?perPagina=5",
      headers: { cookie: beheerder },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(5);
    // Every medewerker of the beheerder's gemeente (the demo set), counted in the database, not the others.
    const [eigen] = await rijenUit<{ n: number }>(
      t,
      sql`select count(*)::int as n from gebruikers where gemeente_code = (select gemeente_code from gebruikers where gebruikersnaam = 'beheerder')`,
    );
    const [alleGemeenten] = await rijenUit<{ n: number }>(t, sql`select count(*)::int as n from gebruikers`);
    expect(body.totaal).toBe(eigen?.n);
    expect(body.totaal).toBeLessThan(alleGemeenten?.n ?? 0);
    const alle = await t.app.inject({
      method: "GET",
      url: "/api/gebruikers?perPagina=200",
      headers: { cookie: beheerder },
    });
    expect(alle.json().items.map((g: { gebruikersnaam: string }) => g.gebruikersnaam)).not.toContain(
      "assen-iag",
    );
  });

  it("creates a user with roles, vakgroepen and a policy-conform password; names are stored literally", async () => {
    const res = await maak({
      gebruikersnaam: "nieuw.medewerker",
      naam: naamMetTekens,
      email: "nieuw@noordenveld.example",
      rollen: ["toegangsmedewerker"],
      vakgroepen: ["jeugd", "wmo"],
      wachtwoord: "Lange-zin-met-cijfers-42",
    });
    expect(res.statusCode).toBe(201);
    // The role and vakgroepen give access to residents' data: they wait for a second person.
    expect(res.json()).toMatchObject({
      naam: naamMetTekens,
      rollen: [],
      vakgroepen: [],
      versie: 1,
      actief: true,
      wachtOpGoedkeuring: { rollen: ["toegangsmedewerker"], vakgroepen: ["jeugd", "wmo"] },
    });
    const inloggen = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "nieuw.medewerker", wachtwoord: "Lange-zin-met-cijfers-42" },
    });
    expect(inloggen.statusCode).toBe(200);
    expect(inloggen.json()).toMatchObject({ naam: naamMetTekens, rollen: [] });

    const goed = await beslis(teamleider, res.json().wachtOpGoedkeuring.verzoekId, "goedkeuring");
    expect(goed.statusCode, goed.body).toBe(200);
    expect(await lees(res.json().id)).toMatchObject({
      rollen: ["toegangsmedewerker"],
      vakgroepen: ["jeugd", "wmo"],
      wachtOpGoedkeuring: null,
    });
  });

  it("refuses a weak password, an unknown role and an unknown vakgroep with 400 naming the fields, writing nothing", async () => {
    const res = await maak({
      gebruikersnaam: "zwak",
      naam: "Zwak",
      rollen: ["superman"],
      vakgroepen: ["bestaat-niet"],
      wachtwoord: "welkom123",
    });
    expect(res.statusCode).toBe(400);
    const velden = res.json().errors.map((e: { veld: string }) => e.veld);
    expect(velden).toEqual(expect.arrayContaining(["rollen.0", "wachtwoord", "vakgroepen"]));
    const lijst = await t.app.inject({
      method: "GET",
      url: "/api/gebruikers?zoek=zwak",
      headers: { cookie: beheerder },
    });
    expect(lijst.json().totaal).toBe(0);
  });

  it("refuses a gebruikersnaam that exists in another gemeente (names are global) with 409", async () => {
    const res = await maak({ gebruikersnaam: "assen-iag", naam: "Dubbel", rollen: ["iag"] });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].veld).toBe("gebruikersnaam");
  });

  it("edits with optimistic locking: a stale If-Match gets 409, no If-Match gets 428", async () => {
    const nieuw = (await maak({ gebruikersnaam: "slot.test", naam: "Slot Test", rollen: ["iag"] })).json();
    const url = `/api/gebruikers/${nieuw.id}`;
    const eerste = await t.app.inject({
      method: "PATCH",
      url,
      headers: { cookie: beheerder, "if-match": '"1"' },
      payload: { naam: "Slot Eerste" },
    });
    expect(eerste.statusCode).toBe(200);
    expect(eerste.json().versie).toBe(2);
    const tweede = await t.app.inject({
      method: "PATCH",
      url,
      headers: { cookie: beheerder, "if-match": '"1"' },
      payload: { naam: "Slot Tweede" },
    });
    expect(tweede.statusCode).toBe(409);
    const zonder = await t.app.inject({
      method: "PATCH",
      url,
      headers: { cookie: beheerder },
      payload: { naam: "Zonder" },
    });
    expect(zonder.statusCode).toBe(428);
    const nu = await t.app.inject({ method: "GET", url, headers: { cookie: beheerder } });
    expect(nu.json().naam).toBe("Slot Eerste");
  });

  it("deactivating a user ends their sessions and blocks login", async () => {
    const nieuw = (
      await maak({
        gebruikersnaam: "blok.test",
        naam: "Blok",
        rollen: ["iag"],
        wachtwoord: "Een-heel-goed-wachtwoord-7",
      })
    ).json();
    const cookie = await login(t.app, "blok.test", "Een-heel-goed-wachtwoord-7");
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/gebruikers/${nieuw.id}`,
      headers: { cookie: beheerder, "if-match": `"${nieuw.versie}"` },
      payload: { actief: false },
    });
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie } })).statusCode).toBe(
      401,
    );
    const opnieuw = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "blok.test", wachtwoord: "Een-heel-goed-wachtwoord-7" },
    });
    expect(opnieuw.statusCode).toBe(401);
  });

  it("manages vakgroepen", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/vakgroepen",
      headers: { cookie: beheerder },
      payload: { code: "jongerenwerk", naam: "Jongerenwerk" },
    });
    expect(res.statusCode).toBe(201);
    const wijzig = await t.app.inject({
      method: "PATCH",
      url: `/api/vakgroepen/${res.json().id}`,
      headers: { cookie: beheerder, "if-match": '"1"' },
      payload: { naam: "Jongerenwerk NMD", actief: false },
    });
    expect(wijzig.json()).toMatchObject({ naam: "Jongerenwerk NMD", actief: false, versie: 2 });
  });

  it("is forbidden for non-beheerders (403)", async () => {
    const wmo = await login(t.app, "wmo");
    const res = await t.app.inject({ method: "GET", url: "/api/gebruikers", headers: { cookie: wmo } });
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toBe("Geen toegang");
    const maakt = await t.app.inject({
      method: "POST",
      url: "/api/vakgroepen",
      headers: { cookie: wmo },
      payload: { code: "x-y", naam: "X" },
    });
    expect(maakt.statusCode).toBe(403);
  });
});

describe("vier ogen op toegang (issue Vertrouwen, item 9)", () => {
  const ik = async (cookie: string) =>
    (await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie } })).json();
  const zoekEen = async (gebruikersnaam: string) =>
    (
      await t.app.inject({
        method: "GET",
        url: `/api/gebruikers?zoek=${gebruikersnaam}&perPagina=50`,
        headers: { cookie: beheerder },
      })
    )
      .json()
      .items.find((g: { gebruikersnaam: string }) => g.gebruikersnaam === gebruikersnaam);

  it("de beheerder kan zichzelf geen teamleider maken: het wacht, hij keurt het niet zelf goed, een tweede persoon beslist", async () => {
    const bestaand = await zoekEen("beheerder");
    const res = await wijzig(beheerder, bestaand.id, bestaand.versie, {
      rollen: ["beheerder", "teamleider"],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      rollen: ["beheerder"],
      wachtOpGoedkeuring: { rollen: ["teamleider"], vakgroepen: [] },
    });
    expect((await ik(beheerder)).rollen).toEqual(["beheerder"]);
    const verzoekId = res.json().wachtOpGoedkeuring.verzoekId as string;

    const eigen = await beslis(beheerder, verzoekId, "goedkeuring");
    expect(eigen.statusCode).toBe(403);
    expect(eigen.json().detail).toContain("zelf gedaan");
    // A second request for the same medewerker while one is open → 409, nothing changed.
    const nogEens = await wijzig(beheerder, bestaand.id, res.json().versie, { rollen: ["beheerder", "ao"] });
    expect(nogEens.statusCode).toBe(409);
    expect((await lees(bestaand.id)).wachtOpGoedkeuring.rollen).toEqual(["teamleider"]);

    // The list shows it to the teamleider with what they may do; the requester sees it without approval.
    const lijst = (
      await t.app.inject({ method: "GET", url: "/api/rolverzoeken", headers: { cookie: teamleider } })
    ).json();
    expect(lijst.items.find((v: { id: string }) => v.id === verzoekId)).toMatchObject({
      gebruiker: { gebruikersnaam: "beheerder" },
      aangevraagdDoor: { gebruikersnaam: "beheerder" },
      rollen: ["teamleider"],
      status: "open",
      magGoedkeuren: true,
      magWeigeren: true,
    });
    const alsAanvrager = (
      await t.app.inject({
        method: "GET",
        url: `/api/rolverzoeken/${verzoekId}`,
        headers: { cookie: beheerder },
      })
    ).json();
    expect(alsAanvrager).toMatchObject({ magGoedkeuren: false, magWeigeren: true });

    // If-Match: without → 428, stale → 409.
    const zonder = await t.app.inject({
      method: "POST",
      url: `/api/rolverzoeken/${verzoekId}/weigering`,
      headers: { cookie: teamleider },
    });
    expect(zonder.statusCode).toBe(428);
    expect((await beslis(teamleider, verzoekId, "weigering", 99)).statusCode).toBe(409);

    const geweigerd = await beslis(teamleider, verzoekId, "weigering");
    expect(geweigerd.statusCode).toBe(200);
    expect(geweigerd.json()).toMatchObject({
      status: "geweigerd",
      beslistDoor: { gebruikersnaam: "teamleider" },
    });
    expect((await ik(beheerder)).rollen).toEqual(["beheerder"]);
    expect((await beslis(teamleider, verzoekId, "goedkeuring")).statusCode).toBe(409);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/rolverzoeken?status=geweigerd",
          headers: { cookie: teamleider },
        })
      )
        .json()
        .items.map((v: { id: string }) => v.id),
    ).toContain(verzoekId);
  });

  it("een tweede beheerder bestaat pas na goedkeuring door een teamleider, en keurt dan een verzoek van de eerste goed", async () => {
    const res = await maak({
      gebruikersnaam: "tweede.beheerder",
      naam: "Tweede Beheerder",
      rollen: ["beheerder"],
      wachtwoord: "Nog-een-heel-goed-wachtwoord-8",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ rollen: [], wachtOpGoedkeuring: { rollen: ["beheerder"] } });
    const tweede = await login(t.app, "tweede.beheerder", "Nog-een-heel-goed-wachtwoord-8");
    // Without a role yet, and it would be their own access anyway.
    const zelf = await beslis(tweede, res.json().wachtOpGoedkeuring.verzoekId, "goedkeuring");
    expect(zelf.statusCode).toBe(403);
    expect(
      (await beslis(teamleider, res.json().wachtOpGoedkeuring.verzoekId, "goedkeuring")).statusCode,
    ).toBe(200);
    expect((await ik(tweede)).rollen).toEqual(["beheerder"]);

    // The first beheerder asks a role for a consulent; the second beheerder approves.
    const wmo = await zoekEen("wmo");
    const gevraagd = await wijzig(beheerder, wmo.id, wmo.versie, { rollen: [...wmo.rollen, "ao"] });
    expect(gevraagd.json().wachtOpGoedkeuring.rollen).toEqual(["ao"]);
    const goed = await beslis(tweede, gevraagd.json().wachtOpGoedkeuring.verzoekId, "goedkeuring");
    expect(goed.statusCode).toBe(200);
    expect(goed.json()).toMatchObject({
      status: "goedgekeurd",
      beslistDoor: { gebruikersnaam: "tweede.beheerder" },
    });
    expect((await lees(wmo.id)).rollen).toEqual(expect.arrayContaining(["toegangsmedewerker", "ao"]));

    // Taking a role away needs nobody else.
    const na = await lees(wmo.id);
    const terug = await wijzig(beheerder, wmo.id, na.versie, { rollen: ["toegangsmedewerker"] });
    expect(terug.json()).toMatchObject({ rollen: ["toegangsmedewerker"], wachtOpGoedkeuring: null });
  });

  it("niemand keurt toegang voor zichzelf goed; de aanvrager kan intrekken; andere rollen beslissen niet", async () => {
    const tl = await zoekEen("teamleider");
    const regie = await wijzig(beheerder, tl.id, tl.versie, { vakgroepen: [...tl.vakgroepen, "regiegroep"] });
    expect(regie.statusCode).toBe(200);
    expect(regie.json()).toMatchObject({
      vakgroepen: tl.vakgroepen,
      wachtOpGoedkeuring: { vakgroepen: ["regiegroep"] },
    });
    const verzoekId = regie.json().wachtOpGoedkeuring.verzoekId as string;
    const voorZichzelf = await beslis(teamleider, verzoekId, "goedkeuring");
    expect(voorZichzelf.statusCode).toBe(403);
    expect(voorZichzelf.json().detail).toContain("uzelf krijgt");
    const consulent = await login(t.app, "wmo");
    expect((await beslis(consulent, verzoekId, "goedkeuring")).statusCode).toBe(403);
    const ingetrokken = await beslis(beheerder, verzoekId, "weigering");
    expect(ingetrokken.json()).toMatchObject({ status: "ingetrokken" });
    expect((await lees(tl.id)).vakgroepen).toEqual(tl.vakgroepen);
  });

  it("de database zelf weigert een goedkeuring door wie het vroeg (tweede slot)", async () => {
    const res = await maak({ gebruikersnaam: "slot.db", naam: "Slot DB", rollen: ["iag"] });
    const verzoekId = res.json().wachtOpGoedkeuring.verzoekId as string;
    await expect(
      alsSysteem(t.database.db, (tx) =>
        tx.execute(
          sql`update rolverzoeken set status = 'goedgekeurd', beslist_door = aangevraagd_door, beslist_op = now() where id = ${verzoekId}`,
        ),
      ),
    ).rejects.toThrow();
  });

  it("auditeert wijzigingen van medewerkers, vakgroepen en teksten: wie, wat voor wijziging, welk id — nooit het wachtwoord of de tekst", async () => {
    const vanaf = await laatsteAuditId();
    const nieuw = (
      await maak({
        gebruikersnaam: "audit.test",
        naam: "Audit Test",
        rollen: ["iag"],
        vakgroepen: ["iag"],
        wachtwoord: "Geheim-wachtwoord-voor-audit-1",
      })
    ).json();
    await wijzig(beheerder, nieuw.id, nieuw.versie, {
      naam: "Audit Test Gewijzigd",
      wachtwoord: "Nog-geheimer-wachtwoord-audit-2",
      actief: false,
    });
    const groep = await t.app.inject({
      method: "POST",
      url: "/api/vakgroepen",
      headers: { cookie: beheerder },
      payload: { code: "audit-groep", naam: "Audit groep" },
    });
    await t.app.inject({
      method: "PATCH",
      url: `/api/vakgroepen/${groep.json().id}`,
      headers: { cookie: beheerder, "if-match": '"1"' },
      payload: { actief: false },
    });
    const tekst = (
      await t.app.inject({ method: "GET", url: "/api/tekstblokken", headers: { cookie: beheerder } })
    ).json()[0];
    const geheimeTekst = "Een geheel nieuwe brieftekst die niet in het auditlog hoort";
    const tekstRes = await t.app.inject({
      method: "PUT",
      url: `/api/tekstblokken/${tekst.code}`,
      headers: { cookie: beheerder, "if-match": `"${tekst.versie}"` },
      payload: { titel: tekst.titel, tekst: geheimeTekst },
    });
    expect(tekstRes.statusCode).toBe(200);

    const regels = await auditNa(vanaf);
    const redenen = regels.map((r) => `${r.gebruikersnaam} ${r.actie} ${r.resource}: ${r.reden}`);
    expect(redenen).toEqual([
      `beheerder aanmaken gebruiker: medewerker ${nieuw.id} aangemaakt: rollen -; vakgroepen -; wachtwoord ingesteld`,
      expect.stringMatching(
        new RegExp(
          `^beheerder aanmaken rolverzoek: verzoek .+ om toegang voor medewerker ${nieuw.id}: rollen iag; vakgroepen iag$`,
        ),
      ),
      `beheerder wijzigen gebruiker: medewerker ${nieuw.id}: naam gewijzigd`,
      `beheerder wijzigen gebruiker: medewerker ${nieuw.id}: geblokkeerd`,
      `beheerder wijzigen gebruiker: medewerker ${nieuw.id}: wachtwoord gewijzigd`,
      `beheerder aanmaken vakgroep: vakgroep ${groep.json().id} (audit-groep) aangemaakt`,
      `beheerder wijzigen vakgroep: vakgroep ${groep.json().id} (audit-groep): gedeactiveerd`,
      expect.stringMatching(
        new RegExp(
          `^beheerder wijzigen tekstblok: tekst .+ \\(${tekst.code}\\) gewijzigd naar versie ${tekst.versie + 1}: tekst$`,
        ),
      ),
    ]);
    const alles = JSON.stringify(regels);
    expect(alles).not.toContain("Geheim-wachtwoord");
    expect(alles).not.toContain("Nog-geheimer");
    expect(alles).not.toContain(geheimeTekst);
    expect(alles).not.toContain("Audit Test Gewijzigd");

    // The approval is audited too: by whom, which request, for whom.
    const voorGoedkeuring = await laatsteAuditId();
    await beslis(teamleider, nieuw.wachtOpGoedkeuring.verzoekId, "goedkeuring");
    expect(
      (await auditNa(voorGoedkeuring)).map((r) => `${r.gebruikersnaam} ${r.resource}: ${r.reden}`),
    ).toEqual([
      `teamleider gebruiker: medewerker ${nieuw.id}: rollen toegekend: iag; vakgroepen toegekend: iag (verzoek ${nieuw.wachtOpGoedkeuring.verzoekId})`,
      `teamleider rolverzoek: verzoek ${nieuw.wachtOpGoedkeuring.verzoekId} om toegang voor medewerker ${nieuw.id} goedgekeurd`,
    ]);
  });
});

describe("tenancy through the API", () => {
  it("a beheerder of Noordenveld cannot read or change a user of Assen (404, no existence leak)", async () => {
    const assenCookie = await login(t.app, "assen-iag");
    const ik = await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie: assenCookie } });
    expect(ik.statusCode).toBe(200);
    const { rijen } = await import("../../db/client");
    const { sql } = await import("drizzle-orm");
    const [assen] = await rijen<{ id: string }>(
      t.database.db,
      sql`select id from gebruikers where gebruikersnaam = 'assen-iag'`,
    );
    const lees = await t.app.inject({
      method: "GET",
      url: `/api/gebruikers/${assen?.id}`,
      headers: { cookie: beheerder },
    });
    expect(lees.statusCode).toBe(404);
    const wijzig = await t.app.inject({
      method: "PATCH",
      url: `/api/gebruikers/${assen?.id}`,
      headers: { cookie: beheerder, "if-match": '"1"' },
      payload: { naam: "Overgenomen" },
    });
    expect(wijzig.statusCode).toBe(404);
    const wijken = await t.app.inject({
      method: "GET",
      url: "/api/wijken",
      headers: { cookie: assenCookie },
    });
    expect(wijken.json().map((w: { naam: string }) => w.naam)).toContain("Pittelo & Lariks");
    expect(wijken.json()).toHaveLength(6);
  });
});
