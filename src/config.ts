import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  /** Address to listen on: 127.0.0.1 unless `HOST` says otherwise (e.g. 0.0.0.0 in a container). */
  host: string;
  /**
   * Reverse proxies whose X-Forwarded-For is believed (IPs/CIDRs); empty = none, `request.ip` is the socket
   * address. Without this a client could pick its own address and walk around the per-address login limit.
   */
  vertrouwdeProxies: string[];
  /** The address residents and providers use (links in letters and mails); never taken from a request. */
  publiekeUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Connections per app process on a PostgreSQL server. */
  databasePool: number;
  /** App processes (node:cluster, src/processen.ts): one per core on a PostgreSQL server, always 1 on PGlite. */
  processen: number;
  /** Fill an empty database with the NMD demo data (never on production: VOORDEUR_DEMO=0). */
  demo: boolean;
  istandaardenDir: string;
  logLevel: string;
  /** Serve the built single-page app from this folder when it exists. */
  webDir: string;
  /** Secure cookies and HSTS: on by default when NODE_ENV=production; VOORDEUR_SECURE_COOKIES overrides. */
  secureCookies: boolean;
  sessie: { idleMinuten: number; absoluutUren: number };
  oidc: OidcConfig | undefined;
  /** Mijn Voordeur, the resident portal (issue 16). */
  portaal: PortaalConfig;
  /** Outgoing mail (SMTP). Without `smtpUrl` mails stay queued in the database, marked unsent. */
  mail: { smtpUrl: string | undefined; van: string };
  /** File-based transport for iWmo/iJw messages (outbox and inbox folders). */
  berichten: { uitDir: string; inDir: string };
  /** Haal Centraal BRP Personen bevragen v2 (src/brp/client.ts); without `url` the demo starts its mock. */
  brp: BrpConfig;
  /** Checkpoints of the audit chain heads, written outside the database (src/audit/anker.ts). */
  auditAnker: { dir: string; minuten: number };
}

export interface PortaalConfig {
  /**
   * DigiD/eHerkenning through the municipality's OIDC broker (authorization code + PKCE), the BSN in the claim
   * `gebruikersnaamClaim` (VOORDEUR_PORTAAL_BSN_CLAIM, default `bsn`). Without an issuer there is no real login.
   */
  oidc: OidcConfig | undefined;
  /** Shorter than a medewerker's session: a resident's computer may be shared. */
  sessie: { idleMinuten: number; absoluutUren: number };
  /** The clearly marked demo login (pick a demo resident): only with demo data, never on production. */
  demoInlog: boolean;
}

export interface BrpConfig {
  /** Base URL without `/personen`, e.g. https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp. */
  url: string | undefined;
  /** Sent as X-API-KEY (the RvIG BRP API's key header). */
  apiKey: string | undefined;
  /** mTLS: paths of the client certificate, its key and the CA bundle (PEM). */
  certPad: string | undefined;
  sleutelPad: string | undefined;
  caPad: string | undefined;
  /** The whole request, connect to last byte. */
  timeoutMs: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  /** The claim that identifies the user: a username for medewerkers, the BSN for residents (Mijn Voordeur). */
  gebruikersnaamClaim: string;
  /** The scopes asked; default `openid profile email`. */
  scope?: string;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "false", "nee", "no", "off"].includes(value.toLowerCase());
}

/** Names proxy-addr knows besides addresses: loopback, linklocal, uniquelocal. */
const PROXY_NAMEN = new Set(["loopback", "linklocal", "uniquelocal"]);

/** `VOORDEUR_VERTROUWDE_PROXIES`: comma-separated IPs or CIDRs; anything else stops the start with the reason. */
export function leesVertrouwdeProxies(waarde: string | undefined): string[] {
  const proxies = (waarde ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  for (const proxy of proxies) {
    const [adres = "", prefix, ...rest] = proxy.split("/");
    const versie = isIP(adres);
    const maxPrefix = versie === 6 ? 128 : 32;
    const prefixGoed =
      prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= maxPrefix && versie !== 0);
    if (PROXY_NAMEN.has(proxy)) continue;
    if (versie === 0 || !prefixGoed || rest.length > 0) {
      throw new Error(
        `VOORDEUR_VERTROUWDE_PROXIES: '${proxy}' is geen IP-adres of CIDR-blok (bijvoorbeeld 10.0.0.5 of 10.0.0.0/24).`,
      );
    }
  }
  return proxies;
}

