/** /beheer/catalogus — the regional Resultatenmatrix (versioned) and the products per law. */
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
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
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import type { z } from "zod";
import { foutmelding, isApiFout } from "../../lib/api";
import type { catalogusOverzicht } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { Keuzeveld, Tekstvak, Tekstveld } from "../../lib/formulier";
import { Paginering, paginaUit } from "../../lib/paginering";
import { datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import {
  useCatalogusOverzicht,
  useMatrixVersies,
  useProducten,
  usePubliceerMatrix,
  useVoegProductToe,
} from "./api";
import { Herhaling } from "./velden";

type Overzicht = z.infer<typeof catalogusOverzicht>;
type Hoofd = { code: string; domein: string; omschrijving: string; stappen: string };

function MatrixTabel({ overzicht }: { overzicht: Overzicht }) {
  const matrix = overzicht.matrix;
  if (!matrix) return <Paragraph>Er is nog geen Resultatenmatrix gepubliceerd.</Paragraph>;
  return (
    <>
      <Paragraph>
        Geldende versie {matrix.versie}, geldig vanaf {matrix.geldigVanaf}. {matrix.toelichting}
      </Paragraph>
      {matrix.voorbeeld ? (
        <Alert type="warning">
          <Paragraph>
            Let op: dit is een voorbeeldmatrix. Publiceer de vastgestelde matrix als nieuwe versie.
          </Paragraph>
        </Alert>
      ) : null}
      <TableContainer>
        <Table>
          <TableCaption>Resultatenmatrix versie {matrix.versie}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Domein</TableHeaderCell>
              <TableHeaderCell scope="col">Hoofdresultaat</TableHeaderCell>
              <TableHeaderCell scope="col">Subresultaten (ontwikkelstappen)</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {matrix.matrix.hoofdresultaten.map((h) => (
              <TableRow key={h.code}>
                <TableCell>
                  {overzicht.domeinen.find((d) => d.code === h.domein)?.omschrijving ?? h.domein}
                </TableCell>
                <TableCell>
                  {h.code} {h.omschrijving}
                </TableCell>
                <TableCell>{h.subresultaten.map((s) => `${s.stap}. ${s.omschrijving}`).join("; ")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Heading3>Interventieniveaus</Heading3>
      <UnorderedList>
        {overzicht.interventieniveaus.map((n) => (
          <UnorderedListItem key={n.niveau}>
            Niveau {n.niveau}: {n.naam}. {n.definitie}
            {n.maatwerk ? " (maatwerk, na besluit)" : " (vrij toegankelijk)"}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

function NieuweMatrixVersie({ overzicht }: { overzicht: Overzicht }) {
  const publiceer = usePubliceerMatrix();
  const [geldigVanaf, setGeldigVanaf] = useState(vandaagIso());
  const [toelichting, setToelichting] = useState("");
  const [rijen, setRijen] = useState<Hoofd[]>(
    (overzicht.matrix?.matrix.hoofdresultaten ?? []).map((h) => ({
      code: h.code,
      domein: h.domein,
      omschrijving: h.omschrijving,
      stappen: h.subresultaten.map((s) => s.omschrijving).join("\n"),
    })),
  );
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    publiceer.mutate({
      geldigVanaf,
      toelichting,
      matrix: {
        hoofdresultaten: rijen.map((r) => ({
          code: r.code.trim().toUpperCase(),
          domein: r.domein as "veilig",
          omschrijving: r.omschrijving,
          subresultaten: r.stappen
            .split("\n")
            .map((s) => s.trim())
            .filter(Boolean)
            .map((omschrijving, i) => ({
              code: `${r.code.trim().toUpperCase()}.${i + 1}`,
              omschrijving,
              stap: i + 1,
            })),
        })),
      },
    });
  }
  return (
    <form onSubmit={verstuur} className="voordeur-formulier" noValidate aria-labelledby="matrix-nieuw-kop">
      <Heading3 id="matrix-nieuw-kop">Nieuwe versie publiceren</Heading3>
      <Paragraph>
        Bestaande plannen houden de versie waarmee ze zijn gemaakt; nieuwe plannen gebruiken de nieuwe versie
        vanaf de ingangsdatum.
      </Paragraph>
      {publiceer.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(publiceer.error)}</Paragraph>
          {isApiFout(publiceer.error) ? (
            <UnorderedList>
              {publiceer.error.errors.map((f) => (
                <UnorderedListItem key={f.veld}>
                  {f.veld}: {f.melding}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          ) : null}
        </Alert>
      ) : null}
      {publiceer.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>Versie {publiceer.data.versie} is gepubliceerd.</Paragraph>
        </Alert>
      ) : null}
      <Tekstveld
        id="matrix-geldig-vanaf"
        type="date"
        label="Geldig vanaf"
        verplicht
        value={geldigVanaf}
        onChange={(e) => setGeldigVanaf(e.currentTarget.value)}
      />
      <Tekstvak
        id="matrix-toelichting"
        label="Wat verandert er in deze versie?"
        waarde={toelichting}
        onChange={setToelichting}
      />
      <Herhaling
        naam="Hoofdresultaat"
        meervoud="Hoofdresultaten"
        rijen={rijen}
        onChange={setRijen}
        nieuw={() => ({ code: "", domein: "zelfredzaam", omschrijving: "", stappen: "" })}
      >
        {(r, i, wijzig) => (
          <>
            <Tekstveld
              id={`matrix-${i}-code`}
              label="Code"
              verplicht
              value={r.code}
              onChange={(e) => wijzig({ code: e.currentTarget.value })}
            />
            <Keuzeveld
              id={`matrix-${i}-domein`}
              label="Domein"
              keuzes={overzicht.domeinen.map((d) => ({ waarde: d.code, label: d.omschrijving }))}
              waarde={r.domein}
              onChange={(domein) => wijzig({ domein })}
            />
            <Tekstveld
              id={`matrix-${i}-omschrijving`}
              label="Omschrijving"
              verplicht
              value={r.omschrijving}
              onChange={(e) => wijzig({ omschrijving: e.currentTarget.value })}
            />
            <Tekstvak
              id={`matrix-${i}-stappen`}
              label="Subresultaten, één ontwikkelstap per regel"
              waarde={r.stappen}
              onChange={(stappen) => wijzig({ stappen })}
            />
          </>
        )}
      </Herhaling>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={publiceer.isPending}>
          Versie publiceren
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Producten({ overzicht }: { overzicht: Overzicht }) {
  const [params] = useSearchParams();
  const [wet, setWet] = useState("");
  const [zoek, setZoek] = useState("");
  const paginaNummer = paginaUit(params.get("pagina"));
  const producten = useProducten(wet, zoek, paginaNummer);
  const toevoegen = useVoegProductToe();
  const [nieuw, setNieuw] = useState({
    wet: "wmo",
    categorie: "02",
    code: "",
    omschrijving: "",
    niveau: "4",
    eenheid: "04",
    geldigVanaf: vandaagIso(),
  });
  const categorieen = nieuw.wet === "wmo" ? overzicht.categorieen.wmo : overzicht.categorieen.jeugd;
  function voegToe(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    toevoegen.mutate({
      wet: nieuw.wet as "wmo",
      categorie: nieuw.categorie,
      code: nieuw.code.trim().toUpperCase(),
      omschrijving: nieuw.omschrijving,
      interventieniveau: nieuw.niveau ? Number(nieuw.niveau) : null,
      eenheid: nieuw.eenheid || null,
      geldigVanaf: nieuw.geldigVanaf,
    });
  }
  return (
    <>
      <Heading2>Producten</Heading2>
      <Keuzeveld
        id="producten-wet"
        label="Wet"
        leeg="Alle wetten"
        keuzes={[
          { waarde: "wmo", label: "Wmo 2015" },
          { waarde: "jeugd", label: "Jeugdwet" },
        ]}
        waarde={wet}
        onChange={setWet}
      />
      <Tekstveld
        id="producten-zoek"
        label="Zoek op code of omschrijving"
        value={zoek}
        onChange={(e) => setZoek(e.currentTarget.value)}
      />
      {producten.isPending ? <Laden /> : null}
      {producten.isError ? <LaadFout fout={producten.error} /> : null}
      {producten.data ? (
        <>
          <TableContainer>
            <Table>
              <TableCaption>Producten ({producten.data.totaal})</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Wet</TableHeaderCell>
                  <TableHeaderCell scope="col">Categorie</TableHeaderCell>
                  <TableHeaderCell scope="col">Code</TableHeaderCell>
                  <TableHeaderCell scope="col">Omschrijving</TableHeaderCell>
                  <TableHeaderCell scope="col">Niveau</TableHeaderCell>
                  <TableHeaderCell scope="col">Eenheid</TableHeaderCell>
                  <TableHeaderCell scope="col">Geldig</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {producten.data.items.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{p.wet === "wmo" ? "Wmo" : "Jeugdwet"}</TableCell>
                    <TableCell>{p.categorie}</TableCell>
                    <TableCell>{p.code}</TableCell>
                    <TableCell>{p.omschrijving}</TableCell>
                    <TableCell>{p.interventieniveau ?? "–"}</TableCell>
                    <TableCell>
                      {overzicht.eenheden.find((e) => e.code === p.eenheid)?.omschrijving ?? "–"}
                    </TableCell>
                    <TableCell>
                      {p.geldigVanaf} – {p.geldigTot ?? "heden"}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Paginering
            pagina={producten.data.pagina}
            perPagina={producten.data.perPagina}
            totaal={producten.data.totaal}
          />
        </>
      ) : null}
      <form onSubmit={voegToe} className="voordeur-formulier" noValidate aria-labelledby="product-nieuw-kop">
        <Heading3 id="product-nieuw-kop">Product toevoegen</Heading3>
        {toevoegen.isError ? (
          <Alert type="error">
            <Paragraph>
              {foutmelding(toevoegen.error)}{" "}
              {isApiFout(toevoegen.error)
                ? toevoegen.error.errors.map((f) => `${f.veld}: ${f.melding}`).join("; ")
                : ""}
            </Paragraph>
          </Alert>
        ) : null}
        {toevoegen.isSuccess ? (
          <Alert type="ok" role="status">
            <Paragraph>Product {toevoegen.data.code} is toegevoegd.</Paragraph>
          </Alert>
        ) : null}
        <Keuzeveld
          id="product-wet"
          label="Wet van het product"
          keuzes={[
            { waarde: "wmo", label: "Wmo 2015" },
            { waarde: "jeugd", label: "Jeugdwet" },
          ]}
          waarde={nieuw.wet}
          onChange={(w) => setNieuw({ ...nieuw, wet: w, categorie: w === "wmo" ? "02" : "45" })}
        />
        <Keuzeveld
          id="product-categorie"
          label="Productcategorie"
          keuzes={categorieen.map((c) => ({ waarde: c.code, label: `${c.code} ${c.omschrijving}` }))}
          waarde={nieuw.categorie}
          onChange={(categorie) => setNieuw({ ...nieuw, categorie })}
        />
        <Tekstveld
          id="product-code"
          label="Productcode"
          verplicht
          value={nieuw.code}
          onChange={(e) => setNieuw({ ...nieuw, code: e.currentTarget.value })}
        />
        <Tekstveld
          id="product-omschrijving"
          label="Omschrijving van het product"
          verplicht
          value={nieuw.omschrijving}
          onChange={(e) => setNieuw({ ...nieuw, omschrijving: e.currentTarget.value })}
        />
        <Keuzeveld
          id="product-niveau"
          label="Interventieniveau"
          leeg="Niet van toepassing"
          keuzes={overzicht.interventieniveaus.map((n) => ({
            waarde: String(n.niveau),
            label: `${n.niveau} ${n.naam}`,
          }))}
          waarde={nieuw.niveau}
          onChange={(niveau) => setNieuw({ ...nieuw, niveau })}
        />
        <Keuzeveld
          id="product-eenheid"
          label="Eenheid"
          leeg="Geen"
          keuzes={overzicht.eenheden.map((e) => ({ waarde: e.code, label: e.omschrijving }))}
          waarde={nieuw.eenheid}
          onChange={(eenheid) => setNieuw({ ...nieuw, eenheid })}
        />
        <Tekstveld
          id="product-geldig-vanaf"
          type="date"
          label="Geldig vanaf"
          verplicht
          value={nieuw.geldigVanaf}
          onChange={(e) => setNieuw({ ...nieuw, geldigVanaf: e.currentTarget.value })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={toevoegen.isPending}>
            Product toevoegen
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function MatrixVersies() {
  const versies = useMatrixVersies();
  if (!versies.data) return versies.isError ? <LaadFout fout={versies.error} /> : null;
  return (
    <UnorderedList>
      {versies.data.map((v) => (
        <UnorderedListItem key={v.id}>
          Versie {v.versie}, geldig vanaf {v.geldigVanaf}, gepubliceerd {datumTijd(v.gepubliceerdOp)}
          {v.voorbeeld ? " (voorbeeld)" : ""}: {v.toelichting}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

export function CatalogusPagina() {
  const overzicht = useCatalogusOverzicht();
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Catalogus" },
        ]}
      />
      <PaginaTitel>Catalogus: Resultatenmatrix en producten</PaginaTitel>
      {overzicht.isPending ? <Laden /> : null}
      {overzicht.isError ? (
        <LaadFout fout={overzicht.error} opnieuw={() => void overzicht.refetch()} />
      ) : null}
      {overzicht.data ? (
        <>
          <Heading2>Resultatenmatrix</Heading2>
          <MatrixTabel overzicht={overzicht.data} />
          <Heading3>Alle versies</Heading3>
          <MatrixVersies />
          <NieuweMatrixVersie key={overzicht.data.matrix?.id ?? "leeg"} overzicht={overzicht.data} />
          <Producten overzicht={overzicht.data} />
        </>
      ) : null}
    </>
  );
}
