import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { login, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const ids: Record<string, string> = {};
let persoonA: string;
let persoonB: string;
const LASTIGE_REDEN = '=HYPERLINK("http://x";"klik")\nregel twee; met "quotes"';

function verzoek(wie: string, method: "GET" | "POST", url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { cookie: sessies[wie] ?? "" },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}
const nieuwePersoon = async (bsn: string, naam: string) =>
  (
    await verzoek("iag", "POST", "/api/personen", {
      bsn,
      voornamen: "Anna",
      geslachtsnaam: naam,
      geboortedatum: "1960-01-01",
      adres: { straat: "Brink", huisnummer: 1, postcode: "9301 AB", woonplaats: "Roden" },
    })
  ).json().id as string;

type Regel = {
  id: number;
  tijdstip: string;
  gebruikersnaam: string;
  medewerkerId: string;
  actie: string;
  persoonId: string | null;
  reden: string;
};
const audit = async (
  query: string,
): Promise<{ items: Regel[]; totaal: number; pagina: number; perPagina: number }> => {
  const res = await verzoek("teamleider", "GET", `/api/audit?perPagina=200&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  // Late on 10 March, then just after midnight (Dutch time): a period filter must split the two days.
  zetKlok(new Date("2026-03-10T23:40:00+01:00"));
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "teamleider", "beheerder"])
    sessies[naam] = await login(t.app, naam);
  persoonA = await nieuwePersoon("999990019", "Alfa");
  persoonB = await nieuwePersoon("999990032", "Bravo");
  await verzoek("wmo", "GET", `/api/personen/${persoonA}`);
  zetKlok(new Date("2026-03-11T00:05:00+01:00"));
  await verzoek("jeugd", "GET", `/api/personen/${persoonB}`);
  await verzoek("wmo", "POST", `/api/personen/${persoonA}/bsn`, { reden: LASTIGE_REDEN });
  const medewerkers = (await verzoek("teamleider", "GET", "/api/gebruikers?perPagina=200")).json().items as {
    id: string;
    gebruikersnaam: string;
  }[];
  for (const m of medewerkers) ids[m.gebruikersnaam] = m.id;
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

describe("GET /api/audit met filters", () => {
  it("zonder filter: de hele gemeente, nieuwste eerst, gepagineerd", async () => {
    const alles = await audit("");
    expect(alles.totaal).toBeGreaterThanOrEqual(5);
    expect(alles.items.map((r) => r.id)).toEqual([...alles.items.map((r) => r.id)].sort((a, b) => b - a));
  });

  it("pagineert: een vaste selectie (aanmaken, dat lezen van het log niet raakt) over twee pagina's", async () => {
    const pagina = async (n: number) =>
      (await verzoek("teamleider", "GET", `/api/audit?actie=aanmaken&perPagina=1&pagina=${n}`)).json();
    const [een, twee] = [await pagina(1), await pagina(2)];
    expect(een).toMatchObject({ pagina: 1, perPagina: 1, totaal: twee.totaal });
    expect(twee.pagina).toBe(2);
    expect(een.totaal).toBeGreaterThanOrEqual(2);
    expect(twee.items[0].id).toBeLessThan(een.items[0].id);
  });

  it("persoon: alleen regels over die inwoner", async () => {
    const { items } = await audit(`persoonId=${persoonA}`);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(items.map((r) => r.persoonId))).toEqual(new Set([persoonA]));
  });

  it("medewerker: alleen wat die medewerker deed", async () => {
    const { items } = await audit(`medewerkerId=${ids.jeugd}`);
    expect(items.map((r) => `${r.gebruikersnaam} ${r.actie} ${r.persoonId}`)).toEqual([
      `jeugd lezen ${persoonB}`,
    ]);
  });

  it("actie: alleen die soort handeling", async () => {
    const { items } = await audit("actie=aanmaken");
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(new Set(items.map((r) => r.actie))).toEqual(new Set(["aanmaken"]));
  });

  it("periode: Nederlandse kalenderdagen, tot en met inbegrepen", async () => {
    const tiende = await audit("van=2026-03-10&tot=2026-03-10");
    expect(tiende.items.every((r) => r.tijdstip < "2026-03-10T23:00:00.000Z")).toBe(true);
    expect(tiende.items.map((r) => r.gebruikersnaam)).toContain("wmo");
    const elfde = await audit(`van=2026-03-11&medewerkerId=${ids.wmo}`);
    expect(elfde.items.map((r) => r.actie)).toEqual(["lezen"]);
    expect(elfde.items[0]?.reden).toBe(LASTIGE_REDEN);
    expect((await audit("tot=2026-03-09")).items).toEqual([]);
  });

  it("filters combineren (persoon en actie)", async () => {
    const { items } = await audit(`persoonId=${persoonB}&actie=lezen&medewerkerId=${ids.jeugd}`);
    expect(items).toHaveLength(1);
  });

  it("onjuiste filters geven een Nederlandse melding met het veld", async () => {
    const omgekeerd = await verzoek("teamleider", "GET", "/api/audit?van=2026-03-11&tot=2026-03-10");
    expect(omgekeerd.statusCode).toBe(400);
    expect(omgekeerd.json().errors).toEqual([expect.objectContaining({ veld: "tot" })]);
    const actie = await verzoek("teamleider", "GET", "/api/audit?actie=stelen");
    expect(actie.statusCode).toBe(400);
    expect(actie.json().errors[0].veld).toBe("actie");
    expect((await verzoek("teamleider", "GET", `/api/audit?persoonId=${randomUUID()}`)).statusCode).toBe(404);
  });

  it("alleen wie het beleid toelaat leest het auditlog, en dat lezen staat er zelf in", async () => {
    expect((await verzoek("wmo", "GET", "/api/audit")).statusCode).toBe(403);
    expect((await verzoek("beheerder", "GET", "/api/audit")).statusCode).toBe(403);
    await audit(`persoonId=${persoonB}&actie=lezen`);
    const { items } = await audit(`medewerkerId=${ids.teamleider}&actie=lezen`);
    expect(items.some((r) => r.reden.includes(`persoon ${persoonB}, actie lezen`))).toBe(true);
  });
});

async function csv(wie: string, query = "") {
  return verzoek(wie, "GET", `/api/audit.csv${query ? `?${query}` : ""}`);
}

/** Splits CSV text into rows of cells (RFC 4180 with ; as separator). */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = "";
  let binnen = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (binnen) {
      if (c === '"' && tekst[i + 1] === '"') {
        cel += '"';
        i++;
      } else if (c === '"') binnen = false;
      else cel += c;
    } else if (c === '"') binnen = true;
    else if (c === ";") {
      rij.push(cel);
      cel = "";
    } else if (c === "\r" && tekst[i + 1] === "\n") {
      rij.push(cel);
      rijen.push(rij);
      rij = [];
      cel = "";
      i++;
    } else cel += c;
  }
  return rijen;
}

describe("GET /api/audit.csv", () => {
  it("Nederlandse kolomkoppen, UTF-8, als bijlage", async () => {
    const res = await csv("teamleider");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="audit-2026-03-11.csv"');
    expect(res.body.startsWith("\uFEFF")).toBe(true);
    expect(leesCsv(res.body.slice(1))[0]).toEqual([
      "Tijdstip",
      "Medewerker",
      "Medewerker-id",
      "Rollen",
      "Actie",
      "Gegeven",
      "Persoon-id",
      "Reden",
      "Verzoek-id",
    ]);
  });

  it("past de filters toe, schermt formules af en ontsnapt scheidingstekens, aanhalingstekens en regeleinden", async () => {
    const res = await csv("teamleider", `medewerkerId=${ids.wmo}&van=2026-03-11&tot=2026-03-11`);
    const rijen = leesCsv(res.body.slice(1));
    expect(rijen.slice(1)).toEqual([
      [
        expect.stringMatching(/^11-03-2026 00:05:00$/),
        "wmo",
        ids.wmo,
        expect.any(String),
        "Bekeken",
        "volledig BSN",
        persoonA,
        `'${LASTIGE_REDEN}`,
        expect.any(String),
      ],
    ]);
    expect(res.body).toContain(`"'=HYPERLINK(""http://x"";""klik"")\nregel twee; met ""quotes"""`);
    expect(res.body).not.toContain("999990019");
  });

  it("een rol zonder toegang krijgt een weigering, geen bestand", async () => {
    const res = await csv("wmo");
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect((await csv("teamleider", "van=2026-13-01")).statusCode).toBe(400);
  });

  it("leest in delen: meer regels dan één batch komen allemaal, één keer, nieuwste eerst; het exporteren staat in het log", async () => {
    // Rows straight into the table, unlinked as a request writes them (the chainer does not run here).
    const medewerker = randomUUID();
    await t.database.db.execute(sql`
      insert into audit_log (gemeente_code, keten, tijdstip, gebruiker_id, gebruikersnaam, rollen, actie, resource, reden)
      select '1699', 7, '2026-03-01T12:00:00Z', ${medewerker}::uuid, 'massa', '{wmo}', 'lezen', 'persoon', 'regel ' || n
      from generate_series(1, 2100) as n`);
    const res = await csv("teamleider", `medewerkerId=${medewerker}`);
    const regels = leesCsv(res.body.slice(1)).slice(1);
    expect(regels).toHaveLength(2100);
    expect(regels[0]?.[7]).toBe("regel 2100");
    expect(regels.at(-1)?.[7]).toBe("regel 1");
    expect(new Set(regels.map((r) => r[7])).size).toBe(2100);
    const { items } = await audit(`medewerkerId=${ids.teamleider}&actie=exporteren`);
    expect(items.some((r) => r.reden === `toezicht: auditlog als CSV (medewerker ${medewerker})`)).toBe(true);
  });
});
