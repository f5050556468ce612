/** Berichten of a zaak in Mijn Voordeur: the secure conversation with the medewerkers of the zaak (issue 16). */
import { Paragraph } from "@utrecht/component-library-react";
import { useParams, useSearchParams } from "react-router";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { BerichtFormulier, GesprekLijst } from "../inwonerberichten/Gesprek";
import { AlleenInwoner } from "./AlleenInwoner";
import { useMijnGesprek, useStuurMijnBericht } from "./api";

const PER_PAGINA = 20;

export function MijnBerichtenPagina() {
  const { id = "" } = useParams();
  const pagina = paginaUit(useSearchParams()[0].get("pagina"));
  const gesprek = useMijnGesprek(id, pagina, PER_PAGINA);
  const stuur = useStuurMijnBericht(id);
  const d = gesprek.data;
  return (
    <AlleenInwoner>
      <Paragraph>
        <AppLink to={`/mijn/zaken/${id}`}>Terug naar uw zaak</AppLink>
      </Paragraph>
      <PaginaTitel>Berichten</PaginaTitel>
      <Paragraph>
        Hier schrijft u veilig met de medewerkers van uw zaak. Krijgt u een antwoord? Dan sturen we u een
        e-mail dat er een bericht voor u klaarstaat.
      </Paragraph>
      {gesprek.isPending ? <Laden /> : null}
      {gesprek.isError ? <LaadFout fout={gesprek.error} /> : null}
      {d ? (
        <>
          <BerichtFormulier
            id="bericht"
            label="Uw bericht"
            beschrijving="Schrijf uw vraag of wat u wilt laten weten. Is het dringend? Bel dan de gemeente."
            knop="Versturen"
            verstuur={(tekst) => stuur.mutateAsync(tekst)}
          />
          {d.items.length === 0 ? <Paragraph>Er zijn nog geen berichten.</Paragraph> : null}
          <GesprekLijst items={d.items} eigenKant="inwoner" />
          <Paginering pagina={pagina} perPagina={PER_PAGINA} totaal={d.totaal} />
        </>
      ) : null}
    </AlleenInwoner>
  );
}
