import { and, eq, isNull, lt, sql } from "drizzle-orm";
import * as client from "openid-client";
import type { OidcConfig } from "../config";
import type { Db } from "../db/client";
import { gebruikers, oidcAanvragen } from "../db/schema";
import { alsSysteem } from "../db/tenant";
import { nietBeschikbaar, nietToegestaan, ongeldig } from "../handeling/weigering";
import * as klok from "../lib/klok";
/**
 * OpenID Connect single sign-on: authorization code flow with PKCE (S256), state and nonce.
 * The per-login secrets live in `oidc_aanvragen`, so any app process can finish a login
 * that another process started.
 */

/** How long a started login may take before its state is rejected. */
export const OIDC_AANVRAAG_GELDIG_MS = 10 * 60_000;
export const OIDC_SCOPE = "openid profile email";

export const ONBEKEND_ACCOUNT =
  "Uw account is niet bekend in Voordeur of is geblokkeerd. Neem contact op met de beheerder.";
const ONGELDIGE_AANVRAAG = "Deze inlogpoging is verlopen of ongeldig. Start het inloggen via SSO opnieuw.";

/** One discovered Configuration per issuer/client per process (discovery is a network round trip). */
const configuraties = new Map<string, Promise<client.Configuration>>();

export function oidcConfiguratie(oidc: OidcConfig): Promise<client.Configuration> {
  const sleutel = JSON.stringify([oidc.issuer, oidc.clientId, oidc.clientSecret ?? null]);
  let configuratie = configuraties.get(sleutel);
  if (!configuratie) {
    const issuer = new URL(oidc.issuer);
    // openid-client only talks HTTPS by default. A plain http:// issuer (local development,
    // the integration test's in-process provider) is allowed explicitly, and only then.
    const execute = issuer.protocol === "http:" ? [client.allowInsecureRequests] : [];
    configuratie = client.discovery(
      issuer,
      oidc.clientId,
      oidc.clientSecret ? { client_secret: oidc.clientSecret } : undefined,
      oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
      { execute, timeout: 10 },
    );
    // A failed discovery (provider down) is not cached: the next login tries again.
    configuratie.catch(() => configuraties.delete(sleutel));
    configuraties.set(sleutel, configuratie);
  }
  return configuratie;
}

function nietBereikbaar(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return (
    err.name === "TimeoutError" ||
    err.name === "AbortError" ||
    (err instanceof TypeError && err.message === "fetch failed")
  );
}

const SSO_MISLUKT = "Inloggen via SSO is mislukt. Probeer het opnieuw.";
const SSO_NIET_BEREIKBAAR = "De SSO-dienst is op dit moment niet bereikbaar. Probeer het later opnieuw.";

async function configuratieOf503(oidc: OidcConfig, log: OidcLogboek): Promise<client.Configuration> {
  try {
    return await oidcConfiguratie(oidc);
  } catch (err) {
    log.warn({ err, issuer: oidc.issuer }, "SSO: discovery van de identiteitsprovider mislukt");
    throw nietBeschikbaar(SSO_NIET_BEREIKBAAR);
  }
}

/** Whose login a started OIDC request is: a medewerker's (SSO), or a resident's for a gemeente (Mijn Voordeur). */
export type OidcDoel = { doel: "medewerker" } | { doel: "inwoner"; gemeenteCode: string };

/** Starts a login: stores state, nonce and PKCE verifier and returns the authorization URL. */
export async function startOidcAanvraag(
  db: Db,
  oidc: OidcConfig,
  log: OidcLogboek,
  nu = klok.nu(),
  voor: OidcDoel = { doel: "medewerker" },
): Promise<URL> {
  const configuratie = await configuratieOf503(oidc, log);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
  await alsSysteem(db, async (tx) => {
    // Housekeeping: logins that were never finished.
    await tx
      .delete(oidcAanvragen)
      .where(lt(oidcAanvragen.aangemaaktOp, new Date(nu.getTime() - OIDC_AANVRAAG_GELDIG_MS)));
    await tx.insert(oidcAanvragen).values({
      state,
      codeVerifier,
      nonce,
      aangemaaktOp: nu,
      doel: voor.doel,
      gemeenteCode: voor.doel === "inwoner" ? voor.gemeenteCode : null,
    });
  });
  return client.buildAuthorizationUrl(configuratie, {
    redirect_uri: oidc.redirectUri,
    scope: oidc.scope ?? OIDC_SCOPE,
    state,
    nonce,
    code_challenge: codeChallenge,
    code_challenge_method: "S256",
  });
}

export interface OidcGebruiker {
  id: string;
  gemeenteCode: string;
  gebruikersnaam: string;
}

