/**
 * The huisverbod's rules as a table (Wth art. 2 and 9): the ten days from the moment of imposing on the Dutch
 * clock, the extension decided while it runs to at most four weeks, the withdrawal, the statuses.
 */
import { describe, expect, it } from "vitest";
import {
  dagenResterend,
  eindeVan,
  type Huisverbod,
  oorspronkelijkEinde,
  plusDagenNl,
  statusVan,
  toetsBeeindiging,
  toetsGgdContact,
  toetsRegistratie,
  toetsVerlenging,
  uiterstEinde,
  verlengenMogelijkTot,
} from "./huisverbod";

// Imposed on Friday 1 May 2026 at 14:00 Dutch time (12:00 UTC, summer time).
const OPGELEGD = "2026-05-01T12:00:00.000Z";
const hv = (over: Partial<Huisverbod> = {}): Huisverbod => ({
  opgelegdOp: OPGELEGD,
  verlenging: null,
  beeindiging: null,
  ...over,
});

describe("huisverbod: duur (Wth art. 2 lid 1, art. 9 lid 1; geen Atw)", () => {
  it.each([
    ["10 dagen na het opleggen, zelfde kloktijd", OPGELEGD, 10, "2026-05-11T12:00:00.000Z"],
    ["4 weken na het opleggen", OPGELEGD, 28, "2026-05-29T12:00:00.000Z"],
    // 25 March 2026 14:00 CET (13:00 UTC); summer time starts 29 March: 4 April 14:00 CEST is 12:00 UTC.
    [
      "over de zomertijd heen: dezelfde Nederlandse kloktijd",
      "2026-03-25T13:00:00.000Z",
      10,
      "2026-04-04T12:00:00.000Z",
    ],
    // 20 October 2026 10:00 CEST (08:00 UTC); winter time from 25 October: 30 October 10:00 CET is 09:00 UTC.
    ["over de wintertijd heen", "2026-10-20T08:00:00.000Z", 10, "2026-10-30T09:00:00.000Z"],
    // ends on Sunday 11 October 2026: the Atw does not move the end of a measure to Monday
    [
      "eindigt op zondag: blijft zondag (geen Atw)",
      "2026-10-01T10:00:00.000Z",
      10,
      "2026-10-11T10:00:00.000Z",
    ],
    // imposed at 02:30 on 19 March; 29 March 02:30 does not exist → exactly 240 hours later
    ["het overgeslagen uur: precies 240 uur", "2026-03-19T01:30:00.000Z", 10, "2026-03-29T01:30:00.000Z"],
  ])("%s", (_naam, van, dagen, verwacht) => {
    expect(plusDagenNl(van, dagen)).toBe(verwacht);
  });

  it("einde: opgelegd, verlengd, ingetrokken", () => {
    expect(oorspronkelijkEinde(hv())).toBe("2026-05-11T12:00:00.000Z");
    expect(uiterstEinde(hv())).toBe("2026-05-29T12:00:00.000Z");
    const verlengd = hv({
      verlenging: { besloten: "2026-05-10T08:00:00.000Z", tot: "2026-05-25T12:00:00.000Z" },
    });
    expect(eindeVan(verlengd)).toBe("2026-05-25T12:00:00.000Z");
    expect(eindeVan(hv({ beeindiging: { op: "2026-05-04T09:00:00.000Z" } }))).toBe(
      "2026-05-04T09:00:00.000Z",
    );
  });
});

