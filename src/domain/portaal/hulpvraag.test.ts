import { describe, expect, it } from "vitest";
import { hulpvraagFouten, isOnveilig } from "./hulpvraag";

describe("hulpvraag uit Mijn Voordeur", () => {
  it.each([
    ["bellen met nummer", { contactwijze: "telefoon", telefoon: "06 12345678" }, []],
    ["bellen met +31", { contactwijze: "telefoon", telefoon: "+31612345678" }, []],
    ["bellen zonder nummer", { contactwijze: "telefoon" }, ["telefoon"]],
    ["bellen met te kort nummer", { contactwijze: "telefoon", telefoon: "0612" }, ["telefoon"]],
    ["mail met adres", { contactwijze: "email", email: "a@b.nl" }, []],
    ["mail zonder adres", { contactwijze: "email", email: " " }, ["email"]],
    ["mail met ongeldig adres", { contactwijze: "email", email: "a@b" }, ["email"]],
    ["bericht in het portaal", { contactwijze: "portaal" }, []],
  ] as const)("%s", (_, invoer, velden) => {
    const fouten = hulpvraagFouten({ thema: "overig", onveilig: false, ...invoer });
    expect(fouten.map((f) => f.veld)).toEqual(velden);
  });

  it.each([
    [{ thema: "veiligheid", onveilig: false }, true],
    [{ thema: "schulden", onveilig: true }, true],
    [{ thema: "schulden", onveilig: false }, false],
  ])("onveilig: %o → %s", (invoer, verwacht) => {
    expect(isOnveilig(invoer)).toBe(verwacht);
  });
});
