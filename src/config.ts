import { join, resolve } from "node:path";

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  /** The address residents and providers use (links in letters and mails); never taken from a request. */
  publiekeUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Connections per app process on a PostgreSQL server. */
  databasePool: number;
  /** Fill an empty database with the NMD demo data (never on production: VOORDEUR_DEMO=0). */
  demo: boolean;
  istandaardenDir: string;
  logLevel: string;
  /** Serve the built single-page app from this folder when it exists. */
  webDir: string;
  /** Marks cookies Secure; on by default outside plain-http development. */
  secureCookies: boolean;
  sessie: { idleMinuten: number; absoluutUren: number };
  oidc: OidcConfig | undefined;
  /** Outgoing mail (SMTP). Without `smtpUrl` mails stay queued in the database, marked unsent. */
  mail: { smtpUrl: string | undefined; van: string };
  /** File-based transport for iWmo/iJw messages (outbox and inbox folders). */
  berichten: { uitDir: string; inDir: string };
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  /** Which claim holds the Voordeur gebruikersnaam. */
  gebruikersnaamClaim: string;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "false", "nee", "no", "off"].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const oidcIssuer = env.VOORDEUR_OIDC_ISSUER;
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    publiekeUrl: (env.VOORDEUR_PUBLIEKE_URL || `http://localhost:${port}`).replace(/\/+$/, ""),
    dataDir: resolve(env.VOORDEUR_DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL || undefined,
    databasePool: Number(env.VOORDEUR_DB_POOL ?? 10) || 10,
    demo: bool(env.VOORDEUR_DEMO, true),
    istandaardenDir: resolve(env.VOORDEUR_ISTANDAARDEN_DIR ?? "../shared/istandaarden"),
    logLevel: env.LOG_LEVEL ?? "info",
    webDir: resolve(env.VOORDEUR_WEB_DIR ?? "./dist/web"),
    secureCookies: bool(env.VOORDEUR_SECURE_COOKIES, false),
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
    oidc: oidcIssuer
      ? {
          issuer: oidcIssuer,
          clientId: env.VOORDEUR_OIDC_CLIENT_ID ?? "voordeur",
          clientSecret: env.VOORDEUR_OIDC_CLIENT_SECRET || undefined,
          redirectUri: env.VOORDEUR_OIDC_REDIRECT_URI ?? `http://localhost:${port}/api/sessie/oidc/callback`,
          gebruikersnaamClaim: env.VOORDEUR_OIDC_GEBRUIKERSNAAM_CLAIM ?? "preferred_username",
        }
      : undefined,
  };
}
