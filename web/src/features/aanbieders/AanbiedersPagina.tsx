import {
  Heading2,
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
import { type FormEvent, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { Foutoverzicht, Keuzeveld, Tekstveld, type Veldfouten, Verzendknop } from "../../lib/formulier";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { mag, useIngelogd } from "../sessie/sessie";
import { useAanbieders, useClientenstops, useVerwijzingswijzer, type Zoekvraag } from "./api";
import { ClientenstopMarkering, periodeTekst, WET_LABELS } from "./weergave";

const WETTEN = [
  { waarde: "", label: "Wmo en Jeugdwet" },
  { waarde: "wmo", label: "Wmo" },
  { waarde: "jeugd", label: "Jeugdwet" },
];

function Verwijzingswijzer() {
  const [params, setParams] = useSearchParams();
  const vraag: Zoekvraag | null =
    params.get("wet") || params.get("product") || params.get("resultaat")
      ? {
          wet: params.get("wet") ?? "",
          productCode: params.get("product") ?? "",
          resultaat: params.get("resultaat") ?? "",
          peildatum: params.get("peildatum") ?? "",
        }
      : null;
  const [invoer, setInvoer] = useState<Zoekvraag>(
    vraag ?? { wet: "", productCode: "", resultaat: "", peildatum: "" },
  );
  const [fouten, setFouten] = useState<Veldfouten>({});
  const overzicht = useRef<HTMLDivElement>(null);
  const resultaten = useVerwijzingswijzer(vraag, paginaUit(params.get("pagina")));

  function zoek(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nieuweFouten: Veldfouten = {};
    if (!invoer.wet && !invoer.productCode.trim() && !invoer.resultaat.trim())
      nieuweFouten.product = "Vul een productcode of resultaat in, of kies een wet";
    if (invoer.resultaat.trim().length === 1) nieuweFouten.resultaat = "Typ minstens 2 tekens";
    if (invoer.productCode.trim() && !/^[0-9A-Za-z]{1,5}$/.test(invoer.productCode.trim()))
      nieuweFouten.product = "Een productcode bestaat uit hoogstens 5 tekens, bijvoorbeeld 45A33";
    setFouten(nieuweFouten);
    if (Object.keys(nieuweFouten).length > 0) {
      requestAnimationFrame(() => overzicht.current?.focus());
      return;
    }
    const volgende = new URLSearchParams();
    if (invoer.wet) volgende.set("wet", invoer.wet);
    if (invoer.productCode.trim()) volgende.set("product", invoer.productCode.trim().toUpperCase());
    if (invoer.resultaat.trim()) volgende.set("resultaat", invoer.resultaat.trim());
    if (invoer.peildatum) volgende.set("peildatum", invoer.peildatum);
    setParams(volgende);
  }

  return (
    <section aria-labelledby="verwijzingswijzer">
      <Heading2 id="verwijzingswijzer">Verwijzingswijzer</Heading2>
      <Paragraph>
        Welke gecontracteerde aanbieder levert dit product of resultaat in uw gemeente? Aanbieders met een
        cliëntenstop staan onderaan.
      </Paragraph>
      <Foutoverzicht
        ref={overzicht}
        fouten={fouten}
        velden={{
          product: { label: "Productcode", id: "vw-product" },
          resultaat: { label: "Resultaat of omschrijving", id: "vw-resultaat" },
        }}
      />
      <form onSubmit={zoek} noValidate className="voordeur-formulier" aria-labelledby="verwijzingswijzer">
        <Keuzeveld
          id="vw-wet"
          label="Wet"
          waarde={invoer.wet}
          onChange={(wet) => setInvoer({ ...invoer, wet })}
          keuzes={WETTEN}
        />
        <Tekstveld
          id="vw-product"
          label="Productcode"
          beschrijving="Bijvoorbeeld 45A33 of 07A01"
          value={invoer.productCode}
          onChange={(e) => setInvoer({ ...invoer, productCode: e.currentTarget.value })}
          fout={fouten.product}
          autoComplete="off"
        />
        <Tekstveld
          id="vw-resultaat"
          label="Resultaat of omschrijving"
          beschrijving="Bijvoorbeeld: dagbesteding, logeren, begeleiding"
          value={invoer.resultaat}
          onChange={(e) => setInvoer({ ...invoer, resultaat: e.currentTarget.value })}
          fout={fouten.resultaat}
          autoComplete="off"
        />
        <Tekstveld
          id="vw-peildatum"
          label="Peildatum"
          beschrijving="Leeg: vandaag"
          type="date"
          value={invoer.peildatum}
          onChange={(e) => setInvoer({ ...invoer, peildatum: e.currentTarget.value })}
        />
        <Verzendknop>Zoek aanbieders</Verzendknop>
      </form>
      {vraag === null ? null : resultaten.isPending ? (
        <Laden />
      ) : resultaten.isError ? (
        <LaadFout fout={resultaten.error} opnieuw={() => resultaten.refetch()} />
      ) : resultaten.data.items.length === 0 ? (
        <Paragraph role="status">Geen gecontracteerde aanbieders gevonden.</Paragraph>
      ) : (
        <>
          <Paragraph role="status">{resultaten.data.totaal} aanbieder(s) gevonden.</Paragraph>
          <TableContainer>
            <Table>
              <TableCaption>Gecontracteerde aanbieders</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
                  <TableHeaderCell scope="col">Producten en resultaten</TableHeaderCell>
                  <TableHeaderCell scope="col">Beschikbaarheid</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {resultaten.data.items.map((v) => (
                  <TableRow key={v.aanbieder.id}>
                    <TableCell>
                      <AppLink to={`/aanbieders/${v.aanbieder.id}`}>{v.aanbieder.naam}</AppLink>
                      <br />
                      AGB {v.aanbieder.agbCode}
                    </TableCell>
                    <TableCell>
                      <UnorderedList>
                        {v.producten.map((p) => (
                          <UnorderedListItem
                            key={`${p.contractKenmerk}-${p.wet}-${p.productCategorie}-${p.productCode}`}
                          >
                            {WET_LABELS[p.wet]}{" "}
                            {p.productCode ?? `categorie ${p.productCategorie} (alle producten)`}
                            {p.productOmschrijving ? ` ${p.productOmschrijving}` : ""}
                            {p.resultaat ? ` — ${p.resultaat}` : ""}
                          </UnorderedListItem>
                        ))}
                      </UnorderedList>
                    </TableCell>
                    <TableCell>
                      {v.clientenstop ? (
                        <>
                          <ClientenstopMarkering tot={v.clientenstop.tot} />
                          <br />
                          {v.clientenstop.reden}
                        </>
                      ) : (
                        <StatusBadge status="safe">Beschikbaar</StatusBadge>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Paginering
            pagina={resultaten.data.pagina}
            perPagina={resultaten.data.perPagina}
            totaal={resultaten.data.totaal}
          />
        </>
      )}
    </section>
  );
}

function LopendeStops() {
  const stops = useClientenstops();
  if (stops.isPending) return <Laden />;
  if (stops.isError) return <LaadFout fout={stops.error} opnieuw={() => stops.refetch()} />;
  return (
    <section aria-labelledby="lopende-stops">
      <Heading2 id="lopende-stops">Lopende cliëntenstops</Heading2>
      {stops.data.length === 0 ? (
        <Paragraph>Er geldt op dit moment geen cliëntenstop in uw gemeente.</Paragraph>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning">
          <UnorderedList>
            {stops.data.map((s) => (
              <UnorderedListItem key={s.id}>
                <AppLink to={`/aanbieders/${s.aanbiederId}`}>{s.aanbiederNaam}</AppLink>: cliëntenstop{" "}
                {periodeTekst(s.van, s.tot)} — {s.reden}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
    </section>
  );
}

function AanbiederZoeken() {
  const [invoer, setInvoer] = useState("");
  const [zoek, setZoek] = useState("");
  const lijst = useAanbieders(zoek, 1);
  return (
    <section aria-labelledby="aanbieder-zoeken">
      <Heading2 id="aanbieder-zoeken">Aanbieder zoeken</Heading2>
      <form
        aria-labelledby="aanbieder-zoeken"
        className="voordeur-formulier"
        onSubmit={(e) => {
          e.preventDefault();
          setZoek(invoer.trim());
        }}
      >
        <Tekstveld
          id="aanbieder-zoek"
          label="Naam of AGB-code"
          value={invoer}
          onChange={(e) => setInvoer(e.currentTarget.value)}
          autoComplete="off"
        />
        <Verzendknop appearance="secondary-action-button">Zoeken</Verzendknop>
      </form>
      {lijst.isPending ? (
        <Laden />
      ) : lijst.isError ? (
        <LaadFout fout={lijst.error} opnieuw={() => lijst.refetch()} />
      ) : (
        <TableContainer>
          <Table>
            <TableCaption>
              Aanbieders{zoek ? ` met "${zoek}"` : ""} ({lijst.data.totaal}
              {lijst.data.totaal > lijst.data.items.length
                ? `, de eerste ${lijst.data.items.length} getoond`
                : ""}
              )
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">AGB-code</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.items.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <AppLink to={`/aanbieders/${a.id}`}>{a.naam}</AppLink>
                  </TableCell>
                  <TableCell>{a.agbCode}</TableCell>
                  <TableCell>
                    {a.clientenstop ? (
                      <ClientenstopMarkering tot={a.clientenstop.tot} />
                    ) : a.actief ? (
                      "Actief"
                    ) : (
                      "Niet actief"
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </section>
  );
}

export function AanbiedersPagina() {
  const sessie = useIngelogd();
  return (
    <>
      <Kruimelpad kruimels={[{ label: "Start", naar: "/" }, { label: "Aanbieders" }]} />
      <PaginaTitel>Aanbieders</PaginaTitel>
      <Paragraph>
        <AppLink to="/aanbieders/signalen">Signalenlijst (kwaliteit en contract)</AppLink>
      </Paragraph>
      {mag(sessie, "goedkeuring", "aanmaken") ? (
        <Paragraph>
          <AppLink to="/aanbieders/overeenkomsten">Individuele overeenkomsten beoordelen</AppLink>
        </Paragraph>
      ) : null}
      <Verwijzingswijzer />
      <LopendeStops />
      <AanbiederZoeken />
    </>
  );
}
