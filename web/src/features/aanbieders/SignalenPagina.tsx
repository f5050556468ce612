import { useQueryClient } from "@tanstack/react-query";
import {
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
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { SIGNAALSTATUS_LABELS } from "../../lib/contract";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzeveld,
  Tekstvak,
  Tekstveld,
  useVerzending,
  Verzendknop,
  Vinkje,
} from "../../lib/formulier";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { mag, useIngelogd } from "../sessie/sessie";
import { kortDatum } from "../zaken/weergave";
import { registreerSignaal, useAanbieders, useKwaliteitsmanagers, useSignalen } from "./api";
import { uitkomstVan } from "./fouten";
import { SignaalStatus } from "./weergave";

export const SOORT_LABELS: Record<string, string> = {
  kwaliteit: "Kwaliteitssignaal",
  contract: "Contractsignaal",
};

const vandaagIso = () => new Date().toISOString().slice(0, 10);

function SignaalRegistreren() {
  const queryClient = useQueryClient();
  const aanbieders = useAanbieders("", 1);
  const managers = useKwaliteitsmanagers();
  const leeg = {
    aanbiederId: "",
    soort: "kwaliteit",
    onderwerp: "",
    omschrijving: "",
    ontvangenOp: vandaagIso(),
    kwaliteitsmanagerId: "",
  };
  const [invoer, setInvoer] = useState(leeg);
  const { uitkomst, fouten, gelukt, overzicht, verstuur } = useVerzending(uitkomstVan);

  function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    return verstuur(
      async () => {
        await registreerSignaal({
          ...invoer,
          soort: invoer.soort as "kwaliteit" | "contract",
          kwaliteitsmanagerId: invoer.kwaliteitsmanagerId || null,
        });
        setInvoer(leeg);
        return "Het signaal is geregistreerd.";
      },
      () => queryClient.invalidateQueries({ queryKey: ["signalen"] }),
    );
  }

  return (
    <section aria-labelledby="signaal-registreren">
      <Heading2 id="signaal-registreren">Signaal registreren</Heading2>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht
        ref={overzicht}
        fouten={fouten}
        melding={uitkomst?.melding}
        velden={{
          aanbiederId: { label: "Aanbieder", id: "signaal-aanbieder" },
          onderwerp: { label: "Onderwerp", id: "signaal-onderwerp" },
          omschrijving: { label: "Omschrijving", id: "signaal-omschrijving" },
          ontvangenOp: { label: "Ontvangen op", id: "signaal-ontvangen" },
        }}
      />
      <form
        onSubmit={opslaan}
        noValidate
        className="voordeur-formulier"
        aria-labelledby="signaal-registreren"
      >
        <Keuzeveld
          id="signaal-aanbieder"
          label="Aanbieder"
          waarde={invoer.aanbiederId}
          onChange={(aanbiederId) => setInvoer({ ...invoer, aanbiederId })}
          keuzes={[
            { waarde: "", label: "Kies een aanbieder" },
            ...(aanbieders.data?.items ?? []).map((a) => ({
              waarde: a.id,
              label: `${a.naam} (${a.agbCode})`,
            })),
          ]}
          fout={fouten.aanbiederId}
        />
        <Keuzeveld
          id="signaal-soort"
          label="Soort signaal"
          waarde={invoer.soort}
          onChange={(soort) => setInvoer({ ...invoer, soort })}
          keuzes={Object.entries(SOORT_LABELS).map(([waarde, label]) => ({ waarde, label }))}
        />
        <Tekstveld
          id="signaal-onderwerp"
          label="Onderwerp"
          verplicht
          value={invoer.onderwerp}
          onChange={(e) => setInvoer({ ...invoer, onderwerp: e.currentTarget.value })}
          fout={fouten.onderwerp}
        />
        <Tekstvak
          id="signaal-omschrijving"
          label="Omschrijving"
          beschrijving="Noem geen namen of BSN's van inwoners; verwijs zo nodig naar het zaaknummer."
          waarde={invoer.omschrijving}
          onChange={(omschrijving) => setInvoer({ ...invoer, omschrijving })}
          fout={fouten.omschrijving}
        />
        <Tekstveld
          id="signaal-ontvangen"
          label="Ontvangen op"
          type="date"
          verplicht
          value={invoer.ontvangenOp}
          onChange={(e) => setInvoer({ ...invoer, ontvangenOp: e.currentTarget.value })}
          fout={fouten.ontvangenOp}
        />
        <Keuzeveld
          id="signaal-manager"
          label="Kwaliteitsmanager"
          waarde={invoer.kwaliteitsmanagerId}
          onChange={(kwaliteitsmanagerId) => setInvoer({ ...invoer, kwaliteitsmanagerId })}
          keuzes={[
            { waarde: "", label: "Nog niet toegewezen" },
            ...(managers.data ?? []).map((m) => ({ waarde: m.id, label: m.naam })),
          ]}
        />
        <Verzendknop>Signaal registreren</Verzendknop>
      </form>
    </section>
  );
}

