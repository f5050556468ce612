/**
 * Table test of the authorisation policy: every role × resource kind × action, with the expected answer.
 * Columns per cell: lezen, aanmaken, wijzigen, verwijderen (J = toegestaan, N = geweigerd).
 * The actor is in vakgroep "wmo" (toegangsmedewerker), "iag" (iag), "ao" (ao/jurist), "veilig-opgroeien"
 * (gedragswetenschapper), "regiegroep" (regie), none otherwise. The zaken are in onderzoek (the phases of A&O and
 * the jurist are tabled in beleid.test.ts).
 */
import { describe, expect, it } from "vitest";
import { type Actie, type Actor, beslis, type Resource } from "./beleid";

const G = "1699";
const IK = "ik";

const ROLLEN: Record<string, { rollen: string[]; vakgroepen: string[] }> = {
  iag: { rollen: ["iag"], vakgroepen: ["iag"] },
  toegangsmedewerker: { rollen: ["toegangsmedewerker"], vakgroepen: ["wmo"] },
  regie: { rollen: ["toegangsmedewerker"], vakgroepen: ["regiegroep"] },
  ao: { rollen: ["ao"], vakgroepen: ["ao"] },
  jurist: { rollen: ["jurist"], vakgroepen: ["ao"] },
  teamleider: { rollen: ["teamleider"], vakgroepen: [] },
  buurtteam: { rollen: ["buurtteam"], vakgroepen: [] },
  gedragswetenschapper: { rollen: ["gedragswetenschapper"], vakgroepen: ["veilig-opgroeien"] },
  beheerder: { rollen: ["beheerder"], vakgroepen: [] },
};

const RESOURCES: Record<string, Resource> = {
  gebruikersbeheer: { soort: "gebruikersbeheer", gemeenteCode: G },
  instellingen: { soort: "instellingen", gemeenteCode: G },
  catalogus: { soort: "catalogus", gemeenteCode: G },
  auditlog: { soort: "auditlog", gemeenteCode: G },
  inzage: { soort: "inzage", gemeenteCode: G },
  betrokkenheid: { soort: "betrokkenheid", gemeenteCode: G },
  basisgegevens: { soort: "basisgegevens", gemeenteCode: G },
  "inwoner met wie ik werk": { soort: "basisgegevens", gemeenteCode: G, inwoner: { eigen: true } },
  "inwoner met wie ik niet werk": { soort: "basisgegevens", gemeenteCode: G, inwoner: { eigen: false } },
  "eigen werkaantekening": { soort: "werkaantekening", gemeenteCode: G, auteurId: IK },
  "werkaantekening van een ander": { soort: "werkaantekening", gemeenteCode: G, auteurId: "ander" },
  "zaak Wmo": {
    soort: "zaak",
    gemeenteCode: G,
    vakgroep: "wmo",
    behandelaarId: "ander",
    status: "onderzoek",
  },
  "zaak Jeugd": {
    soort: "zaak",
    gemeenteCode: G,
    vakgroep: "jeugd",
    behandelaarId: "ander",
    status: "onderzoek",
  },
  "zaak op eigen naam": {
    soort: "zaak",
    gemeenteCode: G,
    vakgroep: "jeugd",
    behandelaarId: IK,
    status: "onderzoek",
  },
  "zaak waaraan toegevoegd": {
    soort: "zaak",
    gemeenteCode: G,
    vakgroep: "regiegroep",
    behandelaarId: "ander",
    medebehandelaarIds: [IK],
    status: "onderzoek",
  },
  "zaak andere gemeente": { soort: "zaak", gemeenteCode: "0106", vakgroep: "wmo", behandelaarId: IK },
  contact: { soort: "contact", gemeenteCode: G },
  kwaliteit: { soort: "kwaliteit", gemeenteCode: G },
  berichten: { soort: "berichten", gemeenteCode: G },
  goedkeuring: { soort: "goedkeuring", gemeenteCode: G },
  "eigen agenda": { soort: "agenda", gemeenteCode: G, medewerkerId: IK },
  "agenda van een ander": { soort: "agenda", gemeenteCode: G, medewerkerId: "ander" },
  rapportage: { soort: "rapportage", gemeenteCode: G },
  kalender: { soort: "kalender", gemeenteCode: G },
};

