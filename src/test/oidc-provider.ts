/**
 * A real OpenID Connect provider for tests (oidc-provider, authorization code + PKCE), on its own port, and a
 * small browser that logs in at it: used by the medewerker SSO test and the Mijn Voordeur DigiD test.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
// oidc-provider ships without type declarations (they live in @types/oidc-provider, not installed).
// @ts-expect-error -- untyped module; only used in tests through the narrow shape below.
import ProviderModule from "oidc-provider";

interface OidcProvider {
  callback(): (req: unknown, res: unknown) => void;
}
const Provider = ProviderModule as new (
  issuer: string,
  configuratie: Record<string, unknown>,
) => OidcProvider;

export function luister(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

export function sluitServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** A tiny cookie jar for the provider's cookies (all on one host; paths ignored). */
export class Koekjes {
  private readonly koekjes = new Map<string, string>();
  bewaar(res: Response) {
    for (const regel of res.headers.getSetCookie()) {
      const [paar] = regel.split(";");
      const is = paar?.indexOf("=") ?? -1;
      if (!paar || is < 1) continue;
      const naam = paar.slice(0, is).trim();
      const waarde = paar.slice(is + 1).trim();
      if (waarde === "" || /expires=Thu, 01 Jan 1970/i.test(regel)) this.koekjes.delete(naam);
      else this.koekjes.set(naam, waarde);
    }
  }
  header(): string {
    return [...this.koekjes].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export interface TestProvider {
  server: Server;
  issuer: string;
}

/**
 * Starts a provider with one confidential client. `accounts` maps a login (= sub) to its claims; `claims` says which
 * scope releases which claim (e.g. `{ openid: ["sub", "bsn"] }` like a DigiD broker).
 */
export async function startTestProvider(opties: {
  clientId: string;
  clientSecret: string;
  redirectUri: (issuer: string) => string | Promise<string>;
  accounts: Record<string, Record<string, unknown>>;
  claims: Record<string, string[]>;
}): Promise<TestProvider> {
  const server = createServer();
  const issuer = `http://127.0.0.1:${await luister(server)}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opties.clientId,
        client_secret: opties.clientSecret,
        redirect_uris: [await opties.redirectUri(issuer)],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["oidc-test-cookie-sleutel"] },
    ttl: {
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
    },
    claims: opties.claims,
    findAccount: async (_ctx: unknown, id: string) => {
      const claims = opties.accounts[id];
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
  });
  server.on("request", provider.callback());
  return { server, issuer };
}

/**
 * Drives the provider like a browser: follows redirects, submits the dev login form (with `login`) and the consent
 * form, until the provider sends the browser to `redirectUri`. Returns that callback URL (not yet visited).
 */
export async function logInBijProvider(
  autorisatieUrl: URL,
  login: string,
  redirectUri: string,
): Promise<URL> {
  const jar = new Koekjes();
  let url = autorisatieUrl;
  let init: RequestInit = { method: "GET" };
  for (let stap = 0; stap < 15; stap++) {
    const headers = new Headers(init.headers);
    headers.set("cookie", jar.header());
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    jar.bewaar(res);
    if (res.status >= 300 && res.status < 400) {
      await res.arrayBuffer();
      const volgende = new URL(res.headers.get("location") ?? "", url);
      if (volgende.href.startsWith(redirectUri)) return volgende;
      url = volgende;
      init = { method: "GET" };
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`provider gaf ${res.status}: ${html.slice(0, 300)}`);
    const actie = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!actie || !prompt) throw new Error(`geen formulier op ${url}: ${html.slice(0, 300)}`);
    const velden = new URLSearchParams({ prompt });
    if (prompt === "login") {
      velden.set("login", login);
      velden.set("password", "doet-er-niet-toe");
    }
    url = new URL(actie.replaceAll("&amp;", "&"), url);
    init = {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: velden.toString(),
    };
  }
  throw new Error("te veel stappen bij de identiteitsprovider");
}
