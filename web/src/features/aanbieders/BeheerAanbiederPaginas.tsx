import { useQueryClient } from "@tanstack/react-query";
import {
  Heading2,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useNavigate, useParams } from "react-router";
import {
  Foutoverzicht,
  GeluktMelding,
  Tekstveld,
  useVerzending,
  Verzendknop,
  Vinkje,
} from "../../lib/formulier";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { Contracten } from "./AanbiederPagina";
import { useAanbieder, useAanbieders, voegAanbiederToe, wijzigAanbieder } from "./api";
import { ContractenBewerken, ContractToevoegen } from "./ContractBeheer";
import { uitkomstVan } from "./fouten";

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
  const { uitkomst, fouten, overzicht, verstuur: bewaar } = useVerzending(uitkomstVan);
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    return bewaar(async () => {
      await opslaan(v);
      return undefined;
    });
  }
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
        <Verzendknop>{knop}</Verzendknop>
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
        <GeluktMelding tekst={gelukt} />
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
      <ContractenBewerken aanbieder={a} />
      <ContractToevoegen aanbieder={a} />
    </>
  );
}
