import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../../db/client";
import { naamZoekpagina, type PersoonRij, vulZoeksleutelsAan, zoeksleutelRijen } from "../../db/personen";
import { personen, persoonZoeksleutels } from "../../db/schema";
import { inGemeente } from "../../db/tenant";
import { naamZoeksleutels, zoektermen } from "../../domain/persoon/naam";
import { vulPersonen } from "../../generator/vul";
import { login, startTestVoordeur, type TestVoordeur } from "../../test/app";

/** Double and multi-part surnames through the real search endpoint (issue "Kern"). */
let t: TestVoordeur;
const sessies: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "assen-iag"]) sessies[naam] = await login(t.app, naam);
});
afterAll(() => t.sluit());

function registreer(wie: string, naam: { voornamen: string; voorvoegsel?: string; geslachtsnaam: string }) {
  return t.app
    .inject({
      method: "POST",
      url: "/api/personen",
      headers: { cookie: sessies[wie] ?? "" },
      payload: {
        ...naam,
        zonderBsnReden: "nog niet ingeschreven",
        geboortedatum: "1975-04-12",
        adres: { huisnummer: 7, postcode: "9301 AB", woonplaats: "Roden" },
      },
    })
    .then((r) => {
      expect(r.statusCode).toBe(201);
      return r.json() as { id: string; versie: number };
    });
}

async function gevonden(wie: string, zoek: string): Promise<string[]> {
  const res = await t.app.inject({
    method: "GET",
    url: `/api/personen?zoek=${encodeURIComponent(zoek)}&perPagina=200`,
    headers: { cookie: sessies[wie] ?? "" },
  });
  expect(res.statusCode).toBe(200);
  return res.json().items.map((p: { id: string }) => p.id);
}

const NAMEN = {
  jansenDeVries: { voornamen: "Piet", geslachtsnaam: "Jansen-de Vries" },
  jansenBakker: { voornamen: "Els", geslachtsnaam: "Jánsen-Bakker" },
  vanDenBerg: { voornamen: "Anna", voorvoegsel: "van den", geslachtsnaam: "Berg" },
  vanTHof: { voornamen: "Kees", voorvoegsel: "van 't", geslachtsnaam: "Hof" },
  dAncona: { voornamen: "Hedy", geslachtsnaam: "d'Ancona" },
  elAmrani: { voornamen: "Fatima", geslachtsnaam: "El Amrani" },
  oSuilleabhain: { voornamen: "Seán", geslachtsnaam: "Ó Súilleabháin" },
  /** Unrelated: must not turn up for any of the searches above. */
  smit: { voornamen: "Henk", geslachtsnaam: "Smit" },
};
type Wie = keyof typeof NAMEN;
const ids = {} as Record<Wie, string>;
let assenJansenDeVries: string;

beforeAll(async () => {
  for (const [wie, naam] of Object.entries(NAMEN)) ids[wie as Wie] = (await registreer("iag", naam)).id;
  // The same name in another gemeente (Assen).
  assenJansenDeVries = (await registreer("assen-iag", NAMEN.jansenDeVries)).id;
});

