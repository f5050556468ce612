import { Alert, LinkList, Paragraph } from "@utrecht/component-library-react";
import { Link, Navigate, useParams } from "react-router";
import { gemeenteSlug } from "../../../../src/domain/sociale-kaart/voorziening";
import { isApiFout } from "../../lib/api";
import { Paginering } from "../../lib/paginering";
import { AppLink, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useSessie } from "../sessie/sessie";
import { useKaartGemeenten, useOpenbareKaart, useOpenbareVoorzieningen } from "./api";
import { KaartFilter, useKaartFilter } from "./Filter";
import { Aantal, VoorzieningKaartje } from "./Lijst";

const PER_PAGINA = 20;

/** A medewerker who opened the kaart from Voordeur: the way back, and the kaart's beheer when theirs. */
function VoorMedewerkers({ rollen }: { rollen: readonly string[] }) {
  const mag = (...r: string[]) => r.some((x) => rollen.includes(x));
  return (
    <LinkList className="voordeur-linklijst">
      {[
        { naar: "/", label: "Terug naar Voordeur", ja: true },
        { naar: "/beheer/sociale-kaart", label: "De kaart bijhouden", ja: mag("beheerder", "buurtteam") },
        {
          naar: "/beheer/sociale-kaart/telling",
          label: "Geholpen in het voorliggend veld",
          ja: mag("teamleider", "beheerder"),
        },
      ]
        .filter((l) => l.ja)
        .map((l) => (
          <li key={l.naar} className="utrecht-link-list__item">
            <Link to={l.naar} className="utrecht-link utrecht-link--html-a utrecht-link-list__link">
              <span className="utrecht-link-list__link-text">{l.label}</span>
            </Link>
          </li>
        ))}
    </LinkList>
  );
}

/** Without a gemeente in the URL: choose one (a logged-in medewerker goes straight to their own). */
function KiesGemeente() {
  const sessie = useSessie();
  const gemeenten = useKaartGemeenten();
  if (sessie.data)
    return <Navigate replace to={`/sociale-kaart/${gemeenteSlug(sessie.data.gemeente.naam)}`} />;
  return (
    <>
      <PaginaTitel>Sociale kaart</PaginaTitel>
      <Paragraph>
        Op de sociale kaart vindt u activiteiten en hulp in uw buurt waarvoor u geen indicatie nodig heeft:
        van sport en ontmoeting tot hulp bij geldzaken. Kies uw gemeente.
      </Paragraph>
      {gemeenten.isPending ? <Laden /> : null}
      {gemeenten.isError ? (
        <LaadFout fout={gemeenten.error} opnieuw={() => void gemeenten.refetch()} />
      ) : null}
      {gemeenten.data ? (
        <LinkList className="voordeur-linklijst">
          {gemeenten.data.items.map((g) => (
            <li key={g.code} className="utrecht-link-list__item">
              <Link
                to={`/sociale-kaart/${g.slug}`}
                className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
              >
                <span className="utrecht-link-list__link-text">{g.naam}</span>
              </Link>
            </li>
          ))}
        </LinkList>
      ) : null}
    </>
  );
}

function Kaart({ gemeente }: { gemeente: string }) {
  const kaart = useOpenbareKaart(gemeente);
  const { filter, pagina, zet } = useKaartFilter();
  const lijst = useOpenbareVoorzieningen(gemeente, { ...filter, pagina, perPagina: PER_PAGINA });
  const sessie = useSessie();
  if (kaart.isPending) return <Laden />;
  if (kaart.isError)
    return (
      <>
        <PaginaTitel>Sociale kaart</PaginaTitel>
        {isApiFout(kaart.error) && kaart.error.status === 404 ? (
          <Alert type="error">
            <Paragraph>{kaart.error.detail}</Paragraph>
            <Paragraph>
              <AppLink to="/sociale-kaart">Kies een andere gemeente</AppLink>
            </Paragraph>
          </Alert>
        ) : (
          <LaadFout fout={kaart.error} opnieuw={() => void kaart.refetch()} />
        )}
      </>
    );
  return (
    <>
      <PaginaTitel titel={`Sociale kaart ${kaart.data.gemeente.naam}`}>
        Sociale kaart {kaart.data.gemeente.naam}
      </PaginaTitel>
      <Paragraph>
        Activiteiten en hulp in {kaart.data.gemeente.naam} waarvoor u geen indicatie nodig heeft. Zoek op een
        onderwerp, of kies uw wijk en waar u hulp bij zoekt.
      </Paragraph>
      {sessie.data ? <VoorMedewerkers rollen={sessie.data.rollen} /> : null}
      <KaartFilter key={JSON.stringify(filter)} wijken={kaart.data.wijken} filter={filter} zet={zet} />
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} /> : null}
      {lijst.data ? (
        <section aria-label="Gevonden voorzieningen" aria-busy={lijst.isFetching}>
          <Aantal totaal={lijst.data.totaal} />
          {lijst.data.items.map((v) => (
            <VoorzieningKaartje key={v.id} v={v} />
          ))}
          <Paginering
            pagina={lijst.data.pagina}
            perPagina={lijst.data.perPagina}
            totaal={lijst.data.totaal}
          />
        </section>
      ) : null}
    </>
  );
}

/** The public sociale kaart: /sociale-kaart (choose a gemeente) and /sociale-kaart/{gemeente}. No login. */
export function OpenbareKaartPagina() {
  const { gemeente } = useParams();
  return gemeente ? <Kaart gemeente={gemeente} /> : <KiesGemeente />;
}
