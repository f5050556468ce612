/**
 * How the werkblad treats a part's refusal, without a database: a part the policy refuses is left out (null), any
 * other refusal refuses the werkblad. That each part gets the zaak read once, asks the policy and audits is shown
 * against the parts' own routes in src/http/routes/werkblad.test.ts.
 */
import { describe, expect, it } from "vitest";
import { conflict, nietGevonden, nietToegestaan } from "../handeling/weigering";
import { alsToegestaan } from "./werkblad";

describe("alsToegestaan", () => {
  it("geeft het deel als het gelezen mag worden", async () => {
    expect(await alsToegestaan(async () => ({ deel: "meldcodes" }))).toEqual({ deel: "meldcodes" });
  });

  it("een deel dat de medewerker niet mag lezen blijft leeg", async () => {
    expect(
      await alsToegestaan(async () => {
        throw nietToegestaan("Niet voor u.");
      }),
    ).toBeNull();
  });

  it.each([
    ["niet-gevonden", nietGevonden()],
    ["conflict", conflict()],
    ["een andere fout", new Error("verbinding weg")],
  ])("%s weigert het werkblad", async (_soort, fout) => {
    await expect(
      alsToegestaan(async () => {
        throw fout;
      }),
    ).rejects.toBe(fout);
  });
});
