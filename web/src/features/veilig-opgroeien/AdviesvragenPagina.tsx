import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useAdviesvragen } from "./api";
import { AdviesvraagTekst, EenTekst } from "./OpZaak";

/**
 * The gedragswetenschapper's "Adviesvragen" (seed 004 §8): every important decision on which the casemanagers asked
 * for advice, open requests first; the advice is given here, in the gedragswetenschapper's own session.
 */
export function AdviesvragenPagina() {
  const lijst = useAdviesvragen();
  return (
    <>
      <PaginaTitel>Adviesvragen</PaginaTitel>
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} /> : null}
      {lijst.data?.items.length === 0 ? <Paragraph>Er zijn geen adviesvragen.</Paragraph> : null}
      {lijst.data?.items.map((item) => (
        <section key={item.vraag.id} aria-labelledby={`vraag-${item.vraag.id}`} className="voordeur-blok">
          <Heading2 id={`vraag-${item.vraag.id}`}>Zaak {item.zaaknummer}</Heading2>
          <Paragraph>
            {item.conclusie ? `Veiligheidsbeoordeling: ${item.conclusie}. ` : ""}
            Stand van zaken: {item.faseLabel.toLowerCase()}.
          </Paragraph>
          <AdviesvraagTekst vraag={item.vraag} />
          {item.vraag.advies ? null : (
            <EenTekst
              zaakId={item.zaakId}
              vo={{ id: item.trajectId, versie: item.versie }}
              pad={`adviesvragen/${item.vraag.id}/advies`}
              veld="advies"
              label="Advies"
              knop="Advies geven"
              gelukt="Uw advies is vastgelegd."
            />
          )}
        </section>
      ))}
    </>
  );
}
