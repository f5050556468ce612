import {
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { AFWEGINGSVRAGEN, OVERLEG_MET_LABELS, STAP_LABELS } from "../../../../src/domain/meldcode/meldcode";
import { kortDatum } from "../zaken/weergave";
import type { MeldcodeWeergave } from "./api";

type Inhoud = NonNullable<MeldcodeWeergave["inhoud"]>;

/** How the parents learnt of the melding, in words. */
function oudersRegel(melding: NonNullable<Inhoud["melding"]>): string {
  if (melding.oudersGeinformeerdOp)
    return `Ouders schriftelijk geïnformeerd op ${kortDatum(melding.oudersGeinformeerdOp)} (de brief staat bij de Documenten van de zaak).`;
  if (melding.oudersRedenNiet) return `Ouders niet geïnformeerd: ${melding.oudersRedenNiet}.`;
  return "De brief aan de ouders is nog niet verstuurd.";
}

/** What has been recorded so far, step by step, in words. */
export function Vastgelegd({ inhoud }: { inhoud: Inhoud }) {
  const { signalen, overleg, gesprek, afweging, beslissingen } = inhoud.stappen;
  return (
    <section aria-labelledby="vastgelegd-kop">
      <Heading2 id="vastgelegd-kop">Vastgelegd</Heading2>
      {signalen ? null : <Paragraph>Er is nog niets vastgelegd.</Paragraph>}
      {signalen ? (
        <>
          <Heading3>{STAP_LABELS.signalen}</Heading3>
          <UnorderedList>
            {signalen.map((s) => (
              <UnorderedListItem key={`${s.datum}-${s.bron}-${s.omschrijving}`}>
                {kortDatum(s.datum)}, {s.bron}:{" "}
                {s.soort === "standpunt-ander" ? `standpunt van ${s.wie}: ` : "eigen waarneming: "}
                {s.omschrijving}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {overleg ? (
        <>
          <Heading3>{STAP_LABELS.overleg}</Heading3>
          <UnorderedList>
            {overleg.map((o) => (
              <UnorderedListItem key={`${o.datum}-${o.naam}`}>
                {kortDatum(o.datum)}, {OVERLEG_MET_LABELS[o.met].toLowerCase()} {o.naam}: {o.advies}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {gesprek ? (
        <>
          <Heading3>{STAP_LABELS.gesprek}</Heading3>
          <Paragraph>
            {gesprek.gevoerd
              ? `${kortDatum(gesprek.datum ?? "")}, met ${gesprek.metWie}: ${gesprek.verslag}`
              : `Niet gevoerd, want niet veilig: ${gesprek.redenNietVeilig}`}
          </Paragraph>
        </>
      ) : null}
      {afweging && afweging.length > 0 ? (
        <>
          <Heading3>{STAP_LABELS.afweging}</Heading3>
          <OrderedList>
            {afweging.map((a) => (
              <OrderedListItem key={a.vraag}>
                {AFWEGINGSVRAGEN[a.vraag - 1]} <strong>{a.antwoord ? "Ja" : "Nee"}</strong>. {a.motivering}
              </OrderedListItem>
            ))}
          </OrderedList>
        </>
      ) : null}
      {beslissingen ? (
        <>
          <Heading3>{STAP_LABELS.beslissingen}</Heading3>
          <UnorderedList>
            <UnorderedListItem>
              Melden noodzakelijk: {beslissingen.meldingNodig ? "ja" : "nee"}.{" "}
              {beslissingen.meldingMotivering}
            </UnorderedListItem>
            <UnorderedListItem>
              Hulp mogelijk: {beslissingen.hulpMogelijk ? "ja" : "nee"}. {beslissingen.hulpMotivering}
            </UnorderedListItem>
          </UnorderedList>
        </>
      ) : null}
      {inhoud.melding ? (
        <>
          <Heading3>Melding bij Veilig Thuis</Heading3>
          <Paragraph>
            Gemeld op {kortDatum(inhoud.melding.datum)} bij {inhoud.melding.contactpersoon}:{" "}
            {inhoud.melding.inhoud}. {oudersRegel(inhoud.melding)}
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}
