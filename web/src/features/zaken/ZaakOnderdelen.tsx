import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { ZaakDetail } from "../../lib/contract";
import { datumTijd } from "../../lib/ui";
import { AanbiedersOpZaak } from "../aanbieders/OpZaak";
import { AanmeldenOpZaak } from "../aanmelden/OpZaak";
import { AfsprakenOpZaak } from "../afspraken/OpZaak";
import { BerichtenOpZaak } from "../berichten/OpZaak";
import { BesluitenOpZaak } from "../besluiten/OpZaak";
import { DocumentverzoekenOpZaak } from "../documentverzoeken/OpZaak";
import { InwonerberichtenOpZaak } from "../inwonerberichten/OpZaak";
import { LeerplichtOpZaak } from "../leerplicht/OpZaak";
import { LeveringOpZaak } from "../levering/OpZaak";
import { ResultatenplanOpZaak } from "../resultatenplan/OpZaak";
import { ZAAKTYPEN_MET_PLAN } from "../resultatenplan/weergave";
import { DwangsomOpZaak, SchuldhulpOpZaak, VoorschotOpZaak } from "../schuldhulp/OpZaak";
import { VeiligheidOpZaak } from "../signs-of-safety/Veiligheid";
import { WerkOpZaak } from "../werk/OpZaak";
import { WmoOpZaak } from "../wmo/OpZaak";
import { Documenten } from "./Documenten";
import { Journaal } from "./Journaal";
import { gebeurtenisLabel, statusNaam } from "./weergave";
import type { Tabblad } from "./ZaakKop";

/**
 * The sections other areas add to the zaak page (each owns its section, features/<area>/OpZaak.tsx, with its own
 * heading), placed in the tab where a consulent looks for them, in the order of the primary process: the
 * onderzoek's afspraken and the plan (with zorg buiten contract) under Plan; besluiten, levering, evaluatie,
 * op- en afschalen and afsluiten under Besluiten, with the Pw voorschot and the ingebrekestelling/dwangsom; the Wgs
 * clock and the plan van aanpak under Schuldhulp (schuldhulp zaken only); Signs of Safety under Veiligheid; the aanmelding the zaak came from under Historie. The first
 * tab, Overzicht, is in Overzicht.tsx.
 */
function Plan({ zaak }: { zaak: ZaakDetail }) {
  return (
    <>
      {ZAAKTYPEN_MET_PLAN.includes(zaak.zaaktype) ? null : (
        <Paragraph>Bij dit zaaktype hoort geen resultatenplan.</Paragraph>
      )}
      <AfsprakenOpZaak zaak={zaak} />
      <ResultatenplanOpZaak zaak={zaak} />
      <AanbiedersOpZaak zaak={zaak} />
    </>
  );
}

function Besluiten({ zaak }: { zaak: ZaakDetail }) {
  return (
    <>
      {zaak.status === "melding" || zaak.status === "niet-opgepakt" ? (
        <>
          <Heading2>Besluiten</Heading2>
          <Paragraph>
            Er is nog geen besluit: de zaak is in de fase{" "}
            {statusNaam(zaak.status, zaak.zaaktype).toLowerCase()}.
          </Paragraph>
        </>
      ) : null}
      {zaak.zaaktype === "werk" ? <VoorschotOpZaak zaak={zaak} /> : null}
      <DwangsomOpZaak zaak={zaak} />
      <BesluitenOpZaak zaak={zaak} />
      <LeveringOpZaak zaak={zaak} />
    </>
  );
}

/** What happened, oldest first, in words: the event, the status it moved to, who, and why. */
function Verloop({ zaak }: { zaak: ZaakDetail }) {
  return (
    <section aria-labelledby="verloop-kop">
      <Heading2 id="verloop-kop">Verloop</Heading2>
      <UnorderedList>
        {zaak.historie.map((h) => (
          <UnorderedListItem key={`${h.tijdstip}-${h.soort}`}>
            {datumTijd(h.tijdstip)}: {gebeurtenisLabel(h.soort)}
            {h.naarStatus && h.naarStatus !== h.vanStatus
              ? ` (status ${h.vanStatus ? `van ${statusNaam(h.vanStatus, zaak.zaaktype).toLowerCase()} ` : ""}naar ${statusNaam(h.naarStatus, zaak.zaaktype).toLowerCase()})`
              : ""}
            {h.door ? `, door ${h.door}` : ""}
            {h.toelichting ? `. ${h.toelichting}` : ""}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

/** The content of a tab other than the Overzicht; each loads its own data when it is opened. */
export function ZaakOnderdelen({
  zaak,
  tab,
}: {
  zaak: ZaakDetail;
  tab: Exclude<Tabblad["code"], "overzicht">;
}) {
  switch (tab) {
    case "plan":
      return <Plan zaak={zaak} />;
    case "besluiten":
      return <Besluiten zaak={zaak} />;
    case "veiligheid":
      return <VeiligheidOpZaak zaak={zaak} />;
    case "schuldhulp":
      return <SchuldhulpOpZaak zaak={zaak} />;
    case "wmo":
      return <WmoOpZaak zaak={zaak} />;
    case "werk":
      return <WerkOpZaak zaak={zaak} />;
    case "leerplicht":
      return <LeerplichtOpZaak zaak={zaak} />;
    case "documenten":
      return (
        <>
          <Heading2>Documenten</Heading2>
          <Documenten zaakId={zaak.id} />
          <DocumentverzoekenOpZaak zaak={zaak} />
        </>
      );
    case "journaal":
      return (
        <>
          <Heading2>Journaal</Heading2>
          <Journaal zaakId={zaak.id} />
        </>
      );
    case "berichten":
      return (
        <>
          <InwonerberichtenOpZaak zaak={zaak} />
          <BerichtenOpZaak zaak={zaak} />
        </>
      );
    case "historie":
      return (
        <>
          <AanmeldenOpZaak zaak={zaak} />
          <Verloop zaak={zaak} />
        </>
      );
  }
}
