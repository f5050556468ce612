import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditInhoud, type AuditRegel, BEGIN_HASH, KetenControle, ketenAan } from "./keten";

const regel = (i: number): AuditInhoud => ({
  gemeenteCode: "1699",
  tijdstip: new Date(Date.UTC(2026, 0, 5, 9, 0, i)).toISOString(),
  medewerkerId: "11111111-1111-4111-8111-111111111111",
  gebruikersnaam: "wmo",
  rollen: ["toegangsmedewerker"],
  actie: "lezen",
  resource: "persoon",
  persoonId: "22222222-2222-4222-8222-222222222222",
  reden: `inzien dossier ${i}`,
  requestId: `req-${i}`,
});

function keten(n: number): AuditRegel[] {
  const inhoud = Array.from({ length: n }, (_, i) => regel(i));
  return ketenAan(BEGIN_HASH, inhoud).map((r, i) => ({ ...r, id: i + 1 }));
}

const fouten = (regels: AuditRegel[]) => {
  const controle = new KetenControle();
  return regels.map((r) => controle.controleer(r)).filter((f) => f !== null);
};

describe("audit hash-keten", () => {
  it("keurt een ongeschonden keten goed", () => {
    expect(fouten(keten(50))).toEqual([]);
  });

  it("ontdekt een gewijzigde regel", () => {
    const regels = keten(10);
    regels[4] = { ...(regels[4] as AuditRegel), reden: "iets anders" };
    expect(fouten(regels)).toEqual([{ id: 5, reden: "De inhoud van deze regel is gewijzigd." }]);
  });

  it("ontdekt iedere verwijderde of gewijzigde regel, waar ook in de keten", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.nat(), fc.boolean(), (n, k, verwijder) => {
        const regels = keten(n);
        const i = k % (n - 1);
        if (verwijder) regels.splice(i, 1);
        else regels[i] = { ...(regels[i] as AuditRegel), gebruikersnaam: "iemand-anders" };
        return fouten(regels).length > 0;
      }),
    );
  });

  it("hangt niet af van de schrijfwijze van het tijdstip", () => {
    const [eerste] = keten(1);
    const anders = { ...(eerste as AuditRegel), tijdstip: "2026-01-05T10:00:00+01:00" };
    expect(fouten([anders])).toEqual([]);
  });
});
