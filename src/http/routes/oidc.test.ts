import { createServer, type Server } from "node:http";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OidcConfig } from "../../config";
import { gebruikers, oidcAanvragen } from "../../db/schema";
import { alsSysteem } from "../../db/tenant";
import { startTestVoordeur, type TestVoordeur } from "../../test/app";
import { logInBijProvider as logIn, luister, sluitServer, startTestProvider } from "../../test/oidc-provider";

/** Accounts at the test identity provider: login (= sub) → preferred_username. */
const accounts: Record<string, string> = {
  "sub-wmo-123": "wmo",
  "sub-onbekend-456": "onbekend",
  "sub-beheerder-789": "BEHEERDER",
  "sub-jeugd-321": "Jeugd",
  // Claims the name of a user who is already linked to another subject.
  "sub-ander-654": "iag",
};

const CLIENT_SECRET = "test-geheim-dat-lang-genoeg-is-voor-hmac";

describe("SSO via OpenID Connect", () => {
  let providerServer: Server;
  let appServer: Server;
  let voordeur: TestVoordeur;
  let appBasis: string;
  let oidc: OidcConfig;

  beforeAll(async () => {
    // The app's port first: the provider's client registration needs the app's callback URL.
    appServer = createServer();
    const appPoort = await luister(appServer);
    appBasis = `http://127.0.0.1:${appPoort}`;
    const redirectUri = `${appBasis}/api/sessie/oidc/callback`;
    const provider = await startTestProvider({
      clientId: "voordeur",
      clientSecret: CLIENT_SECRET,
      redirectUri: () => redirectUri,
      accounts: Object.fromEntries(
        Object.entries(accounts).map(([sub, naam]) => [
          sub,
          { preferred_username: naam, name: `Test ${naam}` },
        ]),
      ),
      claims: { openid: ["sub"], profile: ["preferred_username", "name"], email: ["email"] },
    });
    providerServer = provider.server;
    oidc = {
      issuer: provider.issuer,
      clientId: "voordeur",
      clientSecret: CLIENT_SECRET,
      redirectUri,
      gebruikersnaamClaim: "preferred_username",
    };

    voordeur = await startTestVoordeur({ oidc });
    // Real HTTP to Voordeur too, on the port registered at the provider.
    appServer.on("request", (req, res) => voordeur.app.routing(req, res));
  });

  afterAll(async () => {
    await Promise.all([providerServer && sluitServer(providerServer), appServer && sluitServer(appServer)]);
    await voordeur?.sluit();
  });

  /** GET /api/sessie/oidc/start on Voordeur: the URL of the provider's authorization endpoint. */
  async function start(): Promise<URL> {
    const res = await fetch(`${appBasis}/api/sessie/oidc/start`, { redirect: "manual" });
    expect(res.status).toBe(302);
    const locatie = res.headers.get("location");
    if (!locatie) throw new Error("start gaf geen Location");
    return new URL(locatie);
  }

  const logInBijProvider = (url: URL, login: string) => logIn(url, login, oidc.redirectUri);

  async function callback(url: URL): Promise<Response> {
    // The provider's redirect must point at Voordeur itself.
    expect(url.origin).toBe(appBasis);
    return fetch(url, { redirect: "manual" });
  }

  function sessieCookie(res: Response): string | undefined {
    const regel = res.headers.getSetCookie().find((c) => c.startsWith("voordeur_sessie="));
    return regel?.split(";")[0];
  }

  async function subjectVan(gebruikersnaam: string): Promise<string | null | undefined> {
    const [rij] = await alsSysteem(voordeur.database.db, (tx) =>
      tx
        .select({ sub: gebruikers.oidcSubject })
        .from(gebruikers)
        .where(eq(sql`lower(${gebruikers.gebruikersnaam})`, gebruikersnaam.toLowerCase())),
    );
    return rij?.sub;
  }

  it("stuurt door naar de provider met PKCE (S256), state en nonce", async () => {
    const url = await start();
    expect(url.origin).toBe(oidc.issuer);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("client_id")).toBe("voordeur");
    expect(url.searchParams.get("redirect_uri")).toBe(oidc.redirectUri);
    expect(url.searchParams.get("scope")).toBe("openid profile email");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    const state = url.searchParams.get("state");
    expect(state).toBeTruthy();
    expect(url.searchParams.get("nonce")).toBeTruthy();
    // The state and its secrets are kept in the database (shared by app processes).
    const rijen = await alsSysteem(voordeur.database.db, (tx) =>
      tx
        .select()
        .from(oidcAanvragen)
        .where(eq(oidcAanvragen.state, state ?? "")),
    );
    expect(rijen).toHaveLength(1);
  });

  it("logt een bekende gebruiker in via de provider en koppelt het subject", async () => {
    expect(await subjectVan("wmo")).toBeNull();
    const terug = await logInBijProvider(await start(), "sub-wmo-123");
    expect(terug.searchParams.get("code")).toBeTruthy();

    const res = await callback(terug);
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe("/");
    const cookie = sessieCookie(res);
    expect(cookie).toBeDefined();

    const sessie = await voordeur.app.inject({
      method: "GET",
      url: "/api/sessie",
      headers: { cookie: cookie ?? "" },
    });
    expect(sessie.statusCode).toBe(200);
    expect(sessie.json().gebruikersnaam).toBe("wmo");
    expect(await subjectVan("wmo")).toBe("sub-wmo-123");

    // The state is single use: replaying the same callback is refused.
    const nogEens = await callback(terug);
    expect(nogEens.status).toBe(400);
    expect(sessieCookie(nogEens)).toBeUndefined();

    // A second login finds the user by its linked subject.
    const opnieuw = await callback(await logInBijProvider(await start(), "sub-wmo-123"));
    expect(opnieuw.status).toBe(302);
    expect(sessieCookie(opnieuw)).toBeDefined();
  });

  it("koppelt op gebruikersnaam zonder hoofdlettergevoeligheid, maar nooit een al gekoppeld account", async () => {
    const jeugd = await callback(await logInBijProvider(await start(), "sub-jeugd-321"));
    expect(jeugd.status).toBe(302);
    const sessie = await voordeur.app.inject({
      method: "GET",
      url: "/api/sessie",
      headers: { cookie: sessieCookie(jeugd) ?? "" },
    });
    expect(sessie.json().gebruikersnaam).toBe("jeugd");
    expect(await subjectVan("jeugd")).toBe("sub-jeugd-321");

    // An account already linked to another subject is never taken over by a name match.
    await alsSysteem(voordeur.database.db, (tx) =>
      tx
        .update(gebruikers)
        .set({ oidcSubject: "sub-iag-elders" })
        .where(eq(gebruikers.gebruikersnaam, "iag")),
    );
    const ander = await callback(await logInBijProvider(await start(), "sub-ander-654"));
    expect(ander.status).toBe(403);
    expect(sessieCookie(ander)).toBeUndefined();
    expect(await subjectVan("iag")).toBe("sub-iag-elders");
  });

  it("weigert een gemanipuleerde of onbekende state met 400", async () => {
    const terug = await logInBijProvider(await start(), "sub-wmo-123");
    terug.searchParams.set("state", "gemanipuleerd");
    const res = await callback(terug);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await res.json()).detail).toMatch(/verlopen of ongeldig/);
    expect(sessieCookie(res)).toBeUndefined();

    const zonder = await voordeur.app.inject({ method: "GET", url: "/api/sessie/oidc/callback?code=abc" });
    expect(zonder.statusCode).toBe(400);
  });

  it("weigert een state die ouder is dan 10 minuten", async () => {
    const url = await start();
    const state = url.searchParams.get("state") ?? "";
    await alsSysteem(voordeur.database.db, (tx) =>
      tx
        .update(oidcAanvragen)
        .set({ aangemaaktOp: new Date(Date.now() - 11 * 60_000) })
        .where(eq(oidcAanvragen.state, state)),
    );
    const res = await callback(await logInBijProvider(url, "sub-wmo-123"));
    expect(res.status).toBe(400);
    expect(sessieCookie(res)).toBeUndefined();
  });

  it("weigert een onbekende gebruiker met 403 en maakt geen account aan", async () => {
    const res = await callback(await logInBijProvider(await start(), "sub-onbekend-456"));
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.detail).toBe(
      "Uw account is niet bekend in Voordeur of is geblokkeerd. Neem contact op met de beheerder.",
    );
    expect(sessieCookie(res)).toBeUndefined();
    expect(await subjectVan("onbekend")).toBeUndefined();
  });

  it("weigert een geblokkeerde gebruiker met 403 (gebruikersnaam hoofdletterongevoelig)", async () => {
    await alsSysteem(voordeur.database.db, (tx) =>
      tx.update(gebruikers).set({ actief: false }).where(eq(gebruikers.gebruikersnaam, "beheerder")),
    );
    const res = await callback(await logInBijProvider(await start(), "sub-beheerder-789"));
    expect(res.status).toBe(403);
    expect(sessieCookie(res)).toBeUndefined();
    expect(await subjectVan("beheerder")).toBeNull();
  });
});

describe("SSO uitgeschakeld", () => {
  let voordeur: TestVoordeur;
  beforeAll(async () => {
    voordeur = await startTestVoordeur({ oidc: undefined });
  });
  afterAll(async () => {
    await voordeur?.sluit();
  });

  it("antwoordt 404 op start en callback", async () => {
    for (const url of ["/api/sessie/oidc/start", "/api/sessie/oidc/callback?code=a&state=b"]) {
      const res = await voordeur.app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(404);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().detail).toContain("SSO is niet ingeschakeld");
    }
  });
});
