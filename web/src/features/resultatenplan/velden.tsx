/** Small building blocks of the plan editor: a repeatable group with add/remove, a euro field, a date field. */
import { Button, ButtonGroup, Fieldset, FieldsetLegend } from "@utrecht/component-library-react";
import { createContext, type ReactNode, useContext, useState } from "react";
import { alsEuro, naarEurocent } from "../../lib/euro";
import { Tekstveld, type VeldLabels } from "../../lib/formulier";

/** The id of a plan field from its path in the plan content ("maatwerkvoorzieningen.0.productCode"). */
export const veldId = (pad: string) => `plan-${pad.replaceAll(".", "-")}`;

/** The server's refusal per field path of the plan content, for every field of the editor (PlanFormulier provides it). */
export const PlanFouten = createContext<Record<string, string>>({});

/**
 * The id and the error of a plan field by its path: `<Tekstveld {...veld("hulpvraag")} />`. Every field takes both
 * from here, so no field can miss its error (aria-invalid, the message beside it).
 */
export const planVeldVan =
  (fouten: Record<string, string>) =>
  (pad: string): { id: string; fout: string | undefined } => ({ id: veldId(pad), fout: fouten[pad] });

export function usePlanVeld() {
  return planVeldVan(useContext(PlanFouten));
}

/**
 * The labels of the plan's fields by their path in the plan content (as the server names them in a refusal), so
 * the error summary says "Maatwerkvoorziening 1: Aanbieder", never "maatwerkvoorzieningen.0.aanbiederAgb".
 */
export const PLAN_LABELS: VeldLabels = {
  velden: {
    hulpvraag: "Hulpvraag",
    leefgebieden: "Leefgebieden",
    vraagverheldering: "Vraagverheldering",
    "vraagverheldering.*.leefgebied": "Leefgebied",
    "vraagverheldering.*.score": "Score",
    "vraagverheldering.*.beoordeling": "Korte beoordeling",
    "vraagverheldering.*.eigenKracht": "Wat kunnen inwoner en netwerk zelf?",
    "vraagverheldering.*.gewensteResultaten": "Gewenste resultaten",
    systeem: "Beschrijving van het gezinssysteem",
    historie: "Historie van hulpverlening",
    watWerkt: "Wat werkt",
    watWerktNiet: "Wat werkt niet",
    netwerk: "Betrokken netwerk",
    resultaten: "Resultaten",
    "resultaten.*.persoonId": "Voor",
    "resultaten.*.domein": "Domein",
    "resultaten.*.hoofdresultaat": "Hoofdresultaat",
    "resultaten.*.subresultaat": "Subresultaat (ontwikkelstap)",
    "resultaten.*.toelichting": "Toelichting resultaat",
    voorliggendeOplossingen: "Voorliggende oplossingen",
    "voorliggendeOplossingen.*.omschrijving": "Omschrijving oplossing",
    "voorliggendeOplossingen.*.persoonId": "Voor wie",
    "voorliggendeOplossingen.*.voorzieningId": "Voorziening uit de sociale kaart",
    kortdurendeOndersteuning: "Kortdurende ondersteuning",
    "kortdurendeOndersteuning.*.omschrijving": "Omschrijving ondersteuning",
    "kortdurendeOndersteuning.*.persoonId": "Voor wie",
    "kortdurendeOndersteuning.*.startdatum": "Startdatum",
    "kortdurendeOndersteuning.*.einddatum": "Einddatum",
    "kortdurendeOndersteuning.*.laagfrequent": "Langdurig laagfrequent",
    maatwerkvoorzieningen: "Maatwerkvoorzieningen",
    "maatwerkvoorzieningen.*.persoonId": "Voor",
    "maatwerkvoorzieningen.*.wet": "Wet",
    "maatwerkvoorzieningen.*.productCode": "Product",
    "maatwerkvoorzieningen.*.leveringsvorm": "Leveringsvorm",
    "maatwerkvoorzieningen.*.aanbiederAgb": "Aanbieder",
    "maatwerkvoorzieningen.*.ingangsdatum": "Ingangsdatum",
    "maatwerkvoorzieningen.*.einddatum": "Einddatum",
    "maatwerkvoorzieningen.*.omvang": "Omvang",
    "maatwerkvoorzieningen.*.omvang.volume": "Volume",
    "maatwerkvoorzieningen.*.omvang.eenheid": "Eenheid",
    "maatwerkvoorzieningen.*.omvang.frequentie": "Frequentie",
    "maatwerkvoorzieningen.*.budget": "Budget",
    "maatwerkvoorzieningen.*.pgbToets": "Toets van het pgb-plan",
    "maatwerkvoorzieningen.*.pgbToets.bekwaamheid": "Bekwaamheid",
    "maatwerkvoorzieningen.*.pgbToets.motivering": "Motivering pgb",
    "maatwerkvoorzieningen.*.pgbToets.kwaliteit": "Kwaliteit",
    "maatwerkvoorzieningen.*.pgbToets.uitvoerder": "Wie levert de zorg?",
    "maatwerkvoorzieningen.*.pgbToets.inspectieloketGecontroleerd": "Registratie bij het Inspectieloket",
    "maatwerkvoorzieningen.*.pgbToets.tarief": "Tarief",
    evaluatiemomenten: "Evaluatiemomenten",
    "evaluatiemomenten.*.datum": "Datum evaluatie",
    "evaluatiemomenten.*.wijze": "Hoe wordt geëvalueerd",
    regiegroep: "Betrokkenheid van de Regiegroep",
    "regiegroep.datum": "Datum afstemming Regiegroep",
    "regiegroep.toelichting": "Toelichting Regiegroep",
    omgekeerdeToets: "Omgekeerde Toets",
    "omgekeerdeToets.afwijking": "Afwijking van een regel",
    "omgekeerdeToets.afwijking.regel": "Van welke regel wordt afgeweken?",
    "omgekeerdeToets.afwijking.motivering": "Schriftelijke motivering van de afwijking",
    "omgekeerdeToets.juridischOverleg": "Juridisch overleg",
    "omgekeerdeToets.juridischOverleg.juristId": "Juridisch kwaliteitsmedewerker",
    "omgekeerdeToets.juridischOverleg.datum": "Datum overleg",
    "omgekeerdeToets.juridischOverleg.advies": "Advies van de juridisch kwaliteitsmedewerker",
    individueleOvereenkomst: "Individuele overeenkomst",
    "individueleOvereenkomst.motivering": "Motivering individuele overeenkomst",
    "individueleOvereenkomst.aanbiederAgb": "Aanbieder individuele overeenkomst",
    "individueleOvereenkomst.productCode": "Productcode individuele overeenkomst",
  },
  rijen: {
    vraagverheldering: "Vraagverheldering",
    resultaten: "Resultaat",
    voorliggendeOplossingen: "Voorliggende oplossing",
    kortdurendeOndersteuning: "Kortdurende ondersteuning",
    maatwerkvoorzieningen: "Maatwerkvoorziening",
    evaluatiemomenten: "Evaluatiemoment",
  },
};

