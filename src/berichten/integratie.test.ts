import { describe, expect, it } from "vitest";
import { integratieClient, laadIntegratieTokens } from "./integratie";

const TOKEN = "a".repeat(32);
const TWEEDE = "b".repeat(40);

describe("integratietokens zijn gebonden aan gemeenten", () => {
  it("leest naam:token:gemeenten en geeft bij het token de naam en de gemeenten", () => {
    const tokens = laadIntegratieTokens({
      VOORDEUR_INTEGRATIE_TOKENS: ` hub:${TOKEN}:1699+0106 , portaal:${TWEEDE}:0106`,
    });
    expect(integratieClient(tokens, `Bearer ${TOKEN}`)).toEqual({
      naam: "hub",
      gemeenten: new Set(["1699", "0106"]),
    });
    expect(integratieClient(tokens, `bearer ${TWEEDE}`)?.gemeenten).toEqual(new Set(["0106"]));
    expect(integratieClient(tokens, "Bearer onbekend")).toBeUndefined();
    expect(integratieClient(tokens, undefined)).toBeUndefined();
    expect(laadIntegratieTokens({}).size).toBe(0);
  });

  it.each([
    ["de oude vorm zonder gemeenten", `hub:${TOKEN}`, /naam:token:gemeenten/],
    ["een lege gemeentelijst", `hub:${TOKEN}:`, /CBS-codes/],
    ["een gemeente die geen CBS-code is", `hub:${TOKEN}:1699+Assen`, /CBS-codes/],
    ["een te kort token", "hub:kort:1699", /32 tekens/],
    ["een ontbrekende naam", `:${TOKEN}:1699`, /naam:token:gemeenten/],
  ])("weigert %s bij de start, zonder het token te noemen", (_naam, waarde, melding) => {
    const fout = (() => {
      try {
        laadIntegratieTokens({ VOORDEUR_INTEGRATIE_TOKENS: waarde });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(fout?.message).toMatch(melding);
    expect(fout?.message).toContain("VOORDEUR_INTEGRATIE_TOKENS");
    expect(fout?.message).not.toContain(TOKEN);
  });
});
