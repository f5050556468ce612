import {
  Alert,
  Heading2,
  LinkList,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useParams } from "react-router";
import {
  PROTOCOL_LABELS,
  PROTOCOL_SOORTEN,
  type ProtocolSoort,
} from "../../../../src/domain/protocollen/protocollen";
import { ApiFout, isApiFout } from "../../lib/api";
import { Tekstvak, Tekstveld } from "../../lib/formulier";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel, Uitklapper } from "../../lib/ui";
import {
  type Protocoltekst,
  useProtocol,
  useProtocollen,
  useProtocolversies,
  useWijzigProtocol,
} from "../protocollen/api";
import { ProtocolFormulier } from "../protocollen/Formulier";
import { ProtocolTekst } from "../protocollen/ProtocolTekst";
import { NietGevonden } from "../shell/Paginas";

const wieWanneer = (p: Protocoltekst) =>
  p.gewijzigdOp
    ? `${datumTijd(p.gewijzigdOp)}${p.gewijzigdDoor ? ` door ${p.gewijzigdDoor}` : ""}`
    : "bij de inrichting";

/** Beheer: the four veiligheidsprotocollen, each with its current version. */
export function ProtocollenBeheerPagina() {
  const protocollen = useProtocollen();
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Veiligheidsprotocollen" },
        ]}
      />
      <PaginaTitel>Veiligheidsprotocollen</PaginaTitel>
      <Paragraph>
        Medewerkers lezen deze protocollen via Veiligheid, bovenaan iedere pagina. Zet hier de protocollen van
        uw gemeente; iedere wijziging wordt als nieuwe versie bewaard.
      </Paragraph>
      {protocollen.isPending ? <Laden /> : null}
      {protocollen.isError ? (
        <LaadFout fout={protocollen.error} opnieuw={() => void protocollen.refetch()} />
      ) : null}
      {protocollen.data ? (
        <LinkList className="voordeur-linklijst">
          {protocollen.data.items.map((p) => (
            <li key={p.soort} className="utrecht-link-list__item">
              <AppLink to={`/beheer/protocollen/${p.soort}`} className="utrecht-link-list__link">
                <span className="utrecht-link-list__link-text">
                  {p.titel} (versie {p.versie}
                  {p.voorbeeld ? ", nog de voorbeeldtekst" : ""})
                </span>
              </AppLink>
            </li>
          ))}
        </LinkList>
      ) : null}
    </>
  );
}

const VELDEN = {
  titel: { label: "Titel", id: "protocol-titel" },
  tekst: { label: "Tekst", id: "protocol-tekst" },
};

const ANDER_WAS_EERDER =
  "Iemand anders heeft dit protocol intussen gewijzigd. De nieuwste versie staat hieronder bij Alle versies; uw tekst staat nog in het formulier. Neem zo nodig hun wijziging over en sla dan opnieuw op: uw tekst wordt de versie daarna.";

function Bewerken({
  protocol,
  nieuwste,
}: {
  protocol: Protocoltekst;
  nieuwste: () => Promise<number | undefined>;
}) {
  const wijzig = useWijzigProtocol(protocol.soort);
  const [titel, setTitel] = useState(protocol.titel);
  const [tekst, setTekst] = useState(protocol.tekst);
  const [gezien, setGezien] = useState(protocol.versie);
  return (
    <>
      <ProtocolFormulier
        kop="Tekst wijzigen"
        velden={VELDEN}
        knop="Nieuwe versie opslaan"
        opslaan={async () => {
          try {
            const nieuw = await wijzig.mutateAsync({ versie: gezien, titel, tekst });
            setGezien(nieuw.versie);
            return `Versie ${nieuw.versie} is opgeslagen. Medewerkers lezen vanaf nu deze tekst.`;
          } catch (fout) {
            if (!isApiFout(fout) || fout.status !== 409) throw fout;
            setGezien((await nieuwste()) ?? gezien);
            throw new ApiFout(409, fout.titel, ANDER_WAS_EERDER);
          }
        }}
      >
        {(fouten) => (
          <>
            <Tekstveld
              id={VELDEN.titel.id}
              name="titel"
              label={VELDEN.titel.label}
              verplicht
              autoComplete="off"
              value={titel}
              onChange={(e) => setTitel(e.currentTarget.value)}
              fout={fouten.titel}
            />
            <Tekstvak
              id={VELDEN.tekst.id}
              label={VELDEN.tekst.label}
              beschrijving="Een lege regel begint een nieuwe alinea. Een regel die begint met # wordt een tussenkop; regels die beginnen met 1., 2., … worden genummerde stappen; regels die beginnen met - worden een opsomming."
              waarde={tekst}
              onChange={setTekst}
              fout={fouten.tekst}
              rows={16}
            />
          </>
        )}
      </ProtocolFormulier>
      <section aria-labelledby="voorbeeld-kop" className="voordeur-protocol-voorbeeld">
        <Heading2 id="voorbeeld-kop">Zo ziet de medewerker het</Heading2>
        <div className="voordeur-protocol-voorbeeld__kader">
          <p className="utrecht-paragraph voordeur-protocol-voorbeeld__titel">{titel}</p>
          <ProtocolTekst tekst={tekst} kopNiveau={3} />
        </div>
      </section>
    </>
  );
}

