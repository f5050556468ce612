/**
 * Schema-driven fuzz test of every API operation (issue Vertrouwen, CI): requests generated from the app's own
 * OpenAPI document (made from the zod schemas), seeded and bounded. Half the values fit the schema so they reach
 * the acts; half are wrong in one place (NUL and other control characters, huge numbers, wrong types, missing or
 * extra fields, odd If-Match values). Asserted for every request: never a 5xx, and a request that was refused (or
 * only read) changed no data. Reproduce a failure with VOORDEUR_FUZZ_ZAAD=<seed printed below>.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../db/client";
import { login, startTestVoordeur, type TestVoordeur } from "../test/app";
import { parameterWaarde, passendeWaarde, type Schema, Toeval, verstoorde } from "../test/fuzz/schema-waarde";

const ZAAD = Number(process.env.VOORDEUR_FUZZ_ZAAD ?? 20261202);
const PER_OPERATIE = Number(process.env.VOORDEUR_FUZZ_AANTAL ?? 6);

/** Who fuzzes: a role per kind of work, so most operations get past "not allowed" somewhere. */
const ROLLEN = ["beheerder", "wmo", "ao", "teamleider", "regie", "iag", "jeugd", "buurtteam"] as const;

/**
 * Tables a refused or reading request may change by design: the audit trail (reads are audited), sessions
 * (sliding expiry), login throttling, and the chain anchors.
 */
const VERANDERLIJK = new Set([
  "audit_log",
  "sessies",
  "inlogtellers",
  "inlogapparaten",
  "voordeur_migraties",
]);

/** Operations the fuzzer leaves alone: logging out would end the fuzzer's own sessions. */
const OVERSLAAN = new Set(["DELETE /api/sessie"]);

interface Operatie {
  methode: string;
  pad: string;
  parameters: { in: string; name: string; required?: boolean; schema: Schema }[];
  body?: Schema;
}

