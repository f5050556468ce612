/**
 * Scenario "aanmelden" (issue 5), the IAG path in a gemeente with 1M residents:
 *  1. search-to-dossier: GET /api/aanmelden/personen/{id} (person + gezin + betrokkenheden + contacten in one
 *     call) with autocannon — target p95 ≤ 30 ms;
 *  2. registering a contact that becomes a zaak: POST /api/aanmelden, back to back — target ≥ 200/s sustained.
 */
import { meetHttp, meetLus, uitkomst } from "./meet";
import { GEMEENTE, type Scenario } from "./omgeving";

const contactMetZaak = (persoonId: string) =>
  JSON.stringify({
    kanaal: "telefoon",
    persoonId,
    thema: "huishoudelijke-hulp",
    vraag: "Benchmark: hulp bij het huishouden na een operatie.",
    directBeantwoord: false,
    triage: {
      veiligheidssignalen: false,
      veiligheid: "veilig",
      leefgebieden: ["huishouden"],
      wetDomein: "wmo",
    },
    uitkomst: { soort: "zaak" },
  });

export const aanmelden: Scenario = {
  naam: "aanmelden",
  metDatabase: true,
  async voer(omgeving, { seconden, verbindingen }) {
    const cookie = await omgeving.login("iag");
    // A sample of residents spread over the table (block sampling: no full scan of 1M rows).
    const ids = (
      await omgeving.pool.query(
        "select id from personen tablesample system (1) where gemeente_code = $1 limit 5000",
        [GEMEENTE],
      )
    ).rows.map((r) => r.id as string);
    const kies = () => ids[Math.floor(Math.random() * ids.length)] as string;

    console.log("== aanmelden: IAG-scherm, GET /api/aanmelden/personen/{id}");
    const dossier = await meetHttp({
      naam: "IAG-scherm: persoon + gezin + betrokkenheden + contacten",
      url: omgeving.basis,
      cookie,
      verbindingen,
      seconden,
      pad: () => `/api/aanmelden/personen/${kies()}`,
    });

    console.log("== aanmelden: contact registreren + zaak, POST /api/aanmelden");
    const registreren = await meetLus({
      naam: "contact registreren + zaak aanmaken",
      verbindingen,
      seconden,
      stap: async () => {
        const antwoord = await fetch(`${omgeving.basis}/api/aanmelden`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: contactMetZaak(kies()),
        });
        await antwoord.arrayBuffer();
        return antwoord.status === 201;
      },
    });

    return [
      uitkomst("aanmelden", dossier, { p95Ms: 30 }),
      uitkomst("aanmelden", registreren, { minimaalPerSeconde: 200 }),
    ];
  },
};
