import { Link } from "react-router";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import type { ZaakDetail } from "../../lib/contract";
import { AppLink, PaginaTitel } from "../../lib/ui";
import { kopTermijnNaam } from "./weergave";

/** The tabs of the zaak workspace; each is a URL (/zaken/{id}/{pad}) so it can be linked and Back works. */
export const TABBLADEN = [
  { code: "overzicht", label: "Overzicht", pad: "" },
  // Not "plan": /zaken/{id}/plan is the resultatenplan's own page.
  { code: "plan", label: "Plan", pad: "planvorming" },
  { code: "besluiten", label: "Besluiten", pad: "besluiten" },
  // Only on a leerplicht zaak: the verzuimaanpak (features/leerplicht).
  { code: "leerplicht", label: "Leerplicht", pad: "leerplicht", zaaktype: "leerplicht" },
  // Only on a Wmo zaak: the onderzoek per theme, the hours, the verstrekking (features/wmo).
  { code: "wmo", label: "Wmo", pad: "wmo", zaaktype: "wmo" },
  // Only on a werk zaak: the zoekperiode, intake and plan van aanpak (features/werk).
  { code: "werk", label: "Werk", pad: "werk", zaaktype: "werk" },
  { code: "veiligheid", label: "Veiligheid", pad: "veiligheid" },
  // Only on a schuldhulp zaak (Wgs clock and plan van aanpak, features/schuldhulp).
  { code: "schuldhulp", label: "Schuldhulp", pad: "schuldhulp", zaaktype: "schuldhulp" },
  { code: "documenten", label: "Documenten", pad: "documenten" },
  { code: "journaal", label: "Journaal", pad: "journaal" },
  { code: "berichten", label: "Berichten", pad: "berichten" },
  { code: "historie", label: "Historie", pad: "historie" },
] as const;
export type Tabblad = (typeof TABBLADEN)[number];

/** The tab for the URL's last segment; the Overzicht for none or an unknown one. */
export const tabbladVan = (pad: string | undefined): Tabblad =>
  TABBLADEN.find((t) => t.pad === pad || t.code === pad) ?? TABBLADEN[0];

const dagen = (n: number) => `${n} ${n === 1 ? "dag" : "dagen"}`;

/** The nearest term in words; a passed or expiring term also with a warning sign and the word, never colour alone. */
function TermijnInKop({ termijn, zaaktype }: { termijn: ZaakDetail["kop"]["termijn"]; zaaktype: string }) {
  if (!termijn) return <>Termijn: er loopt geen termijn van de gemeente</>;
  const naam = kopTermijnNaam(termijn.soort, zaaktype);
  const datum = datumVoluit(termijn.uiterlijkeDatum);
  if (termijn.status === "opgeschort") return <>{`${naam}: opgeschort (nu uiterlijk ${datum})`}</>;
  if (termijn.dagen > 0) return <>{`${naam}: nog ${dagen(termijn.dagen)} (uiterlijk ${datum})`}</>;
  return (
    <span className="werkblad-kop__waarschuwing">
      <span aria-hidden="true">⚠ </span>
      {naam}:{" "}
      <strong>
        {termijn.dagen === 0 ? "verloopt vandaag" : `verlopen, ${dagen(-termijn.dagen)} over de termijn`}
      </strong>{" "}
      (uiterlijk {datum})
    </span>
  );
}

/** The fixed header of the zaak workspace: the facts a professional needs on every tab, and the tabs. */
export function ZaakKop({ zaak, actief }: { zaak: ZaakDetail; actief: Tabblad }) {
  const { kop } = zaak;
  return (
    <div className="werkblad-kop">
      <PaginaTitel titel={`Zaak ${zaak.zaaknummer}: ${actief.label}`}>
        Zaak {zaak.zaaknummer} ({kop.zaaktypeNaam})
      </PaginaTitel>
      <ul className="werkblad-kop__feiten" aria-label="Kerngegevens van de zaak">
        <li>
          Hoofdpersoon:{" "}
          {kop.hoofdpersoon ? (
            <>
              <AppLink to={`/personen/${kop.hoofdpersoon.persoonId}`}>{kop.hoofdpersoon.naam}</AppLink>
              {kop.hoofdpersoon.leeftijd !== null ? ` (${kop.hoofdpersoon.leeftijd} jaar)` : ""}
            </>
          ) : (
            "onbekend"
          )}
        </li>
        <li>
          Status: <strong>{kop.statusNaam}</strong>
        </li>
        <li>Behandelaar: {zaak.behandelaar?.naam ?? "nog niet toegewezen"}</li>
        <li>
          <TermijnInKop termijn={kop.termijn} zaaktype={zaak.zaaktype} />
        </li>
      </ul>
      <nav aria-label="Tabbladen van de zaak" className="werkblad-tabs">
        <ul className="werkblad-tabs__lijst">
          {TABBLADEN.filter((t) => !("zaaktype" in t) || t.zaaktype === zaak.zaaktype).map((t) => (
            <li key={t.code}>
              <Link
                to={`/zaken/${zaak.id}${t.pad ? `/${t.pad}` : ""}`}
                state={{ behoudFocus: true }}
                aria-current={t.code === actief.code ? "page" : undefined}
                className="werkblad-tabs__tab"
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