// role → resource → "lezen aanmaken wijzigen verwijderen"
const VERWACHT: Record<string, Record<string, string>> = {
  iag: {
    gebruikersbeheer: "NNNN",
    instellingen: "NNNN",
    catalogus: "JNNN",
    auditlog: "NNNN",
    inzage: "NNNN",
    betrokkenheid: "JNNN",
    basisgegevens: "JJJN",
    "inwoner met wie ik werk": "JJJN",
    "inwoner met wie ik niet werk": "JJJN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "NJNN",
    "zaak Jeugd": "NJNN",
    "zaak op eigen naam": "JJJN",
    "zaak waaraan toegevoegd": "JJJN",
    "zaak andere gemeente": "NNNN",
    contact: "JJJN",
    kwaliteit: "JNNN",
    berichten: "NNNN",
    goedkeuring: "JNNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JNNN",
    rapportage: "NNNN",
    kalender: "JNNN",
  },
  toegangsmedewerker: {
    gebruikersbeheer: "NNNN",
    instellingen: "NNNN",
    catalogus: "JNNN",
    auditlog: "NNNN",
    inzage: "NNNN",
    betrokkenheid: "JNNN",
    basisgegevens: "JJJN",
    "inwoner met wie ik werk": "JJJN",
    "inwoner met wie ik niet werk": "JJJN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "JJJN",
    "zaak Jeugd": "NJNN",
    "zaak op eigen naam": "JJJN",
    "zaak waaraan toegevoegd": "JJJN",
    "zaak andere gemeente": "NNNN",
    contact: "JJJN",
    kwaliteit: "JNNN",
    berichten: "NNNN",
    goedkeuring: "JNNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JNNN",
    rapportage: "NNNN",
    kalender: "JNNN",
  },
  regie: {
    gebruikersbeheer: "NNNN",
    instellingen: "NNNN",
    catalogus: "JNNN",
    auditlog: "NNNN",
    inzage: "NNNN",
    betrokkenheid: "JNNN",
    basisgegevens: "JJJN",
    "inwoner met wie ik werk": "JJJN",
    "inwoner met wie ik niet werk": "JJJN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "JJJN",
    "zaak Jeugd": "JJJN",
    "zaak op eigen naam": "JJJN",
    "zaak waaraan toegevoegd": "JJJN",
    "zaak andere gemeente": "NNNN",
    contact: "JJJN",
    kwaliteit: "JNNN",
    berichten: "NNNN",
    goedkeuring: "JNNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JNNN",
    rapportage: "NNNN",
    kalender: "JNNN",
  },
  ao: {
    gebruikersbeheer: "NNNN",
    instellingen: "NNNN",
    catalogus: "JNNN",
    auditlog: "NNNN",
    inzage: "NNNN",
    betrokkenheid: "JNNN",
    basisgegevens: "JJJN",
    "inwoner met wie ik werk": "JJJN",
    "inwoner met wie ik niet werk": "JJJN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "NNNN",
    "zaak Jeugd": "NNNN",
    "zaak op eigen naam": "JNJN",
    "zaak waaraan toegevoegd": "JNJN",
    "zaak andere gemeente": "NNNN",
    contact: "JJJN",
    kwaliteit: "JNNN",
    berichten: "JJJN",
    goedkeuring: "JNNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JNNN",
    rapportage: "NNNN",
    kalender: "JNNN",
  },
  jurist: {
    gebruikersbeheer: "NNNN",
    instellingen: "NNNN",
    catalogus: "JNNN",
    auditlog: "NNNN",
    inzage: "NNNN",
    betrokkenheid: "JNNN",
    basisgegevens: "JJJN",
    "inwoner met wie ik werk": "JJJN",
    "inwoner met wie ik niet werk": "JJJN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "NNNN",
    "zaak Jeugd": "NNNN",
    "zaak op eigen naam": "JNJN",
    "zaak waaraan toegevoegd": "JNJN",
    "zaak andere gemeente": "NNNN",
    contact: "JJJN",
    kwaliteit: "JNNN",
    berichten: "JNNN",
    goedkeuring: "JNNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JNNN",
    rapportage: "NNNN",
    kalender: "JNNN",
  },
  teamleider: {
    gebruikersbeheer: "JNNN",
    instellingen: "JNNN",
    catalogus: "JNNN",
    auditlog: "JNNN",
    inzage: "JJNN",
    betrokkenheid: "JNNN",
    basisgegevens: "JJJN",
    "inwoner met wie ik werk": "JJJN",
    "inwoner met wie ik niet werk": "JJJN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "JJJN",
    "zaak Jeugd": "JJJN",
    "zaak op eigen naam": "JJJN",
    "zaak waaraan toegevoegd": "JJJN",
    "zaak andere gemeente": "NNNN",
    contact: "JJJN",
    kwaliteit: "JJJN",
    berichten: "JNNN",
    goedkeuring: "JJNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JJJJ",
    rapportage: "JNNN",
    kalender: "JNNN",
  },
  buurtteam: {
    gebruikersbeheer: "NNNN",
    instellingen: "NNNN",
    catalogus: "JNNN",
    auditlog: "NNNN",
    inzage: "NNNN",
    betrokkenheid: "JNNN",
    basisgegevens: "JJJN",
    "inwoner met wie ik werk": "JJJN",
    "inwoner met wie ik niet werk": "NNNN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "NJNN",
    "zaak Jeugd": "NJNN",
    "zaak op eigen naam": "JJJN",
    "zaak waaraan toegevoegd": "JJJN",
    "zaak andere gemeente": "NNNN",
    contact: "JJJN",
    kwaliteit: "JNNN",
    berichten: "NNNN",
    goedkeuring: "JNNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JNNN",
    rapportage: "NNNN",
    kalender: "JNNN",
  },
  gedragswetenschapper: {
    gebruikersbeheer: "NNNN",
    instellingen: "NNNN",
    catalogus: "JNNN",
    auditlog: "NNNN",
    inzage: "NNNN",
    betrokkenheid: "JNNN",
    basisgegevens: "JJJN",
    "inwoner met wie ik werk": "JJJN",
    "inwoner met wie ik niet werk": "JJJN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "NNNN",
    "zaak Jeugd": "NNNN",
    "zaak op eigen naam": "JNJN",
    "zaak waaraan toegevoegd": "JNJN",
    "zaak andere gemeente": "NNNN",
    contact: "JJJN",
    kwaliteit: "JNNN",
    berichten: "NNNN",
    goedkeuring: "JNNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JNNN",
    rapportage: "NNNN",
    kalender: "JNNN",
  },
  beheerder: {
    gebruikersbeheer: "JJJJ",
    instellingen: "JJJJ",
    catalogus: "JJJJ",
    auditlog: "NNNN",
    inzage: "NNNN",
    betrokkenheid: "NNNN",
    basisgegevens: "NNNN",
    "inwoner met wie ik werk": "NNNN",
    "inwoner met wie ik niet werk": "NNNN",
    "eigen werkaantekening": "JJJJ",
    "werkaantekening van een ander": "NNNN",
    "zaak Wmo": "NNNN",
    "zaak Jeugd": "NNNN",
    "zaak op eigen naam": "NNNN",
    "zaak waaraan toegevoegd": "NNNN",
    "zaak andere gemeente": "NNNN",
    contact: "NNNN",
    kwaliteit: "JJJN",
    berichten: "JJJN",
    goedkeuring: "NNNN",
    "eigen agenda": "JJJJ",
    "agenda van een ander": "JJJJ",
    rapportage: "JNNN",
    kalender: "JJJJ",
  },
};

