/**
 * Shared test steps through the API: a Wmo melding picked up by the consulent, and one whose resultatenplan
 * (dagbesteding 07A01 in natura at De Hooiberg) is signed, so the zaak is with A&O. Each step asserts its answer.
 */
import { plusDagen } from "../domain/termijnen/kalender";
import { vandaag } from "../lib/klok";

/** What the steps need of an answer: the API tests' inject and the e2e's request context both give it. */
export interface Antwoord {
  statusCode: number;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON answer of whatever shape the step reads
  json(): any;
}

export type Verzoek = (
  wie: string,
  method: "GET" | "POST",
  url: string,
  payload?: object,
  versie?: number,
) => Promise<Antwoord>;

/** Each step asserts its answer (without a test runner's expect: vitest and Playwright both use these steps). */
function verwacht(res: Antwoord, status: number): void {
  if (res.statusCode !== status) throw new Error(`verwacht ${status}, kreeg ${res.statusCode}: ${res.body}`);
}

/** Dagbesteding De Hooiberg: contract Wmo 07 in Noordenveld. */
export const DAGBESTEDING = "73731001";
export const INGANG = plusDagen(vandaag(), -5);
export const EINDE = plusDagen(vandaag(), 365);
export const DAGBESTEDING_OMVANG = { volume: 3, eenheid: "16", frequentie: "2" };
/** Budget (eurocent) of the pgb variant of the dagbesteding. */
export const DAGBESTEDING_BUDGET = 350_000;
/** A pgb-toets that passed (bekwaamheid, motivering, kwaliteit; DOMAIN §2.3). */
export const GESLAAGDE_PGB_TOETS = {
  bekwaamheid: { voldaan: true, toelichting: "Dochter beheert het budget" },
  motivering: { voldaan: true, toelichting: "Vaste vertrouwde begeleider uit het netwerk" },
  kwaliteit: { voldaan: true, toelichting: "Veilig, doelmatig en doelgericht" },
  uitvoerder: "sociaal-netwerk",
  tarief: { bedrag: 2250, per: "dagdeel" },
};

/** A Wmo melding of `persoonId`, picked up by the Wmo consulent (status onderzoek). */
export async function opgepakteWmoZaak(
  verzoek: Verzoek,
  persoonId: string,
  over: { omschrijving?: string; meldingsdatum?: string } = {},
): Promise<{ id: string; zaaknummer: string; versie: number }> {
  const zaak = (
    await verzoek("iag", "POST", "/api/zaken", {
      zaaktype: "wmo",
      meldingsdatum: over.meldingsdatum ?? plusDagen(vandaag(), -20),
      kanaal: "telefoon",
      omschrijving: over.omschrijving ?? "Dagbesteding",
      personen: [{ persoonId, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["werk-dagbesteding"],
    })
  ).json();
  const opgepakt = await verzoek(
    "wmo",
    "POST",
    `/api/zaken/${zaak.id}/acties`,
    { actie: "start-onderzoek" },
    zaak.versie,
  );
  verwacht(opgepakt, 200);
  return opgepakt.json();
}

type PlanOpties = { omschrijving?: string; hulpvraag?: string; evaluatieOver?: number; pgb?: boolean };

/**
 * A Wmo zaak whose plan with dagbesteding (in natura, or as a pgb with a passed pgb-toets) was made definitief and
 * shared with the resident for signing (status ter-ondertekening; the letter is in the dossier).
 */
export async function zaakMetGedeeldWmoPlan(
  verzoek: Verzoek,
  persoonId: string,
  over: PlanOpties = {},
): Promise<{ id: string; zaaknummer: string; planId: string; planVersie: number }> {
  const zaak = await opgepakteWmoZaak(verzoek, persoonId, over);
  const plan = await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/resultatenplan`, {
    inhoud: {
      hulpvraag: over.hulpvraag ?? "Zinvolle daginvulling",
      resultaten: [{ persoonId, domein: "meedoen", hoofdresultaat: "M1", subresultaat: null }],
      maatwerkvoorzieningen: [
        {
          persoonId,
          wet: "wmo",
          productCode: "07A01",
          ingangsdatum: INGANG,
          einddatum: EINDE,
          ...(over.pgb
            ? {
                leveringsvorm: "pgb",
                aanbiederAgb: null,
                budget: DAGBESTEDING_BUDGET,
                pgbToets: GESLAAGDE_PGB_TOETS,
              }
            : { leveringsvorm: "zin", aanbiederAgb: DAGBESTEDING, omvang: DAGBESTEDING_OMVANG }),
        },
      ],
      evaluatiemomenten: [{ datum: plusDagen(vandaag(), over.evaluatieOver ?? 30), wijze: "Gesprek" }],
    },
  });
  verwacht(plan, 201);
  let versie = plan.json().versie as number;
  for (const stap of ["definitief", "ter-ondertekening"] as const) {
    const res = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${plan.json().id}/${stap}`,
      undefined,
      versie,
    );
    verwacht(res, 200);
    versie = res.json().versie;
  }
  return { id: zaak.id, zaaknummer: zaak.zaaknummer, planId: plan.json().id, planVersie: versie };
}

/** As zaakMetGedeeldWmoPlan, and the consulent registered the signature in person: the aanvraag, at A&O. */
export async function zaakMetOndertekendWmoPlan(
  verzoek: Verzoek,
  persoonId: string,
  over: PlanOpties = {},
): Promise<{ id: string; zaaknummer: string }> {
  const zaak = await zaakMetGedeeldWmoPlan(verzoek, persoonId, over);
  const res = await verzoek(
    "wmo",
    "POST",
    `/api/resultatenplannen/${zaak.planId}/ondertekening`,
    { wijze: "persoonlijk", datum: vandaag() },
    zaak.planVersie,
  );
  verwacht(res, 200);
  return { id: zaak.id, zaaknummer: zaak.zaaknummer };
}

/** A&O grants the signed plan's dagbesteding (toekenning in natura, today): the zaak has a toekennend besluit. */
export async function kenDagbestedingToe(verzoek: Verzoek, zaakId: string): Promise<void> {
  const { versie } = (await verzoek("teamleider", "GET", `/api/zaken/${zaakId}`)).json();
  const res = await verzoek(
    "ao",
    "POST",
    `/api/zaken/${zaakId}/besluiten`,
    {
      soort: "toekenning",
      besluitdatum: vandaag(),
      leveringsvorm: "zin",
      producten: [
        {
          categorie: "07",
          productcode: "07A01",
          aanbiederAgb: DAGBESTEDING,
          ingangsdatum: INGANG,
          einddatum: EINDE,
          omvang: DAGBESTEDING_OMVANG,
        },
      ],
    },
    versie,
  );
  verwacht(res, 201);
}
