import { useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
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
import { type FormEvent, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { AanbiederDetail, ContractInvoer } from "../../lib/contract";
import { Foutoverzicht, Tekstveld, Vinkje } from "../../lib/formulier";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useIngelogd } from "../sessie/sessie";
import { Keuzeveld } from "../werkverdeling/velden";
import { Contracten } from "./AanbiederPagina";
import { useAanbieder, useAanbieders, voegAanbiederToe, voegContractToe, wijzigAanbieder } from "./api";
import { type Uitkomst, uitkomstVan } from "./fouten";
import { WET_LABELS } from "./weergave";

interface AanbiederVelden {
  agbCode: string;
  naam: string;
  kvkNummer: string;
  email: string;
  telefoon: string;
  actief: boolean;
}

function AanbiederFormulier({
  titelId,
  begin,
  knop,
  opslaan,
}: {
  titelId: string;
  begin: AanbiederVelden;
  knop: string;
  opslaan: (v: AanbiederVelden) => Promise<void>;
}) {
  const [v, setV] = useState(begin);
  const [uitkomst, setUitkomst] = useState<Uitkomst>();
  const overzicht = useRef<HTMLDivElement>(null);
  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await opslaan(v);
      setUitkomst(undefined);
    } catch (fout) {
      setUitkomst(uitkomstVan(fout));
      requestAnimationFrame(() => overzicht.current?.focus());
    }
  }
  const fouten = uitkomst?.veldfouten ?? {};
  return (
    <>
      <Foutoverzicht
        ref={overzicht}
        fouten={fouten}
        melding={uitkomst?.melding}
        velden={{
          agbCode: { label: "AGB-code", id: `${titelId}-agb` },
          naam: { label: "Naam", id: `${titelId}-naam` },
          kvkNummer: { label: "KvK-nummer", id: `${titelId}-kvk` },
          contact: { label: "E-mailadres", id: `${titelId}-email` },
        }}
      />
      <form onSubmit={verstuur} noValidate className="voordeur-formulier" aria-labelledby={titelId}>
        <Tekstveld
          id={`${titelId}-naam`}
          label="Naam"
          verplicht
          value={v.naam}
          onChange={(e) => setV({ ...v, naam: e.currentTarget.value })}
          fout={fouten.naam}
        />
        <Tekstveld
          id={`${titelId}-agb`}
          label="AGB-code"
          beschrijving="8 cijfers"
          verplicht
          inputMode="numeric"
          value={v.agbCode}
          onChange={(e) => setV({ ...v, agbCode: e.currentTarget.value })}
          fout={fouten.agbCode}
        />
        <Tekstveld
          id={`${titelId}-kvk`}
          label="KvK-nummer"
          beschrijving="8 cijfers"
          inputMode="numeric"
          value={v.kvkNummer}
          onChange={(e) => setV({ ...v, kvkNummer: e.currentTarget.value })}
          fout={fouten.kvkNummer}
        />
        <Tekstveld
          id={`${titelId}-email`}
          label="E-mailadres"
          type="email"
          value={v.email}
          onChange={(e) => setV({ ...v, email: e.currentTarget.value })}
          fout={fouten.contact}
        />
        <Tekstveld
          id={`${titelId}-telefoon`}
          label="Telefoonnummer"
          type="tel"
          value={v.telefoon}
          onChange={(e) => setV({ ...v, telefoon: e.currentTarget.value })}
        />
        <Vinkje
          id={`${titelId}-actief`}
          label="Actief"
          aan={v.actief}
          onChange={(actief) => setV({ ...v, actief })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {knop}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

const alsInvoer = (v: AanbiederVelden) => ({
  agbCode: v.agbCode,
  naam: v.naam,
  kvkNummer: v.kvkNummer.trim() || null,
  contact: {
    ...(v.email.trim() ? { email: v.email.trim() } : {}),
    ...(v.telefoon.trim() ? { telefoon: v.telefoon.trim() } : {}),
  },
  actief: v.actief,
});

export function BeheerAanbiedersPagina() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [zoek, setZoek] = useState("");
  const lijst = useAanbieders(zoek, 1);
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Aanbieders" },
        ]}
      />
      <PaginaTitel>Aanbieders en contracten</PaginaTitel>
      <Tekstveld
        id="beheer-zoek"
        label="Zoek op naam of AGB-code"
        value={zoek}
        onChange={(e) => setZoek(e.currentTarget.value)}
      />
      {lijst.isPending ? (
        <Laden />
      ) : lijst.isError ? (
        <LaadFout fout={lijst.error} opnieuw={() => lijst.refetch()} />
      ) : (
        <TableContainer>
          <Table>
            <TableCaption>Aanbieders ({lijst.data.totaal})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">AGB-code</TableHeaderCell>
                <TableHeaderCell scope="col">KvK-nummer</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.items.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <AppLink to={`/beheer/aanbieders/${a.id}`}>{a.naam}</AppLink>
                  </TableCell>
                  <TableCell>{a.agbCode}</TableCell>
                  <TableCell>{a.kvkNummer ?? ""}</TableCell>
                  <TableCell>{a.actief ? "Actief" : "Niet actief"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <section aria-labelledby="aanbieder-toevoegen">
        <Heading2 id="aanbieder-toevoegen">Aanbieder toevoegen</Heading2>
        <AanbiederFormulier
          titelId="aanbieder-toevoegen"
          begin={{ agbCode: "", naam: "", kvkNummer: "", email: "", telefoon: "", actief: true }}
          knop="Aanbieder toevoegen"
          opslaan={async (v) => {
            const nieuw = await voegAanbiederToe(alsInvoer(v));
            await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
            navigate(`/beheer/aanbieders/${nieuw.id}`);
          }}
        />
      </section>
    </>
  );
}

type Regel = ContractInvoer["regels"][number];

function ContractToevoegen({ aanbieder }: { aanbieder: AanbiederDetail }) {
  const sessie = useIngelogd();
  const queryClient = useQueryClient();
  const leeg = { kenmerk: "", omschrijving: "", ingangsdatum: "", einddatum: "" };
  const [v, setV] = useState(leeg);
  const [regel, setRegel] = useState({
    gemeenteCode: sessie.gemeente.code,
    wet: "wmo",
    productCategorie: "",
    productCode: "",
  });
  const [regels, setRegels] = useState<Regel[]>([]);
  const [uitkomst, setUitkomst] = useState<Uitkomst>();
  const [gelukt, setGelukt] = useState<string>();
  const overzicht = useRef<HTMLDivElement>(null);

  function regelToevoegen() {
    setRegels([
      ...regels,
      {
        gemeenteCode: regel.gemeenteCode.trim(),
        wet: regel.wet as "wmo" | "jeugd",
        productCategorie: regel.productCategorie.trim().toUpperCase(),
        productCode: regel.productCode.trim().toUpperCase() || null,
      },
    ]);
    setRegel({ ...regel, productCategorie: "", productCode: "" });
  }

  async function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGelukt(undefined);
    try {
      await voegContractToe(aanbieder.id, { ...v, einddatum: v.einddatum || null, regels });
      setUitkomst(undefined);
      setV(leeg);
      setRegels([]);
      setGelukt("Het contract is vastgelegd.");
      await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
    } catch (fout) {
      setUitkomst(uitkomstVan(fout));
      requestAnimationFrame(() => overzicht.current?.focus());
    }
  }

  const fouten = uitkomst?.veldfouten ?? {};
  return (
    <section aria-labelledby="contract-toevoegen">
      <Heading2 id="contract-toevoegen">Contract toevoegen</Heading2>
      <div role="status">
        {gelukt ? (
          <Alert type="ok" role="none">
            <Paragraph>{gelukt}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <Foutoverzicht
        ref={overzicht}
        fouten={fouten}
        melding={uitkomst?.melding}
        velden={{
          kenmerk: { label: "Kenmerk", id: "contract-kenmerk" },
          ingangsdatum: { label: "Ingangsdatum", id: "contract-van" },
          einddatum: { label: "Einddatum", id: "contract-tot" },
          regels: { label: "Contractregels", id: "regel-categorie" },
        }}
      />
      <form onSubmit={opslaan} noValidate className="voordeur-formulier" aria-labelledby="contract-toevoegen">
        <Tekstveld
          id="contract-kenmerk"
          label="Kenmerk"
          verplicht
          value={v.kenmerk}
          onChange={(e) => setV({ ...v, kenmerk: e.currentTarget.value })}
          fout={fouten.kenmerk}
        />
        <Tekstveld
          id="contract-omschrijving"
          label="Omschrijving"
          value={v.omschrijving}
          onChange={(e) => setV({ ...v, omschrijving: e.currentTarget.value })}
        />
        <Tekstveld
          id="contract-van"
          label="Ingangsdatum"
          type="date"
          verplicht
          value={v.ingangsdatum}
          onChange={(e) => setV({ ...v, ingangsdatum: e.currentTarget.value })}
          fout={fouten.ingangsdatum}
        />
        <Tekstveld
          id="contract-tot"
          label="Einddatum"
          type="date"
          beschrijving="Leeg: doorlopend"
          value={v.einddatum}
          onChange={(e) => setV({ ...v, einddatum: e.currentTarget.value })}
          fout={fouten.einddatum}
        />
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Contractregel</legend>
          <Tekstveld
            id="regel-gemeente"
            label="Gemeente (CBS-code)"
            verplicht
            value={regel.gemeenteCode}
            onChange={(e) => setRegel({ ...regel, gemeenteCode: e.currentTarget.value })}
          />
          <Keuzeveld
            id="regel-wet"
            label="Wet"
            waarde={regel.wet}
            onChange={(wet) => setRegel({ ...regel, wet })}
            opties={Object.entries(WET_LABELS).map(([waarde, label]) => ({ waarde, label }))}
          />
          <Tekstveld
            id="regel-categorie"
            label="Productcategorie"
            beschrijving="2 tekens, bijvoorbeeld 45"
            verplicht
            value={regel.productCategorie}
            onChange={(e) => setRegel({ ...regel, productCategorie: e.currentTarget.value })}
          />
          <Tekstveld
            id="regel-code"
            label="Productcode"
            beschrijving="Leeg: alle producten van de categorie"
            value={regel.productCode}
            onChange={(e) => setRegel({ ...regel, productCode: e.currentTarget.value })}
          />
          <ButtonGroup>
            <Button type="button" appearance="secondary-action-button" onClick={regelToevoegen}>
              Regel toevoegen
            </Button>
          </ButtonGroup>
        </fieldset>
        {regels.length > 0 ? (
          <TableContainer>
            <Table>
              <TableCaption>Regels van het nieuwe contract</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                  <TableHeaderCell scope="col">Wet</TableHeaderCell>
                  <TableHeaderCell scope="col">Product</TableHeaderCell>
                  <TableHeaderCell scope="col">Actie</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {regels.map((r, i) => (
                  <TableRow key={`${r.gemeenteCode}-${r.wet}-${r.productCategorie}-${r.productCode}`}>
                    <TableCell>{r.gemeenteCode}</TableCell>
                    <TableCell>{WET_LABELS[r.wet]}</TableCell>
                    <TableCell>{r.productCode ?? `Categorie ${r.productCategorie}`}</TableCell>
                    <TableCell>
                      <Button
                        appearance="subtle-button"
                        onClick={() => setRegels(regels.filter((_, j) => j !== i))}
                      >
                        Verwijder regel {i + 1}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : (
          <Paragraph>Nog geen regels toegevoegd.</Paragraph>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Contract opslaan
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

export function BeheerAanbiederPagina() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const aanbieder = useAanbieder(id);
  const [gelukt, setGelukt] = useState<string>();
  if (aanbieder.isPending) return <Laden />;
  if (aanbieder.isError) return <LaadFout fout={aanbieder.error} opnieuw={() => aanbieder.refetch()} />;
  const a = aanbieder.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Aanbieders", naar: "/beheer/aanbieders" },
          { label: a.naam },
        ]}
      />
      <PaginaTitel>{a.naam}</PaginaTitel>
      <section aria-labelledby="aanbieder-wijzigen">
        <Heading2 id="aanbieder-wijzigen">Gegevens wijzigen</Heading2>
        <div role="status">
          {gelukt ? (
            <Alert type="ok" role="none">
              <Paragraph>{gelukt}</Paragraph>
            </Alert>
          ) : null}
        </div>
        <AanbiederFormulier
          key={a.versie}
          titelId="aanbieder-wijzigen"
          begin={{
            agbCode: a.agbCode,
            naam: a.naam,
            kvkNummer: a.kvkNummer ?? "",
            email: a.contact.email ?? "",
            telefoon: a.contact.telefoon ?? "",
            actief: a.actief,
          }}
          knop="Wijzigingen opslaan"
          opslaan={async (v) => {
            try {
              const bijgewerkt = await wijzigAanbieder(a.id, a.versie, {
                ...alsInvoer(v),
                contact: { ...a.contact, ...alsInvoer(v).contact },
              });
              queryClient.setQueryData(["aanbieders", a.id], bijgewerkt);
              setGelukt("De wijzigingen zijn opgeslagen.");
            } finally {
              await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
            }
          }}
        />
      </section>
      <Contracten aanbieder={a} />
      <ContractToevoegen aanbieder={a} />
    </>
  );
}