export interface OidcLogboek {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/**
 * Finishes a login at the provider: consumes the state (once; it must have been started for `doel`), exchanges the
 * code with the PKCE verifier and nonce, and returns the claims (ID token, and UserInfo when the identifying claim
 * `oidc.gebruikersnaamClaim` is not in the ID token). `zoekterm` is the raw query string of the callback.
 */
export async function wisselCodeIn(
  db: Db,
  oidc: OidcConfig,
  zoekterm: string,
  log: OidcLogboek,
  doel: OidcDoel["doel"],
  nu = klok.nu(),
): Promise<{ claims: Record<string, unknown>; gemeenteCode: string | null }> {
  const params = new URLSearchParams(zoekterm);
  const state = params.get("state");
  if (!state) throw ongeldig(ONGELDIGE_AANVRAAG);

  // Delete-returning makes the state single use, also across processes.
  const [aanvraag] = await alsSysteem(db, (tx) =>
    tx.delete(oidcAanvragen).where(eq(oidcAanvragen.state, state)).returning(),
  );
  if (
    !aanvraag ||
    aanvraag.doel !== doel ||
    nu.getTime() - aanvraag.aangemaaktOp.getTime() > OIDC_AANVRAAG_GELDIG_MS
  ) {
    throw ongeldig(ONGELDIGE_AANVRAAG);
  }

  const configuratie = await configuratieOf503(oidc, log);

  // The registered redirect URI plus the received parameters: openid-client derives the
  // redirect_uri for the token request from this URL, so it must not depend on proxies/hosts.
  const huidigeUrl = new URL(oidc.redirectUri);
  huidigeUrl.search = params.toString();

  try {
    const tokens = await client.authorizationCodeGrant(configuratie, huidigeUrl, {
      pkceCodeVerifier: aanvraag.codeVerifier,
      expectedState: aanvraag.state,
      expectedNonce: aanvraag.nonce,
    });
    const idToken = tokens.claims();
    // expectedNonce already makes openid-client demand an ID token; this only narrows the type.
    if (!idToken) throw ongeldig(SSO_MISLUKT);
    let claims: Record<string, unknown> = { ...idToken };
    // Many providers (and oidc-provider by default) put profile claims only in UserInfo.
    if (typeof claims[oidc.gebruikersnaamClaim] !== "string") {
      const userinfo = await client.fetchUserInfo(configuratie, tokens.access_token, idToken.sub);
      claims = { ...userinfo, ...idToken };
    }
    return { claims, gemeenteCode: aanvraag.gemeenteCode };
  } catch (err) {
    if (err instanceof client.AuthorizationResponseError) {
      log.warn({ error: err.error }, "SSO: inloggen afgebroken bij de identiteitsprovider");
      throw ongeldig("Inloggen is afgebroken of geweigerd. Probeer het opnieuw.");
    }
    if (err instanceof client.ResponseBodyError || err instanceof client.ClientError) {
      log.warn({ err }, "SSO: antwoord van de identiteitsprovider afgekeurd");
      throw ongeldig(SSO_MISLUKT);
    }
    if (nietBereikbaar(err)) {
      log.warn({ err }, "SSO: identiteitsprovider niet bereikbaar");
      throw nietBeschikbaar(SSO_NIET_BEREIKBAAR);
    }
    throw err;
  }
}

/**
 * Finishes a medewerker's login: the code exchange, then maps the OIDC subject to an existing, active Voordeur user.
 */
export async function rondOidcAanvraagAf(
  db: Db,
  oidc: OidcConfig,
  zoekterm: string,
  log: OidcLogboek,
  nu = klok.nu(),
): Promise<OidcGebruiker> {
  const { claims } = await wisselCodeIn(db, oidc, zoekterm, log, "medewerker", nu);
  const sub = claims.sub as string;
  const naamClaim = claims[oidc.gebruikersnaamClaim];
  const gebruikersnaam = typeof naamClaim === "string" ? naamClaim.trim() : "";

  const gebruiker = await alsSysteem(db, async (tx) => {
    const kolommen = {
      id: gebruikers.id,
      gemeenteCode: gebruikers.gemeenteCode,
      gebruikersnaam: gebruikers.gebruikersnaam,
      oidcSubject: gebruikers.oidcSubject,
      actief: gebruikers.actief,
    };
    const [gekoppeld] = await tx.select(kolommen).from(gebruikers).where(eq(gebruikers.oidcSubject, sub));
    if (gekoppeld) return gekoppeld.actief ? gekoppeld : undefined;
    if (!gebruikersnaam) return undefined;
    const [opNaam] = await tx
      .select(kolommen)
      .from(gebruikers)
      .where(eq(sql`lower(${gebruikers.gebruikersnaam})`, gebruikersnaam.toLowerCase()));
    // Never re-link an account that is already tied to another subject.
    if (!opNaam?.actief || opNaam.oidcSubject !== null) return undefined;
    const [gelinkt] = await tx
      .update(gebruikers)
      .set({ oidcSubject: sub, gewijzigdOp: nu })
      .where(and(eq(gebruikers.id, opNaam.id), isNull(gebruikers.oidcSubject)))
      .returning({ id: gebruikers.id });
    if (!gelinkt) return undefined;
    log.info({ medewerkerId: opNaam.id }, "SSO: account gekoppeld aan OIDC-subject");
    return opNaam;
  });

  if (!gebruiker) {
    log.warn(
      { gebruikersnaam: gebruikersnaam || undefined },
      "SSO: geen (actief) Voordeur-account bij deze login",
    );
    throw nietToegestaan(ONBEKEND_ACCOUNT);
  }
  return { id: gebruiker.id, gemeenteCode: gebruiker.gemeenteCode, gebruikersnaam: gebruiker.gebruikersnaam };
}