const ACTIES: Actie[] = ["lezen", "aanmaken", "wijzigen", "verwijderen"];

const cellen = Object.entries(VERWACHT).flatMap(([rol, perResource]) =>
  Object.entries(perResource).flatMap(([resource, code]) =>
    ACTIES.map((actie, i) => [rol, resource, actie, code[i] === "J"] as const),
  ),
);

describe("autorisatiebeleid: rol × soort gegeven × actie", () => {
  it("de tabel dekt iedere rol en ieder soort gegeven", () => {
    expect(Object.keys(VERWACHT).sort()).toEqual(Object.keys(ROLLEN).sort());
    for (const perResource of Object.values(VERWACHT)) {
      expect(Object.keys(perResource).sort()).toEqual(Object.keys(RESOURCES).sort());
    }
    expect(cellen).toHaveLength(Object.keys(ROLLEN).length * Object.keys(RESOURCES).length * ACTIES.length);
  });

  it.each(cellen)("%s · %s · %s → %s", (rol, resource, actie, toegestaan) => {
    const { rollen, vakgroepen } = ROLLEN[rol] as { rollen: string[]; vakgroepen: string[] };
    const actor: Actor = { medewerkerId: IK, gemeenteCode: G, rollen, vakgroepen };
    const besluit = beslis(actor, actie, RESOURCES[resource] as Resource);
    expect(besluit.toegestaan).toBe(toegestaan);
    if (!besluit.toegestaan) expect(besluit.reden.length).toBeGreaterThan(10);
  });
});

