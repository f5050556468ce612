/**
 * The client of Haal Centraal BRP Personen bevragen v2: POST {url}/personen with a PersonenQuery, X-API-KEY and,
 * when configured, mTLS. Every failure (not configured, timeout, unreachable, the spec's problem responses, an
 * answer that is not a PersonenQueryResponse) becomes a `BrpFout` with a Dutch message for the medewerker, who
 * can always fill the data in by hand. Logs carry the status, code and parameter names — never a BSN or a body.
 */
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { BrpConfig } from "../config";
import type { BrpAntwoord, BrpFoutbericht, BrpVraag } from "../domain/brp/typen";

export type BrpFoutSoort =
  | "niet-ingesteld"
  | "time-out"
  | "onbereikbaar"
  | "vraag-geweigerd"
  | "geen-toegang"
  | "te-veel-vragen"
  | "storing"
  | "ongeldig-antwoord";

const HAND = "Vul de gegevens met de hand in.";
const MELDINGEN: Record<BrpFoutSoort, string> = {
  "niet-ingesteld": `De koppeling met de BRP is niet ingesteld. ${HAND}`,
  "time-out": `De BRP antwoordt niet op tijd. Probeer het later opnieuw of ${HAND.toLowerCase()}`,
  onbereikbaar: `De BRP is nu niet bereikbaar. Probeer het later opnieuw of ${HAND.toLowerCase()}`,
  "vraag-geweigerd": `De BRP kon deze vraag niet beantwoorden: de zoekgegevens zijn niet geldig. Controleer ze, of ${HAND.toLowerCase()}`,
  "geen-toegang": `Voordeur heeft geen toegang tot de BRP. Meld dit bij de beheerder. ${HAND}`,
  "te-veel-vragen": "De BRP krijgt nu te veel vragen. Probeer het over een minuut opnieuw.",
  storing: `De BRP heeft een storing. Probeer het later opnieuw of ${HAND.toLowerCase()}`,
  "ongeldig-antwoord": `Het antwoord van de BRP is niet te lezen. ${HAND}`,
};

export class BrpFout extends Error {
  constructor(
    readonly soort: BrpFoutSoort,
    readonly status?: number,
    readonly probleem?: BrpFoutbericht,
  ) {
    super(MELDINGEN[soort]);
    this.name = "BrpFout";
  }
}

export function soortVoorStatus(status: number): BrpFoutSoort {
  if (status === 400 || status === 404 || status === 406 || status === 415) return "vraag-geweigerd";
  if (status === 401 || status === 403) return "geen-toegang";
  if (status === 429) return "te-veel-vragen";
  return "storing";
}

export interface BrpLog {
  warn(obj: object, msg: string): void;
}

export interface BrpClient {
  readonly ingesteld: boolean;
  vraag(vraag: BrpVraag): Promise<BrpAntwoord>;
}

interface Tls {
  cert?: Buffer;
  key?: Buffer;
  ca?: Buffer;
}

export function maakBrpClient(config: BrpConfig, log?: BrpLog): BrpClient {
  let tls: Tls | undefined;
  const leesTls = (): Tls => {
    if (tls) return tls;
    const lees = (pad: string | undefined) => (pad ? readFileSync(pad) : undefined);
    const t: Tls = {};
    const cert = lees(config.certPad);
    const key = lees(config.sleutelPad);
    const ca = lees(config.caPad);
    if (cert) t.cert = cert;
    if (key) t.key = key;
    if (ca) t.ca = ca;
    tls = t;
    return t;
  };

  const faal = (fout: BrpFout, extra: object = {}): never => {
    log?.warn(
      {
        brp: {
          soort: fout.soort,
          status: fout.status,
          code: fout.probleem?.code,
          parameters: fout.probleem?.invalidParams?.map((p) => p.name),
          ...extra,
        },
      },
      "BRP-bevraging mislukt",
    );
    throw fout;
  };

  return {
    ingesteld: Boolean(config.url),
    async vraag(vraag) {
      if (!config.url) return faal(new BrpFout("niet-ingesteld"));
      const url = new URL(`${config.url}/personen`);
      const https = url.protocol === "https:";
      let opties: Tls;
      try {
        opties = https ? leesTls() : {};
      } catch (e) {
        return faal(new BrpFout("niet-ingesteld"), { tls: (e as NodeJS.ErrnoException).code });
      }
      const body = JSON.stringify(vraag);
      const { status, tekst } = await new Promise<{ status: number; tekst: string }>((klaar, mislukt) => {
        const req = (https ? httpsRequest : httpRequest)(
          url,
          {
            method: "POST",
            headers: {
              "content-type": "application/json; charset=utf-8",
              accept: "application/json",
              "content-length": Buffer.byteLength(body),
              ...(config.apiKey ? { "x-api-key": config.apiKey } : {}),
            },
            ...opties,
          },
          (res) => {
            const delen: Buffer[] = [];
            res.on("data", (d: Buffer) => delen.push(d));
            res.on("end", () =>
              klaar({ status: res.statusCode ?? 0, tekst: Buffer.concat(delen).toString("utf8") }),
            );
            res.on("error", mislukt);
          },
        );
        const wekker = setTimeout(() => req.destroy(new BrpFout("time-out")), config.timeoutMs);
        req.on("error", (e) => mislukt(e));
        req.on("close", () => clearTimeout(wekker));
        req.end(body);
      }).catch((e: unknown) =>
        faal(
          e instanceof BrpFout ? e : new BrpFout("onbereikbaar"),
          e instanceof BrpFout ? {} : { fout: (e as NodeJS.ErrnoException).code },
        ),
      );
      let json: unknown;
      try {
        json = tekst === "" ? undefined : JSON.parse(tekst);
      } catch {
        json = undefined;
      }
      if (status < 200 || status >= 300) {
        const probleem = json && typeof json === "object" ? (json as BrpFoutbericht) : undefined;
        return faal(new BrpFout(soortVoorStatus(status), status, probleem));
      }
      const antwoord = json as BrpAntwoord | undefined;
      if (
        !antwoord ||
        antwoord.type !== vraag.type ||
        (antwoord.personen !== undefined && !Array.isArray(antwoord.personen))
      ) {
        return faal(new BrpFout("ongeldig-antwoord", status));
      }
      return { type: antwoord.type, personen: antwoord.personen ?? [] };
    },
  };
}
