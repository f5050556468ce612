import {
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type Blok, deelTekstOp } from "../../../../src/domain/protocollen/protocollen";

/** Stable keys from the content itself (a repeated line gets its occurrence number). */
function metSleutels<T>(waarden: readonly T[], alsTekst: (waarde: T) => string) {
  const gezien = new Map<string, number>();
  return waarden.map((waarde) => {
    const tekst = alsTekst(waarde);
    const n = (gezien.get(tekst) ?? 0) + 1;
    gezien.set(tekst, n);
    return { waarde, sleutel: `${n}:${tekst}` };
  });
}

const regels = (items: readonly string[]) => metSleutels(items, (item) => item);

/** One block: a heading, a paragraph (its lines kept), numbered steps or a list. */
function Blokweergave({ blok, kopNiveau }: { blok: Blok; kopNiveau: 2 | 3 }) {
  const Kop = kopNiveau === 2 ? Heading2 : Heading3;
  switch (blok.soort) {
    case "kop":
      return <Kop>{blok.tekst}</Kop>;
    case "alinea":
      return (
        <Paragraph>
          {regels(blok.regels).map(({ waarde: regel, sleutel }, j) => (
            <span key={sleutel}>
              {j > 0 ? <br /> : null}
              {regel}
            </span>
          ))}
        </Paragraph>
      );
    case "stappen":
      return (
        <OrderedList start={blok.start} className="voordeur-protocoltekst__stappen">
          {regels(blok.items).map(({ waarde: item, sleutel }) => (
            <OrderedListItem key={sleutel}>{item}</OrderedListItem>
          ))}
        </OrderedList>
      );
    case "opsomming":
      return (
        <UnorderedList>
          {regels(blok.items).map(({ waarde: item, sleutel }) => (
            <UnorderedListItem key={sleutel}>{item}</UnorderedListItem>
          ))}
        </UnorderedList>
      );
  }
}

/**
 * A protocol's text as the reader sees it (also the beheerder's preview): headings, paragraphs, numbered steps
 * and lists from the plain text (domain/protocollen#deelTekstOp). Large and plain: it is read under stress.
 */
export function ProtocolTekst({ tekst, kopNiveau = 2 }: { tekst: string; kopNiveau?: 2 | 3 }) {
  return (
    <div className="voordeur-protocoltekst">
      {metSleutels(deelTekstOp(tekst), (blok) => JSON.stringify(blok)).map(({ waarde, sleutel }) => (
        <Blokweergave key={sleutel} blok={waarde} kopNiveau={kopNiveau} />
      ))}
    </div>
  );
}
