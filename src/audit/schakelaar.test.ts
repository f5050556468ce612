/**
 * Issue 19, the audit pipeline: a request only inserts its audit rows (no lock, no read of the chain head); the
 * chainer links committed rows off the request path. Proven here: rows are written unlinked and linked once, in
 * a gapless chain order; a row that commits late with a lower id is linked after the others and the chain stays
 * intact; two chainers at once link every row exactly once; writes during linking are all linked; the app role
 * cannot write a hash.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../db/client";
import { alsSysteem } from "../db/tenant";
import { login, startTestVoordeur, type TestVoordeur } from "../test/app";
import { schakelAudit } from "./schakelaar";
import { verifieerAuditketens } from "./verifieer";

let t: TestVoordeur;
let wmo: string;

const lees = () => t.app.inject({ method: "GET", url: "/api/personen?zoek=Keten", headers: { cookie: wmo } });

const telling = () =>
  alsSysteem(t.database.db, (tx) =>
    rijen<{ open: number; geschakeld: number }>(
      tx,
      sql`select count(*) filter (where hash is null)::int as open,
                 count(*) filter (where hash is not null)::int as geschakeld
          from audit_log where gemeente_code = '1699'`,
    ),
  ).then((r) => r[0] ?? { open: 0, geschakeld: 0 });

/** Per chain of 1699: the number of linked rows and the highest volgnummer (equal when the order is gapless). */
const ketens = () =>
  alsSysteem(t.database.db, (tx) =>
    rijen<{ keten: number; n: number; hoogste: number }>(
      tx,
      sql`select keten, count(*)::int as n, max(volgnummer)::int as hoogste
          from audit_log where gemeente_code = '1699' and volgnummer is not null group by keten`,
    ),
  );

const intact = async () => (await verifieerAuditketens(t.database.db)).find((v) => v.gemeenteCode === "1699");

beforeAll(async () => {
  t = await startTestVoordeur();
  wmo = await login(t.app, "wmo");
  const res = await t.app.inject({
    method: "POST",
    url: "/api/personen",
    headers: { cookie: await login(t.app, "iag") },
    payload: {
      bsn: "111222333",
      voornamen: "Karel",
      geslachtsnaam: "Keten",
      geboortedatum: "1970-01-01",
      adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => {
  await t?.sluit();
});

describe("de audit-schakelaar", () => {
  it("een verzoek schrijft zijn regels ongeschakeld; de schakelaar schakelt ze één keer, zonder gaten", async () => {
    await schakelAudit(t.database.db);
    const voor = await telling();
    expect(voor.open).toBe(0);
    expect((await lees()).statusCode).toBe(200);
    const na = await telling();
    expect(na.open).toBeGreaterThan(0);
    expect(na.geschakeld).toBe(voor.geschakeld);

    expect(await schakelAudit(t.database.db)).toBe(na.open);
    expect(await schakelAudit(t.database.db)).toBe(0);
    expect((await telling()).open).toBe(0);
    for (const k of await ketens()) expect(k.hoogste).toBe(k.n);
    expect((await intact())?.fouten).toEqual([]);
  });

  it("een regel die later vastlegt met een lager id komt achteraan de keten; de keten blijft intact", async () => {
    for (let i = 0; i < 3; i++) await lees();
    await schakelAudit(t.database.db);
    // A transaction that took its id early and committed after the others were linked (simulated as the owner).
    const [laat] = await alsSysteem(t.database.db, (tx) =>
      rijen<{ id: number }>(
        tx,
        sql`insert into audit_log (id, gemeente_code, keten, tijdstip, gebruikersnaam, rollen, actie, resource, reden)
            select min(id) - 1, '1699', 3, now(), 'wmo', '{wmo}', 'lezen', 'persoon', 'laat vastgelegd'
            from audit_log where gemeente_code = '1699'
            returning id`,
      ),
    );
    expect(await schakelAudit(t.database.db)).toBe(1);
    const [plek] = await alsSysteem(t.database.db, (tx) =>
      rijen<{ volgnummer: number; hoogste: number }>(
        tx,
        sql`select volgnummer::int, (select max(volgnummer)::int from audit_log where gemeente_code = '1699' and keten = 3) as hoogste
            from audit_log where id = ${laat?.id}`,
      ),
    );
    expect(plek?.volgnummer).toBe(plek?.hoogste);
    expect((await intact())?.fouten).toEqual([]);
  });

  it("twee schakelaars tegelijk (twee processen) schakelen elke regel precies één keer", async () => {
    for (let i = 0; i < 20; i++) await lees();
    const open = (await telling()).open;
    const [a, b] = await Promise.all([schakelAudit(t.database.db, 7), schakelAudit(t.database.db, 7)]);
    // A chain held by one is skipped by the other; what is left after both is linked by a next round.
    expect((a ?? 0) + (b ?? 0) + (await schakelAudit(t.database.db))).toBe(open);
    for (const k of await ketens()) expect(k.hoogste).toBe(k.n);
    expect((await intact())?.fouten).toEqual([]);
  });

  it("verzoeken tijdens het schakelen worden allemaal geschakeld", async () => {
    const voor = await telling();
    const verzoeken = Array.from({ length: 24 }, () => lees());
    const schakelen = Array.from({ length: 4 }, () => schakelAudit(t.database.db, 5));
    const antwoorden = await Promise.all(verzoeken);
    await Promise.all(schakelen);
    expect(antwoorden.every((r) => r.statusCode === 200)).toBe(true);
    await schakelAudit(t.database.db);
    const na = await telling();
    expect(na.open).toBe(0);
    expect(na.geschakeld).toBeGreaterThanOrEqual(voor.geschakeld + voor.open + 24);
    for (const k of await ketens()) expect(k.hoogste).toBe(k.n);
    expect((await intact())?.fouten).toEqual([]);
  });

  it("de applicatierol kan geen hash schrijven of een regel schakelen", async () => {
    await lees();
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('voordeur.gemeente', '1699', true), set_config('role', 'voordeur_app', true)`,
        );
        await tx.execute(
          sql`update audit_log set hash = 'vals', vorige_hash = 'vals', volgnummer = 1 where hash is null`,
        );
      }),
    ).rejects.toThrow();
    expect((await telling()).open).toBeGreaterThan(0);
  });
});