export function laadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const oidcIssuer = env.VOORDEUR_OIDC_ISSUER;
  const publiekeUrl = (env.VOORDEUR_PUBLIEKE_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  return {
    port,
    host: env.HOST || "127.0.0.1",
    vertrouwdeProxies: leesVertrouwdeProxies(env.VOORDEUR_VERTROUWDE_PROXIES),
    publiekeUrl,
    dataDir: resolve(env.VOORDEUR_DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL || undefined,
    databasePool: Number(env.VOORDEUR_DB_POOL ?? 10) || 10,
    processen: env.DATABASE_URL
      ? Math.max(1, Math.min(64, Number(env.VOORDEUR_PROCESSEN ?? availableParallelism()) || 1))
      : 1,
    demo: bool(env.VOORDEUR_DEMO, true),
    istandaardenDir: resolve(env.VOORDEUR_ISTANDAARDEN_DIR ?? "../shared/istandaarden"),
    logLevel: env.LOG_LEVEL ?? "info",
    webDir: resolve(env.VOORDEUR_WEB_DIR ?? "./dist/web"),
    secureCookies: bool(env.VOORDEUR_SECURE_COOKIES, env.NODE_ENV === "production"),
    sessie: {
      idleMinuten: Number(env.VOORDEUR_SESSIE_IDLE_MINUTEN ?? 30),
      absoluutUren: Number(env.VOORDEUR_SESSIE_ABSOLUUT_UREN ?? 10),
    },
    mail: {
      smtpUrl: env.VOORDEUR_SMTP_URL || undefined,
      van: env.VOORDEUR_MAIL_VAN ?? "Voordeur <noreply@voordeur.localhost>",
    },
    berichten: {
      uitDir: resolve(
        env.VOORDEUR_BERICHTEN_UIT_DIR ?? join(env.VOORDEUR_DATA_DIR ?? "./data", "berichten", "uit"),
      ),
      inDir: resolve(
        env.VOORDEUR_BERICHTEN_IN_DIR ?? join(env.VOORDEUR_DATA_DIR ?? "./data", "berichten", "in"),
      ),
    },
    brp: {
      url: env.VOORDEUR_BRP_URL?.replace(/\/+$/, "") || undefined,
      apiKey: env.VOORDEUR_BRP_API_KEY || undefined,
      certPad: env.VOORDEUR_BRP_CERT || undefined,
      sleutelPad: env.VOORDEUR_BRP_KEY || undefined,
      caPad: env.VOORDEUR_BRP_CA || undefined,
      timeoutMs: Number(env.VOORDEUR_BRP_TIMEOUT_MS ?? 5000) || 5000,
    },
    auditAnker: {
      dir: resolve(env.VOORDEUR_AUDIT_ANKER_DIR ?? join(env.VOORDEUR_DATA_DIR ?? "./data", "audit-ankers")),
      minuten: Number(env.VOORDEUR_AUDIT_ANKER_MINUTEN ?? 15) || 15,
    },
    portaal: {
      oidc: env.VOORDEUR_PORTAAL_OIDC_ISSUER
        ? {
            issuer: env.VOORDEUR_PORTAAL_OIDC_ISSUER,
            clientId: env.VOORDEUR_PORTAAL_OIDC_CLIENT_ID ?? "voordeur-portaal",
            clientSecret: env.VOORDEUR_PORTAAL_OIDC_CLIENT_SECRET || undefined,
            redirectUri: env.VOORDEUR_PORTAAL_OIDC_REDIRECT_URI ?? `${publiekeUrl}/api/portaal/oidc/callback`,
            gebruikersnaamClaim: env.VOORDEUR_PORTAAL_BSN_CLAIM ?? "bsn",
            scope: env.VOORDEUR_PORTAAL_OIDC_SCOPE ?? "openid",
          }
        : undefined,
      sessie: {
        idleMinuten: Number(env.VOORDEUR_PORTAAL_SESSIE_IDLE_MINUTEN ?? 15) || 15,
        absoluutUren: Number(env.VOORDEUR_PORTAAL_SESSIE_ABSOLUUT_UREN ?? 2) || 2,
      },
      demoInlog: bool(env.VOORDEUR_DEMO, true) && env.NODE_ENV !== "production",
    },
    oidc: oidcIssuer
      ? {
          issuer: oidcIssuer,
          clientId: env.VOORDEUR_OIDC_CLIENT_ID ?? "voordeur",
          clientSecret: env.VOORDEUR_OIDC_CLIENT_SECRET || undefined,
          // From configuration, never from the request's Host (the provider only accepts registered URIs anyway).
          redirectUri: env.VOORDEUR_OIDC_REDIRECT_URI ?? `${publiekeUrl}/api/sessie/oidc/callback`,
          gebruikersnaamClaim: env.VOORDEUR_OIDC_GEBRUIKERSNAAM_CLAIM ?? "preferred_username",
        }
      : undefined,
  };
}
