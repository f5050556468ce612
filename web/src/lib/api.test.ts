import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiFout, api, bijActiviteit, bijNietIngelogd, foutmelding, queryString } from "./api";

function antwoord(status: number, body?: unknown, type = "application/json") {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": type },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("api", () => {
  it("stuurt JSON, If-Match en de cookie mee", async () => {
    const fetchMock = vi.fn(async () => antwoord(200, { ok: true }));
    vi.stubGlobal("fetch", fetchMock);
    await api("/gebruikers/1", { method: "PATCH", body: { naam: "A" }, ifMatch: 3 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/gebruikers/1");
    expect(init.credentials).toBe("same-origin");
    expect(init.body).toBe('{"naam":"A"}');
    expect(init.headers).toMatchObject({ "If-Match": '"3"', "Content-Type": "application/json" });
  });

  it("maakt van problem+json een ApiFout met veldfouten", async () => {
    vi.stubGlobal("fetch", async () =>
      antwoord(
        400,
        {
          type: "about:blank",
          title: "Ongeldige invoer",
          status: 400,
          detail: "Controleer de velden.",
          errors: [{ veld: "naam", melding: "Vul een naam in" }],
        },
        "application/problem+json",
      ),
    );
    const fout = await api("/gebruikers", { method: "POST", body: {} }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ApiFout);
    expect(fout).toMatchObject({
      status: 400,
      detail: "Controleer de velden.",
      errors: [{ veld: "naam", melding: "Vul een naam in" }],
    });
  });

  it("meldt een onverwachte 401 (verlopen sessie), maar niet een verwachte", async () => {
    vi.stubGlobal("fetch", async () =>
      antwoord(401, { type: "about:blank", title: "Niet ingelogd", status: 401, detail: "Log in." }),
    );
    const luisteraar = vi.fn();
    const stop = bijNietIngelogd(luisteraar);
    await api("/sessie", { verwacht401: true }).catch(() => undefined);
    expect(luisteraar).not.toHaveBeenCalled();
    await api("/gebruikers").catch(() => undefined);
    expect(luisteraar).toHaveBeenCalledTimes(1);
    stop();
  });

  it("meldt activiteit na een geslaagd verzoek", async () => {
    vi.stubGlobal("fetch", async () => antwoord(204));
    const luisteraar = vi.fn();
    const stop = bijActiviteit(luisteraar);
    await api("/sessie", { method: "DELETE" });
    expect(luisteraar).toHaveBeenCalledTimes(1);
    stop();
  });

  it("geeft een Nederlandse melding als de server onbereikbaar is", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const fout = await api("/rollen").catch((e: unknown) => e);
    expect(fout).toMatchObject({ status: 0 });
    expect(foutmelding(fout)).toContain("niet bereikbaar");
  });
});

describe("queryString", () => {
  it("laat lege waarden weg", () => {
    expect(queryString({ pagina: 2, zoek: "", perPagina: undefined })).toBe("?pagina=2");
    expect(queryString({})).toBe("");
    expect(queryString({ zoek: "Jánsen & co" })).toBe("?zoek=J%C3%A1nsen+%26+co");
  });
});
