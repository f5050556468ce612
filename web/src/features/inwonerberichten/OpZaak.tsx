import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useSearchParams } from "react-router";
import { z } from "zod";
import { api } from "../../lib/api";
import { gesprek, inwonerberichtVerstuurd, type Zaak } from "../../lib/contract";
import { Paginering, paginaUit } from "../../lib/paginering";
import { LaadFout, Laden } from "../../lib/ui";
import { BerichtFormulier, GesprekLijst } from "./Gesprek";

const gesprekOpZaak = gesprek.extend({ nieuw: z.number().int() });
const PER_PAGINA = 20;

/** In the Berichten tab: the secure conversation with the resident in Mijn Voordeur. */
export function InwonerberichtenOpZaak({ zaak }: { zaak: Zaak }) {
  const pagina = paginaUit(useSearchParams()[0].get("pagina"));
  const client = useQueryClient();
  const sleutel = ["zaken", zaak.id, "inwonerberichten"];
  const lijst = useQuery({
    queryKey: [...sleutel, pagina],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaak.id)}/inwonerberichten?pagina=${pagina}&perPagina=${PER_PAGINA}`, {
        schema: gesprekOpZaak,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const stuur = useMutation({
    mutationFn: (tekst: string) =>
      api(`/zaken/${encodeURIComponent(zaak.id)}/inwonerberichten`, {
        method: "POST",
        body: { tekst },
        schema: inwonerberichtVerstuurd,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: sleutel }),
  });
  const d = lijst.data;
  return (
    <section aria-labelledby="inwonerberichten-op-zaak">
      <Heading2 id="inwonerberichten-op-zaak">Gesprek met de inwoner (Mijn Voordeur)</Heading2>
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} /> : null}
      {d && d.nieuw > 0 ? (
        <Paragraph>
          <strong>{d.nieuw === 1 ? "1 nieuw bericht" : `${d.nieuw} nieuwe berichten`}</strong> van de inwoner.
        </Paragraph>
      ) : null}
      <BerichtFormulier
        id="inwonerbericht"
        label="Bericht aan de inwoner"
        beschrijving="De inwoner leest dit in Mijn Voordeur en krijgt een e-mail dat er een bericht klaarstaat. De tekst staat niet in die e-mail."
        knop="Bericht versturen"
        verstuur={(tekst) => stuur.mutateAsync(tekst)}
      />
      {d && d.items.length === 0 ? <Paragraph>Er zijn nog geen berichten met de inwoner.</Paragraph> : null}
      {d && d.items.length > 0 ? <GesprekLijst items={d.items} eigenKant="medewerker" /> : null}
      {d ? <Paginering pagina={pagina} perPagina={PER_PAGINA} totaal={d.totaal} /> : null}
    </section>
  );
}
