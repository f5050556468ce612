import { useQueryClient } from "@tanstack/react-query";
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import { useParams } from "react-router";
import type { AanbiederDetail, Clientenstop } from "../../lib/contract";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzeveld,
  Tekstvak,
  Tekstveld,
  useVerzending,
  Verzendknop,
} from "../../lib/formulier";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { Besteding } from "../declaraties/Besteding";
import { Tarieven } from "../declaraties/Tarieven";
import { mag, useIngelogd } from "../sessie/sessie";
import { kondigStopAf, useAanbieder, wijzigStop } from "./api";
import { uitkomstVan } from "./fouten";
import { ClientenstopMarkering, periodeTekst, WET_LABELS } from "./weergave";

function StopAfkondigen({ aanbieder }: { aanbieder: AanbiederDetail }) {
  const sessie = useIngelogd();
  const queryClient = useQueryClient();
  const [invoer, setInvoer] = useState({ bereik: "regio", van: "", tot: "", reden: "" });
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur } = useVerzending(uitkomstVan);

  function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    return verstuur(
      async () => {
        await kondigStopAf(aanbieder.id, {
          gemeenteCode: invoer.bereik === "regio" ? null : sessie.gemeente.code,
          van: invoer.van,
          tot: invoer.tot || null,
          reden: invoer.reden,
        });
        setInvoer({ bereik: "regio", van: "", tot: "", reden: "" });
        return `De cliëntenstop voor ${aanbieder.naam} is afgekondigd.`;
      },
      async () => {
        await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
        await queryClient.invalidateQueries({ queryKey: ["clientenstops"] });
      },
    );
  }

  return (
    <section aria-labelledby="stop-afkondigen">
      <Heading2 id="stop-afkondigen">Cliëntenstop afkondigen</Heading2>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht
        ref={overzicht}
        fouten={fouten}
        melding={uitkomst?.melding}
        velden={{
          van: { label: "Ingangsdatum", id: "stop-van" },
          tot: { label: "Einddatum", id: "stop-tot" },
          reden: { label: "Reden", id: "stop-reden" },
          gemeenteCode: { label: "Geldt voor", id: "stop-bereik" },
        }}
      />
      <form onSubmit={opslaan} noValidate className="voordeur-formulier" aria-labelledby="stop-afkondigen">
        <Keuzeveld
          id="stop-bereik"
          label="Geldt voor"
          waarde={invoer.bereik}
          onChange={(bereik) => setInvoer({ ...invoer, bereik })}
          keuzes={[
            { waarde: "regio", label: "De hele regio (alle gemeenten)" },
            { waarde: "gemeente", label: `Alleen ${sessie.gemeente.naam}` },
          ]}
          fout={fouten.gemeenteCode}
        />
        <Tekstveld
          id="stop-van"
          label="Ingangsdatum"
          type="date"
          verplicht
          value={invoer.van}
          onChange={(e) => setInvoer({ ...invoer, van: e.currentTarget.value })}
          fout={fouten.van}
        />
        <Tekstveld
          id="stop-tot"
          label="Einddatum"
          type="date"
          beschrijving="Leeg laten als de einddatum nog niet bekend is"
          value={invoer.tot}
          onChange={(e) => setInvoer({ ...invoer, tot: e.currentTarget.value })}
          fout={fouten.tot}
        />
        <Tekstvak
          id="stop-reden"
          label="Reden"
          waarde={invoer.reden}
          onChange={(reden) => setInvoer({ ...invoer, reden })}
          fout={fouten.reden}
        />
        <Verzendknop bezig={bezig}>Cliëntenstop afkondigen</Verzendknop>
      </form>
    </section>
  );
}

function StopOpheffen({ stop }: { stop: Clientenstop }) {
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<string>();
  async function opheffen() {
    const gisteren = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    try {
      await wijzigStop(stop.id, stop.versie, {
        gemeenteCode: stop.gemeenteCode,
        van: stop.van,
        // A stop that started today or later ends on its first day (stops are ended, never deleted).
        tot: [gisteren, stop.van].sort()[1] ?? stop.van,
        reden: stop.reden,
      });
      setMelding(undefined);
    } catch (fout) {
      setMelding(uitkomstVan(fout).melding);
    }
    await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
    await queryClient.invalidateQueries({ queryKey: ["clientenstops"] });
  }
  return (
    <>
      <Button appearance="secondary-action-button" onClick={opheffen}>
        Cliëntenstop opheffen
      </Button>
      {melding ? <Paragraph role="alert">{melding}</Paragraph> : null}
    </>
  );
}

