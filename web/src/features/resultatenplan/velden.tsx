/** Small building blocks of the plan editor: a repeatable group with add/remove, a euro field, a date field. */
import { Button, ButtonGroup, Fieldset, FieldsetLegend } from "@utrecht/component-library-react";
import { type ReactNode, useState } from "react";
import { alsEuro, naarEurocent } from "../../lib/euro";
import { Tekstveld } from "../../lib/formulier";

/** The id of a plan field from its path in the plan content ("maatwerkvoorzieningen.0.productCode"). */
export const veldId = (pad: string) => `plan-${pad.replaceAll(".", "-")}`;

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
}: {
  id: string;
  label: string;
  cent: number | null;
  onChange: (cent: number | null) => void;
  verplicht?: boolean;
}) {
  const [tekst, setTekst] = useState(alsEuro(cent));
  return (
    <Tekstveld
      id={id}
      label={label}
      verplicht={verplicht ?? false}
      inputMode="decimal"
      beschrijving="In euro, bijvoorbeeld 25,50"
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
}: {
  id: string;
  label: string;
  waarde: string | null;
  onChange: (waarde: string) => void;
  verplicht?: boolean;
}) {
  return (
    <Tekstveld
      id={id}
      type="date"
      label={label}
      verplicht={verplicht ?? true}
      value={waarde ?? ""}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
