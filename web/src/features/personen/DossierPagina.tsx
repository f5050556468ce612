import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useParams } from "react-router";
import type { Klantdossier } from "../../lib/contract";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel, Uitklapper } from "../../lib/ui";
import { mag, useIngelogd } from "../sessie/sessie";
import { useKlantdossier } from "./api";
import { BrpBijwerken } from "./BrpBijwerken";
import { GeheimhoudingMelding } from "./BrpGegevens";
import { NetwerklidToevoegen, RelatieBeeindigen, RelatieToevoegen } from "./HuishoudenFormulieren";
import { datum, RELATIE_LABELS } from "./weergave";

function Gegeven({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function Persoonsgegevens({ d }: { d: Klantdossier }) {
  const a = d.adres;
  const communicatie = Object.entries(d.communicatie)
    .filter(([, waarde]) => waarde !== false && waarde !== null && waarde !== "")
    .map(([sleutel, waarde]) => (waarde === true ? sleutel : `${sleutel}: ${String(waarde)}`));
  return (
    <DataList>
      <Gegeven label="BSN">{d.bsnGemaskeerd ?? `Geen BSN (${d.zonderBsnReden ?? "reden onbekend"})`}</Gegeven>
      <Gegeven label="Geboortedatum">{datum(d.geboortedatum)}</Gegeven>
      <Gegeven label="Adres">
        {[a.straat, `${a.huisnummer}${a.huisletter ?? ""}${a.toevoeging ? `-${a.toevoeging}` : ""}`]
          .filter(Boolean)
          .join(" ")}
        , {a.postcode} {a.woonplaats}
      </Gegeven>
      <Gegeven label="Wijk of dorp">{d.wijk?.naam ?? d.wijk?.code ?? "Niet bekend"}</Gegeven>
      <Gegeven label="Telefoon">{d.telefoon ?? "Niet bekend"}</Gegeven>
      <Gegeven label="E-mail">{d.email ?? "Niet bekend"}</Gegeven>
      <Gegeven label="Communicatie">
        {communicatie.length > 0 ? communicatie.join(", ") : "Geen bijzonderheden"}
      </Gegeven>
    </DataList>
  );
}

const relatieLabel = (r: Klantdossier["relaties"][number]) =>
  RELATIE_LABELS[r.soort]?.[r.richting] ?? r.soort;

function Huishouden({ d, magWijzigen }: { d: Klantdossier; magWijzigen: boolean }) {
  if (d.relaties.length === 0 && d.netwerk.length === 0 && d.beeindigdeRelaties.length === 0) {
    return <Paragraph>Er zijn geen gezinsleden of netwerkleden vastgelegd.</Paragraph>;
  }
  return (
    <>
      <UnorderedList>
        {d.relaties.map((r) => (
          <UnorderedListItem key={r.id}>
            {relatieLabel(r)}: <AppLink to={`/personen/${r.persoonId}`}>{r.naam}</AppLink> (geboren{" "}
            {datum(r.geboortedatum)})
            {magWijzigen ? (
              <Uitklapper titel="Beëindigen">
                <RelatieBeeindigen
                  persoonId={d.id}
                  relatie={{ id: r.id, omschrijving: `${relatieLabel(r).toLowerCase()} ${r.naam}` }}
                />
              </Uitklapper>
            ) : null}
          </UnorderedListItem>
        ))}
        {d.netwerk.map((n) => (
          <UnorderedListItem key={n.id}>
            {n.relatie}: {n.naam}
            {n.mantelzorger ? " (mantelzorger)" : ""}
            {n.telefoon ? `, ${n.telefoon}` : ""}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {d.beeindigdeRelaties.length > 0 ? (
        <>
          <Heading3>Beëindigde relaties</Heading3>
          <UnorderedList>
            {d.beeindigdeRelaties.map((r) => (
              <UnorderedListItem key={r.id}>
                {relatieLabel(r)}: <AppLink to={`/personen/${r.persoonId}`}>{r.naam}</AppLink>, beëindigd op{" "}
                {datum(r.beeindigdOp ?? "")} ({r.redenBeeindiging})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </>
  );
}

function Zaken({ d }: { d: Klantdossier }) {
  if (d.zaken.length === 0) return <Paragraph>Er zijn geen zaken van deze inwoner.</Paragraph>;
  return (
    <TableContainer>
      <Table>
        <TableCaption className="voordeur-visueel-verborgen">Zaken van {d.naam}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Zaak</TableHeaderCell>
            <TableHeaderCell scope="col">Werkvoorraad</TableHeaderCell>
            <TableHeaderCell scope="col">Behandelaar</TableHeaderCell>
            <TableHeaderCell scope="col">Melding</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Hulpvraag</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {d.zaken.map((z) => (
            <TableRow key={z.id}>
              <TableCell>
                {z.inzage ? <AppLink to={`/zaken/${z.id}`}>{z.zaaknummer}</AppLink> : z.zaaknummer}
              </TableCell>
              <TableCell>{z.werkvoorraad}</TableCell>
              <TableCell>{z.behandelaar ?? "Nog niemand"}</TableCell>
              <TableCell>{datum(z.meldingsdatum)}</TableCell>
              <TableCell>{z.status}</TableCell>
              <TableCell>
                {z.inzage ? (
                  z.omschrijving
                ) : (
                  <StatusBadge status="warning">Geen inzage: zaak van een andere vakgroep</StatusBadge>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The klantdossier: what the medewerker may see of one resident; opening it is recorded in the audit trail. */
export function DossierPagina() {
  const { id = "" } = useParams();
  const sessie = useIngelogd();
  const dossier = useKlantdossier(id);
  const d = dossier.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Zoeken", naar: "/zoeken" },
          { label: d?.naam ?? "Klantdossier" },
        ]}
      />
      {dossier.isPending ? (
        <>
          <PaginaTitel>Klantdossier</PaginaTitel>
          <Laden />
        </>
      ) : null}
      {dossier.isError ? (
        <>
          <PaginaTitel>Klantdossier</PaginaTitel>
          <LaadFout fout={dossier.error} opnieuw={() => void dossier.refetch()} />
        </>
      ) : null}
      {d ? (
        <>
          <PaginaTitel titel={`Klantdossier ${d.naam}`}>{d.naam}</PaginaTitel>
          <Paragraph appearance="lead">Klantdossier. Dat u dit dossier opent, wordt vastgelegd.</Paragraph>
          {mag(sessie, "auditlog", "lezen") || mag(sessie, "inzage", "aanmaken") ? (
            <Paragraph>
              {mag(sessie, "auditlog", "lezen") ? (
                <AppLink to={`/personen/${d.id}/audit`}>Wie heeft dit dossier bekeken</AppLink>
              ) : null}
              {mag(sessie, "auditlog", "lezen") && mag(sessie, "inzage", "aanmaken") ? " · " : null}
              {mag(sessie, "inzage", "aanmaken") ? (
                <AppLink to={`/personen/${d.id}/inzage`}>Inzage samenstellen</AppLink>
              ) : null}
            </Paragraph>
          ) : null}
          {d.geheimhouding ? <GeheimhoudingMelding /> : null}
          <Heading2>Persoonsgegevens</Heading2>
          <Persoonsgegevens d={d} />
          {mag(sessie, "basisgegevens", "wijzigen") ? <BrpBijwerken d={d} /> : null}
          <Heading2>Huishouden en netwerk</Heading2>
          <Huishouden d={d} magWijzigen={mag(sessie, "basisgegevens", "wijzigen")} />
          {mag(sessie, "basisgegevens", "wijzigen") ? (
            <>
              <Uitklapper titel="Relatie toevoegen (ouder, gezag, partner, vertegenwoordiger)">
                <RelatieToevoegen persoonId={d.id} naam={d.naam} />
              </Uitklapper>
              <Uitklapper titel="Netwerklid toevoegen">
                <NetwerklidToevoegen persoonId={d.id} />
              </Uitklapper>
            </>
          ) : null}
          <Heading2>Betrokken medewerkers</Heading2>
          {d.betrokkenheden.length > 0 ? (
            <UnorderedList>
              {d.betrokkenheden.map((b) => (
                <UnorderedListItem key={`${b.vakgroep}-${b.medewerker}`}>
                  {b.vakgroep}: {b.medewerker ?? "nog geen behandelaar"}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          ) : (
            <Paragraph>Er is nu geen medewerker betrokken.</Paragraph>
          )}
          <Heading2>Zaken</Heading2>
          <Zaken d={d} />
        </>
      ) : null}
    </>
  );
}
