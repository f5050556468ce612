/**
 * The werkblad's assembly without a database: the zaak is read once and handed to each part's act (which asks the
 * policy and audits itself, see src/http/routes/werkblad.test.ts); a part the policy refuses is left out (null),
 * any other refusal refuses the werkblad. The parts' acts are replaced here to make a refusal happen at will.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ZaakRij } from "../db/zaken";
import type { Handeling } from "../handeling/context";
import { nietGevonden, nietToegestaan } from "../handeling/weigering";

const delen = vi.hoisted(() => ({
  openZaak: vi.fn(),
  haalWerkverdeling: vi.fn(),
  geadresseerdenOverzicht: vi.fn(),
  meldcodesOpZaakVan: vi.fn(),
}));
vi.mock("./detail", () => ({ openZaak: delen.openZaak }));
vi.mock("../werkverdeling/haal-werkverdeling", () => ({ haalWerkverdeling: delen.haalWerkverdeling }));
vi.mock("../brieven/geadresseerden", () => ({ geadresseerdenOverzicht: delen.geadresseerdenOverzicht }));
vi.mock("../meldcode/overzicht", () => ({ meldcodesOpZaakVan: delen.meldcodesOpZaakVan }));

const { haalWerkblad } = await import("./werkblad");

const h = { verzoekId: "verzoek-1" } as unknown as Handeling;
const rij = { id: "zaak-1", versie: 7 } as ZaakRij;

beforeEach(() => {
  for (const deel of Object.values(delen)) deel.mockReset();
  delen.openZaak.mockResolvedValue({ rij, zaak: { id: "zaak-1" } });
  delen.haalWerkverdeling.mockResolvedValue({ deel: "werkverdeling" });
  delen.geadresseerdenOverzicht.mockResolvedValue({ deel: "geadresseerden" });
  delen.meldcodesOpZaakVan.mockResolvedValue({ deel: "meldcodes" });
});

describe("haalWerkblad", () => {
  it("leest de zaak één keer en geeft die aan elk deel mee", async () => {
    const { werkblad, versie } = await haalWerkblad(h, "zaak-1");
    expect(versie).toBe(7);
    expect(werkblad).toEqual({
      zaak: { id: "zaak-1" },
      werkverdeling: { deel: "werkverdeling" },
      geadresseerden: { deel: "geadresseerden" },
      meldcodes: { deel: "meldcodes" },
    });
    expect(delen.openZaak).toHaveBeenCalledTimes(1);
    for (const deel of [delen.haalWerkverdeling, delen.geadresseerdenOverzicht, delen.meldcodesOpZaakVan])
      expect(deel).toHaveBeenCalledWith(h, "zaak-1", rij);
  });

  it("een deel dat de medewerker niet mag lezen blijft leeg; de andere delen staan er wel", async () => {
    delen.geadresseerdenOverzicht.mockRejectedValue(nietToegestaan("Niet voor u."));
    const { werkblad } = await haalWerkblad(h, "zaak-1");
    expect(werkblad.geadresseerden).toBeNull();
    expect(werkblad.werkverdeling).toEqual({ deel: "werkverdeling" });
    expect(werkblad.meldcodes).toEqual({ deel: "meldcodes" });
  });

  it("een andere weigering van een deel weigert het werkblad", async () => {
    delen.meldcodesOpZaakVan.mockRejectedValue(nietGevonden());
    await expect(haalWerkblad(h, "zaak-1")).rejects.toMatchObject({ soort: "niet-gevonden" });
  });
});
