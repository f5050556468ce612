/** Labelled select, textarea and radio group for the aanmelden forms (same pattern as lib/formulier's Tekstveld). */
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";

interface VeldBasis {
  id: string;
  label: ReactNode;
  beschrijving?: ReactNode;
  fout?: string | undefined;
}

const beschreven = (id: string, beschrijving: unknown, fout: unknown) =>
  [beschrijving ? `${id}-beschrijving` : "", fout ? `${id}-fout` : ""].filter(Boolean).join(" ") || undefined;

function Omlijsting({ id, label, beschrijving, fout, children }: VeldBasis & { children: ReactNode }) {
  return (
    <FormField
      invalid={Boolean(fout)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        beschrijving ? (
          <FormFieldDescription id={`${id}-beschrijving`}>{beschrijving}</FormFieldDescription>
        ) : null
      }
      input={children}
      errorMessage={fout ? <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage> : null}
    />
  );
}

export function Keuzeveld({
  keuzes,
  waarde,
  onChange,
  leeg,
  ...basis
}: VeldBasis & {
  keuzes: readonly { waarde: string; label: string }[];
  waarde: string;
  onChange: (waarde: string) => void;
  /** Label of an empty first option ("Kies …"), if any. */
  leeg?: string;
}) {
  return (
    <Omlijsting {...basis}>
      <Select
        id={basis.id}
        value={waarde}
        invalid={Boolean(basis.fout)}
        aria-describedby={beschreven(basis.id, basis.beschrijving, basis.fout)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {leeg !== undefined ? <SelectOption value="">{leeg}</SelectOption> : null}
        {keuzes.map((k) => (
          <SelectOption key={k.waarde} value={k.waarde}>
            {k.label}
          </SelectOption>
        ))}
      </Select>
    </Omlijsting>
  );
}

export function Tekstvak({
  waarde,
  onChange,
  ...basis
}: VeldBasis & { waarde: string; onChange: (waarde: string) => void }) {
  return (
    <Omlijsting {...basis}>
      <Textarea
        id={basis.id}
        value={waarde}
        rows={3}
        invalid={Boolean(basis.fout)}
        aria-describedby={beschreven(basis.id, basis.beschrijving, basis.fout)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </Omlijsting>
  );
}

/** A radio group in a fieldset; arrow keys move between the options. */
export function Keuzerondjes({
  id,
  legenda,
  keuzes,
  waarde,
  onChange,
  fout,
}: {
  id: string;
  legenda: string;
  keuzes: readonly { waarde: string; label: string }[];
  waarde: string;
  onChange: (waarde: string) => void;
  fout?: string | undefined;
}) {
  return (
    <Fieldset id={id} invalid={Boolean(fout)} aria-describedby={fout ? `${id}-fout` : undefined}>
      <FieldsetLegend>{legenda}</FieldsetLegend>
      {fout ? <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage> : null}
      <div className="voordeur-keuzerondjes">
        {keuzes.map((k) => (
          <div key={k.waarde} className="utrecht-form-field utrecht-form-field--radio">
            <RadioButton
              id={`${id}-${k.waarde}`}
              name={id}
              value={k.waarde}
              checked={waarde === k.waarde}
              onChange={() => onChange(k.waarde)}
            />
            <FormLabel htmlFor={`${id}-${k.waarde}`} type="radio">
              {k.label}
            </FormLabel>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/** { code: label } → options. */
export const keuzesUit = (labels: Record<string, string>, volgorde?: readonly string[]) =>
  (volgorde ?? Object.keys(labels)).map((waarde) => ({ waarde, label: labels[waarde] ?? waarde }));
