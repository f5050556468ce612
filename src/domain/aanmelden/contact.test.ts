import { describe, expect, it } from "vitest";
import { type ContactInvoer, contactFouten } from "./contact";

const basis: ContactInvoer = {
  kanaal: "telefoon",
  directBeantwoord: false,
  uitkomst: "zaak",
  triage: true,
  persoonId: "p1",
};

describe("contactFouten", () => {
  it.each<[string, Partial<ContactInvoer>, string | null]>([
    ["geldig telefonisch contact", {}, null],
    ["verwijzer zonder soort", { kanaal: "verwijzer" }, "verwijzer"],
    ["verwijzer met soort", { kanaal: "verwijzer", verwijzer: { soort: "huisarts" } }, null],
    ["verwijzer bij ander kanaal", { verwijzer: { soort: "rechter" } }, "verwijzer"],
    ["persoon én losse naam", { naamZonderRegistratie: "Jan" }, "naamZonderRegistratie"],
    ["gezinsleden zonder inwoner", { persoonId: undefined, gezinsleden: ["p2"] }, "gezinsleden"],
    ["inwoner ook als gezinslid", { gezinsleden: ["p1"] }, "gezinsleden"],
    ["beantwoord maar niet direct", { uitkomst: "beantwoord" }, "directBeantwoord"],
    ["direct beantwoord zonder antwoord", { uitkomst: "beantwoord", directBeantwoord: true }, "antwoord"],
    [
      "direct beantwoord met antwoord",
      { uitkomst: "beantwoord", directBeantwoord: true, antwoord: "Folder gestuurd" },
      null,
    ],
    ["zaak zonder triage", { triage: false }, "triage"],
    ["overdracht zonder triage", { uitkomst: "overdracht", triage: false }, "triage"],
    ["koppel zonder zaak", { uitkomst: "koppel" }, "uitkomst.zaakId"],
    ["koppel met zaak, zonder triage", { uitkomst: "koppel", zaakId: "z1", triage: false }, null],
  ])("%s", (_naam, over, veld) => {
    const fouten = contactFouten({ ...basis, ...over });
    if (veld === null) expect(fouten).toEqual([]);
    else expect(fouten.map((f) => f.veld)).toContain(veld);
  });
});
