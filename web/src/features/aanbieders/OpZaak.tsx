import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { isApiFout } from "../../lib/api";
import type { Zaak } from "../../lib/contract";
import { LaadFout, Laden } from "../../lib/ui";
import { useZaakOvereenkomsten } from "./api";
import { OvereenkomstAanvragen } from "./OvereenkomstAanvragen";
import { OvereenkomstGegevens } from "./OvereenkomstGegevens";
import { productTekst } from "./weergave";

/** Zaaktypen whose plan can contain zorg in natura under the Wmo or the Jeugdwet. */
const ZAAKTYPEN_MET_ZORG = new Set(["wmo", "jeugd", "veilig-opgroeien", "regie"]);

/**
 * The zaak page's "Individuele overeenkomst" section: the agreements requested for this zaak with
 * their status, and the request form ("zorg buiten contract") for when contracted care does not fit.
 */
export function AanbiedersOpZaak({ zaak }: { zaak: Zaak }) {
  const lijst = useZaakOvereenkomsten(zaak.id);
  const [formulierOpen, setFormulierOpen] = useState(false);
  if (lijst.isError && isApiFout(lijst.error) && [403, 404].includes(lijst.error.status)) return null;
  if (!ZAAKTYPEN_MET_ZORG.has(zaak.zaaktype) && (lijst.data?.length ?? 0) === 0) return null;
  return (
    <section aria-labelledby="io-kop">
      <Heading2 id="io-kop">Individuele overeenkomst</Heading2>
      <Paragraph>
        Past gecontracteerde zorg niet en is een pgb niet gewenst of niet mogelijk? Vraag dan een individuele
        overeenkomst aan; de teamleider beoordeelt de aanvraag.
      </Paragraph>
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} /> : null}
      {lijst.data?.length === 0 ? (
        <Paragraph>Er is voor deze zaak geen individuele overeenkomst aangevraagd.</Paragraph>
      ) : null}
      {lijst.data?.map((io) => (
        <article key={io.id} aria-labelledby={`io-${io.id}`}>
          <Heading3 id={`io-${io.id}`}>
            {io.aanbieder.naam}: {productTekst(io)}
          </Heading3>
          <OvereenkomstGegevens io={io} />
        </article>
      ))}
      <Heading3 id="io-aanvragen-kop">Individuele overeenkomst aanvragen</Heading3>
      {formulierOpen ? (
        <OvereenkomstAanvragen zaak={zaak} />
      ) : (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setFormulierOpen(true);
              requestAnimationFrame(() => document.getElementById("io-aanbieder-zoek")?.focus());
            }}
          >
            Aanvraag invullen
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}
