/**
 * Synthetic zaken with history for existing residents: most are old and closed (melding → onderzoek →
 * aanvraag → besluit → afgesloten), recent ones are open in melding, onderzoek or aanvraag. Deterministic
 * per seed and per resident, streamed: the caller feeds residents in batches.
 */

import { plusDagen } from "../domain/termijnen/kalender";
import type { Zaaktype } from "../domain/zaak/zaaktypen";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { volgendeTermijn } from "../zaken/termijnen";
import type { Rij } from "./schrijf";
import { Willekeur } from "./willekeur";

const SOORTEN: {
  zaaktype: Zaaktype;
  werkvoorraad: string;
  gewicht: number;
  omschrijving: string[];
  leefgebied: string;
}[] = [
  {
    zaaktype: "wmo",
    werkvoorraad: "wmo",
    gewicht: 40,
    omschrijving: [
      "Hulp bij het huishouden",
      "Rolstoel na operatie",
      "Woningaanpassing: traplift",
      "Begeleiding bij dagstructuur",
    ],
    leefgebied: "huishouden",
  },
  {
    zaaktype: "jeugd",
    werkvoorraad: "jeugd",
    gewicht: 25,
    omschrijving: ["Opvoedondersteuning", "Dyslexiebehandeling", "Jeugd-GGZ na verwijzing huisarts"],
    leefgebied: "opvoeding",
  },
  {
    zaaktype: "werk",
    werkvoorraad: "werk",
    gewicht: 15,
    omschrijving: ["Aanvraag bijstand", "Re-integratietraject", "Jongere zoekt werk"],
    leefgebied: "werk-dagbesteding",
  },
  {
    zaaktype: "schuldhulp",
    werkvoorraad: "schuldhulp",
    gewicht: 10,
    omschrijving: ["Betalingsachterstand huur", "Schuldhulpverlening na ontslag"],
    leefgebied: "financien",
  },
  {
    zaaktype: "regie",
    werkvoorraad: "regiegroep",
    gewicht: 5,
    omschrijving: ["Gezin met vragen op meerdere leefgebieden"],
    leefgebied: "sociaal-netwerk",
  },
  {
    zaaktype: "veilig-opgroeien",
    werkvoorraad: "veilig-opgroeien",
    gewicht: 5,
    omschrijving: ["Zorgmelding politie", "Melding Veilig Thuis"],
    leefgebied: "veiligheid",
  },
];
const TOTAAL = SOORTEN.reduce((s, x) => s + x.gewicht, 0);

/** The zaaktype whose cumulative weight first exceeds `punt` (0 ≤ punt < TOTAAL). */
function kiesGewogen(punt: number): (typeof SOORTEN)[number] {
  let cumulatief = 0;
  for (const soort of SOORTEN) {
    cumulatief += soort.gewicht;
    if (punt < cumulatief) return soort;
  }
  return SOORTEN[0] as (typeof SOORTEN)[number];
}
const KANALEN = ["telefoon", "balie", "email", "webformulier", "verwijzer", "vindplaats"];

export interface Inwoner {
  id: string;
  wijkCode: string | null;
}

export interface ZaakBatch {
  zaken: Rij[];
  zaakPersonen: Rij[];
  gebeurtenissen: Rij[];
}

export interface ZakenGenerator {
  /** Zaken for a batch of residents, on average `perInwoner` each. */
  voor(inwoners: readonly Inwoner[]): ZaakBatch;
}

export function zakenGenerator(opties: {
  gemeenteCode: string;
  seed: number;
  vandaag: string;
  perInwoner: number;
  startNummer: number;
  behandelaars: Record<string, string[]>;
}): ZakenGenerator {
  const w = new Willekeur(opties.seed * 104729 + 17 + opties.startNummer);
  let nummer = opties.startNummer;
  const tijd = (dag: string, uur: number) => `${dag}T${String(uur).padStart(2, "0")}:00:00Z`;

  return {
    voor(inwoners) {
      const batch: ZaakBatch = { zaken: [], zaakPersonen: [], gebeurtenissen: [] };
      for (const inwoner of inwoners) {
        const aantal = w.geheel(0, Math.round(2 * opties.perInwoner));
        for (let k = 0; k < aantal; k++) {
          const soort = kiesGewogen(w.getal() * TOTAAL);
          const id = w.uuid();
          const leeftijd = w.kans(0.85) ? w.geheel(121, 5 * 365) : w.geheel(0, 120);
          const melding = plusDagen(opties.vandaag, -leeftijd);
          const behandelaar = w.kans(0.8)
            ? (w.kies(opties.behandelaars[soort.werkvoorraad] ?? [null as unknown as string]) ?? null)
            : null;
          const feiten: OpgeslagenFeiten = {
            routering: {
              regel: "generator",
              uitleg: `Enkelvoudige vraag: werkvoorraad ${soort.werkvoorraad}.`,
            },
          };
          const stappen: [string, string | null, string, string][] = [
            ["melding-geregistreerd", null, "melding", melding],
          ];
          let status = "melding";
          let afgesloten: string | null = null;
          if (leeftijd > 120) {
            const onderzoek = plusDagen(melding, w.geheel(1, 10));
            const aanvraag = plusDagen(melding, w.geheel(20, 45));
            const besluit = plusDagen(aanvraag, w.geheel(3, 30));
            afgesloten = plusDagen(besluit, w.geheel(30, 100));
            Object.assign(feiten, {
              onderzoekAfgerondOp: plusDagen(aanvraag, -1),
              aanvraagdatum: aanvraag,
              besluitdatum: besluit,
              besluitSoort: "toekenning",
            });
            stappen.push(
              ["start-onderzoek", "melding", "onderzoek", onderzoek],
              ["registreer-aanvraag", "onderzoek", "aanvraag", aanvraag],
            );
            stappen.push(
              ["neem-besluit", "aanvraag", "besluit", besluit],
              ["sluit-af", "besluit", "afgesloten", afgesloten],
            );
            status = "afgesloten";
          } else if (behandelaar && leeftijd > 7) {
            stappen.push(["start-onderzoek", "melding", "onderzoek", plusDagen(melding, w.geheel(1, 7))]);
            status = "onderzoek";
          }
          const volgende = afgesloten
            ? null
            : volgendeTermijn({ zaaktype: soort.zaaktype, meldingsdatum: melding, feiten }, opties.vandaag);
          batch.zaken.push([
            id,
            opties.gemeenteCode,
            `Z-${melding.slice(0, 4)}-S${String(nummer++).padStart(8, "0")}`,
            soort.zaaktype,
            status,
            soort.werkvoorraad,
            status === "melding" ? null : behandelaar,
            melding,
            w.kies(KANALEN),
            w.kies(soort.omschrijving),
            w.kans(0.9) ? "veilig" : "zorgen",
            [soort.leefgebied],
            inwoner.wijkCode,
            feiten,
            volgende?.uiterlijkeDatum ?? null,
            volgende?.soort ?? null,
            afgesloten,
          ]);
          batch.zaakPersonen.push([opties.gemeenteCode, id, inwoner.id, "hoofdpersoon"]);
          for (const [soortStap, van, naar, dag] of stappen) {
            batch.gebeurtenissen.push([
              w.uuid(),
              opties.gemeenteCode,
              id,
              tijd(dag, w.geheel(8, 16)),
              behandelaar,
              soortStap,
              van,
              naar,
              null,
            ]);
          }
        }
      }
      return batch;
    },
  };
}