/** A list of rows, each in its own fieldset ("Resultaat 1"), with a remove button and an add button. */
export function Herhaling<T>({
  naam,
  meervoud,
  rijen,
  onChange,
  nieuw,
  children,
}: {
  naam: string;
  meervoud: string;
  rijen: T[];
  onChange: (rijen: T[]) => void;
  nieuw: () => T;
  children: (rij: T, index: number, wijzig: (deel: Partial<T>) => void) => ReactNode;
}) {
  return (
    <Fieldset className="voordeur-plan-herhaling">
      <FieldsetLegend>{meervoud}</FieldsetLegend>
      {rijen.length === 0 ? <p className="utrecht-paragraph">Nog geen {meervoud.toLowerCase()}.</p> : null}
      {rijen.map((rij, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is the identity
        <Fieldset key={index} className="voordeur-plan-rij">
          <FieldsetLegend>
            {naam} {index + 1}
          </FieldsetLegend>
          {children(rij, index, (deel) =>
            onChange(rijen.map((r, i) => (i === index ? { ...r, ...deel } : r))),
          )}
          <ButtonGroup>
            <Button appearance="subtle-button" onClick={() => onChange(rijen.filter((_, i) => i !== index))}>
              {naam} {index + 1} verwijderen
            </Button>
          </ButtonGroup>
        </Fieldset>
      ))}
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => onChange([...rijen, nieuw()])}>
          {naam} toevoegen
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}

/** An amount in euro, stored as eurocent; keeps what the user types until it is a valid amount. */
export function EuroVeld({
  id,
  label,
  cent,
  onChange,
  verplicht,
  fout,
}: {
  id: string;
  label: string;
  cent: number | null;
  onChange: (cent: number | null) => void;
  verplicht?: boolean;
  fout?: string | undefined;
}) {
  const [tekst, setTekst] = useState(alsEuro(cent));
  return (
    <Tekstveld
      id={id}
      label={label}
      verplicht={verplicht ?? false}
      inputMode="decimal"
      beschrijving="In euro, bijvoorbeeld 25,50"
      fout={fout}
      value={tekst}
      onChange={(e) => {
        setTekst(e.currentTarget.value);
        onChange(naarEurocent(e.currentTarget.value));
      }}
    />
  );
}

export function Datumveld({
  id,
  label,
  waarde,
  onChange,
  verplicht,
  fout,
}: {
  id: string;
  label: string;
  waarde: string | null;
  onChange: (waarde: string) => void;
  verplicht?: boolean;
  fout?: string | undefined;
}) {
  return (
    <Tekstveld
      id={id}
      type="date"
      label={label}
      fout={fout}
      verplicht={verplicht ?? true}
      value={waarde ?? ""}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