function Stops({ aanbieder, magBeheren }: { aanbieder: AanbiederDetail; magBeheren: boolean }) {
  return (
    <section aria-labelledby="stops">
      <Heading2 id="stops">Cliëntenstops</Heading2>
      {aanbieder.clientenstops.length === 0 ? (
        <Paragraph>Er is nooit een cliëntenstop afgekondigd voor deze aanbieder.</Paragraph>
      ) : (
        <TableContainer>
          <Table>
            <TableCaption>Cliëntenstops van {aanbieder.naam}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Periode</TableHeaderCell>
                <TableHeaderCell scope="col">Geldt voor</TableHeaderCell>
                <TableHeaderCell scope="col">Reden</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {aanbieder.clientenstops.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{periodeTekst(s.van, s.tot)}</TableCell>
                  <TableCell>{s.gemeenteCode ? `Gemeente ${s.gemeenteCode}` : "Hele regio"}</TableCell>
                  <TableCell>{s.reden}</TableCell>
                  <TableCell>
                    {s.actief ? (
                      <>
                        <ClientenstopMarkering tot={s.tot} />
                        {magBeheren ? <StopOpheffen stop={s} /> : null}
                      </>
                    ) : (
                      "Niet (meer) van kracht"
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {magBeheren ? <StopAfkondigen aanbieder={aanbieder} /> : null}
    </section>
  );
}

export function Contracten({ aanbieder }: { aanbieder: AanbiederDetail }) {
  return (
    <section aria-labelledby="contracten">
      <Heading2 id="contracten">Contracten</Heading2>
      {aanbieder.contracten.length === 0 ? <Paragraph>Deze aanbieder heeft geen contract.</Paragraph> : null}
      {aanbieder.contracten.map((c) => (
        <TableContainer key={c.id}>
          <Table>
            <TableCaption>
              Contract {c.kenmerk}: {periodeTekst(c.ingangsdatum, c.einddatum)}
              {c.omschrijving ? ` — ${c.omschrijving}` : ""}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                <TableHeaderCell scope="col">Wet</TableHeaderCell>
                <TableHeaderCell scope="col">Product</TableHeaderCell>
                <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {c.regels.map((r) => (
                <TableRow key={`${r.gemeenteCode}-${r.wet}-${r.productCategorie}-${r.productCode}`}>
                  <TableCell>{r.gemeenteCode}</TableCell>
                  <TableCell>{WET_LABELS[r.wet]}</TableCell>
                  <TableCell>
                    {r.productCode
                      ? `${r.productCode}${r.productOmschrijving ? ` ${r.productOmschrijving}` : ""}`
                      : `Categorie ${r.productCategorie} (alle producten)`}
                  </TableCell>
                  <TableCell>{r.resultaat ?? ""}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ))}
    </section>
  );
}

export function AanbiederGegevens({ aanbieder }: { aanbieder: AanbiederDetail }) {
  return (
    <DataList>
      <DataListItem>
        <DataListKey>AGB-code</DataListKey>
        <DataListValue>{aanbieder.agbCode}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>KvK-nummer</DataListKey>
        <DataListValue>{aanbieder.kvkNummer ?? "Onbekend"}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Status</DataListKey>
        <DataListValue>{aanbieder.actief ? "Actief" : "Niet actief"}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Contact</DataListKey>
        <DataListValue>
          {[
            aanbieder.contact.contactpersoon,
            aanbieder.contact.email,
            aanbieder.contact.telefoon,
            aanbieder.contact.adres,
          ]
            .filter(Boolean)
            .join(", ") || "Onbekend"}
        </DataListValue>
      </DataListItem>
    </DataList>
  );
}

export function AanbiederPagina() {
  const { id = "" } = useParams();
  const sessie = useIngelogd();
  const aanbieder = useAanbieder(id);
  const magBeheren = mag(sessie, "kwaliteit", "aanmaken");
  if (aanbieder.isPending) return <Laden />;
  if (aanbieder.isError) return <LaadFout fout={aanbieder.error} opnieuw={() => aanbieder.refetch()} />;
  const a = aanbieder.data;
  const actief = a.clientenstops.find((s) => s.actief);
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Aanbieders", naar: "/aanbieders" },
          { label: a.naam },
        ]}
      />
      <PaginaTitel>{a.naam}</PaginaTitel>
      {actief ? (
        <div className="utrecht-alert utrecht-alert--warning">
          <Paragraph>
            <ClientenstopMarkering tot={actief.tot} /> Voor deze aanbieder geldt een cliëntenstop{" "}
            {periodeTekst(actief.van, actief.tot)}: {actief.reden}. Nieuwe toewijzingen worden geweigerd.
          </Paragraph>
        </div>
      ) : null}
      <AanbiederGegevens aanbieder={a} />
      <Contracten aanbieder={a} />
      <Tarieven aanbiederId={a.id} magBeheren={mag(sessie, "tarief", "aanmaken")} />
      {mag(sessie, "besteding", "lezen") ? (
        <Besteding aanbiederId={a.id} gemeente={sessie.gemeente.naam} />
      ) : null}
      <Stops aanbieder={a} magBeheren={magBeheren} />
    </>
  );
}
