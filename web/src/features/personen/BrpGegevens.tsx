/**
 * "Ophalen uit de BRP" (issue 20): the data the BRP gave for one purpose, with the day it was fetched, the
 * household and gezag, and a clear warning for geheimhouding. Nothing is saved here: the medewerker takes the data
 * over into a form (aanmelden) or into the dossier (dossier bijwerken) and confirms there.
 */
import { useMutation } from "@tanstack/react-query";
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { maskeerBsn } from "../../../../src/domain/persoon/bsn";
import { api, foutmelding } from "../../lib/api";
import { type BrpPersoonGegevens, type BrpRaadpleegAntwoord, brpRaadpleegAntwoord } from "../../lib/contract";
import { AppLink } from "../../lib/ui";
import { datum } from "./weergave";

type Verzoek =
  | { doel: "aanmelding" | "dossier-bijwerken" | "woonplaatsbeginsel"; bsn: string }
  | { doel: "aanmelding" | "dossier-bijwerken" | "woonplaatsbeginsel"; persoonId: string };

/** POST /api/brp/raadplegen; every call is audited with its doel, so it runs only on the medewerker's click. */
export function useBrpRaadplegen() {
  return useMutation({
    mutationFn: (body: Verzoek) =>
      api("/brp/raadplegen", { method: "POST", body, schema: brpRaadpleegAntwoord }),
  });
}

/** "Gegevens uit de BRP van 3 december 2026" (the Dutch calendar day of the moment the BRP answered). */
export function brpKop(opgehaaldOp: string): string {
  const dag = new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(opgehaaldOp));
  return `Gegevens uit de BRP van ${dag}`;
}

export function brpAdresregel(a: NonNullable<BrpPersoonGegevens["adres"]>): string {
  const nummer = `${a.huisnummer}${a.huisletter ?? ""}${a.toevoeging ? `-${a.toevoeging}` : ""}`;
  return `${[a.straat, nummer].filter(Boolean).join(" ")}, ${a.postcode} ${a.woonplaats}`;
}

const VERBLIJFPLAATS: Record<string, string> = {
  briefadres: "Briefadres (geen woonadres)",
  locatie: "Locatie (bijvoorbeeld woonboot of woonwagen)",
  buitenland: "Woont in het buitenland",
  onbekend: "Verblijfplaats onbekend",
};