describe("huisverbod: status en resterende dagen", () => {
  const verlengd = hv({
    verlenging: { besloten: "2026-05-10T08:00:00.000Z", tot: "2026-05-29T12:00:00.000Z" },
  });
  it.each([
    ["net opgelegd", hv(), "2026-05-01T12:00:00.000Z", "opgelegd", 10],
    ["laatste dag, vóór het uur", hv(), "2026-05-11T11:59:00.000Z", "opgelegd", 0],
    ["op het uur afgelopen", hv(), "2026-05-11T12:00:00.000Z", "afgelopen", 0],
    ["dagen later afgelopen", hv(), "2026-05-13T12:00:00.000Z", "afgelopen", -2],
    ["verlengd, na de oorspronkelijke tien dagen", verlengd, "2026-05-12T12:00:00.000Z", "verlengd", 17],
    ["verlengd en afgelopen", verlengd, "2026-05-30T12:00:00.000Z", "afgelopen", -1],
    [
      "ingetrokken",
      hv({ beeindiging: { op: "2026-05-04T09:00:00.000Z" } }),
      "2026-05-05T12:00:00.000Z",
      "beeindigd",
      -1,
    ],
  ])("%s", (_naam, h, nu, status, dagen) => {
    expect(statusVan(h, nu)).toBe(status);
    expect(dagenResterend(h, nu)).toBe(dagen);
  });
});

describe("huisverbod: verlenging (Wth art. 9 lid 1)", () => {
  const NU = "2026-06-30T12:00:00.000Z";
  it.each([
    [
      "op de laatste dag besloten, tot 4 weken",
      hv(),
      "2026-05-11T11:30:00.000Z",
      "2026-05-29T12:00:00.000Z",
      null,
    ],
    ["tot een datum binnen de 4 weken", hv(), "2026-05-08T09:00:00.000Z", "2026-05-20T12:00:00.000Z", null],
    [
      "besloten op het uur van het einde: al afgelopen",
      hv(),
      "2026-05-11T12:00:00.000Z",
      "2026-05-29T12:00:00.000Z",
      "wth-9-voor-einde",
    ],
    [
      "besloten na het einde",
      hv(),
      "2026-05-12T09:00:00.000Z",
      "2026-05-29T12:00:00.000Z",
      "wth-9-voor-einde",
    ],
    [
      "langer dan 4 weken",
      hv(),
      "2026-05-08T09:00:00.000Z",
      "2026-05-29T12:01:00.000Z",
      "wth-9-ten-hoogste-vier-weken",
    ],
    [
      "niet later dan het huidige einde",
      hv(),
      "2026-05-08T09:00:00.000Z",
      "2026-05-11T12:00:00.000Z",
      "wth-9-later-einde",
    ],
    [
      "besloten vóór het opleggen",
      hv(),
      "2026-04-30T09:00:00.000Z",
      "2026-05-20T12:00:00.000Z",
      "wth-9-na-opleggen",
    ],
    [
      "ingetrokken huisverbod",
      hv({ beeindiging: { op: "2026-05-03T09:00:00.000Z" } }),
      "2026-05-04T09:00:00.000Z",
      "2026-05-20T12:00:00.000Z",
      "wth-9-ingetrokken",
    ],
    [
      "tweede verlenging binnen de 4 weken, vóór het verlengde einde",
      hv({ verlenging: { besloten: "2026-05-08T09:00:00.000Z", tot: "2026-05-20T12:00:00.000Z" } }),
      "2026-05-19T09:00:00.000Z",
      "2026-05-29T12:00:00.000Z",
      null,
    ],
  ])("%s", (_naam, h, besloten, tot, regel) => {
    const uitkomst = toetsVerlenging(h, besloten, tot, NU);
    expect(uitkomst.ok ? null : uitkomst.regel).toBe(regel);
  });

  it("een besluit in de toekomst wordt geweigerd, met een Nederlandse reden", () => {
    const uitkomst = toetsVerlenging(
      hv(),
      "2026-05-05T09:00:00.000Z",
      "2026-05-20T12:00:00.000Z",
      "2026-05-04T09:00:00.000Z",
    );
    expect(uitkomst).toMatchObject({
      ok: false,
      regel: "moment-niet-in-toekomst",
      reden: expect.stringMatching(/toekomst/),
    });
  });

  it("wat de UI nog kan aanbieden", () => {
    expect(verlengenMogelijkTot(hv(), "2026-05-05T09:00:00.000Z")).toBe("2026-05-29T12:00:00.000Z");
    expect(verlengenMogelijkTot(hv(), "2026-05-11T12:00:00.000Z")).toBeNull();
    const maximaal = hv({
      verlenging: { besloten: "2026-05-08T09:00:00.000Z", tot: "2026-05-29T12:00:00.000Z" },
    });
    expect(verlengenMogelijkTot(maximaal, "2026-05-12T09:00:00.000Z")).toBeNull();
  });
});

