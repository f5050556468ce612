import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import type { ContactDetail, Zaak } from "../../lib/contract";
import { LEEFGEBIED_LABELS } from "../../lib/contract";
import { datumTijd, LaadFout } from "../../lib/ui";
import { useAanmeldingVanZaak } from "./api";
import { kanaalLabel, themaLabel, uitkomstLabel, VEILIGHEID_LABELS } from "./weergave";

interface OpgeslagenTriage {
  veiligheidssignalen?: boolean;
  signalen?: string;
  veiligheid?: string;
  leefgebieden?: string[];
  meervoudigheid?: { soort: string; reden: string };
  woonplaats?: { grond: string } | null;
}

function Contact({ contact }: { contact: ContactDetail }) {
  const t = (contact.triage ?? {}) as OpgeslagenTriage;
  return (
    <>
      <Heading3>
        {uitkomstLabel(contact.uitkomst)}: {kanaalLabel(contact.kanaal)}, {datumTijd(contact.tijdstip)}
      </Heading3>
      <UnorderedList>
        <UnorderedListItem>
          Thema {themaLabel(contact.thema)}; geregistreerd door {contact.door}.
        </UnorderedListItem>
        {contact.verwijzer ? (
          <UnorderedListItem>
            Verwijzer: {contact.verwijzer.soort}
            {contact.verwijzer.naam ? ` (${contact.verwijzer.naam})` : ""}
          </UnorderedListItem>
        ) : null}
        <UnorderedListItem>Vraag: {contact.vraag}</UnorderedListItem>
        {t.veiligheid ? (
          <UnorderedListItem>
            Veiligheidscheck: {VEILIGHEID_LABELS[t.veiligheid] ?? t.veiligheid}
            {t.veiligheidssignalen ? `; signalen: ${t.signalen ?? ""}` : "; geen veiligheidssignalen"}
          </UnorderedListItem>
        ) : null}
        {t.leefgebieden && t.leefgebieden.length > 0 ? (
          <UnorderedListItem>
            Leefgebieden:{" "}
            {t.leefgebieden
              .map((l) => LEEFGEBIED_LABELS[l as keyof typeof LEEFGEBIED_LABELS] ?? l)
              .join(", ")}
          </UnorderedListItem>
        ) : null}
        {t.meervoudigheid ? (
          <UnorderedListItem>
            {t.meervoudigheid.soort === "meervoudig" ? "Meervoudig" : "Enkelvoudig"}: {t.meervoudigheid.reden}
          </UnorderedListItem>
        ) : null}
        {t.woonplaats ? (
          <UnorderedListItem>Woonplaatsbeginsel: {t.woonplaats.grond}</UnorderedListItem>
        ) : null}
      </UnorderedList>
    </>
  );
}

/** The aanmelding behind the zaak: contact(s), triage and veiligheidscheck. */
export function AanmeldenOpZaak({ zaak }: { zaak: Zaak }) {
  const aanmelding = useAanmeldingVanZaak(zaak.id);
  if (aanmelding.isError) {
    return (
      <>
        <Heading2>Aanmelding</Heading2>
        <LaadFout fout={aanmelding.error} />
      </>
    );
  }
  const contacten = aanmelding.data?.contacten ?? [];
  if (contacten.length === 0) return null;
  return (
    <>
      <Heading2>Aanmelding</Heading2>
      {zaak.routering ? <Paragraph>Waarom in deze werkvoorraad: {zaak.routering.uitleg}</Paragraph> : null}
      {contacten.map((c) => (
        <Contact key={c.id} contact={c} />
      ))}
    </>
  );
}
