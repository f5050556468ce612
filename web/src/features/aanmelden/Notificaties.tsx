import {
  Button,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { AppLink, datumTijd, LaadFout } from "../../lib/ui";
import { useMarkeerGelezen, useNotificaties } from "./api";

/** Unread notifications of the medewerker (start page): a new contact on their zaak, to pick up. */
export function Notificaties() {
  const notificaties = useNotificaties();
  const gelezen = useMarkeerGelezen();
  if (notificaties.isError) return <LaadFout fout={notificaties.error} />;
  const data = notificaties.data;
  if (!data || data.totaal === 0) return null;
  return (
    <section aria-labelledby="notificaties-kop">
      <Heading2 id="notificaties-kop">Meldingen ({data.totaal})</Heading2>
      <UnorderedList>
        {data.items.map((n) => (
          <UnorderedListItem key={n.id}>
            <Paragraph>
              {datumTijd(n.aangemaaktOp)}: {n.tekst}{" "}
              {n.link ? (
                <AppLink to={n.link} onClick={() => gelezen.mutate(n.id)}>
                  Bekijken en oppakken
                </AppLink>
              ) : null}{" "}
              <Button
                appearance="subtle-button"
                disabled={gelezen.isPending}
                onClick={() => gelezen.mutate(n.id)}
              >
                Markeer als gelezen
              </Button>
            </Paragraph>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