function Gegeven({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

type Gerelateerde = BrpPersoonGegevens["kinderen"][number];
function Persoonsregel({ g }: { g: Gerelateerde }) {
  return (
    <>
      {g.inKlantdossier ? <AppLink to={`/personen/${g.inKlantdossier.id}`}>{g.naam}</AppLink> : g.naam}
      {g.geboortedatum ? `, geboren ${datum(g.geboortedatum)}` : ""}
      {g.bsn ? `, BSN ${maskeerBsn(g.bsn)}` : ""}
      {g.inKlantdossier ? " (staat in het klantdossier)" : " (nog niet in het klantdossier)"}
    </>
  );
}

function Lijst({ personen, leeg }: { personen: Gerelateerde[]; leeg: string }) {
  if (personen.length === 0) return <>{leeg}</>;
  return (
    <UnorderedList>
      {personen.map((p) => (
        <UnorderedListItem key={`${p.bsn}-${p.naam}`}>
          <Persoonsregel g={p} />
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** The geheimhouding warning (Wet BRP art. 2.59), also shown where the data are taken over. */
export function GeheimhoudingMelding() {
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>Geheimhouding persoonsgegevens.</strong> Deze inwoner heeft gevraagd geen gegevens aan derden
        te geven (Wet BRP art. 2.59). Geef het adres en andere gegevens niet door aan derden, en zet het adres
        niet in brieven aan anderen dan de inwoner zelf.
      </Paragraph>
    </Alert>
  );
}

/** Why the BRP could not answer, in Dutch (the problem's detail); the medewerker fills the data in by hand. */
export function BrpFoutmelding({ fout }: { fout: unknown }) {
  return (
    <Alert type="error">
      <Paragraph>{foutmelding(fout)}</Paragraph>
    </Alert>
  );
}

export function BrpUittreksel({
  antwoord,
  kopId,
  overnemen,
}: {
  antwoord: BrpRaadpleegAntwoord;
  kopId: string;
  /** The confirm button ("Gegevens overnemen …") and "Niet overnemen". */
  overnemen?: { tekst: string; bezig?: boolean; onOvernemen: () => void; onNiet: () => void };
}) {
  const p = antwoord.persoon;
  return (
    <section aria-labelledby={kopId} className="voordeur-brp">
      <Heading3 id={kopId} tabIndex={-1}>
        {brpKop(antwoord.opgehaaldOp)}
      </Heading3>
      {p.geheimhouding ? <GeheimhoudingMelding /> : null}
      <DataList>
        <Gegeven label="Naam">{p.naam}</Gegeven>
        {p.bsn ? <Gegeven label="BSN">{maskeerBsn(p.bsn)}</Gegeven> : null}
        {p.geboortedatumTekst ? (
          <Gegeven label="Geboortedatum">
            {p.geboortedatum ? datum(p.geboortedatum) : `${p.geboortedatumTekst} (niet volledig bekend)`}
          </Gegeven>
        ) : null}
        {p.geslacht ? <Gegeven label="Geslacht">{p.geslacht}</Gegeven> : null}
        <Gegeven label="Adres">
          {p.adres ? brpAdresregel(p.adres) : "Geen Nederlands adres in de BRP"}
          {p.adresSinds ? ` (sinds ${datum(p.adresSinds)})` : ""}
          {p.verblijfplaats && VERBLIJFPLAATS[p.verblijfplaats]
            ? ` — ${VERBLIJFPLAATS[p.verblijfplaats]}`
            : ""}
        </Gegeven>
        {p.gemeenteVanInschrijving ? (
          <Gegeven label="Ingeschreven in gemeente">
            {p.gemeenteVanInschrijving.naam ?? p.gemeenteVanInschrijving.code} (
            {p.gemeenteVanInschrijving.code})
          </Gegeven>
        ) : null}
        {antwoord.doel !== "woonplaatsbeginsel" ? (
          <>
            <Gegeven label="Partner">
              {p.partner ? (
                <>
                  <Persoonsregel g={p.partner} />
                  {p.partner.sinds ? `, sinds ${datum(p.partner.sinds)}` : ""}
                </>
              ) : (
                "Geen partner in de BRP"
              )}
            </Gegeven>
            <Gegeven label="Kinderen">
              <Lijst personen={p.kinderen} leeg="Geen kinderen in de BRP" />
            </Gegeven>
            <Gegeven label="Ouders">
              <Lijst personen={p.ouders} leeg="Geen ouders in de BRP" />
            </Gegeven>
            <Gegeven label="Gezag">
              {p.gezag.length === 0 ? (
                "Geen gezag over minderjarigen in de BRP"
              ) : (
                <UnorderedList>
                  {p.gezag.map((g) => (
                    <UnorderedListItem key={g.minderjarige.bsn}>
                      {g.minderjarige.naam ?? "Minderjarige"}: {g.omschrijving}
                      {g.gezaghebbenden.length > 0
                        ? ` Gezag: ${g.gezaghebbenden.map((x) => `${x.naam} (${x.rol})`).join(" en ")}.`
                        : ""}
                      {g.toelichting ? ` ${g.toelichting}` : ""}
                      {g.inOnderzoek ? " Let op: het gezag is in onderzoek." : ""} ({g.bron})
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </Gegeven>
          </>
        ) : (
          <Gegeven label="Woonplaatsbeginsel">
            {antwoord.woonplaats.toelichting} ({antwoord.woonplaats.bron})
          </Gegeven>
        )}
      </DataList>
      {overnemen ? (
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            busy={overnemen.bezig ?? false}
            onClick={overnemen.onOvernemen}
          >
            {overnemen.tekst}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={overnemen.onNiet}>
            Niet overnemen
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

/** The fetch button with its pending state (the BRP may take a few seconds). */
export function BrpKnop({
  bezig,
  onClick,
  tekst = "Ophalen uit de BRP",
}: {
  bezig: boolean;
  onClick: () => void;
  tekst?: string;
}) {
  return (
    <Button
      type="button"
      appearance="secondary-action-button"
      busy={bezig}
      disabled={bezig}
      onClick={onClick}
    >
      {bezig ? "Bezig met ophalen uit de BRP…" : tekst}
    </Button>
  );
}
