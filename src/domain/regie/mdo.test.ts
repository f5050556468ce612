import { describe, expect, it } from "vitest";
import { type Mdo, type MdoOverleg, mdoStatus, openActies, toetsMdo, volgendOverleg } from "./mdo";

const VANDAAG = "2026-05-20";
const PERSONEN = [
  { persoonId: "moeder", geboortedatum: "1980-02-01" },
  { persoonId: "zoon", geboortedatum: "2003-05-21" }, // 23 on 2026-05-21
];
const overleg: MdoOverleg = {
  datum: "2026-05-12",
  persoonIds: ["moeder"],
  deelnemers: [
    { organisatie: "Regiegroep (gemeente)", rol: "procesregisseur" },
    { organisatie: "GGZ", rol: "sociaal psychiatrisch verpleegkundige" },
  ],
  acties: [{ wie: "GGZ", wat: "Huisbezoek", uiterlijk: "2026-05-26", gedaan: false }],
  vervolgOp: "2026-06-09",
};
const basis: Mdo = {
  aangemeldOp: "2026-05-04",
  aanleiding: "Verward gedrag in de buurt",
  overleggen: [overleg],
};
const met = (o: Partial<MdoOverleg>): Mdo => ({ ...basis, overleggen: [{ ...overleg, ...o }] });

// [what, the MDO, the rules broken]
const TABEL: [string, Mdo, string[]][] = [
  ["alles klopt", basis, []],
  ["alleen aangemeld", { ...basis, overleggen: [] }, []],
  [
    "aanmelding in de toekomst",
    { ...basis, aangemeldOp: "2026-05-21", overleggen: [] },
    ["mdo-aanmelding-niet-in-toekomst"],
  ],
  ["overleg vóór de aanmelding", met({ datum: "2026-05-03", acties: [] }), ["mdo-overleg-na-aanmelding"]],
  ["overleg op de dag van aanmelding mag", met({ datum: "2026-05-04" }), []],
  ["niemand besproken", met({ persoonIds: [] }), ["mdo-personen-op-zaak"]],
  ["persoon niet op de zaak", met({ persoonIds: ["buurman"] }), ["mdo-personen-op-zaak"]],
  ["alleen de zoon van 22", met({ persoonIds: ["zoon"] }), ["mdo-23-plus"]],
  [
    "de zoon is 23 op de dag van een gepland overleg",
    met({ persoonIds: ["zoon"], datum: "2026-05-21", acties: [], vervolgOp: null }),
    [],
  ],
  ["moeder en zoon samen", met({ persoonIds: ["moeder", "zoon"] }), []],
  ["geen deelnemers", met({ deelnemers: [] }), ["mdo-deelnemers"]],
  ["afspraken bij een gepland overleg", met({ datum: "2026-05-25" }), ["mdo-acties-na-overleg"]],
  [
    "actie klaar vóór het overleg",
    met({ acties: [{ wie: "Politie", wat: "Signaal", uiterlijk: "2026-05-11", gedaan: true }] }),
    ["mdo-actie-na-overleg"],
  ],
  ["vervolg op dezelfde dag", met({ vervolgOp: "2026-05-12" }), ["mdo-vervolg-na-overleg"]],
  [
    "overleggen niet op volgorde",
    { ...basis, overleggen: [overleg, { ...overleg, datum: "2026-05-10" }] },
    ["mdo-overleggen-op-volgorde"],
  ],
];

describe("MDO 23+: de gegevens passen bij elkaar", () => {
  it.each(TABEL)("%s", (_wat, mdo, regels) => {
    expect(toetsMdo(mdo, { vandaag: VANDAAG, personen: PERSONEN }).map((u) => (u.ok ? "" : u.regel))).toEqual(
      regels,
    );
  });

  it("het veld van een fout wijst naar het overleg en de actie", () => {
    const [fout] = toetsMdo(
      met({ acties: [{ wie: "X", wat: "Y", uiterlijk: "2026-05-01", gedaan: false }] }),
      { vandaag: VANDAAG, personen: PERSONEN },
    );
    expect(fout).toMatchObject({ veld: "overleggen.0.acties.0.uiterlijk" });
  });
});

describe("MDO 23+: waar staat het?", () => {
  // [what, the MDO, status, open actions, too late, next overleg]
  const STATUS: [string, Mdo, string, number, number, string | null][] = [
    ["aangemeld", { ...basis, overleggen: [] }, "aangemeld", 0, 0, null],
    ["op de agenda", met({ datum: "2026-05-27", acties: [] }), "gepland", 0, 0, "2026-05-27"],
    ["acties lopen", basis, "acties-lopen", 1, 0, "2026-06-09"],
    [
      "actie te laat",
      met({ acties: [{ wie: "GGZ", wat: "Bezoek", uiterlijk: "2026-05-19", gedaan: false }] }),
      "acties-lopen",
      1,
      1,
      "2026-06-09",
    ],
    [
      "alles gedaan, vervolg gepland",
      met({ acties: [{ ...overleg.acties[0], gedaan: true } as MdoOverleg["acties"][number]] }),
      "vervolg-gepland",
      0,
      0,
      "2026-06-09",
    ],
    ["alles gedaan, geen vervolg", met({ acties: [], vervolgOp: null }), "afgerond", 0, 0, null],
    ["vervolg voorbij", met({ acties: [], vervolgOp: "2026-05-19" }), "afgerond", 0, 0, null],
  ];
  it.each(STATUS)("%s", (_wat, mdo, status, open, teLaat, volgend) => {
    expect(mdoStatus(mdo, VANDAAG)).toBe(status);
    expect(openActies(mdo, VANDAAG)).toEqual({ open, teLaat });
    expect(volgendOverleg(mdo, VANDAAG)).toBe(volgend);
  });
});
