import { describe, expect, it } from "vitest";
import { type KopTermijn, werkbladKop } from "./kop";

const aaltje = { persoonId: "p1", naam: "Aaltje Hoving", rol: "hoofdpersoon", geboortedatum: "1944-02-11" };
const term = (over: Partial<KopTermijn>): KopTermijn => ({
  soort: "onderzoek",
  partij: "gemeente",
  uiterlijkeDatum: "2026-12-12",
  status: "lopend",
  afgerondOp: null,
  ...over,
});

describe("werkbladKop", () => {
  it("zegt zaaktype en status in woorden, en de leeftijd van de hoofdpersoon op de dag", () => {
    const kop = werkbladKop({ zaaktype: "wmo", status: "onderzoek" }, [aaltje], [], "2026-02-10");
    expect(kop).toMatchObject({
      zaaktypeNaam: "Wmo",
      statusNaam: "Onderzoek (vraagverheldering)",
      hoofdpersoon: { persoonId: "p1", naam: "Aaltje Hoving", leeftijd: 81 },
      termijn: null,
    });
    expect(
      werkbladKop({ zaaktype: "wmo", status: "melding" }, [aaltje], [], "2026-02-11").hoofdpersoon,
    ).toMatchObject({ leeftijd: 82 });
  });

  it("kiest de dichtstbijzijnde termijn van de gemeente die nog loopt; gehaald en inwoner tellen niet", () => {
    const kop = werkbladKop(
      { zaaktype: "wmo", status: "aanvraag" },
      [aaltje],
      [
        term({
          soort: "onderzoek",
          uiterlijkeDatum: "2026-12-01",
          status: "gehaald",
          afgerondOp: "2026-11-20",
        }),
        term({ soort: "bezwaar", partij: "inwoner", uiterlijkeDatum: "2026-12-03" }),
        term({ soort: "beslissing", uiterlijkeDatum: "2026-12-12" }),
        term({ soort: "voorschot", uiterlijkeDatum: "2026-12-20" }),
      ],
      "2026-12-07",
    );
    expect(kop.termijn).toEqual({
      soort: "beslissing",
      uiterlijkeDatum: "2026-12-12",
      dagen: 5,
      status: "lopend",
    });
  });

  it("een verlopen termijn heeft negatieve dagen en status verlopen", () => {
    const kop = werkbladKop(
      { zaaktype: "jeugd", status: "onderzoek" },
      [],
      [term({ uiterlijkeDatum: "2026-12-01", status: "verlopen" })],
      "2026-12-04",
    );
    expect(kop.hoofdpersoon).toBeNull();
    expect(kop.termijn).toMatchObject({ dagen: -3, status: "verlopen" });
  });
});