export function SignalenPagina() {
  const sessie = useIngelogd();
  const [params, setParams] = useSearchParams();
  const soort = params.get("soort") ?? "";
  const open = params.get("open") === "ja";
  const signalen = useSignalen({ soort, open }, paginaUit(params.get("pagina")));
  const zet = (sleutel: string, waarde: string) => {
    const volgende = new URLSearchParams(params);
    if (waarde) volgende.set(sleutel, waarde);
    else volgende.delete(sleutel);
    volgende.delete("pagina");
    setParams(volgende);
  };
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Aanbieders", naar: "/aanbieders" },
          { label: "Signalen" },
        ]}
      />
      <PaginaTitel>Signalenlijst</PaginaTitel>
      <Paragraph>
        Kwaliteitssignalen en contractsignalen over aanbieders, met de kwaliteitsmanager en de opvolging.
      </Paragraph>
      <div className="voordeur-formulier">
        <Keuzeveld
          id="filter-soort"
          label="Soort"
          waarde={soort}
          onChange={(w) => zet("soort", w)}
          keuzes={[
            { waarde: "", label: "Alle signalen" },
            ...Object.entries(SOORT_LABELS).map(([waarde, label]) => ({ waarde, label })),
          ]}
        />
        <Vinkje
          id="filter-open"
          label="Alleen signalen die nog niet zijn afgesloten"
          aan={open}
          onChange={(aan) => zet("open", aan ? "ja" : "")}
        />
      </div>
      {signalen.isPending ? (
        <Laden />
      ) : signalen.isError ? (
        <LaadFout fout={signalen.error} opnieuw={() => signalen.refetch()} />
      ) : signalen.data.items.length === 0 ? (
        <Paragraph>Er zijn geen signalen.</Paragraph>
      ) : (
        <>
          <TableContainer>
            <Table>
              <TableCaption>Signalen ({signalen.data.totaal})</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                  <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
                  <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col">Kwaliteitsmanager</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {signalen.data.items.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell>{kortDatum(s.ontvangenOp)}</TableCell>
                    <TableCell>
                      <AppLink to={`/aanbieders/signalen/${s.id}`}>{s.onderwerp}</AppLink>
                    </TableCell>
                    <TableCell>{s.aanbieder.naam}</TableCell>
                    <TableCell>{SOORT_LABELS[s.soort]}</TableCell>
                    <TableCell>{s.kwaliteitsmanager?.naam ?? "Nog niet toegewezen"}</TableCell>
                    <TableCell>
                      <SignaalStatus status={s.status} label={SIGNAALSTATUS_LABELS[s.status]} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Paginering
            pagina={signalen.data.pagina}
            perPagina={signalen.data.perPagina}
            totaal={signalen.data.totaal}
          />
        </>
      )}
      {mag(sessie, "kwaliteit", "aanmaken") ? <SignaalRegistreren /> : null}
    </>
  );
}