function Versies({ soort }: { soort: ProtocolSoort }) {
  const versies = useProtocolversies(soort);
  if (versies.isPending) return <Laden />;
  if (versies.isError) return <LaadFout fout={versies.error} opnieuw={() => void versies.refetch()} />;
  return (
    <section aria-labelledby="versies-kop">
      <Heading2 id="versies-kop">Alle versies</Heading2>
      <TableContainer>
        <Table>
          <TableCaption className="voordeur-visueel-verborgen">Versies, nieuwste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Versie</TableHeaderCell>
              <TableHeaderCell scope="col">Gewijzigd</TableHeaderCell>
              <TableHeaderCell scope="col">Tekst</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versies.data.items.map((v) => (
              <TableRow key={v.versie}>
                <TableCell>
                  {v.versie}
                  {v.voorbeeld ? " (voorbeeldtekst)" : ""}
                </TableCell>
                <TableCell>{wieWanneer(v)}</TableCell>
                <TableCell>
                  <Uitklapper titel={`Tekst van versie ${v.versie} bekijken`}>
                    <p className="utrecht-paragraph voordeur-protocol-voorbeeld__titel">{v.titel}</p>
                    <ProtocolTekst tekst={v.tekst} kopNiveau={3} />
                  </Uitklapper>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  );
}

function ProtocolBewerken({ soort }: { soort: ProtocolSoort }) {
  const protocol = useProtocol(soort);
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Veiligheidsprotocollen", naar: "/beheer/protocollen" },
          { label: PROTOCOL_LABELS[soort] },
        ]}
      />
      <PaginaTitel>{`${PROTOCOL_LABELS[soort]} beheren`}</PaginaTitel>
      {protocol.isPending ? <Laden /> : null}
      {protocol.isError ? <LaadFout fout={protocol.error} opnieuw={() => void protocol.refetch()} /> : null}
      {protocol.data ? (
        <>
          <Paragraph>
            Huidige versie: {protocol.data.versie}, {wieWanneer(protocol.data)}.
          </Paragraph>
          {protocol.data.voorbeeld ? (
            <Alert type="warning">
              <Paragraph>
                Dit is nog de voorbeeldtekst. Vervang haar door het protocol van uw gemeente (haal de eerste
                regel ‘Voorbeeldtekst: …’ weg).
              </Paragraph>
            </Alert>
          ) : null}
          <Bewerken protocol={protocol.data} nieuwste={async () => (await protocol.refetch()).data?.versie} />
        </>
      ) : null}
      <Versies soort={soort} />
    </>
  );
}

/** Beheer: one protocol's text — edit, preview as the reader sees it, the versions. */
export function ProtocolBewerkenPagina() {
  const { soort } = useParams();
  if (!(PROTOCOL_SOORTEN as readonly string[]).includes(soort ?? "")) return <NietGevonden />;
  return <ProtocolBewerken key={soort} soort={soort as ProtocolSoort} />;
}