/**
 * Rule 16, the casus in the casuïstiekoverleg: the anonymised samenvatting for every Toegang role, the free
 * text only for the zaak's vakgroep, the Regiegroep, the teamleider and whoever works on the zaak. Same
 * columns as above; kept as its own table so the zaak table above stays one resource per row.
 */
const casus = (
  deel: "samenvatting" | "vrije-tekst",
  zaak: { vakgroep: string; behandelaarId: string; medebehandelaarIds?: string[] },
  gemeenteCode = G,
): Resource => ({ soort: "casus", gemeenteCode, deel, ...zaak });

const CASUS_RESOURCES: Record<string, Resource> = {
  "samenvatting zaak Jeugd": casus("samenvatting", { vakgroep: "jeugd", behandelaarId: "ander" }),
  "samenvatting andere gemeente": casus("samenvatting", { vakgroep: "wmo", behandelaarId: IK }, "0106"),
  "vrije tekst zaak Wmo": casus("vrije-tekst", { vakgroep: "wmo", behandelaarId: "ander" }),
  "vrije tekst zaak Jeugd": casus("vrije-tekst", { vakgroep: "jeugd", behandelaarId: "ander" }),
  "vrije tekst zaak op eigen naam": casus("vrije-tekst", { vakgroep: "jeugd", behandelaarId: IK }),
  "vrije tekst zaak waaraan toegevoegd": casus("vrije-tekst", {
    vakgroep: "regiegroep",
    behandelaarId: "ander",
    medebehandelaarIds: [IK],
  }),
  "vrije tekst zaak A&O": casus("vrije-tekst", { vakgroep: "ao", behandelaarId: "ander" }),
};

// role → casus resource → "lezen aanmaken wijzigen verwijderen"; only lezen is ever allowed.
const CASUS_LEZEN: Record<string, string> = {
  // samenvatting, samenvatting andere gemeente, vrije tekst Wmo, Jeugd, eigen naam, toegevoegd, A&O
  iag: "J N N N J J N",
  toegangsmedewerker: "J N J N J J N",
  regie: "J N J J J J J",
  ao: "J N N N J J J",
  jurist: "J N N N J J J",
  teamleider: "J N J J J J J",
  buurtteam: "J N N N J J N",
  gedragswetenschapper: "J N N N J J N",
  beheerder: "N N N N N N N",
};

const casusCellen = Object.entries(CASUS_LEZEN).flatMap(([rol, rij]) =>
  Object.keys(CASUS_RESOURCES).flatMap((resource, i) =>
    ACTIES.map((actie) => [rol, resource, actie, actie === "lezen" && rij.split(" ")[i] === "J"] as const),
  ),
);

describe("autorisatiebeleid: de casus in het casuïstiekoverleg (regel 16)", () => {
  it("de tabel dekt iedere rol en ieder deel van de casus", () => {
    expect(Object.keys(CASUS_LEZEN).sort()).toEqual(Object.keys(ROLLEN).sort());
    for (const rij of Object.values(CASUS_LEZEN))
      expect(rij.split(" ")).toHaveLength(Object.keys(CASUS_RESOURCES).length);
  });

  it.each(casusCellen)("%s · %s · %s → %s", (rol, resource, actie, toegestaan) => {
    const { rollen, vakgroepen } = ROLLEN[rol] as { rollen: string[]; vakgroepen: string[] };
    const actor: Actor = { medewerkerId: IK, gemeenteCode: G, rollen, vakgroepen };
    const besluit = beslis(actor, actie, CASUS_RESOURCES[resource] as Resource);
    expect(besluit.toegestaan).toBe(toegestaan);
    if (!besluit.toegestaan) expect(besluit.reden.length).toBeGreaterThan(10);
  });
});
