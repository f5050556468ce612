import { expect, test } from "@playwright/test";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { login } from "./helpers";
import { apiAls, nieuweGezinszaak, vandaag } from "./stappen/api";
import {
  beantwoordEnquete,
  beeindigEnSluitAf,
  controleerBeschikking,
  kenToeVanuitWerkvoorraad,
} from "./stappen/besluiten";

/** A Wmo zaak whose resultatenplan (dagbesteding 07A01 at De Hooiberg) was signed: it is in werkvoorraad A&O. */
async function zaakMetOndertekendPlan(baseURL: string, ingang: string, einde: string) {
  const iag = await apiAls(baseURL, "iag");
  const achternaam = `Hoekstra${Date.now().toString(36)}`;
  const {
    id,
    zaaknummer,
    versie,
    personen: [persoonId],
  } = await nieuweGezinszaak(
    iag,
    {
      achternaam,
      adres: { huisnummer: 4, postcode: "9331 AB", woonplaats: "Norg" },
      leden: [{ voornamen: "Jantje", geboortedatum: "1952-03-14", rol: "hoofdpersoon" }],
    },
    {
      zaaktype: "wmo",
      meldingsdatum: plusDagen(vandaag(), -20),
      omschrijving: "Dagbesteding na ontslag uit het ziekenhuis",
      veiligheid: "veilig",
      leefgebieden: ["werk-dagbesteding"],
    },
  );
  await iag.dispose();

  const wmo = await apiAls(baseURL, "wmo");
  const metVersie = (v: number) => ({ "If-Match": `"${v}"` });
  expect(
    (
      await wmo.post(`/api/zaken/${id}/acties`, {
        data: { actie: "start-onderzoek" },
        headers: metVersie(versie),
      })
    ).status(),
  ).toBe(200);
  const plan = await wmo.post(`/api/zaken/${id}/resultatenplan`, {
    data: {
      inhoud: {
        hulpvraag: "Zinvolle daginvulling",
        resultaten: [{ persoonId, domein: "meedoen", hoofdresultaat: "M1", subresultaat: null }],
        maatwerkvoorzieningen: [
          {
            persoonId,
            wet: "wmo",
            productCode: "07A01",
            leveringsvorm: "zin",
            aanbiederAgb: "73731001",
            ingangsdatum: ingang,
            einddatum: einde,
            omvang: { volume: 3, eenheid: "16", frequentie: "2" },
          },
        ],
        evaluatiemomenten: [{ datum: plusDagen(vandaag(), 3), wijze: "Evaluatiegesprek met aanbieder" }],
      },
    },
  });
  expect(plan.status(), await plan.text()).toBe(201);
  const planId = (await plan.json()).id as string;
  let planVersie = (await plan.json()).versie as number;
  for (const stap of ["definitief", "ter-ondertekening"]) {
    const res = await wmo.post(`/api/resultatenplannen/${planId}/${stap}`, {
      headers: metVersie(planVersie),
    });
    expect(res.status(), await res.text()).toBe(200);
    planVersie = (await res.json()).versie;
  }
  const getekend = await wmo.post(`/api/resultatenplannen/${planId}/ondertekening`, {
    data: { wijze: "persoonlijk", datum: vandaag() },
    headers: metVersie(planVersie),
  });
  expect(getekend.status(), await getekend.text()).toBe(200);
  await wmo.dispose();
  return { zaaknummer, naam: `Jantje ${achternaam}` };
}

test.describe("Besluiten", () => {
  test("A&O kent toe vanuit de werkvoorraad; beschikking, bezwaartermijn, evaluatiemoment, afsluiten en enquête", async ({
    page,
    baseURL,
    browser,
  }) => {
    const ingang = plusDagen(vandaag(), -3);
    const einde = plusDagen(vandaag(), 180);
    const { zaaknummer, naam } = await zaakMetOndertekendPlan(baseURL ?? "", ingang, einde);

    await login(page, "ao");
    // The toekenning: beschikking sent, bezwaartermijn on the zaak, an evaluation moment planned.
    const toekenning = await kenToeVanuitWerkvoorraad(page, {
      zaaknummer,
      naam,
      evaluatiedatum: plusDagen(vandaag(), 3),
    });
    await controleerBeschikking(page, toekenning, {
      naam,
      product: "Dagbesteding naar onderwijs 1-4 dagdelen (07A01)",
      ingang,
      einde,
    });

    const code = await beeindigEnSluitAf(page, zaaknummer);
    await beantwoordEnquete(browser, baseURL ?? "", code);
  });
});
