/**
 * A small stand-in for Haal Centraal BRP Personen bevragen v2 (POST /personen), for the demo (`npm start` without
 * VOORDEUR_BRP_URL) and the tests. It validates the request like the real API (type, fields, parameters) and
 * answers 400 problem+json for a bad one; it knows the residents in ./fixtures.ts. A test can make it slow or
 * failing for one BSN. Loopback only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrpFoutbericht, BrpPersoon } from "../../domain/brp/typen";
import { brpFixtures } from "./fixtures";
import {
  AUTOMATISCHE_VELDEN,
  filterVelden,
  isBekendVeld,
  PERSOON_BEPERKT_VELDEN,
  PERSOON_VELDEN,
} from "./velden";

export interface BrpMock {
  /** Base URL; the client posts to `${url}/personen`. */
  url: string;
  /** Answer requests for this BSN only after `ms` milliseconds. */
  vertraag(bsn: string, ms: number): void;
  /** Answer requests for this BSN with this problem status (e.g. 503). */
  storing(bsn: string, status: number): void;
  /** Forget the delays and failures. */
  herstel(): void;
  /** Every request received: its headers and parsed body. */
  verzoeken: { headers: IncomingMessage["headers"]; body: unknown }[];
  sluit(): Promise<void>;
}

export interface BrpMockOpties {
  /** When set, X-API-KEY must carry it (else 401). */
  apiKey?: string;
  port?: number;
  /** Sets `leeftijd` in the answers. */
  peiljaar?: number;
}

const PAD = "/haalcentraal/api/brp";
const TYPEN = {
  RaadpleegMetBurgerservicenummer: {
    verplicht: ["burgerservicenummer"],
    optioneel: ["gemeenteVanInschrijving"],
  },
  ZoekMetGeslachtsnaamEnGeboortedatum: {
    verplicht: ["geslachtsnaam", "geboortedatum"],
    optioneel: [
      "geslacht",
      "voorvoegsel",
      "voornamen",
      "inclusiefOverledenPersonen",
      "gemeenteVanInschrijving",
    ],
  },
  ZoekMetPostcodeEnHuisnummer: {
    verplicht: ["postcode", "huisnummer"],
    optioneel: [
      "huisletter",
      "huisnummertoevoeging",
      "geboortedatum",
      "geslachtsnaam",
      "inclusiefOverledenPersonen",
      "gemeenteVanInschrijving",
    ],
  },
} as const;
type Type = keyof typeof TYPEN;