describe("huisverbod: intrekken door de burgemeester", () => {
  const NU = "2026-06-30T12:00:00.000Z";
  it.each([
    ["vroegtijdig ingetrokken", hv(), "2026-05-04T09:00:00.000Z", null],
    [
      "na een verlenging, na de eerste tien dagen",
      hv({ verlenging: { besloten: "2026-05-08T09:00:00.000Z", tot: "2026-05-29T12:00:00.000Z" } }),
      "2026-05-15T09:00:00.000Z",
      null,
    ],
    ["na het einde", hv(), "2026-05-11T12:00:00.000Z", "huisverbod-intrekken-voor-einde"],
    ["vóór het opleggen", hv(), "2026-05-01T11:00:00.000Z", "huisverbod-intrekken-na-opleggen"],
    [
      "al ingetrokken",
      hv({ beeindiging: { op: "2026-05-03T09:00:00.000Z" } }),
      "2026-05-04T09:00:00.000Z",
      "huisverbod-al-ingetrokken",
    ],
  ])("%s", (_naam, h, op, regel) => {
    const uitkomst = toetsBeeindiging(h, op, NU);
    expect(uitkomst.ok ? null : uitkomst.regel).toBe(regel);
  });
});

describe("huisverbod: registratie (Wth art. 1, art. 2 lid 2)", () => {
  const basis = {
    opgelegdOp: OPGELEGD,
    nu: "2026-05-01T13:00:00.000Z",
    geboortedatumUithuisgeplaatste: "1980-03-04",
    uithuisgeplaatsteId: "u",
    achterblijverIds: ["a", "k"],
  };
  it.each([
    ["geldig", {}, []],
    ["achttien op de dag van opleggen", { geboortedatumUithuisgeplaatste: "2008-05-01" }, []],
    [
      "minderjarig (dag vóór de 18e verjaardag)",
      { geboortedatumUithuisgeplaatste: "2008-05-02" },
      ["wth-2-lid-2-meerderjarig"],
    ],
    ["geen achterblijvers", { achterblijverIds: [] }, ["wth-1-achterblijvers"]],
    [
      "uithuisgeplaatste ook achterblijver",
      { achterblijverIds: ["u"] },
      ["wth-1-uithuisgeplaatste-geen-achterblijver"],
    ],
    ["dubbele achterblijver", { achterblijverIds: ["a", "a"] }, ["achterblijvers-uniek"]],
    ["opgelegd in de toekomst", { nu: "2026-05-01T11:00:00.000Z" }, ["moment-niet-in-toekomst"]],
  ])("%s", (_naam, over, regels) => {
    expect(toetsRegistratie({ ...basis, ...over }).map((f) => (f.ok ? "" : f.regel))).toEqual(regels);
  });
});

describe("huisverbod: contact met de GGD", () => {
  it.each([
    ["tijdens het huisverbod", "2026-05-02T09:00:00.000Z", "2026-05-03T09:00:00.000Z", null],
    ["de dag ervoor (voorbereiding)", "2026-04-30T09:00:00.000Z", "2026-05-03T09:00:00.000Z", null],
    ["ruim ervoor", "2026-04-20T09:00:00.000Z", "2026-05-03T09:00:00.000Z", "ggd-contact-rond-huisverbod"],
    ["in de toekomst", "2026-05-04T09:00:00.000Z", "2026-05-03T09:00:00.000Z", "moment-niet-in-toekomst"],
  ])("%s", (_naam, op, nu, regel) => {
    const uitkomst = toetsGgdContact(hv(), op, nu);
    expect(uitkomst.ok ? null : uitkomst.regel).toBe(regel);
  });
});