describe("zoeken op dubbele en samengestelde achternamen", () => {
  it.each<[Wie, string]>([
    ["jansenDeVries", "jansen"],
    ["jansenDeVries", "de vries"],
    ["jansenDeVries", "vries"],
    ["jansenDeVries", "jansen-de vries"],
    ["jansenDeVries", "jansen de vries"],
    ["jansenDeVries", "Jansen-de V"],
    ["jansenDeVries", "jansen vries"],
    ["jansenDeVries", "Vries, Piet de"],
    ["jansenDeVries", "piet jansen"],
    ["jansenBakker", "Jánsen-Bakker"],
    ["jansenBakker", "jansen-bakker"],
    ["jansenBakker", "bakk"],
    ["vanDenBerg", "van den berg"],
    ["vanDenBerg", "Berg, van den"],
    ["vanDenBerg", "berg"],
    ["vanDenBerg", "vandenberg"],
    ["vanDenBerg", "anna van den berg"],
    ["vanTHof", "van 't hof"],
    ["vanTHof", "hof"],
    ["dAncona", "d'ancona"],
    ["dAncona", "dancona"],
    ["dAncona", "ancona"],
    ["elAmrani", "El Amrani"],
    ["elAmrani", "amrani"],
    ["oSuilleabhain", "Ó Súilleabháin"],
    ["oSuilleabhain", "suilleabhain"],
  ])("%s wordt gevonden met '%s', Smit en de inwoner van Assen niet", async (wie, zoek) => {
    const treffers = await gevonden("iag", zoek);
    expect(treffers).toContain(ids[wie]);
    expect(treffers).not.toContain(ids.smit);
    expect(treffers).not.toContain(assenJansenDeVries);
  });

  it("een zoekterm die op geen deel past vindt niemand van hen", async () => {
    for (const zoek of ["ansen", "piet bakker", "van der berg", "!!"]) {
      const treffers = await gevonden("iag", zoek);
      expect(treffers.filter((id) => Object.values(ids).includes(id))).toEqual([]);
    }
  });

  it("elke gemeente vindt alleen haar eigen inwoner", async () => {
    expect(await gevonden("assen-iag", "jansen-de vries")).toEqual([assenJansenDeVries]);
    expect(await gevonden("assen-iag", "vries")).toEqual([assenJansenDeVries]);
    const noordenveld = await gevonden("iag", "vries");
    expect(noordenveld).toContain(ids.jansenDeVries);
    expect(noordenveld).not.toContain(assenJansenDeVries);
  });

  it("een naam van 200 Hangul-lettergrepen wordt opgeslagen (de sleutels passen in de index) en gevonden", async () => {
    const p = await registreer("iag", { voornamen: "민".repeat(200), geslachtsnaam: "김".repeat(200) });
    expect(await gevonden("iag", "김김")).toContain(p.id);
  });

  it("na een naamswijziging zoekt de nieuwe achternaam, de oude niet meer", async () => {
    const p = await registreer("iag", { voornamen: "Lotte", geslachtsnaam: "Tijdelijk" });
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/personen/${p.id}`,
      headers: { cookie: sessies.wmo ?? "", "if-match": `"${p.versie}"` },
      payload: { voorvoegsel: "de", geslachtsnaam: "Wit-Visscher" },
    });
    expect(res.statusCode).toBe(200);
    expect(await gevonden("iag", "visscher")).toContain(p.id);
    expect(await gevonden("iag", "de wit")).toContain(p.id);
    expect(await gevonden("iag", "tijdelijk")).not.toContain(p.id);
  });
});

describe("de sleutels van bestaande inwoners (migratie 0023)", () => {
  it("vult ontbrekende sleutels aan, vouwt letters die vroeger bleven staan, en is herhaalbaar", async () => {
    // A resident as a version before 0023 stored it: no surname keys, "ı" not folded in the sort keys.
    const [oud] = await t.database.db
      .insert(personen)
      .values({
        gemeenteCode: "1699",
        voornamen: "Işıl",
        geslachtsnaam: "Yılmaz-Öztürk",
        geboortedatum: "1990-01-01",
        huisnummer: 1,
        postcode: "9301AB",
        woonplaats: "Roden",
        zoekGeslachtsnaam: "yılmaz ozturk",
        zoekVoornamen: "isıl",
      })
      .returning();
    const id = oud?.id as string;
    expect(await gevonden("iag", "ozturk")).not.toContain(id);

    await vulZoeksleutelsAan(t.database.db);
    const telling = () =>
      rijen<{ n: number }>(t.database.db, sql`select count(*)::int as n from persoon_zoeksleutels`);
    const na = await telling();
    expect(await gevonden("iag", "ozturk")).toContain(id);
    expect(await gevonden("iag", "isil yilmaz")).toContain(id);
    expect(await gevonden("iag", "yilmaz ozt")).toContain(id);

    await vulZoeksleutelsAan(t.database.db);
    expect(await telling()).toEqual(na);
  });
});

describe("de naamzoekvraag blijft op de index onder row-level security", () => {
  it.each(["jansen", "Jansen-de V", "piet jansen"])(
    "'%s': een range op persoon_zoeksleutels_zoek_idx, niet een scan van de gemeente",
    async (zoek) => {
      const term = zoektermen(zoek);
      if (term.soort !== "naam") throw new Error("geen naam");
      const varianten = term.varianten;
      const plan = await inGemeente(
        t.database.db,
        { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" },
        async (tx) => {
          // A handful of rows would be read sequentially anyway; ask which index conditions are possible.
          await tx.execute(sql`set local enable_seqscan = off`);
          const query = naamZoekpagina(tx, varianten, 1, 25).toSQL();
          return rijen<{ "QUERY PLAN": unknown }>(
            tx,
            sql`explain (format json) ${sql.raw(
              // Inline the parameters, $12 before $1, for EXPLAIN (which takes no bind parameters).
              query.params.reduceRight<string>(
                (tekst, p, i) => tekst.replaceAll(`$${i + 1}`, `'${String(p).replace(/'/g, "''")}'`),
                query.sql,
              ),
            )}`,
          );
        },
      );
      const tekst = JSON.stringify(plan);
      // Every variant is a range on the key index: an index condition, not a filter over the gemeente's rows.
      const bereiken = [
        ...tekst.matchAll(
          /"Index Name":"persoon_zoeksleutels_zoek_idx"[^}]*?"Index Cond":"[^"]*sleutel >= /g,
        ),
      ];
      expect(bereiken).toHaveLength(varianten.length);
    },
  );
});

describe("elke schrijver van inwoners houdt de sleutels bij", () => {
  it("de generator (npm run genereer: COPY op PostgreSQL, INSERT op PGlite) schrijft ze mee", async () => {
    const eerder = new Set((await t.database.db.select({ id: personen.id }).from(personen)).map((p) => p.id));
    await vulPersonen(t.database, t.app.voordeur.bsnSleutels, {
      gemeenteCode: "1699",
      inwoners: 30,
      seed: 11,
      zakenPerInwoner: 0,
    });
    const alle = await t.database.db.select().from(personen).orderBy(asc(personen.id));
    const opgeslagen = await t.database.db
      .select()
      .from(persoonZoeksleutels)
      .orderBy(asc(persoonZoeksleutels.persoonId), asc(persoonZoeksleutels.sleutel));
    // Registered, changed, filled in by the migrator or generated: the stored keys are exactly the derived ones.
    const verwacht = zoeksleutelRijen(alle).sort(
      (a, b) => a.persoonId.localeCompare(b.persoonId) || (a.sleutel < b.sleutel ? -1 : 1),
    );
    expect(opgeslagen).toEqual(verwacht);

    const gegenereerd = alle.filter((p) => !eerder.has(p.id));
    expect(gegenereerd).toHaveLength(30);
    // One with a voorvoegsel if the seed drew one ("van Dijk" → also "dijk"), found by its last part.
    const p = (gegenereerd.find((g) => naamZoeksleutels(g).length > 1) ?? gegenereerd[0]) as PersoonRij;
    expect(await gevonden("iag", naamZoeksleutels(p).at(-1) as string)).toContain(p.id);
  });
});
