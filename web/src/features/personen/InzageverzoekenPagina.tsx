/**
 * The requests for inzage residents sent from Mijn Voordeur (AVG art. 15), at the teamleider: the earliest deadline
 * first (AVG art. 12 lid 3), each leading to the inzage of that person. Giving the inzage answers the request.
 */
import { useQuery } from "@tanstack/react-query";
import { Paragraph } from "@utrecht/component-library-react";
import { useSearchParams } from "react-router";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import { api } from "../../lib/api";
import { openInzageverzoek, pagina as paginaVan } from "../../lib/contract";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel, Tabel } from "../../lib/ui";

const PER_PAGINA = 25;
const lijst = paginaVan(openInzageverzoek);

export function InzageverzoekenPagina() {
  const pagina = paginaUit(useSearchParams()[0].get("pagina"));
  const verzoeken = useQuery({
    queryKey: ["inzageverzoeken", pagina],
    queryFn: ({ signal }) =>
      api(`/inzageverzoeken?pagina=${pagina}&perPagina=${PER_PAGINA}`, { schema: lijst, signal }),
  });
  const d = verzoeken.data;
  return (
    <>
      <Kruimelpad kruimels={[{ label: "Start", naar: "/" }, { label: "Inzageverzoeken" }]} />
      <PaginaTitel>Verzoeken om inzage</PaginaTitel>
      <Paragraph>
        Inwoners vragen in Mijn Voordeur inzage in hun gegevens (AVG artikel 15). Beantwoord een verzoek
        binnen een maand (artikel 12 lid 3): stel de inzage samen; het verzoek is daarmee afgehandeld en de
        inwoner downloadt de inzage in Mijn Voordeur.
      </Paragraph>
      {verzoeken.isPending ? <Laden /> : null}
      {verzoeken.isError ? (
        <LaadFout fout={verzoeken.error} opnieuw={() => void verzoeken.refetch()} />
      ) : null}
      {d && d.items.length === 0 ? <Paragraph>Er zijn geen open verzoeken om inzage.</Paragraph> : null}
      {d && d.items.length > 0 ? (
        <Tabel
          bijschrift="Open verzoeken om inzage, de vroegste termijn eerst"
          koppen={["Inwoner", "Ontvangen", "Uiterlijk antwoorden", "Gevraagd door", "Toelichting"]}
          rijen={d.items.map((v) => ({
            sleutel: v.id,
            cellen: [
              <AppLink key="naam" to={`/personen/${v.persoonId}/inzage`}>
                {v.naam}
              </AppLink>,
              datumVoluit(v.ontvangenOp),
              datumVoluit(v.uiterlijk),
              v.namens ? "ouder of vertegenwoordiger" : "de inwoner zelf",
              v.toelichting || "—",
            ],
          }))}
        />
      ) : null}
      {d ? <Paginering pagina={pagina} perPagina={PER_PAGINA} totaal={d.totaal} /> : null}
    </>
  );
}