interface Bevinding {
  verzoek: string;
  status: number;
  wat: string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

let t: TestVoordeur;
const sessies = new Map<string, string>();
const ids: string[] = [];
const gezien = new Set<string>();
let tabellen: string[] = [];

function oogst(body: string) {
  for (const id of body.match(UUID) ?? []) {
    if (!gezien.has(id) && ids.length < 2000) {
      gezien.add(id);
      ids.push(id);
    }
  }
}

/** A fingerprint of all data a request could change (one query over every table but the ones that may change). */
async function vingerafdruk(): Promise<string> {
  const delen = tabellen.map(
    (naam) =>
      `select '${naam}' as t, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as v from "${naam}" x`,
  );
  const r = await rijen<{ t: string; v: string }>(t.database.db, sql.raw(delen.join(" union all ")));
  return r
    .map((x) => `${x.t}=${x.v}`)
    .sort()
    .join("\n");
}

function verschil(voor: string, na: string): string {
  const a = new Set(voor.split("\n"));
  return na
    .split("\n")
    .filter((regel) => !a.has(regel))
    .map((regel) => regel.split("=")[0])
    .join(", ");
}

function operaties(openapi: {
  paths: Record<string, Record<string, { parameters?: Operatie["parameters"]; requestBody?: unknown }>>;
}): Operatie[] {
  const uit: Operatie[] = [];
  for (const [pad, methoden] of Object.entries(openapi.paths)) {
    for (const [methode, op] of Object.entries(methoden)) {
      const body = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
        ?.content?.["application/json"]?.schema;
      uit.push({
        methode: methode.toUpperCase(),
        pad,
        parameters: op.parameters ?? [],
        ...(body ? { body } : {}),
      });
    }
  }
  // Reads first (they fill the id pool), then the changes, then the reads again on the changed data.
  const lezen = uit.filter((o) => o.methode === "GET");
  return [...lezen, ...uit.filter((o) => o.methode !== "GET"), ...lezen];
}

/** Percent-encodes like a browser would, and a lone surrogate as the invalid UTF-8 bytes an attacker would send. */
function codeer(waarde: string): string {
  try {
    return codeer(waarde);
  } catch {
    return `${encodeURIComponent(waarde.replace(/[\ud800-\udfff]/g, ""))}%ED%A0%80`;
  }
}

function maakVerzoek(op: Operatie, toeval: Toeval) {
  const verstoren = toeval.kans(0.5);
  const pool = () => (ids.length > 0 ? toeval.kies(ids) : undefined);
  // In a disturbed request exactly one part is wrong: a parameter, the body, or the If-Match header.
  const deel = toeval.kies(["parameter", "body", "versie"] as const);
  let url = op.pad;
  const query: string[] = [];
  for (const p of op.parameters) {
    if (p.in !== "path" && p.in !== "query") continue;
    if (p.in === "query" && !p.required && toeval.kans(0.5)) continue;
    const waarde = parameterWaarde(
      p.schema,
      toeval,
      pool,
      verstoren && deel === "parameter" && toeval.kans(0.5),
    );
    if (p.in === "path") url = url.replace(`{${p.name}}`, codeer(waarde));
    else query.push(`${encodeURIComponent(p.name)}=${codeer(waarde)}`);
  }
  if (query.length > 0) url += `?${query.join("&")}`;
  let payload: unknown;
  if (op.body) {
    payload = passendeWaarde(op.body, toeval, pool);
    if (verstoren && deel === "body") payload = verstoorde(payload, toeval);
  }
  const headers: Record<string, string> = {};
  if (op.methode !== "GET") {
    const versie =
      verstoren && deel === "versie"
        ? toeval.kies([
            '"2147483648"',
            '"-1"',
            '"1.5"',
            'W/"1"',
            '"abc"',
            "99999999999999999999",
            '"\u00001"',
          ])
        : `"${toeval.geheel(0, 4)}"`;
    // A header value with a NUL cannot be sent at all; inject refuses it before the app sees it.
    if (!versie.includes("\u0000")) headers["if-match"] = versie;
  }
  return { url, payload, headers };
}

describe("fuzz: elke operatie uit de OpenAPI-beschrijving", () => {
  beforeAll(async () => {
    t = await startTestVoordeur();
    for (const rol of ROLLEN) sessies.set(rol, await login(t.app, rol));
    const r = await rijen<{ table_name: string }>(
      t.database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    tabellen = r.map((x) => x.table_name).filter((naam) => !VERANDERLIJK.has(naam));
  });
  afterAll(async () => {
    await t?.sluit();
  });

  it(`geeft nooit een 5xx en verandert niets bij een weigering (zaad ${ZAAD}, ${PER_OPERATIE} per operatie)`, async () => {
    const openapi = JSON.parse((await t.app.inject({ url: "/api/openapi.json" })).body);
    const toeval = new Toeval(ZAAD);
    const bevindingen: Bevinding[] = [];
    let voor = await vingerafdruk();
    let verzoeken = 0;
    const alle = operaties(openapi).filter((op) => !OVERSLAAN.has(`${op.methode} ${op.pad}`));
    for (const op of alle) {
      for (let i = 0; i < PER_OPERATIE; i++) {
        const { url, payload, headers } = maakVerzoek(op, toeval);
        const rol = toeval.kans(0.1) ? undefined : toeval.kies(ROLLEN);
        const cookie = rol ? sessies.get(rol) : undefined;
        const res = await t.app.inject({
          method: op.methode as "GET",
          url,
          headers: { ...headers, ...(cookie ? { cookie } : {}) },
          ...(payload !== undefined ? { payload: payload as object } : {}),
        });
        verzoeken++;
        const verzoek = `${op.methode} ${url} (${rol ?? "anoniem"})${payload !== undefined ? ` ${JSON.stringify(payload).slice(0, 300)}` : ""}`;
        if (res.statusCode >= 500) {
          bevindingen.push({ verzoek, status: res.statusCode, wat: res.body.slice(0, 300) });
        }
        if (res.statusCode < 300) oogst(res.body);
        const schrijft = op.methode !== "GET";
        const na = await vingerafdruk();
        if ((!schrijft || res.statusCode >= 400) && na !== voor) {
          bevindingen.push({
            verzoek,
            status: res.statusCode,
            wat: `veranderde gegevens zonder geslaagde wijziging: ${verschil(voor, na)}`,
          });
        }
        voor = na;
      }
    }
    expect(bevindingen).toEqual([]);
    expect(verzoeken).toBe(alle.length * PER_OPERATIE);
  }, 600_000);
});
