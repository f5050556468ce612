import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { isPartner } from "../../../../src/domain/autorisatie/beleid";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, LaadFout, Laden, PaginaTitel, Uitklapper } from "../../lib/ui";
import { mag, useIngelogd } from "../sessie/sessie";
import { usePersonen } from "./api";
import { NieuweInwoner } from "./NieuweInwoner";
import { datum } from "./weergave";

/** Search residents by BSN, name, birth date or postcode + huisnummer, and open their klantdossier. */
export function ZoekenPagina() {
  const [params, setParams] = useSearchParams();
  const zoek = params.get("zoek") ?? "";
  const [invoer, setInvoer] = useState(zoek);
  const [teKort, setTeKort] = useState(false);
  const personen = usePersonen(zoek, paginaUit(params.get("pagina")));
  const navigeer = useNavigate();
  const sessie = useIngelogd();

  function zoeken(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const term = invoer.trim();
    setTeKort(term.length < 2);
    if (term.length >= 2) setParams(new URLSearchParams({ zoek: term }));
  }

  const data = personen.data;
  return (
    <>
      <PaginaTitel>Zoeken</PaginaTitel>
      <search className="voordeur-zoeken">
        <form onSubmit={zoeken} className="voordeur-zoeken__formulier" noValidate>
          <FormField
            invalid={teKort}
            label={<FormLabel htmlFor="zoek-persoon">Zoek een inwoner</FormLabel>}
            description={
              <FormFieldDescription id="zoek-persoon-uitleg">
                Op BSN, achternaam (beginletters, bijvoorbeeld "de vries"), geboortedatum (5-3-1950) of
                postcode met huisnummer (9301 AB 12).
                {isPartner(sessie)
                  ? " Als buurtteam vindt u alleen inwoners met wie u werkt: een zaak op uw naam of in de werkvoorraad van het buurtteam."
                  : ""}
              </FormFieldDescription>
            }
            input={
              <>
                {teKort ? (
                  <FormFieldDescription invalid id="zoek-persoon-fout">
                    Typ minstens 2 tekens.
                  </FormFieldDescription>
                ) : null}
                <Textbox
                  id="zoek-persoon"
                  type="search"
                  name="zoek"
                  autoComplete="off"
                  invalid={teKort}
                  aria-describedby={teKort ? "zoek-persoon-fout zoek-persoon-uitleg" : "zoek-persoon-uitleg"}
                  value={invoer}
                  onChange={(event) => setInvoer(event.currentTarget.value)}
                />
              </>
            }
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              Zoeken
            </Button>
          </ButtonGroup>
        </form>
      </search>
      {mag(sessie, "basisgegevens", "aanmaken") ? (
        <Uitklapper titel="Nieuwe inwoner registreren (ook zonder BSN)">
          <NieuweInwoner onGeregistreerd={(p) => navigeer(`/personen/${p.id}`)} />
        </Uitklapper>
      ) : null}

      {zoek && personen.isPending ? <Laden tekst="Bezig met zoeken…" /> : null}
      {personen.isError ? <LaadFout fout={personen.error} opnieuw={() => void personen.refetch()} /> : null}
      {data ? (
        <>
          <p className="utrecht-paragraph" role="status">
            {data.totaal === 0
              ? `Geen inwoners gevonden voor "${zoek}".`
              : `${data.totaal > 1000 ? "Meer dan 1000" : data.totaal} ${data.totaal === 1 ? "inwoner" : "inwoners"} gevonden voor "${zoek}".`}
          </p>
          {data.items.length > 0 ? (
            <TableContainer>
              <Table busy={personen.isFetching}>
                <TableCaption className="voordeur-visueel-verborgen">Gevonden inwoners</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Naam</TableHeaderCell>
                    <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
                    <TableHeaderCell scope="col">BSN</TableHeaderCell>
                    <TableHeaderCell scope="col">Adres</TableHeaderCell>
                    <TableHeaderCell scope="col">Wijk</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((p) => (
                    <TableRow key={p.id}>
                      <TableCell>
                        <AppLink to={`/personen/${p.id}`}>{p.naam}</AppLink>
                      </TableCell>
                      <TableCell>{datum(p.geboortedatum)}</TableCell>
                      <TableCell>{p.bsnGemaskeerd ?? "zonder BSN"}</TableCell>
                      <TableCell>{p.adres}</TableCell>
                      <TableCell>{p.wijk ?? "onbekend"}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : null}
          <Paginering pagina={data.pagina} perPagina={data.perPagina} totaal={Math.min(data.totaal, 1000)} />
        </>
      ) : null}
    </>
  );
}