const PATRONEN: Record<string, RegExp> = {
  geslachtsnaam: /^[a-zA-Z0-9À-ž .\-']{1,200}$|^[a-zA-Z0-9À-ž .\-']{3,199}\*$/,
  voornamen: /^[a-zA-Z0-9À-ž .\-']{1,199}\*?$/,
  voorvoegsel: /^[a-zA-Z ']{1,10}$/,
  geslacht: /^[MmVvOo]$/,
  postcode: /^[1-9][0-9]{3} ?[A-Za-z]{2}$/,
  huisletter: /^[a-zA-Z]$/,
  huisnummertoevoeging: /^[a-zA-Z0-9 -]{1,4}$/,
  gemeenteVanInschrijving: /^[0-9]{4}$/,
  geboortedatum: /^\d{4}-\d{2}-\d{2}$/,
};

type Ongeldig = NonNullable<BrpFoutbericht["invalidParams"]>[number];
const param = (name: string, code: string, reason: string): Ongeldig =>
  ({
    type: `https://www.vng.nl/realisatie/api/validaties/${code}`,
    name,
    code,
    reason,
  }) as Ongeldig;

/** The spec's 400 for a body that is not a valid PersonenQuery. */
export function toetsVraag(body: unknown): Ongeldig[] {
  if (body === null || typeof body !== "object" || Array.isArray(body))
    return [param("body", "object", "Body is geen object.")];
  const b = body as Record<string, unknown>;
  if (typeof b.type !== "string") return [param("type", "required", "Parameter is verplicht.")];
  if (!(b.type in TYPEN)) return [param("type", "value", "Waarde is geen geldig zoek type.")];
  const type = b.type as Type;
  const fouten: Ongeldig[] = [];
  const { verplicht, optioneel } = TYPEN[type];
  for (const sleutel of Object.keys(b)) {
    if (!["type", "fields", ...verplicht, ...optioneel].includes(sleutel))
      fouten.push(param(sleutel, "unknownParam", "Parameter is niet verwacht."));
  }
  for (const v of verplicht)
    if (b[v] === undefined) fouten.push(param(v, "required", "Parameter is verplicht."));
  const velden = b.fields;
  if (!Array.isArray(velden) || velden.length === 0) {
    fouten.push(
      param(
        "fields",
        Array.isArray(velden) ? "minItems" : "required",
        Array.isArray(velden) ? "Array bevat minder dan 1 item(s)." : "Parameter is verplicht.",
      ),
    );
  } else {
    if (velden.length > 130) fouten.push(param("fields", "maxItems", "Array bevat meer dan 130 items."));
    const bekend = type === "RaadpleegMetBurgerservicenummer" ? PERSOON_VELDEN : PERSOON_BEPERKT_VELDEN;
    velden.forEach((v, i) => {
      const naam = `fields[${i}]`;
      if (typeof v !== "string" || !/^[a-zA-Z0-9._]{1,200}$/.test(v))
        fouten.push(param(naam, "pattern", "Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$."));
      else if (AUTOMATISCHE_VELDEN.some((a) => v === a || v.startsWith(`${a}.`) || v.endsWith(`.${a}`)))
        fouten.push(param(naam, "field", "Parameter bevat een niet toegestane veldnaam."));
      else if (!isBekendVeld(v, bekend))
        fouten.push(param(naam, "field", "Parameter bevat een niet bestaande veldnaam."));
    });
  }
  if (b.burgerservicenummer !== undefined) {
    const lijst = b.burgerservicenummer;
    if (!Array.isArray(lijst)) fouten.push(param("burgerservicenummer", "array", "Parameter is geen array."));
    else {
      if (lijst.length < 1 || lijst.length > 20)
        fouten.push(
          param(
            "burgerservicenummer",
            lijst.length < 1 ? "minItems" : "maxItems",
            "Array bevat een ongeldig aantal items.",
          ),
        );
      lijst.forEach((x, i) => {
        if (typeof x !== "string" || !/^[0-9]{9}$/.test(x))
          fouten.push(
            param(`burgerservicenummer[${i}]`, "pattern", "Waarde voldoet niet aan patroon ^[0-9]{9}$."),
          );
      });
    }
  }
  for (const [naam, patroon] of Object.entries(PATRONEN)) {
    const w = b[naam];
    if (w !== undefined && (typeof w !== "string" || !patroon.test(w)))
      fouten.push(param(naam, "pattern", `Waarde voldoet niet aan patroon ${patroon.source}.`));
  }
  if (typeof b.geboortedatum === "string" && Number.isNaN(Date.parse(b.geboortedatum)))
    fouten.push(param("geboortedatum", "date", "Waarde is geen geldige datum."));
  if (
    b.huisnummer !== undefined &&
    (!Number.isInteger(b.huisnummer) || (b.huisnummer as number) < 1 || (b.huisnummer as number) > 99999)
  ) {
    fouten.push(param("huisnummer", "integer", "Waarde is geen geldig getal."));
  }
  if (b.inclusiefOverledenPersonen !== undefined && typeof b.inclusiefOverledenPersonen !== "boolean")
    fouten.push(param("inclusiefOverledenPersonen", "boolean", "Waarde is geen boolean."));
  return fouten;
}

const TITELS: Record<number, [string, string]> = {
  400: ["Een of meerdere parameters zijn niet correct.", "paramsValidation"],
  401: ["Niet correct geauthenticeerd.", "authentication"],
  403: ["U bent niet geautoriseerd voor deze operatie.", "autorisation"],
  404: ["Opgevraagde resource bestaat niet.", "notFound"],
  415: ["Unsupported Media Type", "unsupported"],
  429: ["Too many request", "tooManyRequests"],
  500: ["Interne server fout.", "serverError"],
  503: ["Bronservice BRP is tijdelijk niet beschikbaar.", "notAvailable"],
};

function probleem(res: ServerResponse, status: number, invalidParams?: Ongeldig[]) {
  const [title, code] = TITELS[status] ?? (TITELS[500] as [string, string]);
  const body: BrpFoutbericht = {
    type: "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html",
    title,
    status,
    instance: `${PAD}/personen`,
    code,
    ...(invalidParams ? { invalidParams } : {}),
  };
  res.writeHead(status, { "content-type": "application/problem+json" }).end(JSON.stringify(body));
}

const zoekNaam = (w: string) => w.toLowerCase();
function komtOvereen(p: BrpPersoon, b: Record<string, unknown>, type: Type): boolean {
  if (type === "ZoekMetGeslachtsnaamEnGeboortedatum") {
    const naam = zoekNaam(String(b.geslachtsnaam));
    const eigen = zoekNaam(p.naam?.geslachtsnaam ?? "");
    const naamPast = naam.endsWith("*") ? eigen.startsWith(naam.slice(0, -1)) : eigen === naam;
    const vv =
      b.voorvoegsel === undefined || zoekNaam(String(b.voorvoegsel)) === zoekNaam(p.naam?.voorvoegsel ?? "");
    return (
      naamPast && vv && p.geboorte?.datum?.type === "Datum" && p.geboorte.datum.datum === b.geboortedatum
    );
  }
  const v = p.verblijfplaats;
  if (v?.type !== "Adres" || !v.verblijfadres) return false;
  const a = v.verblijfadres;
  const postcode = (x: string) => x.replace(" ", "").toUpperCase();
  return (
    postcode(a.postcode ?? "") === postcode(String(b.postcode)) &&
    a.huisnummer === b.huisnummer &&
    (b.huisletter === undefined || zoekNaam(a.huisletter ?? "") === zoekNaam(String(b.huisletter))) &&
    (b.huisnummertoevoeging === undefined ||
      zoekNaam(a.huisnummertoevoeging ?? "") === zoekNaam(String(b.huisnummertoevoeging)))
  );
}

/** PersoonBeperkt carries adressering lines: derived from the verblijfplaats like the BRP does. */
function metAdressering(p: BrpPersoon): BrpPersoon {
  const v = p.verblijfplaats;
  if (v?.type !== "Adres" || !v.verblijfadres) return p;
  const a = v.verblijfadres;
  const nummer = `${a.huisnummer ?? ""}${a.huisletter ?? ""}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ""}`;
  const pc = (a.postcode ?? "").replace(/^(\d{4})\s?/, "$1 ");
  return {
    ...p,
    adressering: {
      adresregel1: `${a.korteStraatnaam ?? a.officieleStraatnaam ?? ""} ${nummer}`.trim(),
      adresregel2: `${pc}  ${(a.woonplaats ?? "").toUpperCase()}`,
    },
  };
}

async function leesBody(req: IncomingMessage): Promise<string> {
  const delen: Buffer[] = [];
  for await (const d of req) delen.push(d as Buffer);
  return Buffer.concat(delen).toString("utf8");
}

export async function startBrpMock(opties: BrpMockOpties = {}): Promise<BrpMock> {
  const personen = brpFixtures(opties.peiljaar ?? new Date().getFullYear());
  const vertragingen = new Map<string, number>();
  const storingen = new Map<string, number>();
  const verzoeken: BrpMock["verzoeken"] = [];
  const lopend = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    lopend.add(res);
    res.on("close", () => lopend.delete(res));
    if (req.method !== "POST" || req.url !== `${PAD}/personen`) return probleem(res, 404);
    if (opties.apiKey && req.headers["x-api-key"] !== opties.apiKey) return probleem(res, 401);
    if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) return probleem(res, 415);
    let body: unknown;
    try {
      body = JSON.parse(await leesBody(req));
    } catch {
      return probleem(res, 400, [param("body", "json", "Body is geen geldige JSON.")]);
    }
    verzoeken.push({ headers: req.headers, body });
    const fouten = toetsVraag(body);
    if (fouten.length > 0) return probleem(res, 400, fouten);
    const b = body as Record<string, unknown> & { type: Type; fields: string[] };
    const bsns = Array.isArray(b.burgerservicenummer) ? (b.burgerservicenummer as string[]) : [];
    const gevonden =
      b.type === "RaadpleegMetBurgerservicenummer"
        ? bsns.flatMap((bsn) => personen.get(bsn) ?? [])
        : [...personen.values()].filter((p) => komtOvereen(p, b, b.type)).map(metAdressering);
    const betrokken = [...bsns, ...gevonden.map((p) => p.burgerservicenummer ?? "")];
    const storing = betrokken.map((x) => storingen.get(x)).find((s) => s !== undefined);
    const wacht = Math.max(0, ...betrokken.map((x) => vertragingen.get(x) ?? 0));
    if (wacht > 0) await new Promise((klaar) => setTimeout(klaar, wacht));
    if (res.destroyed) return;
    if (storing) return probleem(res, storing);
    const antwoord = {
      type: b.type,
      personen: gevonden.map((p) => filterVelden(p as Record<string, unknown>, b.fields)),
    };
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(antwoord));
  });
  await new Promise<void>((klaar) => server.listen(opties.port ?? 0, "127.0.0.1", klaar));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${PAD}`,
    vertraag: (bsn, ms) => void vertragingen.set(bsn, ms),
    storing: (bsn, status) => void storingen.set(bsn, status),
    herstel() {
      vertragingen.clear();
      storingen.clear();
    },
    verzoeken,
    sluit: () =>
      new Promise<void>((klaar) => {
        for (const res of lopend) res.destroy();
        server.close(() => klaar());
        server.closeAllConnections();
      }),
  };
}
