/**
 * The policy's case for the huisverbod (rule 19) and the other Regiegroep themes (rule 21: Spoed voor Jeugd,
 * nazorg): the content and every change for the Regiegroep and the teamleider; the existence for whoever may read
 * the zaak; never deleted.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { beslis, type HuisverbodDeel } from "./beleid";
import { actor, GEMEENTE as G, oordeelRij, type TestActor } from "./tabel.testhulp";

type Soort = "huisverbod" | "regiethema";
let soort: Soort = "huisverbod";
/** A huisverbod (or theme) on a zaak in the werkvoorraad of Veilig Opgroeien, handled by "veilig". */
const huisverbod = (deel: HuisverbodDeel) => ({
  soort,
  gemeenteCode: G,
  deel,
  zaak: {
    soort: "zaak" as const,
    gemeenteCode: G,
    vakgroep: "veilig-opgroeien",
    behandelaarId: "veilig",
    status: "onderzoek",
  },
});

// who → "lezen aanmaken wijzigen verwijderen" on the existence, then on the content
const VERWACHT: [string, TestActor, string, string][] = [
  ["Regiegroep", actor("regie", ["toegangsmedewerker"], ["regiegroep"]), "JJJN", "JJJN"],
  ["teamleider", actor("teamleider", ["teamleider"]), "JJJN", "JJJN"],
  [
    "behandelaar van de zaak (Veilig Opgroeien)",
    actor("veilig", ["toegangsmedewerker"], ["veilig-opgroeien"]),
    "JNNN",
    "NNNN",
  ],
  ["collega van de vakgroep", actor("collega", ["toegangsmedewerker"], ["veilig-opgroeien"]), "JNNN", "NNNN"],
  ["andere vakgroep (Wmo)", actor("wmo", ["toegangsmedewerker"], ["wmo"]), "NNNN", "NNNN"],
  ["iag", actor("iag", ["iag"], ["iag"]), "NNNN", "NNNN"],
  ["ao", actor("ao", ["ao"], ["ao"]), "NNNN", "NNNN"],
  ["jurist", actor("jurist", ["jurist"]), "NNNN", "NNNN"],
  ["beheerder (ook in de Regiegroep)", actor("beheerder", ["beheerder"], ["regiegroep"]), "NNNN", "NNNN"],
];
const rij = (wie: TestActor, deel: HuisverbodDeel) => oordeelRij(wie, huisverbod(deel));

describe.each<[Soort, string]>([
  ["huisverbod", "regel 19"],
  ["regiethema", "regel 21"],
])("beleid: %s (%s)", (deze) => {
  beforeEach(() => {
    soort = deze;
  });
  it.each(VERWACHT)("%s: bestaan %s… inhoud …", (_naam, wie, bestaan, inhoud) => {
    expect(rij(wie, "bestaan")).toBe(bestaan);
    expect(rij(wie, "inhoud")).toBe(inhoud);
  });

  it("wie de inhoud niet mag zien, krijgt een reden die zegt wie wel", () => {
    const oordeel = beslis(
      actor("veilig", ["toegangsmedewerker"], ["veilig-opgroeien"]),
      "lezen",
      huisverbod("inhoud"),
    );
    expect(oordeel).toMatchObject({
      toegestaan: false,
      reden: expect.stringMatching(/Regiegroep en de teamleider/),
    });
  });

  it("nooit over de gemeentegrens", () => {
    const regie = actor("regie", ["toegangsmedewerker"], ["regiegroep"]);
    expect(beslis(regie, "lezen", { ...huisverbod("inhoud"), gemeenteCode: "0106" }).toegestaan).toBe(false);
    expect(beslis(regie, "wijzigen", { ...huisverbod("inhoud"), gemeenteCode: "0106" }).toegestaan).toBe(
      false,
    );
  });
});
