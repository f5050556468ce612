import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
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
import type { Contract, ContractInvoer } from "../../lib/contract";
import { Foutoverzicht, Keuzeveld, Tekstveld, useVerzending, Verzendknop } from "../../lib/formulier";
import { useIngelogd } from "../sessie/sessie";
import { useGemeenten } from "./api";
import { uitkomstVan } from "./fouten";
import { WET_LABELS } from "./weergave";

export type Contractregel = ContractInvoer["regels"][number];

export interface ContractVelden {
  kenmerk: string;
  omschrijving: string;
  ingangsdatum: string;
  einddatum: string;
  regels: Contractregel[];
}

export const LEEG_CONTRACT: ContractVelden = {
  kenmerk: "",
  omschrijving: "",
  ingangsdatum: "",
  einddatum: "",
  regels: [],
};

/** A stored contract as form values; lines keep their result and interventieniveau. */
export function veldenVan(c: Contract): ContractVelden {
  return {
    kenmerk: c.kenmerk,
    omschrijving: c.omschrijving,
    ingangsdatum: c.ingangsdatum,
    einddatum: c.einddatum ?? "",
    regels: c.regels.map((r) => ({
      gemeenteCode: r.gemeenteCode,
      wet: r.wet,
      productCategorie: r.productCategorie,
      productCode: r.productCode,
      interventieniveau: r.interventieniveau,
      resultaat: r.resultaat,
    })),
  };
}

export const alsContractInvoer = (v: ContractVelden): ContractInvoer => ({
  ...v,
  einddatum: v.einddatum || null,
});

/** Gemeente name by CBS code (falls back to the code while the list loads). */
export function useGemeenteNaam() {
  const gemeenten = useGemeenten();
  return (code: string) => gemeenten.data?.find((g) => g.code === code)?.naam ?? code;
}

/**
 * Contract form (add or edit): kenmerk, period and the lines "which product in which gemeente",
 * the gemeente chosen from the samenwerkingsverband's gemeenten. `id` prefixes every field id.
 */
export function ContractFormulier({
  id,
  titelId,
  begin,
  knop,
  opslaan,
}: {
  id: string;
  titelId: string;
  begin: ContractVelden;
  knop: string;
  opslaan: (invoer: ContractInvoer) => Promise<void>;
}) {
  const sessie = useIngelogd();
  const gemeenten = useGemeenten();
  const gemeenteNaam = useGemeenteNaam();
  const [v, setV] = useState(begin);
  const [regel, setRegel] = useState({
    gemeenteCode: sessie.gemeente.code,
    wet: "wmo",
    productCategorie: "",
    productCode: "",
  });
  const { uitkomst, fouten, bezig, overzicht, verstuur: bewaar } = useVerzending(uitkomstVan);

  function regelToevoegen() {
    setV({
      ...v,
      regels: [
        ...v.regels,
        {
          gemeenteCode: regel.gemeenteCode,
          wet: regel.wet as "wmo" | "jeugd",
          productCategorie: regel.productCategorie.trim().toUpperCase(),
          productCode: regel.productCode.trim().toUpperCase() || null,
        },
      ],
    });
    setRegel({ ...regel, productCategorie: "", productCode: "" });
  }

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    return bewaar(async () => {
      await opslaan(alsContractInvoer(v));
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
          kenmerk: { label: "Kenmerk", id: `${id}-kenmerk` },
          ingangsdatum: { label: "Ingangsdatum", id: `${id}-van` },
          einddatum: { label: "Einddatum", id: `${id}-tot` },
          regels: { label: "Contractregels", id: `${id}-regel-categorie` },
        }}
      />
      <form onSubmit={verstuur} noValidate className="voordeur-formulier" aria-labelledby={titelId}>
        <Tekstveld
          id={`${id}-kenmerk`}
          label="Kenmerk"
          verplicht
          value={v.kenmerk}
          onChange={(e) => setV({ ...v, kenmerk: e.currentTarget.value })}
          fout={fouten.kenmerk}
        />
        <Tekstveld
          id={`${id}-omschrijving`}
          label="Omschrijving"
          value={v.omschrijving}
          onChange={(e) => setV({ ...v, omschrijving: e.currentTarget.value })}
        />
        <Tekstveld
          id={`${id}-van`}
          label="Ingangsdatum"
          type="date"
          verplicht
          value={v.ingangsdatum}
          onChange={(e) => setV({ ...v, ingangsdatum: e.currentTarget.value })}
          fout={fouten.ingangsdatum}
        />
        <Tekstveld
          id={`${id}-tot`}
          label="Einddatum"
          type="date"
          beschrijving="Leeg: doorlopend"
          value={v.einddatum}
          onChange={(e) => setV({ ...v, einddatum: e.currentTarget.value })}
          fout={fouten.einddatum}
        />
        <Fieldset>
          <FieldsetLegend>Contractregel toevoegen</FieldsetLegend>
          <Keuzeveld
            id={`${id}-regel-gemeente`}
            label="Gemeente"
            waarde={regel.gemeenteCode}
            onChange={(gemeenteCode) => setRegel({ ...regel, gemeenteCode })}
            keuzes={(gemeenten.data ?? [sessie.gemeente]).map((g) => ({
              waarde: g.code,
              label: `${g.naam} (${g.code})`,
            }))}
          />
          <Keuzeveld
            id={`${id}-regel-wet`}
            label="Wet"
            waarde={regel.wet}
            onChange={(wet) => setRegel({ ...regel, wet })}
            keuzes={Object.entries(WET_LABELS).map(([waarde, label]) => ({ waarde, label }))}
          />
          <Tekstveld
            id={`${id}-regel-categorie`}
            label="Productcategorie"
            beschrijving="2 tekens, bijvoorbeeld 45"
            verplicht
            value={regel.productCategorie}
            onChange={(e) => setRegel({ ...regel, productCategorie: e.currentTarget.value })}
          />
          <Tekstveld
            id={`${id}-regel-code`}
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
        </Fieldset>
        {v.regels.length > 0 ? (
          <TableContainer>
            <Table>
              <TableCaption>Regels van het contract{v.kenmerk ? ` ${v.kenmerk}` : ""}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                  <TableHeaderCell scope="col">Wet</TableHeaderCell>
                  <TableHeaderCell scope="col">Product</TableHeaderCell>
                  <TableHeaderCell scope="col">Actie</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {v.regels.map((r, i) => (
                  <TableRow key={`${r.gemeenteCode}-${r.wet}-${r.productCategorie}-${r.productCode}`}>
                    <TableCell>{gemeenteNaam(r.gemeenteCode)}</TableCell>
                    <TableCell>{WET_LABELS[r.wet]}</TableCell>
                    <TableCell>{r.productCode ?? `Categorie ${r.productCategorie}`}</TableCell>
                    <TableCell>
                      <Button
                        appearance="subtle-button"
                        onClick={() => setV({ ...v, regels: v.regels.filter((_, j) => j !== i) })}
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
        <Verzendknop bezig={bezig}>{knop}</Verzendknop>
      </form>
    </>
  );
}
