/**
 * Setup through the API for steps a flow does not name (creating residents and zaken): a logged-in
 * request context per demo user, and small wrappers that assert the expected status.
 */
import { type APIRequestContext, expect, request as playwrightRequest } from "@playwright/test";
import { type Kalender, maakKalender } from "../../src/domain/termijnen/kalender";
import { DEMO_WACHTWOORD, willekeurigTestBsn } from "../helpers";

/** Today in the Netherlands as YYYY-MM-DD. */
export const vandaag = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

/** A request context logged in as a demo user (dispose it when done). */
export async function apiAls(baseURL: string, gebruikersnaam: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const res = await api.post("/api/sessie", { data: { gebruikersnaam, wachtwoord: DEMO_WACHTWOORD } });
  expect(res.status()).toBe(200);
  return api;
}

/** The server's Atw calendar (days equated with a feestdag by Koninklijk Besluit), to compute expected deadlines. */
export async function kalenderVan(api: APIRequestContext): Promise<Kalender> {
  const res = await api.get("/api/kalender/gelijkgestelde-dagen");
  expect(res.status()).toBe(200);
  return maakKalender((await res.json()) as { datum: string; omschrijving: string }[]);
}

export interface NieuwePersoon {
  /** Default: a random test BSN. */
  bsn?: string;
  voornamen: string;
  geslachtsnaam: string;
  geboortedatum: string;
  adres: { straat?: string; huisnummer: number; postcode: string; woonplaats: string };
}

/** Registers a resident (with a random test BSN unless given); returns the persoon id. */
export async function nieuwePersoon(api: APIRequestContext, persoon: NieuwePersoon): Promise<string> {
  if (!persoon.bsn) return (await nieuwePersoonMetBsn(api, persoon)).id;
  const res = await api.post("/api/personen", { data: persoon });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

/**
 * Registers a resident with a random test BSN and returns both. A BSN another test took already (409: the space has
 * 10,000 numbers) is drawn again.
 */
export async function nieuwePersoonMetBsn(
  api: APIRequestContext,
  persoon: Omit<NieuwePersoon, "bsn">,
): Promise<{ id: string; bsn: string }> {
  for (let poging = 1; ; poging++) {
    const bsn = willekeurigTestBsn();
    const res = await api.post("/api/personen", { data: { ...persoon, bsn } });
    if (res.status() === 409 && poging < 5) continue;
    expect(res.status(), await res.text()).toBe(201);
    return { id: (await res.json()).id as string, bsn };
  }
}

export interface AangemaakteZaak {
  id: string;
  zaaknummer: string;
  versie: number;
}

/** Creates a zaak (POST /api/zaken) and returns its id, zaaknummer and versie. */
export async function nieuweZaak(
  api: APIRequestContext,
  zaak: Record<string, unknown>,
): Promise<AangemaakteZaak> {
  const res = await api.post("/api/zaken", { data: zaak });
  expect(res.status(), await res.text()).toBe(201);
  const { id, zaaknummer, versie } = await res.json();
  return { id, zaaknummer, versie };
}

export interface Gezinslid {
  bsn?: string;
  voornamen: string;
  geboortedatum: string;
  rol: "hoofdpersoon" | "gezinslid";
}

export interface Huishouden<Lid = Omit<Gezinslid, "rol">> {
  achternaam: string;
  adres: NieuwePersoon["adres"];
  leden: Lid[];
}

/** Registers the members of one household (same surname and address); returns the persoon ids in order. */
export async function nieuwGezin(api: APIRequestContext, gezin: Huishouden): Promise<string[]> {
  const personen: string[] = [];
  for (const { bsn, voornamen, geboortedatum } of gezin.leden)
    personen.push(
      await nieuwePersoon(api, {
        ...(bsn ? { bsn } : {}),
        voornamen,
        geboortedatum,
        geslachtsnaam: gezin.achternaam,
        adres: gezin.adres,
      }),
    );
  return personen;
}

/** Records a relation in the persons register: `van` is <soort> (ouder, gezag, …) of `naar`. */
export async function relatie(api: APIRequestContext, van: string, soort: string, naar: string) {
  const res = await api.post(`/api/personen/${van}/relaties`, { data: { gerelateerdeId: naar, soort } });
  expect(res.status(), await res.text()).toBe(201);
}

/**
 * Registers the members of one household (same surname and address) and a zaak about them, reported by
 * phone; `zaak` holds the remaining zaak fields (zaaktype, meldingsdatum, omschrijving, veiligheid …).
 * Returns the zaak and the persoon ids in the order of `leden`.
 */
export async function nieuweGezinszaak(
  api: APIRequestContext,
  gezin: Huishouden<Gezinslid>,
  zaak: Record<string, unknown>,
): Promise<AangemaakteZaak & { personen: string[] }> {
  const personen = await nieuwGezin(api, gezin);
  const aangemaakt = await nieuweZaak(api, {
    kanaal: "telefoon",
    ...zaak,
    personen: gezin.leden.map((lid, i) => ({ persoonId: personen[i], rol: lid.rol })),
  });
  return { ...aangemaakt, personen };
}

/**
 * The API tests' shared steps (src/test/wmo-plan) over Playwright: requests as any demo user by name, each with its
 * own logged-in context; `sluit` disposes them.
 */
export function verzoekenAls(baseURL: string) {
  const contexten = new Map<string, Promise<APIRequestContext>>();
  const als = (wie: string) => {
    let context = contexten.get(wie);
    if (!context) {
      context = apiAls(baseURL, wie);
      contexten.set(wie, context);
    }
    return context;
  };
  const verzoek = async (
    wie: string,
    method: "GET" | "POST",
    url: string,
    payload?: object,
    versie?: number,
  ) => {
    const res = await (await als(wie)).fetch(url, {
      method,
      ...(payload ? { data: payload } : {}),
      ...(versie !== undefined ? { headers: { "if-match": `"${versie}"` } } : {}),
    });
    const body = await res.text();
    return { statusCode: res.status(), body, json: () => JSON.parse(body) };
  };
  const sluit = async () => {
    for (const c of contexten.values()) await (await c).dispose();
  };
  return { verzoek, sluit };
}
