import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
let beheerder: string;
beforeAll(async () => {
  t = await startTestVoordeur();
  beheerder = await login(t.app, "beheerder");
});
afterAll(() => t.sluit());

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
    expect(body.totaal).toBe(11);
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
    expect(res.json()).toMatchObject({
      naam: naamMetTekens,
      vakgroepen: ["jeugd", "wmo"],
      versie: 1,
      actief: true,
    });
    const inloggen = await t.app.inject({
      method: "POST",
      url: "/api/sessie",
      payload: { gebruikersnaam: "nieuw.medewerker", wachtwoord: "Lange-zin-met-cijfers-42" },
    });
    expect(inloggen.statusCode).toBe(200);
    expect(inloggen.json().naam).toBe(naamMetTekens);
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
      payload: { code: "poh-jeugd", naam: "POH-jeugd" },
    });
    expect(res.statusCode).toBe(201);
    const wijzig = await t.app.inject({
      method: "PATCH",
      url: `/api/vakgroepen/${res.json().id}`,
      headers: { cookie: beheerder, "if-match": '"1"' },
      payload: { naam: "POH Jeugd", actief: false },
    });
    expect(wijzig.json()).toMatchObject({ naam: "POH Jeugd", actief: false, versie: 2 });
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
